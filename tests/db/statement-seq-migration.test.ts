import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite/raw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { applyMigrations } from "@/lib/db/sqlite/migrate";
import { migrationsDir } from "@/lib/db/sqlite/schema-engine";
import { ingestPaths } from "@/lib/load/ingest";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The statement_seq migration rebuilds Statement and StatementTopic. On a corpus written before it,
// every statement must keep its rowid as its seq (statement_fts and StatementTopic's copies point at
// it), full text must answer as before, and the triggers that keep statement_fts in step must be back.

const MIGRATION = "_statement_seq";
const SEQ_FOLDER = readdirSync(migrationsDir).find((name) => name.endsWith(MIGRATION))!;
const work = mkdtempSync(path.join(tmpdir(), "verbatim-seq-"));
const before = path.join(work, "before.db");
let source: TestDatabase;
/** Statement id → its rowid in the database made by the earlier migrations. */
let rowids: Map<string, number>;
let searches: Record<string, string[]>;
const WORDS = ['"said"', '"minister"', '"people" "government"', '"not"'];

function search(db: SqliteDatabase): Record<string, string[]> {
  const query = db.prepare(
    `SELECT s.id FROM statement_fts f JOIN Statement s ON s.rowid = f.rowid WHERE statement_fts MATCH ? ORDER BY s.id`,
  );
  return Object.fromEntries(WORDS.map((word) => [word, (query.pluck().all(word) as string[])]));
}

beforeAll(async () => {
  // A corpus written by today's code…
  source = await createTestDatabase();
  const db = createDb({ readonly: false, url: source.url });
  const folder = path.join(work, "generated");
  writeGeneratedCorpus(folder, { articles: 30, seed: 5 });
  expect((await ingestPaths(db, ["seeds", folder], { extraction: "in-process" })).problems).toEqual([]);
  await db.$disconnect();

  // …copied into a database made by the migrations before statement_seq, as that schema stored it:
  // rowids spread out with gaps (seq × 3 + 7), and StatementTopic's copy of the rowid in statementRowid.
  // (Migrations written after statement_seq apply after it, as on a real database.)
  const earlier = path.join(work, "earlier-migrations");
  mkdirSync(earlier);
  for (const name of readdirSync(migrationsDir)) {
    if (!/^\d/.test(name) || name < SEQ_FOLDER) cpSync(path.join(migrationsDir, name), path.join(earlier, name), { recursive: true });
  }
  applyMigrations(before, { migrationsDir: earlier });
  const old = openSqlite(before);
  try {
    old.pragma("foreign_keys = OFF");
    old.exec(`ATTACH ${JSON.stringify(source.file)} AS src`);
    const tables = old
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'")
      .pluck()
      .all() as string[];
    const columnsOf = (schema: string, table: string) =>
      (old.pragma(`${schema}.table_info("${table}")`) as { name: string }[]).map((c) => `"${c.name}"`);
    for (const table of tables) {
      const wanted = columnsOf("main", table);
      const shared = wanted.filter((c) => columnsOf("src", table).includes(c));
      const [into, from] =
        table === "Statement"
          ? [["rowid", ...shared], ["seq * 3 + 7", ...shared]]
          : table === "StatementTopic"
            ? [[...shared, '"statementRowid"'], [...shared, '"statementSeq" * 3 + 7']]
            : [shared, shared];
      old.exec(`INSERT INTO main."${table}" (${into.join(", ")}) SELECT ${from.join(", ")} FROM src."${table}"`);
    }
    old.exec("DETACH src");
    rowids = new Map(old.prepare("SELECT id, rowid FROM Statement").raw().all() as [string, number][]);
    searches = search(old);
  } finally {
    old.close();
  }
  expect(rowids.size).toBeGreaterThan(200);
  expect(Object.values(searches).flat().length).toBeGreaterThan(20);
}, 60_000);

afterAll(async () => {
  await source.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe("the statement_seq migration", () => {
  it("keeps every statement's rowid as its seq, and StatementTopic's copies with it", () => {
    const fromSeq = readdirSync(migrationsDir).filter((name) => /^\d/.test(name) && name >= SEQ_FOLDER).sort();
    expect(applyMigrations(before).applied).toEqual(fromSeq);
    const db = openSqlite(before, { readonly: true });
    try {
      const seqs = new Map(db.prepare("SELECT id, seq FROM Statement").raw().all() as [string, number][]);
      expect(seqs).toEqual(rowids);
      expect(db.prepare("SELECT count(*) FROM Statement WHERE seq <> rowid").pluck().get()).toBe(0);
      const links = db.prepare("SELECT count(*) FROM StatementTopic").pluck().get() as number;
      expect(links).toBeGreaterThan(100);
      const copied = db.prepare("SELECT count(*) FROM StatementTopic st JOIN Statement s ON s.id = st.statementId WHERE st.statementSeq = s.seq");
      expect(copied.pluck().get()).toBe(links);
    } finally {
      db.close();
    }
  });

  it("leaves full text answering as before, its index in step with Statement", () => {
    const db = openSqlite(before);
    try {
      expect(search(db)).toEqual(searches);
      expect(() => db.exec("INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')")).not.toThrow();
    } finally {
      db.close();
    }
  });

  it("leaves the corpus as it was, and later ingests keep the full-text index in step (the triggers are back)", async () => {
    const db = createDb({ readonly: false, url: `file:${before}` });
    const fresh = createDb({ readonly: true, url: source.url });
    try {
      // A corpus written before statement_seq had nowhere to keep where a speaker is named: the later
      // statement_speaker_named migration adds those columns empty.
      const unnamed = (json: string) => json.replace(/"speakerNamed(Start|End)": \d+/g, '"speakerNamed$1": null');
      expect(await exportCorpus(db)).toBe(unnamed(await exportCorpus(fresh)));
      const maxBefore = Math.max(...rowids.values());
      expect((await ingestPaths(db, ["tests/ingest/fixtures/byline.txt"], { extraction: "in-process" })).created).toBe(1);
      const added = await db.statement.findMany({ where: { article: { key: "byline.txt" } }, select: { seq: true } });
      expect(added.length).toBeGreaterThan(0);
      // AUTOINCREMENT continues after the highest seq the migration copied, and never reuses one.
      for (const { seq } of added) expect(seq).toBeGreaterThan(maxBefore);
    } finally {
      await db.$disconnect();
      await fresh.$disconnect();
    }
    const raw = openSqlite(before);
    try {
      expect(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Statement' ORDER BY name").pluck().all()).toEqual([
        "statement_fts_delete",
        "statement_fts_insert",
        "statement_fts_update",
      ]);
      expect(() => raw.exec("INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')")).not.toThrow();
    } finally {
      raw.close();
    }
  });
});
