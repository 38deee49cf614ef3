import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type * as StatementsModule from "@/lib/db/statements";
import type { StatementFilters } from "@/lib/domain/filters";
import { createAppTestDatabase, testEngine, type TestDatabase } from "@/tests/helpers/db";

// The query layer on a real migrated SQLite file holding the seeds and a fixture whose date is known
// only to the month. Expected answers come from a second, independent path (plain Prisma queries),
// never from constants that mirror what the extractor happens to find today.

let database: TestDatabase;
let db: Db;
let q: typeof StatementsModule;
const fixtures = mkdtempSync(path.join(tmpdir(), "verbatim-query-"));

const none = { speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, q: null };

beforeAll(async () => {
  const app = await createAppTestDatabase();
  [database, db] = [app, app.writer];
  const { ingestPaths } = await import("@/lib/load/ingest");
  q = await import("@/lib/db/statements");
  const monthOnly = path.join(fixtures, "march");
  mkdirSync(monthOnly, { recursive: true });
  writeFileSync(
    path.join(monthOnly, "senate.txt"),
    'Senator Jane Roe said the arms race must end. "We will not fund it," Roe said.\n\n"Building a wall is no answer," Roe said. "We will not build a wall," she said.\n',
  );
  // The speaker is named two paragraphs before the quotation, which says only "she".
  writeFileSync(
    path.join(monthOnly, "bridge.txt"),
    'Bridge opens\n\nMinister Anna Berg opened the new bridge on Monday, after four years of work.\n\nThe bridge cost more than planned. Its lights came on at dusk.\n\n"It was worth every penny," she said. "People will cross it for a century."\n',
  );
  writeFileSync(
    path.join(monthOnly, "metadata.json"),
    JSON.stringify({ "senate.txt": { title: "Roe on arms", outlet: "Example Times", date: "2016-03" }, "bridge.txt": { outlet: "Example Times", date: "2016-04" } }),
  );
  const report = await ingestPaths(db, ["seeds", monthOnly]);
  expect(report.problems).toEqual([]);
  // Ingesting the seeds takes seconds on a loaded machine.
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await database.cleanup();
  rmSync(fixtures, { recursive: true, force: true });
});

const list = (filters: Partial<StatementFilters>, extra: Partial<StatementsModule.ListStatementsOptions> = {}) =>
  q.listStatements({ filters: { ...none, ...filters }, basePath: "/statements", limit: 500, ...extra });

