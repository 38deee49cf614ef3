// npm run ingest -- PATH...            Files or folders of .txt articles into the database at DATABASE_URL
//                                      ([--batch-size N]: articles per transaction, default 250).
// npm run ingest -- --remove FILE...   Retracts articles: their pages and statements answer 410.
import { createDb, databaseEngine } from "@/lib/db/client";
import { removeArticle } from "@/lib/db/write";
import { articleKey } from "@/lib/load/read-article-files";
import { ingestPaths } from "@/lib/load/ingest";
import { env } from "@/lib/env";
import { runCommand } from "./run-command";

function progress(): (done: number, total: number) => void {
  // Progress only on a terminal: piped output stays quiet and parseable.
  if (!process.stderr.isTTY) return () => {};
  const started = Date.now();
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 200) return;
    last = now;
    const seconds = (now - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    process.stderr.write(`\r${done}/${total} files · ${rate.toFixed(0)}/s · ${left}s left   `);
    if (done === total) process.stderr.write("\n");
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  // --batch-size N: articles per transaction. Fewer means more commits (the crash test uses 4).
  let batchSize: number | undefined;
  const at = args.indexOf("--batch-size");
  if (at >= 0) {
    batchSize = Number(args[at + 1]);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      process.stderr.write("--batch-size takes a whole number from 1 to 10000\n");
      return 2;
    }
    args.splice(at, 2);
  }
  const remove = args[0] === "--remove";
  const paths = remove ? args.slice(1) : args;
  if (paths.length === 0 || paths.some((p) => p.startsWith("--"))) {
    process.stderr.write("usage: npm run ingest -- [--batch-size N] FILE_OR_FOLDER...\n       npm run ingest -- --remove FILE...\n");
    return 2;
  }
  await databaseEngine(env.DATABASE_URL).migrate(env.DATABASE_URL);
  const db = createDb({ readonly: false, url: env.DATABASE_URL });
  try {
    if (remove) {
      let unknown = 0;
      for (const path of paths) {
        const outcome = await removeArticle(db, articleKey(path));
        if (outcome === "unknown") {
          unknown += 1;
          process.stderr.write(`rejected: ${path} is not an article of this corpus\n`);
        } else {
          process.stdout.write(`${outcome === "removed" ? "removed" : "already removed"}: ${path}\n`);
        }
      }
      return unknown > 0 ? 1 : 0;
    }
    const started = Date.now();
    const report = await ingestPaths(db, paths, { onFile: progress(), batchSize });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const problem of report.problems) process.stderr.write(`rejected: ${problem.file} ${problem.reason}\n`);
    for (const failure of report.batchFailures) {
      process.stderr.write(`note: a batch of ${failure.articles} articles could not be written together (${failure.reason}); each was written on its own\n`);
    }
    if (report.unmatchedCorrections.length > 0) {
      const entries = report.unmatchedCorrections.map((i) => `corrections[${i}]`).join(", ");
      process.stderr.write(`note: ${entries} matched nothing in these files (a stale statement id or a misspelt key?)\n`);
    }
    process.stdout.write(
      `ingested ${report.created + report.updated + report.unchanged} articles in ${seconds}s: ` +
        `${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged; ` +
        `${report.problems.length} rejected\n`,
    );
    return report.problems.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

runCommand("ingest", main);
