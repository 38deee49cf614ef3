import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/bench/random";
import { createDb } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { ingestPaths } from "@/lib/load/ingest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// One corpus in every shape ingest reads: a folder of .txt files with a sidecar, a CSV, a TSV, JSON
// Lines (plain and gzipped) and a JSON array. Each must give the same export, permalinks included,
// apart from where each article was read from (its sourceFile and provenance.format).

const work = mkdtempSync(path.join(tmpdir(), "verbatim-formats-"));
const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
  rmSync(work, { recursive: true, force: true });
});

const PEOPLE = ["Mary Quill", "Ilse Brandt", "Tomas Varga", "Nora Pike", "Jesús Navas", "Aisha Bello"];
const OUTLETS = ["Reuters", "The Daily Ledger", "TASS", "", "Premium Times"];

interface Row {
  file: string;
  title: string;
  outlet: string;
  date: string;
  byline: string;
  url: string;
  text: string;
}

/** Articles with quotes, commas, tabs, CRLF and blank lines in their bodies, and metadata sometimes missing. */
function corpus(count: number): Row[] {
  const rng = seededRandom(15);
  const pick = <T>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [a, b] = [pick(PEOPLE), pick(PEOPLE)];
    const eol = i % 3 === 0 ? "\r\n" : "\n";
    const lines = [
      ...(i % 4 === 0 ? [`Talks on item ${i} resume`, ""] : []),
      `BERLIN, March ${1 + (i % 27)}${i % 2 ? ", 2019" : ""} (Reuters) - ${a} said on Monday that the talks, "long; very long," would resume.`,
      "",
      `"We are ready,\tand we will sign," ${a.split(" ")[1]} told reporters.`,
      "",
      `${b} said the deal was “late, but fair” — and that item ${i} mattered.`,
    ];
    return {
      file: `art-${String(i).padStart(2, "0")}.txt`,
      title: i % 5 === 0 ? "" : `Item ${i}: talks, "again"`,
      outlet: pick(OUTLETS),
      date: i % 3 === 0 ? "" : i % 3 === 1 ? "2019" : `2019-03-${String(1 + (i % 27)).padStart(2, "0")}`,
      byline: i % 2 ? "Jane Doe, John Roe" : "",
      url: i % 4 === 0 ? `https://example.com/2019/03/${String(1 + (i % 27)).padStart(2, "0")}/item-${i}` : "",
      text: lines.join(eol) + eol,
    };
  });
}

const COLUMNS = ["file", "title", "outlet", "date", "byline", "url"] as const;

function writeShapes(rows: Row[]): Record<string, string> {
  const folder = path.join(work, "folder");
  mkdirSync(folder, { recursive: true });
  for (const row of rows) writeFileSync(path.join(folder, row.file), row.text);
  writeFileSync(path.join(folder, "metadata.csv"), stringify([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c]))]));
  const table = [["id", "title", "outlet", "date", "byline", "url", "text"], ...rows.map((r) => [r.file, r.title, r.outlet, r.date, r.byline, r.url, r.text])];
  const objects = rows.map((r) => ({ id: r.file, title: r.title, source: { name: r.outlet }, publishedAt: r.date, author: r.byline, url: r.url, content: r.text }));
  const jsonl = objects.map((o) => JSON.stringify(o)).join("\n") + "\n";
  const shapes: Record<string, [string, string | Buffer]> = {
    csv: ["corpus.csv", stringify(table)],
    tsv: ["corpus.tsv", stringify(table, { delimiter: "\t" })],
    jsonl: ["corpus.jsonl", jsonl],
    "jsonl.gz": ["corpus.jsonl.gz", gzipSync(jsonl)],
    json: ["corpus.json", JSON.stringify({ status: "ok", articles: objects }, null, 1)],
  };
  const paths: Record<string, string> = { txt: folder };
  for (const [shape, [name, content]] of Object.entries(shapes)) {
    paths[shape] = path.join(work, name);
    writeFileSync(paths[shape], content);
  }
  return paths;
}

async function exportOf(source: string): Promise<{ articles: Record<string, unknown>[] } & Record<string, unknown>> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = createDb({ readonly: false, url: database.url });
  try {
    const report = await ingestPaths(db, [source], { extraction: "in-process", batchSize: 7 });
    expect(report.problems).toEqual([]);
    return JSON.parse(await exportCorpus(db));
  } finally {
    await db.$disconnect();
  }
}

/** The export without where each article was read from. */
function withoutSource(document: { articles: Record<string, unknown>[] }) {
  return {
    ...document,
    articles: document.articles.map(({ sourceFile: _file, provenance, ...article }) => {
      const { format: _format, ...rest } = provenance as Record<string, unknown>;
      return { ...article, provenance: rest };
    }),
  };
}

describe("the same corpus in every format", () => {
  let paths: Record<string, string>;
  let reference: Awaited<ReturnType<typeof exportOf>>;

  beforeAll(async () => {
    paths = writeShapes(corpus(24));
    reference = await exportOf(paths.txt!);
  }, 60_000);

  it("the reference has statements, dates, outlets and titles from both the text and the sidecar", () => {
    const document = reference as unknown as { statements: unknown[]; articles: { provenance: Record<string, string> }[] };
    expect(document.articles).toHaveLength(24);
    expect(document.statements.length).toBeGreaterThan(40);
    const sources = new Set(document.articles.flatMap((a) => Object.values(a.provenance)));
    expect([...sources]).toEqual(expect.arrayContaining(["text", "sidecar", "derived", "url"]));
  });

  it.each(["csv", "tsv", "jsonl", "jsonl.gz", "json"])("%s gives the folder's export, permalinks included", async (shape) => {
    const document = await exportOf(paths[shape]!);
    expect(withoutSource(document)).toEqual(withoutSource(reference));
    const format = shape.replace(".gz", "");
    expect(new Set(document.articles.map((a) => (a.provenance as { format: string }).format))).toEqual(new Set([format]));
  }, 60_000);
});
