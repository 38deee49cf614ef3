import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqlite } from "@/lib/db/sqlite/raw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, databaseEngine, engineOf, type Db } from "@/lib/db/client";
import type { RawConnection } from "@/lib/db/engine";
import { Prisma, type Sql } from "@/lib/db/sql";
import { adjustRollups, rebuildRollups } from "@/lib/db/write";
import { removeArticle } from "@/lib/db/write";
import { ingestPaths } from "@/lib/load/ingest";
import { seededRandom } from "@/bench/random";
import { createTestDatabase, testEngine, type TestDatabase } from "@/tests/helpers/db";
import { CO_SPEAKER_RECOUNT, CO_SPEAKER_STORED, FACET_RECOUNT, FACET_STORED } from "@/tests/helpers/recounts";

// The rollups (FacetCount and StatementTopic's copies of statement columns) must equal, after any
// sequence of ingests, changed re-ingests, removals and surname merges, what counting the base tables
// from scratch gives. The expected side is computed here by a different route than lib/db/write/rollups.ts
// (a self-join of one row per statement and dimension value), so that the two do not share a mistake.

let database: TestDatabase;
let db: Db;
let raw: RawConnection;
const work = mkdtempSync(path.join(tmpdir(), "verbatim-rollups-"));
const corpus = path.join(work, "corpus");

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb({ readonly: false, url: database.url });
  raw = databaseEngine(database.url).openRaw(database.url, { readonly: true });
  mkdirSync(corpus, { recursive: true });
});
afterAll(async () => {
  await raw.close();
  await db.$disconnect();
  await database.cleanup();
  rmSync(work, { recursive: true, force: true });
});

const PEOPLE = ["Mary Quill", "Tomas Varga", "Nora Pike", "Aisha Bello", "Pavel Orlov", "Jane Roe"];
const SUBJECTS = ["missile defense", "NATO", "arms control", "the arms race", "European security", "the harbour budget"];
const CREDITS = ["(Reuters)", "(AP)", "/TASS/.", ""];
const DATES = ["March 3, 2016", "June 2017", "2015", "May 9", "October 12, 2018"];

/**
 * A short news article in which `a` speaks by full name and then by surname, `b` is quoted or
 * reported, and a subject from the topic taxonomy comes up. `variant` changes its words.
 */
function article(rng: () => number, variant = 0, people = PEOPLE): string {
  const pick = <T,>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  const a = pick(people);
  const b = pick(people.filter((p) => p !== a));
  const subject = pick(SUBJECTS);
  return [
    `Talks on ${subject} resume${variant ? ` (${variant})` : ""}`,
    "",
    `WASHINGTON, ${pick(DATES)} ${pick(CREDITS)} - ${a} said on Tuesday that ${subject} would top the agenda.`,
    "",
    `"We are ready to talk about ${subject} again," ${a.split(" ")[1]} told reporters${variant ? " after a long day" : ""}.`,
    "",
    rng() < 0.5 ? `${b} warned that ${pick(SUBJECTS)} "could wait another year."` : `"This is not the deal we wanted," said ${b}.`,
  ].join("\n");
}

function write(name: string, text: string): string {
  const file = path.join(corpus, name);
  writeFileSync(file, `${text}\n`);
  return file;
}

/** Every row of a query as an array of numbers (pg hands a bigint, count(*)'s type, over as a string). */
const numbers = async (sql: Sql) => (await raw.all<Record<string, number | string>>(sql)).map((row) => Object.values(row).map(Number));

/** The one number a query answers. */
const count = async (sql: Sql) => (await numbers(sql))[0]![0]!;

const recount = () => numbers(FACET_RECOUNT);
const stored = () => numbers(FACET_STORED);

/** StatementTopic rows whose copies differ from their statement's columns. */
function staleCopies(): Promise<number> {
  return count(
    Prisma.sql`SELECT count(*) AS n FROM "StatementTopic" st JOIN "Statement" s ON s."id" = st."statementId"
     WHERE st."statementSeq" IS DISTINCT FROM s."seq" OR st."speakerId" IS DISTINCT FROM s."speakerId"
        OR st."outletId" IS DISTINCT FROM s."outletId" OR st."kind" IS DISTINCT FROM s."kind"
        OR st."publishedYear" IS DISTINCT FROM s."publishedYear" OR st."dateSort" IS DISTINCT FROM s."dateSort"`,
  );
}

