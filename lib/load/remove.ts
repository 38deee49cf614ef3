import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { removeArticle } from "@/lib/db/write";
import type { ColumnChoice } from "@/lib/load/sources/columns";
import { formatOf, isTable } from "@/lib/load/sources/formats";
import { rowReader, TableError } from "@/lib/load/sources/rows";
import { readTable } from "@/lib/load/sources/tables";
import { counted } from "@/lib/domain/count";

// `npm run ingest -- --remove …`: retracts articles, named by file (a .txt or .html file: its name is
// the key), by key (a row's id, or "corpus.csv#12"), or by table (every row of it, keyed as ingest
// keyed them). Idempotent: an article removed already is said so; ingesting it again restores it.

export interface RemoveReport {
  /** Lines for stdout. */
  done: string[];
  /** Lines for stderr: names that are no article of this corpus. */
  rejected: string[];
}

export async function removePaths(db: Db, names: readonly string[], map: ColumnChoice = {}): Promise<RemoveReport> {
  const report: RemoveReport = { done: [], rejected: [] };
  for (const name of names) {
    const format = existsSync(name) && statSync(name).isFile() ? formatOf(name) : null;
    if (format && isTable(format.format)) {
      await removeTable(db, name, format, map, report);
      continue;
    }
    // A key as given ("12345", "corpus.csv#3"), else a file's name ("old/a.txt" is the article a.txt).
    let outcome = await removeArticle(db, name);
    if (outcome === "unknown" && path.basename(name) !== name) outcome = await removeArticle(db, path.basename(name));
    if (outcome === "unknown") report.rejected.push(`rejected: ${name} is not an article of this corpus`);
    else report.done.push(`${outcome === "removed" ? "removed" : "already removed"}: ${name}`);
  }
  return report;
}

async function removeTable(db: Db, file: string, format: NonNullable<ReturnType<typeof formatOf>>, map: ColumnChoice, report: RemoveReport) {
  const table = readTable({ file, ...format, bytes: 0 });
  const rows = rowReader(file, map);
  const counts = { removed: 0, "already-removed": 0, unknown: 0 };
  try {
    for await (const item of table.items) {
      if (item.kind === "end") {
        report.rejected.push(`rejected: ${item.at} ${item.reason}`);
        break;
      }
      const key = item.kind === "row" ? rows.keyOf(item) : null;
      if (key !== null) counts[await removeArticle(db, key)] += 1;
    }
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    report.rejected.push(`rejected: ${file} ${error.message}`);
    return;
  } finally {
    table.close();
  }
  if (counts.removed + counts["already-removed"] === 0) {
    report.rejected.push(`rejected: ${file} has no articles in this corpus`);
    return;
  }
  report.done.push(`removed: ${file} (${counted(counts.removed, "article")}; ${counts["already-removed"]} already removed; ${counts.unknown} not in the corpus)`);
}
