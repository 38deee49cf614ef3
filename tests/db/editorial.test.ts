import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { databaseEngine } from "@/lib/db/client";
import {
  ACCOUNT_FAILURES,
  AccountError,
  addEditor,
  completeSetup,
  removeEditor,
  resetEditor,
  sessionEditor,
  signIn,
  signOut,
  signOutEverywhere,
} from "@/lib/db/editorial/accounts";
import { correct, CorrectionRefused, exportCorrections, importCorrections } from "@/lib/db/editorial/corrections";
import { fileReport, listReports, REPORTS_PER_ADDRESS, ReportRefused, resolveReport } from "@/lib/db/editorial/reports";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Prisma } from "@/lib/db/sql";
import { adoptCorrectionsFile, ingestPaths } from "@/lib/load/ingest";
import { createWritableTestDatabase, type WritableTestDatabase } from "@/tests/helpers/db";
import { CO_SPEAKER_RECOUNT, CO_SPEAKER_STORED, FACET_RECOUNT, FACET_STORED } from "@/tests/helpers/recounts";

// The write path editors and readers use (lib/db/editorial), on a real database migrated by the real
// migrations, with the seeds ingested by the real ingest: corrections applied at once and kept through
// re-ingest, export and import, accounts, sessions, lockouts and reports.

let database: WritableTestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createWritableTestDatabase();
  db = database.db;
  await ingestPaths(db, ["seeds"], { extraction: "in-process" });
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

/** Every row of a query as an array of numbers (pg hands count(*) over as a bigint or a string). */
const numbers = async (sql: ReturnType<typeof Prisma.sql>) => ((await db.$queryRaw(sql)) as Record<string, unknown>[]).map((row) => Object.values(row).map(Number));

/** The rollups (FacetCount, CoSpeakerCount) and the speakers' counts equal a recount: corrections keep them exact. */
async function expectExactCounts() {
  expect(await numbers(FACET_STORED)).toEqual(await numbers(FACET_RECOUNT));
  expect(await numbers(CO_SPEAKER_STORED)).toEqual(await numbers(CO_SPEAKER_RECOUNT));
  expect(await numbers(Prisma.sql`SELECT sp."id", sp."statementCount" FROM "Speaker" sp ORDER BY 1`)).toEqual(
    await numbers(Prisma.sql`SELECT sp."id", (SELECT count(*) FROM "Statement" s WHERE s."speakerId" = sp."id") FROM "Speaker" sp ORDER BY 1`),
  );
}

const version = async () => (await db.corpusState.findUnique({ where: { id: 1 } }))?.version ?? 0;
const statementOf = (id: string) =>
  db.statement.findUnique({ where: { id }, select: { id: true, text: true, kind: true, start: true, end: true, corrections: true, confidence: true, speaker: { select: { name: true } } } });

/** The TASS seed's statements, in order. */
async function tassStatements() {
  return db.statement.findMany({
    where: { article: { key: "000_055dbd569b79eb43.txt" } },
    orderBy: { position: "asc" },
    select: { id: true, text: true, start: true, end: true, kind: true, speaker: { select: { name: true } } },
  });
}