const recountCoSpeakers = () => numbers(CO_SPEAKER_RECOUNT);
const storedCoSpeakers = () => numbers(CO_SPEAKER_STORED);

async function expectExact() {
  expect(await stored()).toEqual(await recount());
  expect(await staleCopies()).toBe(0);
  expect(await storedCoSpeakers()).toEqual(await recountCoSpeakers());
}

/** The name of the speaker of the statement whose text holds `words`. */
async function speakerOf(words: string): Promise<string> {
  const [row] = await raw.all<{ name: string }>(
    Prisma.sql`SELECT sp."name" FROM "Statement" s JOIN "Speaker" sp ON sp."id" = s."speakerId" WHERE s."text" LIKE ${`%${words}%`}`,
  );
  return row!.name;
}

describe("adjustRollups", () => {
  it("keeps FacetCount, CoSpeakerCount and StatementTopic's copies exact through ingests, changes, removals and surname merges", async () => {
    const rng = seededRandom(5);
    const files = Array.from({ length: 24 }, (_, i) => write(`a-${String(i).padStart(2, "0")}.txt`, article(rng)));
    await ingestPaths(db, files, { extraction: "in-process", batchSize: 10 });
    expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement"`)).toBeGreaterThan(0);
    expect(await count(Prisma.sql`SELECT count(*) AS n FROM "FacetCount"`)).toBeGreaterThan(50);
    expect((await storedCoSpeakers()).filter(([a, b]) => a !== b).length).toBeGreaterThan(5);
    await expectExact();

    // Changed files: their statements go and come back with other ids, dates and speakers.
    for (const i of [1, 4, 7, 10, 13]) write(`a-${String(i).padStart(2, "0")}.txt`, article(rng, i));
    await ingestPaths(db, files, { extraction: "in-process", batchSize: 4 });
    await expectExact();

    for (const i of [2, 4, 19]) expect(await removeArticle(db, `a-${String(i).padStart(2, "0")}.txt`)).toBe("removed");
    await expectExact();

    // "Roe" alone joins Jane Roe while she is the only Roe, and stands alone again once John Roe appears;
    // Mary Quill, quoted beside "Roe", is Jane Roe's co-speaker meanwhile.
    const roe = write("roe-1.txt", 'Budget talks resume\n\nBERLIN, May 4, 2017 (Reuters) - "We will not fund it," Roe said on Monday.\n\nRoe added that the harbour budget "must wait."\n\n"The talks went well," said Mary Quill.');
    await ingestPaths(db, [roe], { extraction: "in-process" });
    expect(await speakerOf("not fund it")).toBe("Jane Roe");
    await expectExact();
    const john = write("roe-2.txt", 'Harbour plan approved\n\nLAGOS, June 2, 2018 (AP) - John Roe said the harbour plan was "late."');
    await ingestPaths(db, [john], { extraction: "in-process" });
    expect(await speakerOf("not fund it")).toBe("Roe");
    await expectExact();
    expect(await removeArticle(db, "roe-2.txt")).toBe("removed");
    // Removing John Roe's article leaves his speaker row, so "Roe" stays on its own: still exact.
    await expectExact();

    // A removed article that comes back, and a batch mixing new and changed files.
    write("a-02.txt", article(rng, 2));
    const more = Array.from({ length: 6 }, (_, i) => write(`b-${i}.txt`, article(rng, 0, ["Ravi Quill", ...PEOPLE])));
    await ingestPaths(db, [...files, ...more], { extraction: "in-process", batchSize: 5 });
    await expectExact();
  }, 60_000);

  it("stays exact when one batch merges several surname-only speakers at once", async () => {
    const bare = write("lone-1.txt", 'Port fees rise\n\nOSLO, May 4, 2017 (Reuters) - "We cannot wait," Dunmore said.\n\nHalvorsen added that fees "must rise."');
    await ingestPaths(db, [bare], { extraction: "in-process" });
    const full = [
      write("lone-2.txt", 'Port deal signed\n\nOSLO, June 2, 2018 (AP) - Ingrid Dunmore said the deal was "fair."'),
      write("lone-3.txt", 'Port deal praised\n\nOSLO, June 3, 2018 (AP) - Olav Halvorsen said the deal was "overdue."'),
    ];
    await ingestPaths(db, full, { extraction: "in-process" });
    expect([await speakerOf("cannot wait"), await speakerOf("must rise")]).toEqual(["Ingrid Dunmore", "Olav Halvorsen"]);
    await expectExact();
  });

  it("refuses a statement kind FacetCount has no code for, rather than miscounting it", async () => {
    const { id } = await db.article.findFirstOrThrow({ where: { statementCount: { gt: 0 } }, select: { id: true } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Statement" SET "kind" = 'rumour' WHERE "articleId" = ${id}`;
        await adjustRollups({ tx, db, engine: engineOf(db) }, { articleIds: [id] }, 1);
      }),
    ).rejects.toThrow(/NOT NULL|not-null/); // SQLite's words, PostgreSQL's
    await expectExact();
  });
});

