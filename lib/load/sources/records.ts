import path from "node:path";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import { sidecarFor } from "@/lib/ingest/sidecar";
import type { SourceFormat } from "@/lib/ingest/types";
import { articleKey, MAX_PAGE_BYTES, readArticleFile, readFolderSidecar, type FileProblem } from "@/lib/load/read-article-files";
import type { Source } from "./collect";
import type { ColumnChoice } from "./columns";
import { isTable } from "./formats";
import { rowReader, TableError, type RowKeys } from "./rows";
import { SeenKeys } from "./seen-keys";
import { readTable } from "./tables";

// Every source's articles as one stream, in the order the sources were given: a file's text, or a
// table's rows one by one (never the whole table in memory). Each has a key unique in the run; a
// second article with a key already used is a problem naming both, and is skipped.

export interface ArticleRecord {
  key: string;
  /** Stored with the article: the path it was read from, relative to the working folder. */
  sourceFile: string;
  /** For messages: the file, or the file and line of a row ("corpus.csv:7"). */
  at: string;
  format: SourceFormat;
  /** The article as given: its text, or a saved page's HTML. */
  input: string;
  sidecar: SidecarMetadata | null;
}

export interface ReadOptions {
  map?: ColumnChoice;
  problems: FileProblem[];
  /** Called as the sources are read: bytes of all sources read so far. */
  onBytes?: (bytes: number) => void;
  /** Called once a table's first row says how its rows are keyed. */
  onKeys?: (file: string, keys: RowKeys) => void;
}

export async function* readRecords(sources: readonly Source[], options: ReadOptions): AsyncGenerator<ArticleRecord> {
  const { problems } = options;
  const refused = clashingFiles(sources, problems);
  // Keys used so far in this run, with where, for the message naming both.
  const used = new SeenKeys();
  const unique = (key: string, at: string): boolean => {
    const first = used.firstUse(key, at);
    if (first === null) return true;
    problems.push({ file: at, reason: `has the key ${key}, already used by ${first}: article keys must be unique` });
    return false;
  };
  const sidecars = new Map<string, ReturnType<typeof readFolderSidecar>>();
  let before = 0;
  for (const source of sources) {
    if (isTable(source.format)) {
      yield* tableRecords(source, options, unique, (bytes) => options.onBytes?.(before + bytes));
    } else if (!refused.has(source.file)) {
      const record = fileRecord(source, sidecars, problems);
      if (record && unique(record.key, record.at)) yield record;
    }
    before += source.bytes;
    options.onBytes?.(before);
  }
}

/** Two different files with one name would share permalinks: both are refused, each naming the other. */
function clashingFiles(sources: readonly Source[], problems: FileProblem[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const { file, format } of sources) if (!isTable(format)) byKey.set(articleKey(file), [...(byKey.get(articleKey(file)) ?? []), file]);
  const refused = new Set<string>();
  for (const [key, files] of byKey) {
    if (files.length < 2) continue;
    for (const file of files) {
      refused.add(file);
      problems.push({ file, reason: `has the same name as ${files.filter((f) => f !== file).join(", ")}: article keys (${key}) must be unique` });
    }
  }
  return refused;
}

/** A .txt or .html file as an article, with its folder's sidecar row. */
function fileRecord(source: Source, sidecars: Map<string, ReturnType<typeof readFolderSidecar>>, problems: FileProblem[]): ArticleRecord | null {
  const read = readArticleFile(source.file, source.format === "html" ? MAX_PAGE_BYTES : undefined);
  if (!read.ok) {
    problems.push({ file: read.file, reason: read.reason });
    return null;
  }
  const resolved = path.resolve(source.file);
  const folder = path.dirname(resolved);
  let sidecar = sidecars.get(folder);
  if (!sidecar) {
    sidecar = readFolderSidecar(folder);
    sidecars.set(folder, sidecar);
    if (sidecar.problem) problems.push(sidecar.problem);
  }
  const key = articleKey(source.file);
  return {
    key,
    sourceFile: path.relative(process.cwd(), resolved),
    at: source.file,
    format: source.format,
    input: read.text,
    sidecar: sidecarFor(sidecar.metadata, key),
  };
}

async function* tableRecords(
  source: Source,
  options: ReadOptions,
  unique: (key: string, at: string) => boolean,
  onBytes: (bytes: number) => void,
): AsyncGenerator<ArticleRecord> {
  const table = readTable(source);
  const rows = rowReader(source.file, options.map ?? {});
  const sourceFile = path.relative(process.cwd(), path.resolve(source.file));
  const bad = badRows(source.file, options.problems);
  try {
    for await (const item of table.items) {
      onBytes(table.bytesRead());
      if (item.kind !== "row") {
        bad.add({ file: item.at, reason: item.reason });
        if (item.kind === "end") break;
        continue;
      }
      const first = rows.keys() === null;
      let outcome;
      try {
        outcome = rows.read(item);
      } catch (error) {
        if (!(error instanceof TableError)) throw error;
        options.problems.push({ file: source.file, reason: error.message });
        return;
      }
      if (first) options.onKeys?.(source.file, rows.keys()!);
      if (!outcome.ok) {
        bad.add({ file: outcome.at, reason: outcome.reason });
        continue;
      }
      const { key, at, text, sidecar } = outcome.article;
      if (unique(key, at)) yield { key, sourceFile, at, format: source.format, input: text, sidecar };
    }
  } finally {
    bad.close();
    table.close();
  }
}

/** A table's first bad rows are listed one by one; past that many, counted in one line. */
const LISTED_BAD_ROWS = 100;

function badRows(file: string, problems: FileProblem[]) {
  let listed = 0;
  let unlisted = 0;
  return {
    add(problem: FileProblem) {
      if (listed++ < LISTED_BAD_ROWS) problems.push(problem);
      else unlisted++;
    },
    close() {
      if (unlisted > 0) problems.push({ file, reason: `has ${unlisted} more bad rows, not listed`, count: unlisted });
    },
  };
}