describe("an editor's correction", () => {
  it("reassigns a speaker at once, records who, when, why, before and after, and bumps the corpus version", async () => {
    const [first] = await tassStatements();
    const before = await version();
    const done = await correct(db, "ed@example.org", { op: "reassign-speaker", statement: first!.id, speaker: "Maria Zakharova", note: "the spokeswoman said it, not the minister" }, { url: database.url });
    expect(done.before).toMatchObject({ speaker: first!.speaker?.name ?? null });
    expect(done.after).toMatchObject({ speaker: "Maria Zakharova" });
    const after = await statementOf(first!.id);
    expect(after?.speaker?.name).toBe("Maria Zakharova");
    expect(after?.confidence).toBe(1);
    expect(JSON.parse(after!.corrections)).toEqual([{ field: "speaker", note: "the spokeswoman said it, not the minister", editor: "ed@example.org" }]);
    expect(await version()).toBeGreaterThan(before);
    const row = await db.correction.findFirstOrThrow({ where: { statementId: first!.id } });
    expect(row).toMatchObject({ op: "reassign-speaker", editor: "ed@example.org", articleKey: "000_055dbd569b79eb43.txt" });
    expect(JSON.parse(row.after)).toMatchObject({ speaker: "Maria Zakharova" });
    expect(await db.speaker.findFirst({ where: { name: "Maria Zakharova" }, select: { statementCount: true } })).toEqual({ statementCount: 1 });
  });

  it("survives re-ingest: the article is extracted again once, with the same correction, then left alone", async () => {
    const [first] = await tassStatements();
    const again = await ingestPaths(db, ["seeds"], { extraction: "in-process" });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, unmatchedCorrections: [] });
    expect((await statementOf(first!.id))?.speaker?.name).toBe("Maria Zakharova");
    const third = await ingestPaths(db, ["seeds"], { extraction: "in-process" });
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  }, 60_000);

  it("changes a statement's kind and its words within its paragraph, keeping its permalink", async () => {
    const statements = await tassStatements();
    const target = statements.at(-1)!;
    await correct(db, "ed@example.org", { op: "set-kind", statement: target.id, kind: target.kind === "direct" ? "indirect" : "direct", note: "kind" }, { url: database.url });
    expect((await statementOf(target.id))?.kind).toBe(target.kind === "direct" ? "indirect" : "direct");
    await correct(db, "ed@example.org", { op: "set-span", statement: target.id, start: target.start + 1, end: target.end - 1, note: "the quotation marks are not the words" }, { url: database.url });
    const narrowed = await statementOf(target.id);
    expect(narrowed).toMatchObject({ start: target.start + 1, end: target.end - 1, text: target.text.slice(1, -1) });
  });

  it("refuses, and writes nothing, what names nothing, lacks a note, leaves the paragraph or overlaps another statement", async () => {
    const statements = await tassStatements();
    const [a, b] = statements;
    const before = { version: await version(), corrections: await db.correction.count(), statements: await tassStatements() };
    const refusals: [unknown, number, RegExp][] = [
      [{ op: "reassign-speaker", statement: "aaaaaaaaaaaa", speaker: "X", note: "n" }, 404, /no statement/],
      [{ op: "reassign-speaker", statement: a!.id, speaker: "X" }, 400, /note/],
      [{ op: "reassign-speaker", statement: a!.id, speaker: "X", note: "   " }, 400, /note/],
      [{ op: "set-span", statement: a!.id, start: 0, end: 100_000, note: "n" }, 400, /paragraph/],
      [{ op: "set-span", statement: a!.id, start: a!.start, end: b!.end, note: "n" }, 400, /paragraph|overlap/],
      [{ op: "set-date", article: "no-such-article", date: { year: 2016 }, note: "n" }, 404, /no such article/],
      [{ op: "merge-speakers", from: "A", into: "B", note: "n" }, 403, /admin/],
      [{ op: "rewrite-text", statement: a!.id, note: "n" }, 400, /op/],
    ];
    for (const [input, status, message] of refusals) {
      const error = await correct(db, "ed@example.org", input, { url: database.url }).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(CorrectionRefused);
      expect((error as CorrectionRefused).status, JSON.stringify(input)).toBe(status);
      expect((error as Error).message).toMatch(message);
    }
    expect({ version: await version(), corrections: await db.correction.count(), statements: await tassStatements() }).toEqual(before);
  });

  it("is refused while an ingest holds the writer lock, and writes nothing", async () => {
    const [first] = await tassStatements();
    const count = await db.correction.count();
    const lock = await databaseEngine(database.url).lockWriter(database.url);
    try {
      const error = await correct(db, "ed@example.org", { op: "set-kind", statement: first!.id, kind: "mixed", note: "n" }, { url: database.url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorrectionRefused);
      expect((error as CorrectionRefused).status).toBe(503);
    } finally {
      await lock.release();
    }
    expect(await db.correction.count()).toBe(count);
  });

  it("sets an article's year", async () => {
    await correct(db, "ed@example.org", { op: "set-date", article: "000_055dbd569b79eb43", date: { year: 2016 }, note: "the Cuba Si piece dates the same talks" }, { url: database.url });
    const article = await db.article.findFirstOrThrow({ where: { key: "000_055dbd569b79eb43.txt" }, select: { publishedYear: true, publishedMonth: true, corrections: true } });
    expect(article).toMatchObject({ publishedYear: 2016, publishedMonth: 6 });
    expect(JSON.parse(article.corrections)).toContainEqual(expect.objectContaining({ field: "published", editor: "ed@example.org" }));
    const row = await db.correction.findFirstOrThrow({ where: { op: "set-date" } });
    expect([JSON.parse(row.before), JSON.parse(row.after)]).toEqual([expect.objectContaining({ date: "????-06-05" }), expect.objectContaining({ date: "2016-06-05" })]);
  });

  it("never changes an article's stored text", async () => {
    const texts = await db.article.findMany({ orderBy: { key: "asc" }, select: { key: true, text: true, contentHash: true } });
    const seeds = ["000_055dbd569b79eb43.txt", "001_48ddbee5b2988c17.txt"].map((f) => readFileSync(path.join("seeds", f), "utf8"));
    expect(texts.map((t) => t.text)).toEqual(seeds);
  });

  it("keeps the facet counts, co-speaker counts and speakers' counts exact", async () => {
    await expectExactCounts();
  });

  it("drops what is not a statement: its permalink is retired", async () => {
    const statements = await tassStatements();
    const target = statements[1]!;
    await correct(db, "ed@example.org", { op: "drop-statement", statement: target.id, note: "a headline, not speech" }, { url: database.url });
    expect(await statementOf(target.id)).toBeNull();
    expect(await db.redirect.findUnique({ where: { kind_fromId: { kind: "statement", fromId: target.id } } })).not.toBeNull();
  });

  it("exports the table as a corrections file that a fresh database imports and re-exports the same", async () => {
    const exported = await exportCorrections(db);
    expect(exported.corrections.length).toBe(await db.correction.count());
    const fresh = await createWritableTestDatabase();
    try {
      await ingestPaths(fresh.db, ["seeds"], { extraction: "in-process" });
      expect(await importCorrections(fresh.db, exported)).toEqual({ added: exported.corrections.length, skipped: 0 });
      expect(await exportCorrections(fresh.db)).toEqual(exported);
      // Importing again adds nothing; the next ingest applies what was imported.
      expect(await importCorrections(fresh.db, exported)).toEqual({ added: 0, skipped: exported.corrections.length });
      await ingestPaths(fresh.db, ["seeds"], { extraction: "in-process" });
      const [first] = await fresh.db.statement.findMany({ where: { article: { key: "000_055dbd569b79eb43.txt" } }, orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } });
      expect(first?.speaker?.name).toBe("Maria Zakharova");
    } finally {
      await fresh.dispose();
    }
  }, 120_000);
});

