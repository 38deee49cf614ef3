import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, databaseEngine } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { ingestPaths } from "@/lib/load/ingest";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { dropTestPostgresDatabase, testPostgresUrl } from "@/tests/helpers/engine";

// One corpus, two engines, one export: the same files ingested into a SQLite file and into a
// PostgreSQL database give byte-identical `npm run --silent export` (ids, slugs, speakers, topics,
// counts and retired addresses alike) — on the seeds and on 2,000 generated articles.

let scratch: string;
const postgresUrls: string[] = [];

async function ingestAndExport(url: string, paths: string[]): Promise<string> {
  await databaseEngine(url).migrate(url);
  const db = createDb({ readonly: false, url });
  try {
    const report = await ingestPaths(db, paths);
    expect(report.problems).toEqual([]);
    return await exportCorpus(db);
  } finally {
    await db.$disconnect();
  }
}

async function bothEngines(name: string, paths: string[]): Promise<[string, string]> {
  const postgres = testPostgresUrl(`verbatim_equal_${name}`);
  postgresUrls.push(postgres);
  return [await ingestAndExport(`file:${path.join(scratch, `${name}.db`)}`, paths), await ingestAndExport(postgres, paths)];
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "verbatim-equal-"));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  for (const url of postgresUrls) await dropTestPostgresDatabase(url);
});

describe("the same corpus on SQLite and on PostgreSQL", () => {
  it("the seeds export byte for byte alike", async () => {
    const [sqlite, postgres] = await bothEngines("seeds", ["seeds"]);
    expect(JSON.parse(sqlite).statements.length).toBeGreaterThan(10);
    expect(postgres).toBe(sqlite);
  }, 120_000);

  it("2,000 generated articles export byte for byte alike", async () => {
    const corpus = path.join(scratch, "corpus");
    writeGeneratedCorpus(corpus, { articles: 2_000, seed: 11 });
    const [sqlite, postgres] = await bothEngines("generated", [corpus]);
    expect(JSON.parse(sqlite).articles.length).toBe(2_000);
    expect(postgres).toBe(sqlite);
  }, 900_000);
});
