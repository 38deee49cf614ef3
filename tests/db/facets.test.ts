import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawConnection } from "@/lib/db/engine";
import { Prisma, type Sql } from "@/lib/db/sql";
import { parseIntegerList } from "@/lib/db/columns/answer";
import type * as ColumnsModule from "@/lib/db/columns/held";
import type * as StatementsModule from "@/lib/db/statements";
import type { StatementFilters, StatementSort } from "@/lib/domain/filters";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { createCorpusTestDatabase, testEngine, type CorpusTestDatabase } from "@/tests/helpers/db";

// listStatements reads a facet from the rollups when its other filters are one dimension and counts it
// over the statements otherwise. Both routes must give what counting every statement gives: here the
// reference is plain SQL that scans the base tables for every facet (what the query layer did before
// the rollups), and the filters cover both routes — none, one and two dimensions, several values,
// whole years, other date ranges, the unknown year, full text, and slugs that name nothing.

type Filters = StatementFilters;

let database: CorpusTestDatabase;
let raw: RawConnection;
let q: typeof StatementsModule;
let columns: typeof ColumnsModule;

const none: Filters = { speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, q: null };

beforeAll(async () => {
  database = await createCorpusTestDatabase("facets");
  raw = database.raw;
  q = await import("@/lib/db/statements");
  columns = await import("@/lib/db/columns/held");
  // Full-text queries are answered from the statement columns once loaded, else in SQL: each test says which.
  columns.setStatementColumnsEnabled(false);
  // Articles made the way the benchmark makes them, plus the seeds themselves (the TASS seed states no year).
  const folder = path.join(database.work, "generated");
  writeGeneratedCorpus(folder, { articles: 80, seed: 3 }, (generated) => {
    // Six articles of one day: pages then break ties between articles, not only between dates.
    for (const a of generated.slice(1, 6)) a.date = generated[0]!.date;
  });
  await database.ingest(["seeds", folder]);
}, 60_000);

afterAll(() => database.dispose());

interface Answer {
  total: number;
  ids: string[];
  facets: Record<string, [string, number][]>;
}

/** The statements (seq) the full-text query `match` finds, read off the engine's index directly. */
const fullTextMatches = (match: string) =>
  testEngine() === "postgres"
    ? Prisma.sql`SELECT f."seq" FROM "statement_fts" f WHERE f."document" @@ to_tsquery('english', ${match})`
    : Prisma.sql`SELECT rowid FROM "statement_fts" WHERE "statement_fts" MATCH ${match}`;

