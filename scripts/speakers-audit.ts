// npm run --silent speakers:audit [-- --examples N]   Counts the speaker problems of the database at
//     DATABASE_URL, with N examples of each (default 8; see lib/db/speaker-audit.ts). Exits 1 when a
//     class that must stay at 0 does not.
import { createDb, databaseEngine } from "@/lib/db/client";
import { auditSpeakers } from "@/lib/db/speaker-audit";
import { env } from "@/lib/env";
import { runCommand } from "./run-command";

async function main(): Promise<number> {
  const engine = databaseEngine(env.DATABASE_URL);
  if (!(await engine.exists(env.DATABASE_URL))) {
    process.stderr.write(`speakers:audit: no database at ${engine.describe(env.DATABASE_URL)} (run npm run ingest first)\n`);
    return 1;
  }
  const db = createDb({ readonly: true, url: env.DATABASE_URL });
  try {
    const at = process.argv.indexOf("--examples");
    const examples = at >= 0 ? Number(process.argv[at + 1]) : 8;
    if (!Number.isInteger(examples) || examples < 0) {
      process.stderr.write("--examples takes a whole number\n");
      return 2;
    }
    const classes = await auditSpeakers(db, examples);
    for (const c of classes) {
      process.stdout.write(`${String(c.count).padStart(6)}  ${c.label}${c.mustBeZero ? " (must be 0)" : ""}\n`);
      for (const example of c.examples) process.stdout.write(`          ${example}\n`);
    }
    return classes.some((c) => c.mustBeZero && c.count > 0) ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand("speakers:audit", main);
