import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { ingestPaths } from "@/lib/load/ingest";
import { createTestDatabase, testEngine, type TestDatabase } from "@/tests/helpers/db";

// A large ingest ends with the engine's afterBulkWrite: on PostgreSQL a VACUUM (ANALYZE), so that the
// readers after it get index-only scans and fresh statistics at once, not when autovacuum comes round.
// A small one does not pay for it.

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

/** Manual vacuums of FacetCount so far (PostgreSQL), or null on SQLite. */
async function facetCountVacuums(url: string): Promise<number | null> {
  if (testEngine() !== "postgres") return null;
  const db = createDb({ readonly: true, url });
  try {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT vacuum_count AS n FROM pg_stat_user_tables WHERE relname = 'FacetCount'`);
    return Number(rows[0]!.n);
  } finally {
    await db.$disconnect();
  }
}

async function ingestSeeds(bulkWrite: number | undefined): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = createDb({ readonly: false, url: database.url });
  try {
    const report = await ingestPaths(db, ["seeds"], { bulkWrite });
    expect(report.created).toBe(2);
  } finally {
    await db.$disconnect();
  }
  return database;
}

describe("after a bulk write", () => {
  it("vacuums and analyses PostgreSQL's tables once the run wrote as many articles as the threshold", async () => {
    const vacuums = await facetCountVacuums((await ingestSeeds(2)).url);
    if (testEngine() === "postgres") expect(vacuums).toBeGreaterThanOrEqual(1);
    else expect(vacuums).toBeNull();
  });

  it("leaves a run below the threshold to autovacuum", async () => {
    const vacuums = await facetCountVacuums((await ingestSeeds(undefined)).url);
    if (testEngine() === "postgres") expect(vacuums).toBe(0);
    else expect(vacuums).toBeNull();
  });
});
