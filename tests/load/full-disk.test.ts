import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { ingestPaths } from "@/lib/load/ingest";
import { createWritableTestDatabase, type WritableTestDatabase } from "@/tests/helpers/db";

// A full disk, simulated: SQLite's max_page_count makes the database file unable to grow, and SQLite
// answers SQLITE_FULL exactly where a full disk would stop it. The article being written is rolled
// back whole; the ones before it stay; after room is made, a rerun ends where one clean run ends.

const work = mkdtempSync(path.join(tmpdir(), "verbatim-full-"));
const corpus = path.join(work, "corpus");
const made: WritableTestDatabase[] = [];

async function freshDb(): Promise<Db> {
  const database = await createWritableTestDatabase();
  made.push(database);
  return database.db;
}

beforeAll(() => {
  mkdirSync(corpus);
  for (let i = 0; i < 30; i++) {
    const padding = `The council met for ${i + 2} hours and discussed the ${["budget", "harbour", "railway"][i % 3]} at length. `.repeat(40);
    writeFileSync(
      path.join(corpus, `report-${String(i).padStart(2, "0")}.txt`),
      `Council report number ${i}\n\n"We will publish report ${i} in full," Mayor Ilse Brandt said on Monday.\n\n${padding}\n`,
    );
  }
});
afterAll(async () => {
  for (const database of made) await database.dispose();
  rmSync(work, { recursive: true, force: true });
});

const pragma = async (db: Db, sql: string) => (await db.$queryRawUnsafe<Record<string, unknown>[]>(sql))[0];

describe("ingest on a full disk", () => {
  it("keeps every article whole, names the ones it could not write, and catches up after", async () => {
    const db = await freshDb();
    await ingestPaths(db, ["seeds"]);
    const pages = Number(Object.values((await pragma(db, "PRAGMA page_count"))!)[0]);
    await pragma(db, `PRAGMA max_page_count = ${pages + 12}`);

    const full = await ingestPaths(db, [corpus]);
    expect(full.problems.length).toBeGreaterThan(0);
    for (const problem of full.problems) expect(problem.reason).toMatch(/^could not be ingested: .*database or disk is full/);
    // The batch that hit the limit is reported as such: its articles went in one by one.
    expect(full.batchFailures.length).toBeGreaterThan(0);
    for (const failure of full.batchFailures) expect(failure.reason).toMatch(/database or disk is full/);
    expect(full.created).toBeGreaterThan(0);
    expect(await pragma(db, "PRAGMA integrity_check")).toEqual({ integrity_check: "ok" });

    // What is there is exactly what ingesting only the articles that were written gives.
    const written = (await db.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile).filter((f) => f.includes("report-"));
    expect(written).toHaveLength(full.created);
    const reference = await freshDb();
    await ingestPaths(reference, ["seeds", ...written.map((f) => path.resolve(f)).sort()]);
    expect(await exportCorpus(db)).toBe(await exportCorpus(reference));

    // Room again: the rerun writes the rest, and the result is one clean run's.
    await pragma(db, "PRAGMA max_page_count = 1073741823");
    const rerun = await ingestPaths(db, [corpus]);
    expect(rerun.problems).toEqual([]);
    expect(rerun.created).toBe(full.problems.length);
    const clean = await freshDb();
    await ingestPaths(clean, ["seeds", corpus]);
    expect(await exportCorpus(db)).toBe(await exportCorpus(clean));
  }, 120_000);
});