describe("corrections at the size of a newsroom's year", () => {
  it("imports 3,000 entries in one transaction, and exports them all", async () => {
    const fresh = await createWritableTestDatabase();
    try {
      const letters = "abcdefghijklmnopqrstuvwxyz234567";
      const id = (n: number) => Array.from({ length: 12 }, (_, i) => letters[(n * 7 + i * 13 + Math.floor(n / 32 ** (i % 3))) % 32]).join("");
      const corrections = Array.from({ length: 3_000 }, (_, n) => ({ op: "drop-statement" as const, statement: id(n), note: `bulk ${n}`, editor: "bulk@example.org", at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString() }));
      expect(await importCorrections(fresh.db, { version: 1, corrections })).toEqual({ added: 3_000, skipped: 0 });
      expect((await exportCorrections(fresh.db)).corrections).toHaveLength(3_000);
    } finally {
      await fresh.dispose();
    }
  }, 120_000);
});

describe("a database from before the corrections table", () => {
  it("takes the checked-in file's corrections into its empty table once, and the next ingest applies them", async () => {
    const fresh = await createWritableTestDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "verbatim-adopt-"));
    try {
      await ingestPaths(fresh.db, ["seeds"], { extraction: "in-process" });
      const [first] = await fresh.db.statement.findMany({ where: { article: { key: "001_48ddbee5b2988c17.txt" } }, orderBy: { position: "asc" }, select: { id: true } });
      const file = path.join(dir, "corrections.json");
      writeFileSync(file, JSON.stringify({ version: 1, corrections: [{ op: "reassign-speaker", statement: first!.id, speaker: "Nadia Ostrova", note: "from the old file" }] }));
      expect(await adoptCorrectionsFile(fresh.db, file)).toBe(1);
      expect(await adoptCorrectionsFile(fresh.db, file)).toBe(0);
      await ingestPaths(fresh.db, ["seeds"], { extraction: "in-process" });
      expect((await fresh.db.statement.findUnique({ where: { id: first!.id }, select: { speaker: { select: { name: true } } } }))?.speaker?.name).toBe("Nadia Ostrova");
    } finally {
      await fresh.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("an admin's merge", () => {
  it("moves every statement of a speaker, in every article, to the other at once; editors may not; the next ingest agrees", async () => {
    const makei = await db.speaker.findFirstOrThrow({ where: { name: "Vladimir Makei" }, select: { id: true, name: true, slug: true } });
    // Every statement the speaker's page shows: those extracted under the name, and a surname-only "Makei" linked to it.
    const own = await db.statement.count({ where: { speakerId: makei.id } });
    expect(own).toBeGreaterThan(await db.statement.count({ where: { extractedSpeakerId: makei.id } }));
    const input = { op: "merge-speakers", from: makei.name, into: "Uladzimir Makei", note: "the Belarusian spelling" };
    await expect(correct(db, "ed@example.org", input, { url: database.url })).rejects.toMatchObject({ status: 403 });
    await expect(correct(db, "lead@example.org", { ...input, from: "Nobody Here" }, { url: database.url, role: "admin" })).rejects.toMatchObject({ status: 404 });
    const done = await correct(db, "lead@example.org", input, { url: database.url, role: "admin" });
    expect(done.articleKey).toBeNull();
    const merged = await db.speaker.findFirstOrThrow({ where: { name: "Uladzimir Makei" }, select: { statementCount: true, aliases: { select: { alias: true } } } });
    expect(merged.statementCount).toBe(own);
    expect(merged.aliases.map((a) => a.alias)).toContain(makei.name);
    // The old speaker is gone, its address redirected to the one it joined.
    expect(await db.speaker.findUnique({ where: { id: makei.id } })).toBeNull();
    const successor = await db.speaker.findFirstOrThrow({ where: { name: "Uladzimir Makei" }, select: { slug: true } });
    expect(await db.redirect.findUnique({ where: { kind_fromId: { kind: "speaker", fromId: makei.slug } } })).toMatchObject({ toId: successor.slug });
    // A cycle is refused before anything is written.
    await expect(correct(db, "lead@example.org", { op: "merge-speakers", from: "Uladzimir Makei", into: makei.name, note: "n" }, { url: database.url, role: "admin" })).rejects.toMatchObject({ status: 400 });
    // A merge is corpus-wide: the next ingest extracts every article again, once.
    expect(await ingestPaths(db, ["seeds"], { extraction: "in-process" })).toMatchObject({ updated: 2, unmatchedCorrections: [] });
    expect((await db.speaker.findFirstOrThrow({ where: { name: "Uladzimir Makei" }, select: { statementCount: true } })).statementCount).toBe(own);
    expect(await ingestPaths(db, ["seeds"], { extraction: "in-process" })).toMatchObject({ updated: 0, unchanged: 2 });
    await expectExactCounts();
  }, 60_000);
});

describe("editors' accounts", () => {
  const password = "correct horse battery";

  it("are set up once from the link, then signed in with the password; a wrong one is refused", async () => {
    const { setupToken } = await addEditor(db, " Alice@Example.org ");
    await expect(addEditor(db, "alice@example.org")).rejects.toMatchObject({ status: 409 });
    await expect(completeSetup(db, setupToken, "short")).rejects.toMatchObject({ status: 400 });
    const first = await completeSetup(db, setupToken, password);
    expect((await sessionEditor(db, first.token))?.email).toBe("alice@example.org");
    await expect(completeSetup(db, setupToken, password)).rejects.toMatchObject({ status: 404 });
    const session = await signIn(db, "alice@example.org", password, "10.0.0.1");
    expect(session.token).not.toBe(first.token);
    await expect(signIn(db, "alice@example.org", "wrong password!", "10.0.0.1")).rejects.toMatchObject({ status: 401 });
    await expect(signIn(db, "nobody@example.org", password, "10.0.0.1")).rejects.toMatchObject({ status: 401, message: "wrong e-mail address or password" });
  });

  it("stores no password and no session token as such", async () => {
    const editor = await db.editor.findUniqueOrThrow({ where: { email: "alice@example.org" } });
    expect(editor.passwordHash).toMatch(/^\$argon2id\$/);
    const session = await signIn(db, "alice@example.org", password, "10.0.0.1");
    expect(await db.editorSession.findUnique({ where: { id: session.token } })).toBeNull();
  });

  it("end at sign-out, and everywhere at once", async () => {
    const a = await signIn(db, "alice@example.org", password, "10.0.0.1");
    const b = await signIn(db, "alice@example.org", password, "10.0.0.2");
    await signOut(db, a.token);
    expect(await sessionEditor(db, a.token)).toBeNull();
    const who = await sessionEditor(db, b.token);
    expect(who?.email).toBe("alice@example.org");
    await signOutEverywhere(db, who!.editorId);
    expect(await sessionEditor(db, b.token)).toBeNull();
  });

  it("lock the account out at the eleventh wrong password in a minute, the right one included, and say until when", async () => {
    const { setupToken } = await addEditor(db, "bob@example.org");
    await completeSetup(db, setupToken, password);
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      await expect(signIn(db, "bob@example.org", `wrong ${i} password`, `10.1.0.${i}`)).rejects.toMatchObject({ status: 401 });
    }
    const locked = await signIn(db, "bob@example.org", password, "10.1.1.1").catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(AccountError);
    expect(locked).toMatchObject({ status: 429 });
    expect((locked as AccountError).retryAt!.getTime()).toBeGreaterThan(Date.now());
    expect((locked as Error).message).toMatch(/try again after \d\d:\d\d:\d\d UTC/);
    // Another account is not locked by Bob's failures.
    await expect(signIn(db, "alice@example.org", password, "10.1.1.1")).resolves.toMatchObject({ email: "alice@example.org" });
  });

  it("reset forgets the password and ends every session; remove deletes the account", async () => {
    const s = await signIn(db, "alice@example.org", password, "10.0.0.3");
    const { setupToken } = await resetEditor(db, "alice@example.org");
    expect(await sessionEditor(db, s.token)).toBeNull();
    await expect(signIn(db, "alice@example.org", password, "10.0.0.3")).rejects.toMatchObject({ status: 401 });
    const again = await completeSetup(db, setupToken, "another long password");
    await removeEditor(db, "alice@example.org");
    expect(await sessionEditor(db, again.token)).toBeNull();
    await expect(removeEditor(db, "alice@example.org")).rejects.toMatchObject({ status: 404 });
  });
});

describe("readers' reports", () => {
  it("are queued as text, limited per address, and closed by an editor with a note", async () => {
    const [statement] = await tassStatements();
    const html = `<script>alert("x")</script><b>wrong speaker</b>`;
    const { id } = await fileReport(db, { statementId: statement!.id, message: html }, "10.9.0.1");
    expect((await listReports(db, "open")).find((r) => r.id === id)?.message).toBe(html);
    await expect(fileReport(db, { statementId: "aaaaaaaaaaaa", message: "wrong" }, "10.9.0.2")).rejects.toMatchObject({ status: 404 });
    await expect(fileReport(db, { statementId: statement!.id, message: "x".repeat(2_001) }, "10.9.0.2")).rejects.toMatchObject({ status: 400 });
    for (let i = 1; i < REPORTS_PER_ADDRESS; i++) await fileReport(db, { statementId: statement!.id, message: `report ${i}` }, "10.9.0.1");
    const limited = await fileReport(db, { statementId: statement!.id, message: "one too many" }, "10.9.0.1").catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ReportRefused);
    expect(limited).toMatchObject({ status: 429 });
    await expect(resolveReport(db, id, "ed@example.org", { status: "resolved" })).rejects.toMatchObject({ status: 400 });
    await resolveReport(db, id, "ed@example.org", { status: "dismissed", note: "the speaker is right" });
    await expect(resolveReport(db, id, "ed@example.org", { status: "resolved", note: "again" })).rejects.toMatchObject({ status: 404 });
    expect((await listReports(db, "closed")).find((r) => r.id === id)).toMatchObject({ status: "dismissed", resolvedBy: "ed@example.org" });
  });
});
