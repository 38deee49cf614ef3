// npm run --silent export > corpus.json   The whole corpus as one JSON document (see lib/db/export.ts).
import { existsSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { databaseFile } from "@/lib/env";

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

main().then(
  // exitCode, not exit(): a large export piped to a file must be flushed first.
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
