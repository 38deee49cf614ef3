import path from "node:path";
import { metadataEntry, type SidecarMetadata } from "@/lib/ingest/sidecar";
import { MAX_ARTICLE_BYTES } from "@/lib/load/read-article-files";
import { chooseColumns, COLUMN_NAMES, type ColumnChoice, type RowField } from "./columns";
import type { TableItem } from "./tables";

// A table's rows as articles: the text from its text column, the key from its id column (or the file
// name and row number when it has none), the other columns as the article's sidecar metadata. A row
// that cannot be an article says why, by line, and is skipped.

export interface RowArticle {
  key: string;
  at: string;
  text: string;
  sidecar: SidecarMetadata | null;
}

export type RowOutcome = { ok: true; article: RowArticle } | { ok: false; at: string; reason: string };

/** How a table's rows are keyed, said in ingest's output. */
export type RowKeys = { by: "column"; column: string } | { by: "row-number"; example: string };

export interface RowReader {
  /** Null until the first row is read. */
  keys: () => RowKeys | null;
  /** One row; throws TableError when the table as a whole cannot be read (no text column). */
  read: (item: Extract<TableItem, { kind: "row" }>) => RowOutcome;
  /** The key a row has (or would have, were it readable): what `--remove` names it by. */
  keyOf: (item: Extract<TableItem, { kind: "row" }>) => string | null;
}

/** A table that cannot give articles at all: the whole file is rejected with this reason. */
export class TableError extends Error {}

export function rowReader(file: string, map: ColumnChoice): RowReader {
  const base = path.basename(file);
  // The first row (a CSV's header) decides how rows are keyed and whether the table has text at all.
  // JSON rows may each have other fields: their columns are chosen again when their names differ.
  let first: ColumnChoice | null = null;
  let keys: RowKeys | null = null;
  let last: { names: string; choice: ColumnChoice } | null = null;
  const chosen = (item: Extract<TableItem, { kind: "row" }>): ColumnChoice => {
    const columns = Object.keys(item.fields);
    if (!first) {
      first = choose(columns, map);
      keys = first.id ? { by: "column", column: first.id } : { by: "row-number", example: `${base}#1` };
    }
    const names = columns.join("\u0000");
    if (last?.names !== names) last = { names, choice: { ...chooseColumns(columns, map).choice, id: first.id } };
    return last.choice;
  };
  return {
    keys: () => keys,
    read: (item) => readRow(item, chosen(item), base),
    keyOf: (item) => rowKey(item, chosen(item), base),
  };
}

/** The id column's value, or the file name and row number when the table has no id column. */
function rowKey(item: Extract<TableItem, { kind: "row" }>, choice: ColumnChoice, base: string): string | null {
  if (!choice.id) return `${base}#${item.row}`;
  return cell(item.fields, choice.id).trim() || null;
}

function choose(columns: string[], map: ColumnChoice): ColumnChoice {
  const { choice, missing } = chooseColumns(columns, map);
  const listed = columns.length > 0 ? columns.join(", ") : "none";
  if (missing.length > 0) {
    const [field, column] = missing[0]!;
    throw new TableError(`has no column "${column}" (--map ${field}=${column}); its columns: ${listed}`);
  }
  if (!choice.text) {
    throw new TableError(`has no text column (expected one of ${COLUMN_NAMES.text.slice(0, 8).join(", ")}…, or --map text=COLUMN); its columns: ${listed}`);
  }
  return choice;
}

/** A cell as text: strings and numbers are values; anything else (null, an object) is none. */
function cell(fields: Record<string, unknown>, column: string | undefined): string {
  if (column === undefined) return "";
  const value = fields[column];
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function readRow(item: Extract<TableItem, { kind: "row" }>, choice: ColumnChoice, base: string): RowOutcome {
  const { fields, at } = item;
  const bad = (reason: string): RowOutcome => ({ ok: false, at, reason });
  const text = cell(fields, choice.text);
  if (text.trim() === "") return bad(choice.text ? `has no text (its "${choice.text}" is empty)` : "has no text");
  if (text.includes("\u0000")) return bad("has NUL characters in its text: binary, not an article");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) return bad(`has ${bytes} bytes of text, over the ${MAX_ARTICLE_BYTES}-byte limit`);
  const key = rowKey(item, choice, base);
  if (key === null) return bad(`has no id (its "${choice.id}" is empty)`);
  const raw: Partial<Record<RowField, string>> = {};
  for (const field of ["title", "outlet", "outletUrl", "date", "byline", "url"] as const) raw[field] = cell(fields, choice[field]);
  const entry = metadataEntry(raw);
  if (!entry.ok) return bad(`has an ${entry.detail}`.replace(/^has an (?!unreadable)/, "has a bad value: "));
  const metadata = withYear(entry.metadata, cell(fields, choice.year));
  if (metadata === "conflict") return bad(`has a date whose year is not its "${choice.year}" column's`);
  return { ok: true, article: { key, at, text, sidecar: isEmpty(metadata) ? null : metadata } };
}

/** A year column completes a date that lacks the year (or stands in for a missing date). */
function withYear(metadata: SidecarMetadata, yearCell: string): SidecarMetadata | "conflict" {
  const year = /^\s*(\d{4})(?:\.0)?\s*$/.exec(yearCell)?.[1];
  if (!year) return metadata;
  const date = metadata.date ?? { year: null, month: null, day: null };
  if (date.year !== null) return date.year === Number(year) ? metadata : "conflict";
  return { ...metadata, date: { ...date, year: Number(year) } };
}

function isEmpty(metadata: SidecarMetadata): boolean {
  return Object.values(metadata).every((value) => value === null || value === undefined);
}