/** The answer by scanning the base tables: every facet counted over every statement that passes. */
async function reference(f: Filters, limit: number): Promise<Answer> {
  const where = (except?: string): Sql => {
    const parts: Sql[] = [];
    if (f.speaker.length && except !== "speaker") {
      const named = f.speaker.filter((v) => v !== "none");
      const bySlug = named.length ? Prisma.sql`s."speakerId" IN (SELECT "id" FROM "Speaker" WHERE "slug" IN (${Prisma.join(named)}))` : Prisma.sql`1 = 0`;
      parts.push(f.speaker.includes("none") ? Prisma.sql`(${bySlug} OR s."speakerId" IS NULL)` : bySlug);
    }
    if (f.confidence != null) {
      parts.push(Prisma.sql`s."confidence" >= ${f.confidence}`);
    }
    if (f.topic.length && except !== "topic") {
      parts.push(Prisma.sql`s."id" IN (SELECT st."statementId" FROM "StatementTopic" st JOIN "Topic" t ON t."id" = st."topicId" WHERE t."slug" IN (${Prisma.join(f.topic)}))`);
    }
    if (f.outlet.length && except !== "outlet") {
      parts.push(Prisma.sql`s."outletId" IN (SELECT "id" FROM "Outlet" WHERE "slug" IN (${Prisma.join(f.outlet)}))`);
    }
    if (f.kind.length && except !== "kind") parts.push(Prisma.sql`s."kind" IN (${Prisma.join(f.kind)})`);
    if (f.from !== null && except !== "date") parts.push(Prisma.sql`s."dateFrom" >= ${f.from}`);
    if (f.to !== null && except !== "date") parts.push(Prisma.sql`s."dateTo" <= ${f.to}`);
    if (f.year === "unknown") parts.push(Prisma.sql`s."dateFrom" IS NULL`);
    if (f.q) {
      const match = q.ftsQuery(f.q);
      parts.push(match ? Prisma.sql`s."seq" IN (${fullTextMatches(match)})` : Prisma.sql`1 = 0`);
    }
    return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
  };
  const all = where();
  const facet = async (sql: (where: Sql) => Sql, except: string) =>
    (await raw.all<{ v: string | number | null; n: number | string }>(sql(where(except)))).map(
      ({ v, n }): [string, number] => [v === null ? "unknown" : String(v), Number(n)],
    );
  // Statements without a speaker take their place among the speakers by count, after equal counts.
  const speakers = await facet(
    (w) => Prisma.sql`SELECT sp."slug" AS v, count(*) AS n FROM "Statement" s JOIN "Speaker" sp ON sp."id" = s."speakerId" ${w} GROUP BY sp."id" ORDER BY n DESC, sp."name" LIMIT 40`,
    "speaker",
  );
  const [unidentified] = (
    await facet((w) => Prisma.sql`SELECT 'none' AS v, count(*) AS n FROM (SELECT s."speakerId" FROM "Statement" s ${w}) AS x WHERE x."speakerId" IS NULL`, "speaker")
  ).map(([, n]) => n);
  if (unidentified) {
    const at = speakers.findIndex(([, n]) => n < unidentified);
    speakers.splice(at === -1 ? speakers.length : at, 0, ["none", unidentified]);
  }
  return {
    total: Number((await raw.all<{ n: number | string }>(Prisma.sql`SELECT count(*) AS n FROM "Statement" s ${all}`))[0]!.n),
    ids: (
      await raw.all<{ id: string }>(
        Prisma.sql`SELECT s."id" FROM "Statement" s ${all} ORDER BY s."dateSort" IS NULL, s."dateSort" DESC, s."articleId", s."position" LIMIT ${limit}`,
      )
    ).map((r) => r.id),
    facets: {
      speaker: speakers,
      topic: await facet(
        (w) => Prisma.sql`SELECT t."slug" AS v, count(*) AS n FROM "StatementTopic" x JOIN "Statement" s ON s."id" = x."statementId" JOIN "Topic" t ON t."id" = x."topicId" ${w} GROUP BY t."id" ORDER BY n DESC, t."label" LIMIT 40`,
        "topic",
      ),
      outlet: await facet(
        (w) => Prisma.sql`SELECT o."slug" AS v, count(*) AS n FROM "Statement" s JOIN "Outlet" o ON o."id" = s."outletId" ${w} GROUP BY o."id" ORDER BY n DESC, o."name" LIMIT 40`,
        "outlet",
      ),
      kind: await facet((w) => Prisma.sql`SELECT s."kind" AS v, count(*) AS n FROM "Statement" s ${w} GROUP BY s."kind" ORDER BY n DESC, s."kind"`, "kind"),
      year: await facet(
        (w) => Prisma.sql`SELECT s."publishedYear" AS v, count(*) AS n FROM "Statement" s ${w} GROUP BY s."publishedYear" ORDER BY s."publishedYear" IS NULL, s."publishedYear" DESC`,
        "date",
      ),
    },
  };
}

async function answer(f: Filters, limit: number): Promise<Answer> {
  const page = await q.listStatements({ filters: f, basePath: "/statements", limit, sort: "date" });
  const facets: Answer["facets"] = {};
  for (const [name, values] of Object.entries(page.facets)) facets[name] = values.filter((v) => v.count > 0).map((v) => [v.value, v.count]);
  return { total: page.total, ids: page.items.map((i) => i.id), facets };
}

