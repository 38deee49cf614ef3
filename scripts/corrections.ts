// npm run --silent corrections:export [-- FILE]   The corrections table as a corrections file (default
//                                                   editorial/corrections.json), oldest first: reviewable in a pull request.
// npm run corrections:import [-- FILE]             Adds a corrections file's entries to the table (those already
//                                                   there are skipped), all or none; the next ingest applies them.
import { writeFileSync } from "node:fs";
import { createDb, databaseEngine } from "@/lib/db/client";
import { exportCorrections, importCorrections } from "@/lib/db/editorial/corrections";
import { env } from "@/lib/env";
import { DEFAULT_CORRECTIONS_FILE, readCorrections } from "@/lib/load/ingest";
import { runCommand } from "./run-command";

const COMMENT = "Editors' corrections, exported from the corrections table (npm run corrections:export; format: README, 'Corrections'; schema: lib/ingest/corrections.ts). npm run corrections:import loads them into a database.";

async function main(): Promise<number> {
  const [action, file = DEFAULT_CORRECTIONS_FILE, ...extra] = process.argv.slice(2).filter((a) => a !== "--");
  if ((action !== "export" && action !== "import") || extra.length > 0) {
    process.stderr.write("usage: npm run corrections:export [-- FILE] | corrections:import [-- FILE]\n");
    return 2;
  }
  // Read (and validated) before the database is touched: a bad file changes nothing.
  const incoming = action === "import" ? readCorrections(file) : null;
  const engine = databaseEngine(env.DATABASE_URL);
  await engine.migrate(env.DATABASE_URL);
  const db = createDb({ readonly: action === "export", url: env.DATABASE_URL });
  try {
    if (incoming) {
      const { added, skipped } = await importCorrections(db, incoming);
      process.stdout.write(`imported ${file}: ${added} added, ${skipped} already there; the next ingest applies them\n`);
      return 0;
    }
    const exported = await exportCorrections(db);
    writeFileSync(file, `${JSON.stringify({ $comment: COMMENT, ...exported }, null, 2)}\n`);
    process.stdout.write(`exported ${exported.corrections.length} corrections to ${file}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand("corrections", main);
