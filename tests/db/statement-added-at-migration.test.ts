import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, databaseEngine, type Db } from "@/lib/db/client";
import { applyPostgresMigrations, defaultPostgresMigrationsDir } from "@/lib/db/postgres/migrate";
import { Prisma } from "@/lib/db/sql";
import { matchQuery } from "@/lib/db/statements/filters";
import { applyMigrations } from "@/lib/db/sqlite/migrate";
import { migrationsDir as sqliteMigrationsDir } from "@/lib/db/sqlite/schema-engine";
import { ingestPaths } from "@/lib/load/ingest";
import { testEngine } from "@/tests/helpers/db";
import { dropTestPostgresDatabase, testPostgresUrl } from "@/tests/helpers/engine";

// The statement_added_at migration, on the engine the tests run on: a corpus stored before it gets
// each statement's addedAt from its article's ingestedAt, and the database goes on working (on
// SQLite, whose migration rebuilds Statement, the full-text index and its triggers with it).

const work = mkdtempSync(path.join(tmpdir(), "verbatim-added-at-"));
const postgres = testEngine() === "postgres";
const dir = postgres ? defaultPostgresMigrationsDir() : sqliteMigrationsDir;
const MIGRATION = readdirSync(dir).find((name) => name.endsWith("_statement_added_at"))!;
const url = postgres ? testPostgresUrl(`verbatim_added_at_${process.pid}`) : `file:${path.join(work, "before.db")}`;
let db: Db;

/** The two articles stored before the migration, ingested at different times. */
const INGESTED = { a: new Date("2024-05-06T07:08:09.123Z"), b: new Date("2025-01-02T03:04:05.678Z") };

/** A timestamp as each engine stores Prisma's DateTime: ISO text on SQLite, a timestamp on PostgreSQL. */
const stored = (t: Date) => (postgres ? Prisma.sql`${t.toISOString().replace("T", " ").replace("Z", "")}::timestamp` : t.toISOString().replace(/Z$/, "+00:00"));

beforeAll(async () => {
  const earlier = path.join(work, "earlier-migrations");
  for (const name of readdirSync(dir)) {
    if (!/^\d/.test(name) || name < MIGRATION) cpSync(path.join(dir, name), path.join(earlier, name), { recursive: true });
  }
  if (postgres) await applyPostgresMigrations(url, { migrationsDir: earlier });
  else applyMigrations(url.slice("file:".length), { migrationsDir: earlier });
  db = createDb({ readonly: false, url });
  for (const [key, t] of Object.entries(INGESTED)) {
    await db.$executeRaw`INSERT INTO "Article" ("key", "slug", "title", "text", "paragraphs", "sourceFile", "contentHash", "inputHash", "ingestedAt")
      VALUES (${key}, ${`article-${key}`}, ${`Article ${key}`}, ${"The mayor said the harbour would open."}, ${"[]"}, ${`${key}.txt`}, ${key}, ${key}, ${stored(t)})`;
    for (const position of [0, 1]) {
      await db.$executeRaw`INSERT INTO "Statement" ("id", "articleId", "position", "text", "start", "end", "kind", "confidence", "rule")
        VALUES (${`${key}${position}`}, (SELECT "id" FROM "Article" WHERE "key" = ${key}), ${position}, ${`the harbour would open ${key}${position}`}, 0, 10, ${"indirect"}, 0.9, ${"test"})`;
    }
  }
  await db.$disconnect();
  await databaseEngine(url).migrate(url);
  db = createDb({ readonly: false, url });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  if (postgres) await dropTestPostgresDatabase(url);
  rmSync(work, { recursive: true, force: true });
});

describe("the statement_added_at migration", () => {
  it("gives every stored statement its article's ingestedAt", async () => {
    const rows = await db.statement.findMany({ select: { id: true, addedAt: true, article: { select: { key: true, ingestedAt: true } } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.id, r.addedAt.toISOString()])).toEqual([
      ["a0", INGESTED.a.toISOString()],
      ["a1", INGESTED.a.toISOString()],
      ["b0", INGESTED.b.toISOString()],
      ["b1", INGESTED.b.toISOString()],
    ]);
    for (const r of rows) expect(r.addedAt).toEqual(r.article.ingestedAt);
  });

  it("leaves the full-text index answering, and in step with later ingests", async () => {
    const d = databaseEngine(url).dialect;
    const search = async (words: string) =>
      (await db.$queryRaw<{ rid: number | bigint }[]>`${d.statementMatches(matchQuery(d, words)!, { rank: false })}`).length;
    expect(await search("harbour")).toBe(4);
    const report = await ingestPaths(db, ["seeds"], { extraction: "in-process" });
    expect(report.problems).toEqual([]);
    const fresh = await db.statement.findMany({ where: { article: { key: { notIn: ["a", "b"] } } }, select: { id: true, text: true, addedAt: true } });
    expect(fresh.length).toBeGreaterThan(10);
    for (const s of fresh) expect(s.addedAt.getTime(), s.id).toBeGreaterThan(INGESTED.b.getTime());
    // A word of a statement the ingest added is found: the insert trigger fed the index.
    const word = fresh[0]!.text.split(/[^A-Za-z]+/).sort((x, y) => y.length - x.length)[0]!;
    expect(await search(word), word).toBeGreaterThan(0);
    if (!postgres) {
      await expect(db.$executeRawUnsafe(`INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')`)).resolves.toBeDefined();
    }
  }, 120_000);
});
