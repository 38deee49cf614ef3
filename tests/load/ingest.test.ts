import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { ingestPaths } from "@/lib/load/ingest";
import { createWritableTestDatabase, type WritableTestDatabase } from "@/tests/helpers/db";

// Ingest end to end: real files, the real extractor, a real SQLite file migrated by the real
// migrations, the real Prisma client.

let database: WritableTestDatabase;
let db: Db;
const work = mkdtempSync(path.join(tmpdir(), "verbatim-ingest-"));

beforeAll(async () => {
  database = await createWritableTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database.dispose();
  rmSync(work, { recursive: true, force: true });
});

async function snapshot() {
  const [articles, statements, speakers, topics, redirects] = await Promise.all([
    db.article.findMany({ orderBy: { key: "asc" }, select: { key: true, slug: true, inputHash: true, statementCount: true } }),
    db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, speakerId: true } }),
    db.speaker.findMany({ orderBy: { key: "asc" }, select: { key: true, slug: true, name: true, statementCount: true } }),
    db.topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, statementCount: true, articleCount: true } }),
    db.redirect.findMany({ orderBy: [{ kind: "asc" }, { fromId: "asc" }], select: { kind: true, fromId: true, toId: true } }),
  ]);
  return { articles, statements, speakers, topics, redirects };
}

describe("ingestPaths", () => {
  it("loads the seeds: two articles, their outlets, the TASS date without a year", async () => {
    const report = await ingestPaths(db, ["seeds"]);
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0, problems: [] });
    const articles = await db.article.findMany({
      orderBy: { key: "asc" },
      select: { key: true, title: true, titleDerived: true, publishedYear: true, publishedMonth: true, publishedDay: true, outlet: { select: { name: true } } },
    });
    expect(articles).toEqual([
      expect.objectContaining({ key: "000_055dbd569b79eb43.txt", titleDerived: true, publishedYear: null, publishedMonth: 6, publishedDay: 5, outlet: { name: "TASS" } }),
      expect.objectContaining({ key: "001_48ddbee5b2988c17.txt", title: "Russia and Belarus Will Coordinate Response to US Missile Shield", titleDerived: false, publishedYear: 2016, publishedMonth: 5, publishedDay: 16, outlet: { name: "Cuba Si" } }),
    ]);
  }, 60_000); // the first ingest of the process loads the extraction core: seconds on a loaded machine

  it("changes nothing when the same files are ingested again", async () => {
    const before = await snapshot();
    const report = await ingestPaths(db, ["seeds/000_055dbd569b79eb43.txt", "seeds"]);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 2, problems: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the ids of unchanged statements when a file changes and redirects the changed ones", async () => {
    const file = path.join(work, "changing.txt");
    const original = "WASHINGTON, March 3, 2016. Senator Jane Roe said the bill would pass. \"We have the votes,\" Roe said.\n";
    writeFileSync(file, original);
    await ingestPaths(db, [file]);
    const first = await db.statement.findMany({ where: { article: { key: "changing.txt" } }, orderBy: { position: "asc" } });
    expect(first.length).toBeGreaterThan(0);

    writeFileSync(file, original.replace("We have the votes", "We have all the votes we need"));
    const report = await ingestPaths(db, [file]);
    expect(report.updated).toBe(1);
    const second = await db.statement.findMany({ where: { article: { key: "changing.txt" } }, orderBy: { position: "asc" } });
    const secondIds = new Set(second.map((s) => s.id));
    const kept = first.filter((s) => secondIds.has(s.id));
    const retired = first.filter((s) => !secondIds.has(s.id));
    expect(retired.length).toBeGreaterThan(0);
    for (const s of kept) expect(second.find((t) => t.id === s.id)?.text).toBe(s.text);
    for (const s of retired) {
      const redirect = await db.redirect.findUnique({ where: { kind_fromId: { kind: "statement", fromId: s.id } } });
      expect(redirect?.toId && secondIds.has(redirect.toId)).toBe(true);
    }
  }, 30_000);

  it("rejects bad files by name, ingests the good ones, and leaves the database as it was", async () => {
    const before = await snapshot();
    const good = path.join(work, "good", "fine.txt");
    const folder = path.dirname(good);
    rmSync(folder, { recursive: true, force: true });
    await import("node:fs").then((fs) => fs.mkdirSync(folder, { recursive: true }));
    copyFileSync("seeds/001_48ddbee5b2988c17.txt", good);
    writeFileSync(path.join(folder, "empty.txt"), "");
    writeFileSync(path.join(folder, "binary.txt"), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(folder, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const report = await ingestPaths(db, [folder, path.join(work, "missing.txt")]);
    expect(report.created).toBe(1);
    expect(report.problems.map((p) => [path.basename(p.file), p.reason.split(" ").slice(0, 2).join(" ")])).toEqual([
      ["missing.txt", "does not"],
      ["binary.txt", "is binary"],
      ["empty.txt", "is empty"],
      ["latin1.txt", "is not"],
    ]);
    const after = await snapshot();
    expect(after.articles.filter((a) => a.key !== "fine.txt")).toEqual(before.articles);
  });

  it("refuses two different files with the same name, naming both", async () => {
    const a = path.join(work, "a", "same.txt");
    const b = path.join(work, "b", "same.txt");
    for (const f of [a, b]) {
      await import("node:fs").then((fs) => fs.mkdirSync(path.dirname(f), { recursive: true }));
    }
    writeFileSync(a, "Jane Roe said the sky is blue.");
    writeFileSync(b, "John Doe said the sky is green.");
    const report = await ingestPaths(db, [a, b]);
    expect(report.created).toBe(0);
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]?.reason).toContain(b);
    expect(report.problems[1]?.reason).toContain(a);
    expect(await db.article.count({ where: { key: "same.txt" } })).toBe(0);
  });

  it("keeps every speaker's and topic's counts equal to a recount after new, changed and removed articles", async () => {
    const { removeArticle } = await import("@/lib/db/write");
    await removeArticle(db, "fine.txt");
    const speakers = await db.speaker.findMany({ select: { id: true, statementCount: true } });
    for (const s of speakers) expect(s.statementCount).toBe(await db.statement.count({ where: { speakerId: s.id } }));
    const topics = await db.topic.findMany({ select: { id: true, statementCount: true, articleCount: true } });
    for (const t of topics) {
      expect(t.statementCount).toBe(await db.statementTopic.count({ where: { topicId: t.id } }));
      expect(t.articleCount).toBe(await db.articleTopic.count({ where: { topicId: t.id } }));
    }
    expect(speakers.length).toBeGreaterThan(0);
    expect(topics.length).toBeGreaterThan(0);
  });
});
