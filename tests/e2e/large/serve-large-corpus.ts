// The e2e tests' realistic corpus: a few thousand generated articles (bench/corpus.ts) with a large
// cast, plus the seeds, in a fresh database, then served as `npm start` serves. The seeds alone hide
// what breaks at size (a query over every speaker passed SQLite's 999-parameter limit at ~1,000).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb, databaseEngine } from "@/lib/db/client";
import { ingestPaths } from "@/lib/load/ingest";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { LARGE_CORPUS } from "@/tests/e2e/large/corpus-size";
import { removeDatabase } from "@/tests/e2e/databases";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the e2e database");
  await removeDatabase(url);
  const folder = path.join("data", "e2e-large-corpus");
  rmSync(folder, { recursive: true, force: true });
  writeGeneratedCorpus(folder, LARGE_CORPUS);
  await databaseEngine(url).migrate(url);
  const db = createDb({ readonly: false, url });
  try {
    const report = await ingestPaths(db, [folder, "seeds"]);
    if (report.problems.length) throw new Error(`rejected: ${report.problems.map((p) => p.file).join(", ")}`);
  } finally {
    await db.$disconnect();
  }
  const server = spawn(process.execPath, ["node_modules/.bin/tsx", "scripts/start.ts"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  process.stderr.write(`large corpus setup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
