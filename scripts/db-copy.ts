// npm run db:copy -- FROM_URL TO_URL
//     Copies the whole corpus from one database into a new, empty one, whatever their engines: e.g.
//     npm run db:copy -- file:./data/verbatim.db postgresql://verbatim:…@db.example:5432/verbatim
//     Ids, permalinks, retired addresses (301/410), counts and the corpus version come along; the
//     target is migrated first and written in one transaction (a failure leaves it empty).
import { copyCorpus } from "@/lib/db/copy";
import { redactUrl } from "@/lib/db/url.mjs";
import { runCommand } from "./run-command";

async function main(): Promise<number> {
  const [from, to, ...rest] = process.argv.slice(2).filter((arg) => arg !== "--");
  if (!from || !to || rest.length > 0) {
    process.stderr.write("usage: npm run db:copy -- FROM_URL TO_URL   (file:PATH or postgresql://…)\n");
    return 2;
  }
  const started = Date.now();
  const report = await copyCorpus(from, to, (table, rows) => process.stderr.write(`${table}: ${rows} rows\n`));
  const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
  process.stdout.write(`copied ${total} rows from ${redactUrl(from)} to ${redactUrl(to)} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  return 0;
}

runCommand("db:copy", main);