describe("rebuildRollups", () => {
  it("recomputes the same rollups from the base tables", async () => {
    const before = await stored();
    const coSpeakersBefore = await storedCoSpeakers();
    await db.$executeRaw`DELETE FROM "FacetCount"`;
    await db.$executeRaw`DELETE FROM "CoSpeakerCount"`;
    await db.$executeRaw`UPDATE "StatementTopic" SET "speakerId" = NULL, "statementSeq" = NULL, "dateSort" = 0`;
    await rebuildRollups(db);
    expect(await stored()).toEqual(before);
    expect(await storedCoSpeakers()).toEqual(coSpeakersBefore);
    await expectExact();
  });
});

/** The backfill section of the committed migration whose folder ends with `suffix`. */
function migrationBackfill(suffix: string): string {
  const dir = path.join("prisma", "sqlite", "migrations");
  const folder = readdirSync(dir).find((name) => name.endsWith(suffix))!;
  const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf("-- Backfill"), sql.indexOf("-- CreateIndex", sql.indexOf("-- Backfill")));
}

/** Runs SQL on the database file as the migration runner does: plain better-sqlite3, not Prisma. */
function execOnFile(file: string, sql: string): void {
  const writer = openSqlite(file);
  try {
    writer.exec(sql);
  } finally {
    writer.close();
  }
}

// SQLite's migrations only: PostgreSQL's start from the present schema, so they hold no backfill to run.
describe.skipIf(testEngine() !== "sqlite")("the migrations' backfills", () => {
  describe("the facet_rollups migration", () => {
    it("backfills the rollups of a corpus that existed before it", async () => {
      // Written when StatementTopic's copy of the statement's key was statementRowid (the statement_seq
      // migration renamed it to statementSeq, with the same values: seq is the old rowid).
      const backfill = migrationBackfill("_facet_rollups").replaceAll('"statementRowid"', '"statementSeq"');
      expect(backfill).toContain("INSERT INTO");
      const before = await stored();
      // The state right after the migration's ALTER TABLE and CREATE TABLE: no counts, no copies.
      await db.$executeRaw`DELETE FROM "FacetCount"`;
      await db.$executeRaw`UPDATE "StatementTopic" SET "statementSeq" = NULL, "speakerId" = NULL, "outletId" = NULL, "kind" = NULL, "publishedYear" = NULL, "dateSort" = NULL`;
      execOnFile(database.file, backfill);
      expect(await stored()).toEqual(before);
      await expectExact();
    });
  });

  describe("the co_speaker_counts migration", () => {
    it("backfills the co-speaker counts of a corpus that existed before it", async () => {
      const backfill = migrationBackfill("_co_speaker_counts");
      expect(backfill).toContain("INSERT INTO");
      const before = await storedCoSpeakers();
      expect(before.length).toBeGreaterThan(5);
      await db.$executeRaw`DELETE FROM "CoSpeakerCount"`;
      execOnFile(database.file, backfill);
      expect(await storedCoSpeakers()).toEqual(before);
      await expectExact();
    });
  });
});