/** Full-text queries answered from the statement columns (loaded now) or in SQL. */
async function answerFullTextFromColumns(on: boolean) {
  columns.setStatementColumnsEnabled(on);
  if (on) expect((await columns.loadStatementColumns()).version).toBeGreaterThan(0);
}

/** The most frequent values of a column (selected as v), for filters that select something. */
const top = async (sql: Sql, n = 2) => (await raw.all<{ v: string }>(sql)).slice(0, n).map(({ v }) => v);

/** A count (PostgreSQL's count(*) is a bigint, which pg hands over as a string). */
const count = async (sql: Sql) => Number((await raw.all<{ n: number | string }>(sql))[0]!.n);

const topSpeakers = Prisma.sql`SELECT "slug" AS v FROM "Speaker" ORDER BY "statementCount" DESC, "slug"`;
const topTopics = Prisma.sql`SELECT "slug" AS v FROM "Topic" ORDER BY "statementCount" DESC, "slug"`;
const topYears = Prisma.sql`SELECT "publishedYear" AS v FROM "Statement" WHERE "publishedYear" IS NOT NULL GROUP BY "publishedYear" ORDER BY count(*) DESC, "publishedYear"`;

describe("listStatements facets, from the rollups and counted", () => {
  it("has a corpus that exercises them: several years, the unknown year, outlets, kinds, topics", async () => {
    expect((await top(Prisma.sql`SELECT DISTINCT "publishedYear" AS v FROM "Statement" WHERE "publishedYear" IS NOT NULL`, 10)).length).toBeGreaterThanOrEqual(5);
    expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement" WHERE "publishedYear" IS NULL`)).toBeGreaterThan(0);
    expect((await top(Prisma.sql`SELECT DISTINCT "outletId" AS v FROM "Statement" WHERE "outletId" IS NOT NULL`, 10)).length).toBeGreaterThanOrEqual(5);
    expect(await top(Prisma.sql`SELECT DISTINCT "kind" AS v FROM "Statement"`, 3)).toHaveLength(3);
    // Statements no speaker was found for, and confidences on both sides of the thresholds tested.
    expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement" WHERE "speakerId" IS NULL`)).toBeGreaterThan(0);
    for (const least of [0.6, 0.7, 0.8, 0.9]) {
      expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement" WHERE "confidence" >= ${least}`)).toBeGreaterThan(0);
      expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement" WHERE "confidence" < ${least}`)).toBeGreaterThan(0);
    }
  });

  it.each([
    ["in SQL", false],
    ["from the statement columns", true],
  ] as const)("agree with counting every statement, for every shape of filter (full text answered %s)", async (_, fromColumns) => {
    await answerFullTextFromColumns(fromColumns);
    const [s1, s2] = (await top(topSpeakers)) as [string, string];
    const [t1, t2] = (await top(topTopics)) as [string, string];
    const [o1, o2] = (await top(
      Prisma.sql`SELECT o."slug" AS v FROM "Statement" s JOIN "Outlet" o ON o."id" = s."outletId" GROUP BY o."id" ORDER BY count(*) DESC, o."slug"`,
    )) as [string, string];
    const [y1, y2] = (await top(topYears)).map(Number) as [number, number];
    const year = (y: number) => ({ from: y * 10_000 + 101, to: y * 10_000 + 1231 });
    const cases: [string, Partial<Filters>][] = [
      ["nothing", {}],
      ["a speaker", { speaker: [s1] }],
      ["two speakers", { speaker: [s1, s2] }],
      ["a topic", { topic: [t1] }],
      ["two topics", { topic: [t1, t2] }],
      ["an outlet", { outlet: [o1] }],
      ["two outlets and a kind", { outlet: [o1, o2], kind: ["direct"] }],
      ["two kinds", { kind: ["direct", "mixed"] }],
      ["a year", year(y1)],
      ["two years", { from: Math.min(y1, y2) * 10_000 + 101, to: Math.max(y1, y2) * 10_000 + 1231 }],
      ["from a year on", { from: y1 * 10_000 + 101 }],
      ["up to a year", { to: y1 * 10_000 + 1231 }],
      ["part of a year", { from: y1 * 10_000 + 315, to: y1 * 10_000 + 920 }],
      ["the unknown year", { year: "unknown" as const }],
      ["a speaker in the unknown year", { speaker: [s1], year: "unknown" as const }],
      ["a speaker and a topic", { speaker: [s1], topic: [t1] }],
      ["a speaker and a year", { speaker: [s1], ...year(y1) }],
      ["a topic and a year", { topic: [t1], ...year(y1) }],
      ["a topic and part of a year", { topic: [t1], from: y1 * 10_000 + 201, to: y1 * 10_000 + 1130 }],
      ["a speaker, a topic and a year", { speaker: [s1], topic: [t1], ...year(y1) }],
      ["two speakers and two topics", { speaker: [s1, s2], topic: [t1, t2] }],
      ["full text", { q: "said" }],
      ["full text and a speaker", { q: "minister", speaker: [s1] }],
      ["full text and a topic", { q: "the", topic: [t1] }],
      ["full text and a year", { q: "said", ...year(y1) }],
      ["full text and part of a year", { q: "said", from: y1 * 10_000 + 315, to: y1 * 10_000 + 920 }],
      ["full text in the unknown year", { q: "said", year: "unknown" as const }],
      ["full text, two speakers and two topics", { q: "said", speaker: [s1, s2], topic: [t1, t2] }],
      ["full text, two outlets and a kind", { q: "the", outlet: [o1, o2], kind: ["direct"] }],
      ["full text, a topic and a year", { q: "the", topic: [t1], ...year(y2) }],
      ["full text and a slug that names nothing", { q: "said", speaker: ["nobody-at-all", s2] }],
      ["full text without a word", { q: "***" }],
      ["a slug that names nothing", { speaker: ["nobody-at-all"] }],
      ["a kind that does not exist", { kind: ["rumour"] }],
      ["a topic that names nothing and a year", { topic: ["no-such-topic"], ...year(y1) }],
      ["no speaker", { speaker: ["none"] }],
      ["no speaker or a speaker", { speaker: ["none", s1] }],
      ["no speaker or two speakers", { speaker: [s2, "none", s1] }],
      ["no speaker and a topic", { speaker: ["none"], topic: [t1] }],
      ["no speaker and a year", { speaker: ["none"], ...year(y1) }],
      ["no speaker and full text", { q: "said", speaker: ["none"] }],
      ["a least confidence", { confidence: 0.8 }],
      ["a least confidence and a topic", { confidence: 0.7, topic: [t1] }],
      ["a least confidence, a topic and part of a year", { confidence: 0.7, topic: [t1], from: y1 * 10_000 + 201, to: y1 * 10_000 + 1130 }],
      ["a least confidence and a speaker", { confidence: 0.9, speaker: [s1] }],
      ["a least confidence and full text", { confidence: 0.8, q: "said" }],
      ["a least confidence, full text and a topic", { confidence: 0.6, q: "the", topic: [t1] }],
    ];
    for (const [name, filters] of cases) {
      const f = { ...none, ...filters };
      expect({ name, ...(await answer(f, 30)) }).toEqual({ name, ...(await reference(f, 30)) });
    }
  }, 60_000);

  it("gives the same facets when the year is given as days (counted) or as a whole year (rollups)", async () => {
    const [y] = (await top(topYears, 1)).map(Number) as [number];
    const [s] = (await top(topSpeakers, 1)) as [string];
    // A day before the year starts holds no statement here, so both ranges select the same ones.
    expect(await count(Prisma.sql`SELECT count(*) AS n FROM "Statement" WHERE "dateTo" = ${(y - 1) * 10_000 + 1231}`)).toBe(0);
    for (const extra of [{}, { speaker: [s] }]) {
      const whole = await answer({ ...none, ...extra, from: y * 10_000 + 101, to: y * 10_000 + 1231 }, 10);
      const days = await answer({ ...none, ...extra, from: (y - 1) * 10_000 + 1231, to: y * 10_000 + 1231 }, 10);
      expect(days.total).toBeGreaterThan(0);
      // The year facet counts without the date filter either way.
      expect(days).toEqual(whole);
    }
  });

  it("pages with cursors through a topic's statements exactly once (the list read from StatementTopic)", async () => {
    const [t] = (await top(topTopics, 1)) as [string];
    for (const sort of ["date", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: StatementsModule.StatementPage = await q.listStatements({ filters: { ...none, topic: [t] }, sort, cursor, limit: 7, basePath: "/statements", facets: false });
        seen.push(...page.items.map((s) => s.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe((await answer({ ...none, topic: [t] }, 1)).total);
      if (sort === "date") expect(seen).toEqual((await reference({ ...none, topic: [t] }, 100_000)).ids);
    }
  });

  it.each([
    ["in SQL", false],
    ["with the statement columns", true],
  ] as const)("ranks full-text matches as the engine's ranking does (bm25, ts_rank_cd), pages included (%s)", async (_, fromColumns) => {
    await answerFullTextFromColumns(fromColumns);
    const ranked = await raw.all<{ id: string }>(
      testEngine() === "postgres"
        ? Prisma.sql`SELECT s."id" FROM "statement_fts" f JOIN "Statement" s ON s."seq" = f."seq", to_tsquery('english', ${"'said'"}) m
            WHERE f."document" @@ m ORDER BY ts_rank_cd(f."document", m) DESC, s."articleId", s."position"`
        : Prisma.sql`SELECT s."id" FROM "statement_fts" f JOIN "Statement" s ON s."seq" = f.rowid WHERE "statement_fts" MATCH '"said"'
            ORDER BY f.rank, s."articleId", s."position"`,
    );
    expect(ranked.length).toBeGreaterThan(12);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: StatementsModule.StatementPage = await q.listStatements({ filters: { ...none, q: "said" }, sort: "relevance", cursor, limit: 5, basePath: "/statements", facets: false });
      seen.push(...page.items.map((s) => s.id));
      if (seen.length === 5) expect(page.items[0]?.snippet).toMatch(/<mark>said<\/mark>/i);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ranked.map((r) => r.id));
    // Without facets (the search page) the total is counted off the matches alone.
    for (const filters of [{ q: "said" }, { q: "said", kind: ["direct"] }]) {
      const page = await q.listStatements({ filters: { ...none, ...filters }, basePath: "/search", facets: false });
      expect(page.total).toBe((await reference({ ...none, ...filters }, 1)).total);
    }
  });
});

describe("previous pages", () => {
  it.each([
    ["in SQL", false],
    ["from the statement columns", true],
  ] as const)("lead back page by page to the first, in every sort and from every source (full text %s)", async (_, fromColumns) => {
    await answerFullTextFromColumns(fromColumns);
    const [s1] = (await top(topSpeakers, 1)) as [string];
    const [t1] = (await top(topTopics, 1)) as [string];
    // ("said" with the topic: "the" is a stop word on PostgreSQL, and would match nothing there.)
    const cases: Partial<Filters>[] = [{}, { topic: [t1] }, { speaker: [s1, "none"] }, { q: "said" }, { q: "said", topic: [t1] }, { year: "unknown" as const }];
    let pagesSeen = 0;
    for (const filters of cases) {
      for (const sort of ["date", "oldest", "relevance"] as const) {
        const cursors: (string | null)[] = [null];
        for (;;) {
          const cursor = cursors.at(-1)!;
          const page = await q.listStatements({ filters: { ...none, ...filters }, sort, cursor, limit: 9, basePath: "/statements", facets: false });
          pagesSeen++;
          const expected = cursors.length === 1 ? null : { cursor: cursors.at(-2)! };
          expect({ filters, sort, page: cursors.length, previous: page.previous }).toEqual({ filters, sort, page: cursors.length, previous: expected });
          if (!page.nextCursor || cursors.length > 40) break;
          cursors.push(page.nextCursor);
        }
      }
    }
    expect(pagesSeen).toBeGreaterThan(60);
  }, 60_000);
});

describe("full-text queries from the statement columns", () => {
  /** Every page of a query, each whole (cards, snippets, total, facets and their links, cursor). */
  async function pages(filters: Filters, sort: StatementSort, max = 200): Promise<StatementsModule.StatementPage[]> {
    const out: StatementsModule.StatementPage[] = [];
    let cursor: string | null = null;
    do {
      const page: StatementsModule.StatementPage = await q.listStatements({ filters, sort, cursor, limit: 7, basePath: "/statements", keep: { sort } });
      out.push(page);
      cursor = page.nextCursor;
    } while (cursor && out.length < max);
    return out;
  }

  it("give every page exactly as SQL does, in every sort", async () => {
    const [s1] = (await top(topSpeakers, 1)) as [string];
    const [t1] = (await top(topTopics, 1)) as [string];
    const [y1] = (await top(topYears, 1)).map(Number) as [number];
    const cases: Partial<Filters>[] = [
      { q: "said" },
      { q: "the minister" },
      { q: "said", speaker: [s1] },
      { q: "said", topic: [t1], kind: ["direct", "indirect"] },
      { q: "said", from: y1 * 10_000 + 101, to: y1 * 10_000 + 1231 },
      { q: "said", year: "unknown" as const },
    ];
    let compared = 0;
    for (const filters of cases) {
      for (const sort of ["date", "oldest", "relevance"] as const) {
        const f = { ...none, ...filters };
        await answerFullTextFromColumns(false);
        const inSql = await pages(f, sort);
        await answerFullTextFromColumns(true);
        const fromColumns = await pages(f, sort);
        expect({ filters, sort, pages: fromColumns }).toEqual({ filters, sort, pages: inSql });
        compared += inSql.reduce((n, p) => n + p.items.length, 0);
      }
    }
    // Not a comparison of empty answers.
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("are not used once the corpus has changed, and a current copy loads", async () => {
    await answerFullTextFromColumns(true);
    const before = columns.statementColumns()!;
    const f = { ...none, q: "Vexillology" };
    expect((await q.listStatements({ filters: f, basePath: "/statements" })).total).toBe(0);
    // Its (empty) matches are kept for the next query with the same words, at this version only.
    // (Keyed by the engine's full-text query: FTS5's syntax on SQLite, to_tsquery's on PostgreSQL.)
    const key = { sqlite: '"vexillology"', postgres: "'vexillology'" }[testEngine()];
    expect(columns.cachedMatches(before, key)).toEqual(new Int32Array(0));
    const folder = path.join(database.work, "one-more");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, "vexillology.txt"),
      "Flags Of The Future\n\nMINSK, March 3. \"Vexillology is the science of flags,\" Foreign Minister Vladimir Makei said on Tuesday.\n",
    );
    await database.ingest([folder]);
    // The columns held are of the old version: the answer comes from SQL, and sees the new statement.
    const page = await q.listStatements({ filters: f, basePath: "/statements" });
    expect(page.total).toBe(1);
    expect(page.facets.speaker.map((v) => [v.value, v.count])).toEqual([["vladimir-makei", 1]]);
    const after = await columns.loadStatementColumns();
    expect(after.version).toBeGreaterThan(before.version);
    expect(await q.listStatements({ filters: f, basePath: "/statements" })).toEqual(page);
  });
});

describe("parseIntegerList", () => {
  it.each([
    [null, []],
    ["", []],
    ["7", [7]],
    ["1,22,333,1048576", [1, 22, 333, 1048576]],
  ])("reads %j", (list, rowids) => {
    expect([...parseIntegerList(list)]).toEqual(rowids);
  });
});
