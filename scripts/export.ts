// npm run --silent export > corpus.json   The whole corpus as one JSON document (see lib/db/export.ts).
import { existsSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { databaseFile } from "@/lib/env";
import { runCommand } from "./run-command";

async function main(): Promise<number> {
  const file = databaseFile();
  if (!existsSync(file)) {
    process.stderr.write(`export: no database at ${file} (run npm start or npm run ingest first)\n`);
    return 1;
  }
  const db = createDb({ readonly: true, file });
  try {
    process.stdout.write(await exportCorpus(db));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand("export", main);
