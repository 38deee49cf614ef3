// npm start: set the database up with a writable connection (migrations, the seeds when empty, a
// build when there is none), then serve with the web server's read-only connection.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createDb, databaseEngine, type Db } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";
import { env } from "@/lib/env";
import { ingestPaths } from "@/lib/load/ingest";

/**
 * The seeds into an empty database, under the writer lock: several nodes starting at once on one
 * PostgreSQL database load them once; the others go on serving.
 */
async function loadSeeds(db: Db, engine: Engine): Promise<void> {
  const lock = await engine.lockWriter(env.DATABASE_URL).catch(() => null);
  if (!lock) {
    process.stdout.write("Another process is writing to the database (loading the seeds?): not loading them here\n");
    return;
  }
  try {
    if ((await db.article.count()) > 0) return;
    const report = await ingestPaths(db, ["seeds"]);
    process.stdout.write(`Loaded ${report.created} seed articles into ${engine.describe(env.DATABASE_URL)}\n`);
    for (const problem of report.problems) process.stderr.write(`rejected: ${problem.file} ${problem.reason}\n`);
  } finally {
    await lock.release();
  }
}

async function setup(): Promise<void> {
  const engine = databaseEngine(env.DATABASE_URL);
  await engine.migrate(env.DATABASE_URL);
  const db = createDb({ readonly: false, url: env.DATABASE_URL });
  try {
    if ((await db.article.count()) === 0) await loadSeeds(db, engine);
  } finally {
    await db.$disconnect();
  }
  if (!existsSync(".next/BUILD_ID")) {
    process.stdout.write("No build yet: running next build…\n");
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
}

async function main() {
  await setup();
  // Next.js's production server behind the statement redirects (scripts/serve.mjs says why).
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    stdio: "inherit",
    env: { ...process.env, HOST: env.HOST, PORT: String(env.PORT) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  process.stderr.write(`start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
