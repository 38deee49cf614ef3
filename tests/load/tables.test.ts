import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { ingestPaths } from "@/lib/load/ingest";
import { removePaths } from "@/lib/load/remove";
import { collectSources } from "@/lib/load/sources/collect";
import type { ColumnChoice } from "@/lib/load/sources/columns";
import { readRecords, type ArticleRecord } from "@/lib/load/sources/records";
import type { FileProblem } from "@/lib/load/read-article-files";
import { createWritableTestDatabase, type WritableTestDatabase } from "@/tests/helpers/db";

// Corpora as tables: a CSV with a BOM, CRLF, quoted commas, doubled quotes and line breaks, a missing
// body, a bad date and a short row; a TSV with no id column; a news API's JSON; JSON Lines with a BOM,
// CRLF, a blank line, broken lines and mojibake; columns named by --map. Each row is an article or a
// problem named by file and line; the good rows go in.

const FIXTURES = path.join("tests", "load", "fixtures", "tables");
const fixture = (name: string) => path.join(FIXTURES, name);
const work = mkdtempSync(path.join(tmpdir(), "verbatim-tables-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function read(paths: string[], map: ColumnChoice = {}) {
  const { sources, problems } = collectSources(paths);
  const keys: Record<string, unknown> = {};
  const records: ArticleRecord[] = [];
  for await (const record of readRecords(sources, { problems, map, onKeys: (file, k) => (keys[path.basename(file)] = k) })) records.push(record);
  return { records, problems, keys };
}

/** What a record says, in a line a reader can check against the fixture. */
const summary = (r: ArticleRecord) => ({
  key: r.key,
  at: r.at.replace(`${FIXTURES}/`, ""),
  title: r.sidecar?.title ?? null,
  outlet: r.sidecar?.outlet ?? null,
  byline: r.sidecar?.byline ?? null,
  date: r.sidecar?.date ?? null,
  url: r.sidecar?.url ?? null,
  text: r.input.slice(0, 30),
});
const problemLines = (problems: FileProblem[]) => problems.map((p) => `${p.file.replace(`${FIXTURES}/`, "")} ${p.reason}`);

describe("tables as articles", () => {
  it("reads the awkward CSV row by row: quoted commas, doubled quotes, CRLF line breaks inside a body, a BOM", async () => {
    const { records, problems, keys } = await read([fixture("awkward.csv")]);
    expect(keys).toEqual({ "awkward.csv": { by: "column", column: "id" } });
    expect(records.map(summary)).toEqual([
      { key: "ap-1", at: "awkward.csv:2", title: "Budget talks, again", outlet: "Associated Press", byline: "Jane Doe", date: { year: 2019, month: 3, day: 3 }, url: "https://example.com/2019/03/03/budget", text: "WASHINGTON (AP) — Senator Mary" },
      { key: "ap-5", at: "awkward.csv:8", title: 'The "Dangerous" ad, explained', outlet: "The Daily Ledger", byline: "John Roe, Ann Lee", date: { year: 2019, month: 3, day: 5 }, url: null, text: 'BERLIN (Reuters) - "It is a go' },
    ]);
    expect(records[0]!.input).toBe('WASHINGTON (AP) — Senator Mary Quill said on Monday that the budget talks would resume.\r\n\r\n"We are ready to sign, and we will," Quill told reporters.');
    expect(problemLines(problems)).toEqual([
      'awkward.csv:5 has no text (its "content" is empty)',
      'awkward.csv:6 has an unreadable date "someday"',
      "awkward.csv:7 has 3 fields where the header has 7",
    ]);
  }, 30_000); // the first table of the process loads csv-parse

  it("keys a table with no id column by file name and row number, and says so", async () => {
    const { records, problems, keys } = await read([fixture("no-id.tsv")]);
    expect(keys).toEqual({ "no-id.tsv": { by: "row-number", example: "no-id.tsv#1" } });
    expect(records.map(summary)).toEqual([
      { key: "no-id.tsv#1", at: "no-id.tsv:2", title: "Talks resume in Lagos", outlet: "Premium Times", byline: null, date: { year: 2018, month: 7, day: null }, url: null, text: 'LAGOS — "We will talk again," ' },
      { key: "no-id.tsv#2", at: "no-id.tsv:5", title: "Plain row", outlet: "Premium Times", byline: null, date: { year: 2018, month: 7, day: 9 }, url: null, text: "Governor Nora Pike said the ta" },
    ]);
    expect(problems).toEqual([]);
  });

  it("reads a news API's JSON: the array under articles, source.name, publishedAt, author", async () => {
    const { records, problems } = await read([fixture("newsapi.json")]);
    expect(records.map(summary)).toEqual([
      { key: "newsapi.json#1", at: "newsapi.json[0]", title: "Pension reform to go ahead despite strikes", outlet: "Reuters", byline: "Helen Marsh", date: { year: 2020, month: 1, day: 9 }, url: "https://www.reuters.example/world/europe/2020/01/09/pension-reform", text: "PARIS (Reuters) - France's pri" },
      { key: "newsapi.json#2", at: "newsapi.json[1]", title: "Grève: le gouvernement maintient sa réforme", outlet: "Le Monde", byline: null, date: { year: 2020, month: 1, day: 9 }, url: "https://www.lemonde.example/2020/01/09/greve", text: "Le gouvernement a maintenu jeu" },
    ]);
    expect(problemLines(problems)).toEqual(["newsapi.json[2] has no text"]);
  });

  it("reads JSON Lines with a BOM and CRLF, skipping blank lines, naming broken ones by line", async () => {
    const { records, problems, keys } = await read([fixture("rows.jsonl")]);
    expect(keys).toEqual({ "rows.jsonl": { by: "column", column: "guid" } });
    expect(records.map((r) => [r.key, r.at.replace(`${FIXTURES}/`, ""), r.sidecar?.byline ?? null])).toEqual([
      ["x-1", "rows.jsonl:1", "Ann Lee, Bo Kim"],
      ["x-2", "rows.jsonl:3", null],
      ["x-6", "rows.jsonl:7", null],
    ]);
    expect(problemLines(problems)).toEqual([
      `rows.jsonl:4 is not valid JSON (Unexpected token 'o', "not json at all" is not valid JSON)`,
      "rows.jsonl:5 is not a JSON object",
      'rows.jsonl:6 has an unreadable date "the day after"',
    ]);
  });

  it("takes columns named by --map, and refuses a table with no text column, naming its columns", async () => {
    const unmapped = await read([fixture("mapped.csv")]);
    expect(unmapped.records).toEqual([]);
    expect(problemLines(unmapped.problems)).toEqual([expect.stringMatching(/^mapped\.csv has no text column \(expected one of text, content, .*\); its columns: story_id, article_copy, when, headline$/)]);
    const mapped = await read([fixture("mapped.csv")], { text: "article_copy", date: "when" });
    expect(mapped.records.map(summary)).toEqual([
      { key: "7", at: "mapped.csv:2", title: "Vote set for May", outlet: null, byline: null, date: { year: 2017, month: 4, day: 2 }, url: null, text: "Governor Nora Pike said the vo" },
    ]);
    const missing = await read([fixture("mapped.csv")], { text: "story" });
    expect(problemLines(missing.problems)).toEqual(['mapped.csv has no column "story" (--map text=story); its columns: story_id, article_copy, when, headline']);
  });

  it("reads gzipped tables as their plain selves", async () => {
    for (const name of ["awkward.csv", "rows.jsonl", "newsapi.json"]) {
      const gz = path.join(work, `${name}.gz`);
      writeFileSync(gz, gzipSync(readFileSync(fixture(name))));
      const plain = await read([fixture(name)]);
      const zipped = await read([gz]);
      const strip = (r: ArticleRecord) => ({ ...r, key: r.key.replace(".gz", ""), at: path.basename(r.at).replace(".gz", ""), sourceFile: "" });
      expect(zipped.records.map(strip)).toEqual(plain.records.map(strip));
      expect(zipped.problems.length).toBe(plain.problems.length);
    }
  });

  it("ends a table at a quote never closed or broken JSON, keeping the rows before it", async () => {
    const csv = path.join(work, "unclosed.csv");
    writeFileSync(csv, 'id,text\n1,"Mayor Ilse Brandt said yes."\n2,"An opening quote\nthat never closes.\n');
    const json = path.join(work, "broken.json");
    writeFileSync(json, '[{"id":"a","text":"Mayor Ilse Brandt said yes."},{"id":"b","text":');
    const { records, problems } = await read([csv, json]);
    expect(records.map((r) => r.key)).toEqual(["1", "a"]);
    expect(problems.map((p) => [path.basename(p.file), p.reason.replace(/ \(.*\)/, "")])).toEqual([
      ["unclosed.csv:3", "has a quoted field that is never closed; the rows from here on were not read"],
      ["broken.json[1]", "is not valid JSON here; the rows from here on were not read"],
    ]);
  });

  it("refuses a row whose key an earlier row or file of the run used, naming both", async () => {
    const again = path.join(work, "again.jsonl");
    writeFileSync(again, `${JSON.stringify({ guid: "x-9", text: "Mayor Ilse Brandt said yes." })}\n${JSON.stringify({ guid: "x-2", text: "Mayor Ilse Brandt said no." })}\n`);
    const array = path.join(work, "again.json");
    writeFileSync(array, JSON.stringify([{ id: "x-9", text: "Governor Nora Pike said maybe." }]));
    const { records, problems } = await read([fixture("rows.jsonl"), again, array]);
    expect(records.map((r) => r.key)).toEqual(["x-1", "x-2", "x-6", "x-9"]);
    expect(problemLines(problems).slice(3).map((line) => line.replace(`${work}/`, ""))).toEqual([
      `again.jsonl:2 has the key x-2, already used by ${fixture("rows.jsonl")}:3: article keys must be unique`,
      `again.json[0] has the key x-9, already used by ${again}:1: article keys must be unique`,
    ]);
  });

  it("lists a table's first hundred bad rows and counts the rest", async () => {
    const file = path.join(work, "many-bad.jsonl");
    writeFileSync(file, `${Array.from({ length: 130 }, (_, i) => `{"id":"${i}","text":""}`).join("\n")}\n`);
    const { problems } = await read([file]);
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toEqual({ file, reason: "has 30 more bad rows, not listed", count: 30 });
  });
});

describe("ingesting tables", () => {
  let database: WritableTestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createWritableTestDatabase();
    db = database.db;
  });
  afterAll(() => database.dispose());

  const ids = async () => (await db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);

  it("puts the good rows in, names the bad ones, and says how each table is keyed", async () => {
    const report = await ingestPaths(db, [FIXTURES], { extraction: "in-process", batchSize: 2 });
    expect(report).toMatchObject({ created: 9, updated: 0, unchanged: 0 });
    expect(report.problems).toHaveLength(8);
    expect(report.tables.map((t) => [path.basename(t.file), t.keys.by])).toEqual([
      ["awkward.csv", "column"],
      ["newsapi.json", "row-number"],
      ["no-id.tsv", "row-number"],
      ["rows.jsonl", "column"],
    ]);
    const articles = await db.article.findMany({ orderBy: { key: "asc" }, select: { key: true, title: true, provenance: true, sourceFile: true, text: true } });
    expect(articles.map((a) => [a.key, JSON.parse(a.provenance).format])).toEqual([
      ["ap-1", "csv"], ["ap-5", "csv"], ["newsapi.json#1", "json"], ["newsapi.json#2", "json"],
      ["no-id.tsv#1", "tsv"], ["no-id.tsv#2", "tsv"], ["x-1", "jsonl"], ["x-2", "jsonl"], ["x-6", "jsonl"],
    ]);
    const mojibake = articles.find((a) => a.key === "x-6")!;
    expect(mojibake.text).toBe('Jesús Navas said the club’s reply was "absurd".');
    expect(JSON.parse(mojibake.provenance).encoding).toBe("repaired");
    expect(report.encoding).toEqual({ repaired: 1, damaged: 0, examples: [{ at: fixture("rows.jsonl:7"), damaged: false }] });
    expect(articles[0]!.sourceFile).toBe(fixture("awkward.csv"));
  }, 60_000);

  it("skips unchanged rows on the next ingest, with the same permalinks", async () => {
    const before = await ids();
    const report = await ingestPaths(db, [FIXTURES], { extraction: "in-process" });
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
    expect(await ids()).toEqual(before);
  });

  it("removes rows by key and whole tables, in every table format, and restores them when ingested again", async () => {
    const before = await ids();
    const removed = await removePaths(db, ["x-2", "ap-1", fixture("no-id.tsv"), fixture("newsapi.json"), fixture("awkward.csv"), "nothing-by-this-key"]);
    expect(removed.done).toEqual([
      "removed: x-2",
      "removed: ap-1",
      `removed: ${fixture("no-id.tsv")} (2 articles; 0 already removed; 0 not in the corpus)`,
      // Its third entry has no text: never ingested, so not in the corpus.
      `removed: ${fixture("newsapi.json")} (2 articles; 0 already removed; 1 not in the corpus)`,
      // ap-1 went by its key just before; the rows with no text and a bad date were never ingested
      // (the short row has no key to count).
      `removed: ${fixture("awkward.csv")} (1 article; 1 already removed; 2 not in the corpus)`,
    ]);
    expect(removed.rejected).toEqual(["rejected: nothing-by-this-key is not an article of this corpus"]);
    const retracted = await db.article.findMany({ where: { retractedAt: { not: null } }, orderBy: { key: "asc" }, select: { key: true } });
    expect(retracted.map((a) => a.key)).toEqual(["ap-1", "ap-5", "newsapi.json#1", "newsapi.json#2", "no-id.tsv#1", "no-id.tsv#2", "x-2"]);
    expect((await removePaths(db, [fixture("no-id.tsv")])).done).toEqual([`removed: ${fixture("no-id.tsv")} (0 articles; 2 already removed; 0 not in the corpus)`]);
    const report = await ingestPaths(db, [FIXTURES], { extraction: "in-process" });
    expect(report).toMatchObject({ created: 0, updated: 7, unchanged: 2 });
    expect(await db.article.count({ where: { retractedAt: { not: null } } })).toBe(0);
    // Restored with the permalinks they had.
    expect(await ids()).toEqual(before);
  }, 60_000);

  it("streams a table larger than a batch, each batch its own transaction", async () => {
    const file = path.join(work, "many.jsonl");
    const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: `m-${i}`, title: `Harbour talks ${i}`, text: `HAMBURG (Reuters) - "We agree on point ${i}," Mayor Ilse Brandt said.` }));
    writeFileSync(file, `${lines.join("\n")}\n`);
    const progress: number[] = [];
    const report = await ingestPaths(db, [file], { extraction: "in-process", batchSize: 100, onProgress: (p) => progress.push(p.articles) });
    expect(report).toMatchObject({ created: 600, problems: [] });
    // The ramp (100 at most here), then batches of 100: progress after each.
    expect(progress).toEqual([0, 100, 200, 300, 400, 500, 600]);
  }, 120_000);

  it("reports the whole table read when no row of it was good, so that the progress bar ends at 100 %", async () => {
    const file = path.join(work, "all-bad.jsonl");
    writeFileSync(file, `${Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `bad-${i}`, text: "" })).join("\n")}\n`);
    const progress: { articles: number; bytes: number; totalBytes: number }[] = [];
    const report = await ingestPaths(db, [file], { extraction: "in-process", onProgress: (p) => progress.push(p) });
    expect(report.problems).toHaveLength(5);
    expect(progress.at(-1)).toEqual({ articles: 0, bytes: statSync(file).size, totalBytes: statSync(file).size });
  });
});
