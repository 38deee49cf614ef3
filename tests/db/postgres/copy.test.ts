import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, databaseEngine } from "@/lib/db/client";
import { copyCorpus, COPY_ORDER } from "@/lib/db/copy";
import { addEditor } from "@/lib/db/editorial/accounts";
import { correct, exportCorrections } from "@/lib/db/editorial/corrections";
import { fileReport } from "@/lib/db/editorial/reports";
import { exportCorpus } from "@/lib/db/export";
import { Prisma as Models } from "@/generated/sqlite/client";
import { Prisma } from "@/lib/db/sql";
import { ingestPaths } from "@/lib/load/ingest";
import { removePaths } from "@/lib/load/remove";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { dropTestPostgresDatabase, testPostgresUrl } from "@/tests/helpers/engine";

// npm run db:copy between the engines: a corpus with retired statements, a removed article and merged
// speakers goes from a SQLite file to PostgreSQL and back, and every copy exports byte for byte as the
// original, answers the same 301s, and takes new articles after it.

let scratch: string;
const sqliteUrl = () => `file:${path.join(scratch, `${Math.random().toString(36).slice(2)}.db`)}`;
const postgresUrls: string[] = [];
const postgresUrl = () => {
  const url = testPostgresUrl(`verbatim_copy_${Math.random().toString(36).slice(2, 10)}`);
  postgresUrls.push(url);
  return url;
};

async function exportOf(url: string): Promise<string> {
  const db = createDb({ readonly: true, url });
  try {
    return await exportCorpus(db);
  } finally {
    await db.$disconnect();
  }
}

async function correctionsOf(url: string) {
  const db = createDb({ readonly: true, url });
  try {
    return await exportCorrections(db);
  } finally {
    await db.$disconnect();
  }
}

let original: string;
let corpus: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "verbatim-copy-"));
  corpus = path.join(scratch, "corpus");
  writeGeneratedCorpus(corpus, { articles: 120, seed: 7 });
  original = sqliteUrl();
  await databaseEngine(original).migrate(original);
  const db = createDb({ readonly: false, url: original });
  try {
    await ingestPaths(db, [corpus, "seeds"]);
    // History the copy must keep: a changed article (301s) and a removed one (410s).
    const [first, second] = ["article-0001.txt", "article-0002.txt"].map((name) => path.join(corpus, name));
    writeFileSync(first!, `${"Changed council story"}\n\n"We will vote again next week," Mayor Dana Roe said on Tuesday.\n`);
    await ingestPaths(db, [first!]);
    await removePaths(db, [second!], {});
    // The editors' side: an account, a correction made on the page, a reader's report.
    await addEditor(db, "copy@example.org");
    const statement = await db.statement.findFirstOrThrow({ where: { article: { key: "001_48ddbee5b2988c17.txt" } }, orderBy: { position: "asc" }, select: { id: true } });
    await correct(db, "copy@example.org", { op: "set-kind", statement: statement.id, kind: "mixed", note: "partly quoted" }, { url: original });
    await fileReport(db, { statementId: statement.id, message: "check the speaker" }, "10.0.0.9");
  } finally {
    await db.$disconnect();
  }
}, 240_000);

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  for (const url of postgresUrls) await dropTestPostgresDatabase(url);
});

describe("copyCorpus", () => {
  it("copies every model (none is left out of COPY_ORDER)", () => {
    expect(COPY_ORDER.map((t) => t.table).sort()).toEqual(Object.values(Models.ModelName).sort());
  });

  it("moves a SQLite corpus to PostgreSQL and back, each copy exporting byte for byte as the original", async () => {
    const before = await exportOf(original);
    expect(JSON.parse(before).redirects.length).toBeGreaterThan(0);
    const onPostgres = postgresUrl();
    const report = await copyCorpus(original, onPostgres);
    expect(report.rows.Statement).toBeGreaterThan(100);
    expect(report.rows).toMatchObject({ Correction: 1, Report: 1, Editor: 1 });
    expect(await exportOf(onPostgres)).toBe(before);
    expect(await correctionsOf(onPostgres)).toEqual(await correctionsOf(original));
    const back = sqliteUrl();
    await copyCorpus(onPostgres, back);
    expect(await exportOf(back)).toBe(before);

    // The copy is a corpus like any other: full text answers, new articles get new ids.
    const raw = databaseEngine(onPostgres).openRaw(onPostgres, { readonly: true });
    const [indexed] = await raw.all<{ n: number }>(Prisma.sql`SELECT count(*)::integer AS n FROM "statement_fts"`);
    const [statements] = await raw.all<{ n: number }>(Prisma.sql`SELECT count(*)::integer AS n FROM "Statement"`);
    await raw.close();
    expect(indexed).toEqual(statements);
    const db = createDb({ readonly: false, url: onPostgres });
    try {
      const extra = path.join(scratch, "extra.txt");
      writeFileSync(extra, 'Harbour talks\n\n"We sign on Friday," Mayor Ilse Brandt said.\n');
      const result = await ingestPaths(db, [extra]);
      expect(result.created).toBe(1);
    } finally {
      await db.$disconnect();
    }
  }, 240_000);

  it("refuses a target that already holds a corpus, and leaves it as it was", async () => {
    const target = postgresUrl();
    await copyCorpus(original, target);
    const before = await exportOf(target);
    await expect(copyCorpus(original, target)).rejects.toThrow(/is not empty \(its Outlet table has rows\): copy into a new database/);
    expect(await exportOf(target)).toBe(before);
  }, 240_000);
});