describe("listStatements", () => {
  it("lists every statement, newest first, unknown years last", async () => {
    const page = await list({});
    expect(page.total).toBe(await db.statement.count());
    expect(page.items).toHaveLength(page.total);
    const years = page.items.map((s) => s.date.year);
    const firstUnknown = years.indexOf(null);
    expect(firstUnknown).toBeGreaterThan(0);
    expect(years.slice(firstUnknown).every((y) => y === null)).toBe(true);
    for (const s of page.items) expect(s.url).toBe(`/statements/${s.id}`);
  });

  it("ORs repeated values of one filter and ANDs different filters", async () => {
    const speakers = await db.speaker.findMany({ where: { statementCount: { gt: 0 } }, orderBy: { statementCount: "desc" }, take: 2 });
    expect(speakers).toHaveLength(2);
    const [a, b] = speakers as [(typeof speakers)[0], (typeof speakers)[0]];
    const either = await list({ speaker: [a.slug, b.slug] });
    expect(either.total).toBe(a.statementCount + b.statementCount);
    expect(new Set(either.items.map((s) => s.speaker?.slug))).toEqual(new Set([a.slug, b.slug]));

    const topic = await db.topic.findFirstOrThrow({ where: { slug: "missile-defense" } });
    const both = await list({ speaker: [a.slug], topic: [topic.slug] });
    const expected = await db.statement.count({ where: { speakerId: a.id, topics: { some: { topicId: topic.id } } } });
    expect(both.total).toBe(expected);
    for (const s of both.items) {
      expect(s.speaker?.slug).toBe(a.slug);
      expect(s.topics).toContain("missile-defense");
    }
  });

  it("matches a date range only when the whole known period lies inside it", async () => {
    const march = await list({ from: 20160301, to: 20160331 });
    expect(march.total).toBeGreaterThan(0);
    expect(march.items.every((s) => s.article.title === "Roe on arms")).toBe(true);
    // Known to the month: half of March does not contain it.
    expect((await list({ from: 20160301, to: 20160315 })).total).toBe(0);
    // Known to the day (16 May 2016).
    const may16 = await list({ from: 20160516, to: 20160516 });
    expect(may16.total).toBe(await db.statement.count({ where: { article: { publishedDay: 16, publishedMonth: 5, publishedYear: 2016 } } }));
    // The TASS seed states no year: no range ever matches it.
    const all = await list({ from: 10000101, to: 29991231 });
    expect(all.items.some((s) => s.date.year === null)).toBe(false);
    expect(all.total).toBe(await db.statement.count({ where: { publishedYear: { not: null } } }));
  });

  it("computes facets across the many-to-many topic links, with toggling links", async () => {
    const page = await list({});
    const topicCounts = await db.topic.findMany({ where: { statementCount: { gt: 0 } }, select: { slug: true, statementCount: true } });
    for (const value of page.facets.topic) {
      expect(value.count).toBe(topicCounts.find((t) => t.slug === value.value)?.statementCount);
      expect(value.selected).toBe(false);
      expect(value.href).toBe(`/statements?topic=${value.value}`);
    }
    const sum = page.facets.topic.reduce((n, v) => n + v.count, 0);
    expect(sum).toBeGreaterThan(page.total); // statements with two topics count in both
    expect(page.facets.year.map((y) => y.value)).toEqual(["2016", "unknown"]);
    // Statements without a year are a filter of the list like any other: the others stay.
    expect(page.facets.year.find((y) => y.value === "unknown")?.href).toBe("/statements?year=unknown");
    const withTopic = await list({ topic: ["nato"] });
    expect(withTopic.facets.year.find((y) => y.value === "unknown")?.href).toBe("/statements?topic=nato&year=unknown");
    const unknownYear = await list({ topic: ["nato"], year: "unknown" });
    expect(unknownYear.total).toBe(await db.statement.count({ where: { dateSort: null, topics: { some: { topic: { slug: "nato" } } } } }));

    const selected = await list({ topic: ["nato"] });
    const nato = selected.facets.topic.find((v) => v.value === "nato");
    expect(nato).toMatchObject({ selected: true, href: "/statements" });
    // Its own facet ignores its own filter, so other topics can be added (a OR b).
    expect(selected.facets.topic.length).toBe(page.facets.topic.length);
  });

  it("searches words with bm25 ranking and marked snippets, and never passes FTS5 syntax through", async () => {
    const page = await list({ q: "arms race" });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]?.snippet).toMatch(/<mark>arms<\/mark> <mark>race<\/mark>/i);
    for (const hostile of ['"', "NEAR(arms race", "arms OR", "*", "title:arms", "-race", "^arms", "AND AND", "💥", "'; DROP TABLE Statement; --"]) {
      await expect(list({ q: hostile })).resolves.toHaveProperty("total");
    }
    expect(await db.statement.count()).toBeGreaterThan(0);
  });

  describe("search syntax", () => {
    const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");

    it("finds a quoted phrase only where its words stand together", async () => {
      const loose = await list({ q: "arms race" });
      const phrase = await list({ q: '"arms race"' });
      expect(phrase.total).toBeGreaterThan(0);
      expect(phrase.total).toBeLessThanOrEqual(loose.total);
      for (const s of phrase.items) expect(plain(s.text)).toContain("arms race");
      // The index stems ("building" is "build" to it); the phrase is the words as written.
      const wall = await list({ q: '"build a wall"' });
      expect(wall.items.map((s) => s.text)).toEqual(['"We will not build a wall,"']);
      const reversed = await list({ q: '"race arms"' });
      for (const s of reversed.items) expect(plain(s.text)).toContain("race arms");
    });

    it("answers A OR B with the statements of either", async () => {
      const [a, b, either, both] = await Promise.all([list({ q: "nato" }), list({ q: "missile" }), list({ q: "nato OR missile" }), list({ q: "nato missile" })]);
      expect(a.total).toBeGreaterThan(0);
      expect(either.total).toBe(a.total + b.total - both.total);
    });

    it("leaves out statements holding an excluded word", async () => {
      const [a, without, withIt] = await Promise.all([list({ q: "arms" }), list({ q: "arms -race" }), list({ q: "arms race" })]);
      expect(withIt.total).toBeGreaterThan(0);
      expect(without.total).toBe(a.total - withIt.total);
      for (const s of without.items) expect(plain(s.text)).not.toMatch(/\brace\b/);
    });

    it("matches the words a prefix begins", async () => {
      const [prefix, word] = await Promise.all([list({ q: "missil*" }), list({ q: "missile" })]);
      expect(prefix.total).toBeGreaterThan(0);
      expect(prefix.total).toBeGreaterThanOrEqual(word.total);
      for (const s of prefix.items) expect(plain(s.text)).toMatch(/\bmissil/);
    });
  });

  it("pages with cursors through every statement exactly once", async () => {
    for (const sort of ["date", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: StatementsModule.StatementPage = await q.listStatements({ filters: none, sort, cursor, limit: 4, basePath: "/statements", facets: false });
        seen.push(...page.items.map((s) => s.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(await db.statement.count());
      expect(new Set(seen).size).toBe(seen.length);
    }
  });
});

describe("getStatement", () => {
  it("gives the words, the sentences around them and why they were attributed", async () => {
    const row = await db.statement.findFirstOrThrow({ where: { text: { contains: "arms race" } } });
    const detail = await q.getStatement(row.id);
    expect(detail?.text).toBe(row.text);
    const ctx = detail!.context;
    expect(ctx.text.slice(ctx.statementStart, ctx.statementEnd)).toBe(row.text);
    expect(detail?.rule).toBe(row.rule);
    expect(await q.getStatement("aaaaaaaaaaaa")).toBeNull();
  });
});

describe("where the article names the speaker", () => {
  it("is stored for a statement that says only \"she\" and shown as the sentence that names her", async () => {
    const row = await db.statement.findFirstOrThrow({ where: { text: { contains: "worth every penny" } }, include: { article: { select: { text: true } } } });
    expect(row.speakerNamedStart).not.toBeNull();
    const name = row.article.text.slice(row.speakerNamedStart!, row.speakerNamedEnd!);
    expect(name).toContain("Berg");
    const named = (await q.getStatement(row.id))!.namedHere!;
    expect(named.text.slice(named.nameStart, named.nameEnd)).toBe(name);
    expect(named.text).toMatch(/^Minister Anna Berg opened the new bridge/);
    // The context stays in the quotation's paragraph, so the naming sentence is shown beside it.
    expect(named.inContext).toBeNull();
  });

  it("is in the statement's detail, its export rows and the corpus export as offsets into the article", async () => {
    const row = await db.statement.findFirstOrThrow({ where: { text: { contains: "worth every penny" } } });
    const span = { start: row.speakerNamedStart!, end: row.speakerNamedEnd! };
    expect((await q.getStatement(row.id))!.speakerNamed).toEqual(span);
    const rows = await q.listStatementRows({ filters: none, basePath: "/statements", limit: 500 });
    const exported = rows.items.find((r) => r.id === row.id)!;
    expect(exported.speakerNamed).toEqual(span);
    expect(rows.items.find((r) => r.speakerAsWritten === "Senator Jane Roe")!.speakerNamed).toBeNull();
    const { statementDownload } = await import("@/lib/web/statement-download");
    expect(statementDownload("csv").csvRow(exported)).toMatchObject({ speaker_named_start: span.start, speaker_named_end: span.end });
    const { exportCorpus } = await import("@/lib/db/export");
    const corpus = JSON.parse(await exportCorpus(db)) as { statements: { id: string; speakerNamedStart: number | null; speakerNamedEnd: number | null }[] };
    expect(corpus.statements.find((s) => s.id === row.id)).toMatchObject({ speakerNamedStart: span.start, speakerNamedEnd: span.end });
  });

  it("is not stored where the statement's own words name the speaker", async () => {
    const row = await db.statement.findFirstOrThrow({ where: { text: { contains: "arms race must end" } } });
    expect(row.speakerAsWritten).toBe("Senator Jane Roe");
    expect([row.speakerNamedStart, row.speakerNamedEnd]).toEqual([null, null]);
    expect((await q.getStatement(row.id))!.namedHere).toBeNull();
  });

  it.each([
    ["the sentence before", "Lee Park spoke first. \"We go on,\" he said.", { start: 0, end: 8 }],
    ["two sentences before", "Lee Park spoke first. The hall was full. \"We go on,\" he said.", null],
  ])("gives the name's place in the context when the context shows it: %s", (_, text, inContext) => {
    const paragraphs = [{ start: 0, end: text.length }];
    const context = q.sentenceContext(text, paragraphs, text.indexOf('"We'), text.length - " he said.".length);
    const named = q.namedSentence(text, paragraphs, 0, "Lee Park".length, context);
    expect(named.text.slice(named.nameStart, named.nameEnd)).toBe("Lee Park");
    expect(named.text).toBe("Lee Park spoke first.");
    expect(named.inContext).toEqual(inContext);
  });
});

describe("sentenceContext", () => {
  it("widens to whole sentences, one on each side, inside the paragraph", () => {
    const text = "One. Two says \"yes\". Three. Four.\nNext paragraph.";
    const start = text.indexOf('"yes"');
    const ctx = q.sentenceContext(text, [{ start: 0, end: 33 }, { start: 34, end: text.length }], start, start + 5);
    expect(ctx.text).toBe('One. Two says "yes". Three.');
    expect(ctx.text.slice(ctx.statementStart, ctx.statementEnd)).toBe('"yes"');
  });
});

describe("ftsQuery: a reader's query parsed, every word quoted", () => {
  // FTS5's query syntax on SQLite, to_tsquery's on PostgreSQL.
  const expected = {
    sqlite: ['"arms" "race"', '("arms" OR "near race")'],
    postgres: ["'arms' & 'race'", "('arms' | ('near' <-> 'race'))"],
  }[testEngine()];
  it.each([
    ["arms race", expected[0]],
    ['"arms" OR NEAR(race)', expected[1]],
    ["***", null],
  ])("quotes every word of %s", (input, output) => {
    expect(q.ftsQuery(input)).toBe(output);
  });
});
