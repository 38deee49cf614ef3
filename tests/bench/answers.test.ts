import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { queryCases } from "@/bench/queries";
import { answerDifference, appAnswer, rawListStatements } from "@/bench/raw-queries";
import { databaseEngine, type Db } from "@/lib/db/client";
import type { RawConnection } from "@/lib/db/engine";
import type * as StatementsModule from "@/lib/db/statements";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { createAppTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// The benchmark checks that the app's list+facets answers equal its floor's (the same SQL on a plain
// connection). A check that cries wolf hides a real difference: on a generated corpus, with statements
// whose speaker is not identified, every case must come out equal, on each engine.

let database: TestDatabase;
let db: Db;
let raw: RawConnection;
let statements: typeof StatementsModule;
const work = mkdtempSync(path.join(tmpdir(), "verbatim-bench-answers-"));

beforeAll(async () => {
  const app = await createAppTestDatabase();
  [database, db] = [app, app.writer];
  const { ingestPaths } = await import("@/lib/load/ingest");
  statements = await import("@/lib/db/statements");
  const folder = path.join(work, "generated");
  writeGeneratedCorpus(folder, { articles: 60, seed: 5 });
  expect((await ingestPaths(db, ["seeds", folder], { extraction: "in-process" })).problems).toEqual([]);
  // Full-text facets are counted from the statement columns, as the benchmark's server does.
  const { loadStatementColumns } = await import("@/lib/db/columns/held");
  await loadStatementColumns();
  raw = databaseEngine(database.url).openRaw(database.url, { readonly: true });
}, 120_000);

afterAll(async () => {
  await raw.close();
  await db.$disconnect();
  await database.cleanup();
  rmSync(work, { recursive: true, force: true });
});

it("finds the app's answers equal to the floor's for every query case", async () => {
  const d = databaseEngine(database.url).dialect;
  const cases = await queryCases(raw, d);
  expect(cases).toHaveLength(7);
  const first = await statements.listStatements({ filters: cases[0]!.filters, basePath: "/statements" });
  expect(first.facets.speaker.some((v) => v.value === "none")).toBe(true);
  for (const c of cases) {
    const app = appAnswer(await statements.listStatements({ filters: c.filters, basePath: "/statements" }));
    expect(answerDifference(app, await rawListStatements(raw, d, c.filters)), c.name).toBeNull();
  }
});
