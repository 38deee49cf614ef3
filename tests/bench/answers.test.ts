import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { queryCases } from "@/bench/queries";
import { answerDifference, appAnswer, rawListStatements } from "@/bench/raw-queries";
import { databaseEngine } from "@/lib/db/client";
import type * as StatementsModule from "@/lib/db/statements";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { createCorpusTestDatabase, type CorpusTestDatabase } from "@/tests/helpers/db";

// The benchmark checks that the app's list+facets answers equal its floor's (the same SQL on a plain
// connection). A check that cries wolf hides a real difference: on a generated corpus, with statements
// whose speaker is not identified, every case must come out equal, on each engine.

let database: CorpusTestDatabase;
let statements: typeof StatementsModule;

beforeAll(async () => {
  database = await createCorpusTestDatabase("bench-answers");
  statements = await import("@/lib/db/statements");
  const folder = path.join(database.work, "generated");
  writeGeneratedCorpus(folder, { articles: 60, seed: 5 });
  await database.ingest(["seeds", folder]);
  // Full-text facets are counted from the statement columns, as the benchmark's server does.
  const { loadStatementColumns } = await import("@/lib/db/columns/held");
  await loadStatementColumns();
}, 120_000);

afterAll(() => database.dispose());

it("finds the app's answers equal to the floor's for every query case", async () => {
  const { raw } = database;
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
