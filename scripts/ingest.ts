// npm run ingest -- [--batch-size N] [--map FIELD=COLUMN,...] PATH...
//     Articles into the database at DATABASE_URL: .txt files, saved .html pages, and tables with one
//     article a row (.csv, .tsv, .json, .jsonl, each optionally .gz), or folders of them.
// npm run ingest -- [--map …] --remove NAME...
//     Retracts articles (by file, key, or a whole table's rows): their pages and statements answer 410.
import { createDb, databaseEngine } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ingestPaths, type IngestReport } from "@/lib/load/ingest";
import { progressBar } from "@/lib/load/progress-bar";
import { removePaths } from "@/lib/load/remove";
import { parseColumnMap, type ColumnChoice } from "@/lib/load/sources/columns";
import { runCommand } from "./run-command";
import { counted } from "@/lib/domain/count";

const USAGE = "usage: npm run ingest -- [--batch-size N] [--map FIELD=COLUMN,...] FILE_OR_FOLDER...\n       npm run ingest -- [--map FIELD=COLUMN,...] --remove FILE_OR_KEY...\n";

interface Args {
  batchSize?: number;
  map: ColumnChoice;
  remove: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args = argv.filter((arg) => arg !== "--");
  const parsed: Args = { map: {}, remove: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--batch-size") {
      // Articles per transaction. Fewer means more commits (the crash test uses 3).
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 10_000) return "--batch-size takes a whole number from 1 to 10000\n";
      parsed.batchSize = n;
    } else if (arg === "--map") {
      const map = parseColumnMap(args[++i] ?? "");
      if (!map.ok) return `${map.error}\n`;
      parsed.map = { ...parsed.map, ...map.map };
    } else if (arg === "--remove") {
      parsed.remove = true;
    } else if (arg.startsWith("--")) {
      return USAGE;
    } else {
      parsed.paths.push(arg);
    }
  }
  return parsed.paths.length === 0 ? USAGE : parsed;
}

function printReport(report: IngestReport, seconds: string): void {
  for (const { file, keys } of report.tables) {
    process.stdout.write(
      keys.by === "column"
        ? `keys: ${file}: each row's "${keys.column}" column\n`
        : `keys: ${file}: no id column, so file name and row number (${keys.example}, …); --map id=COLUMN gives keys that survive reordering\n`,
    );
  }
  for (const problem of report.problems) process.stderr.write(`rejected: ${problem.file} ${problem.reason}\n`);
  for (const failure of report.batchFailures) {
    process.stderr.write(`note: a batch of ${failure.articles} articles could not be written together (${failure.reason}); each was written on its own\n`);
  }
  const { encoding } = report;
  for (const { at, damaged } of encoding.examples) {
    process.stderr.write(
      damaged
        ? `note: ${at} has encoding damage that could not be undone (lost bytes or broken mojibake): ingested as it is, provenance.encoding "damaged"\n`
        : `note: ${at} had mojibake (UTF-8 read as Windows-1252 or Latin-1): repaired, provenance.encoding "repaired"\n`,
    );
  }
  const unnamed = encoding.repaired + encoding.damaged - encoding.examples.length;
  if (unnamed > 0) process.stderr.write(`note: ${unnamed} more articles with encoding notes (${encoding.repaired} repaired, ${encoding.damaged} damaged in all)\n`);
  if (report.adoptedCorrections > 0) {
    process.stderr.write(`note: ${report.adoptedCorrections} corrections imported from editorial/corrections.json into the corrections table, which is what applies from now on (README, "Corrections")\n`);
  }
  if (report.unmatchedCorrections.length > 0) {
    const entries = report.unmatchedCorrections.map((i) => `corrections[${i}]`).join(", ");
    process.stderr.write(`note: ${entries} (the corrections table, oldest first, as corrections:export numbers them) matched nothing in these files (a stale statement id or a misspelt key?)\n`);
  }
  const rejected = report.problems.reduce((n, p) => n + (p.count ?? 1), 0);
  process.stdout.write(
    `ingested ${counted(report.created + report.updated + report.unchanged, "article")} in ${seconds}s: ` +
      `${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged; ${rejected} rejected; ` +
      // The process's high-water mark, worker threads included: a table of any size is streamed.
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  );
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(args);
    return 2;
  }
  const engine = databaseEngine(env.DATABASE_URL);
  await engine.migrate(env.DATABASE_URL);
  const lock = await engine.lockWriter(env.DATABASE_URL);
  const db = createDb({ readonly: false, url: env.DATABASE_URL });
  try {
    if (args.remove) {
      const removed = await removePaths(db, args.paths, args.map);
      for (const line of removed.done) process.stdout.write(`${line}\n`);
      for (const line of removed.rejected) process.stderr.write(`${line}\n`);
      return removed.rejected.length > 0 ? 1 : 0;
    }
    const started = Date.now();
    const bar = progressBar(process.stderr);
    const report = await ingestPaths(db, args.paths, { onProgress: bar.update, batchSize: args.batchSize, map: args.map }).finally(bar.finish);
    printReport(report, ((Date.now() - started) / 1000).toFixed(1));
    return report.problems.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
    await lock.release();
  }
}

runCommand("ingest", main);
