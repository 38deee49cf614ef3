// npm run --silent export > corpus.json   The whole corpus as one JSON document (see lib/db/export.ts).
import { createDb, databaseEngine } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { env } from "@/lib/env";
import { runCommand } from "./run-command";

async function main(): Promise<number> {
  const engine = databaseEngine(env.DATABASE_URL);
  if (!(await engine.exists(env.DATABASE_URL))) {
    process.stderr.write(`export: no database at ${engine.describe(env.DATABASE_URL)} (run npm start or npm run ingest first)\n`);
    return 1;
  }
  const db = createDb({ readonly: true, url: env.DATABASE_URL });
  try {
    process.stdout.write(await exportCorpus(db));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand("export", main);
