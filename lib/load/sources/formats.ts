import path from "node:path";
import type { SourceFormat } from "@/lib/ingest/types";

// Which kind of source a file is, by its name: one article per file (.txt, a saved .html page) or one
// article per row (.csv, .tsv, .json, .jsonl, each optionally gzipped).

export interface FileFormat {
  format: SourceFormat;
  gzip: boolean;
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".txt": "txt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** The extensions a folder is searched for, for messages. */
export const ARTICLE_EXTENSIONS = ".txt, .html, .htm, .csv, .tsv, .json, .jsonl (tables also .gz)";

/** The format a file name says, or null for a name no source has (a folder skips those files). */
export function formatOf(file: string): FileFormat | null {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const format = BY_EXTENSION[path.extname(gzip ? lower.slice(0, -3) : lower)];
  if (!format || (gzip && !isTable(format))) return null;
  return { format, gzip };
}

/** Formats that hold one article per row. */
export function isTable(format: SourceFormat): boolean {
  return format === "csv" || format === "tsv" || format === "json" || format === "jsonl";
}
