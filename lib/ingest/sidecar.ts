import { z } from "zod";
import { parsePartialDate } from "./dates";
import { lookupOutlet } from "./outlets";
import type { PartialDate } from "@/lib/domain/dates";

// Optional metadata for a folder of articles: a metadata.tsv / .csv / .json beside the texts, keyed
// by article file name. Values here are preferred over what the text implies (a sidecar is written by
// whoever assembled the corpus, the text only hints), and parseArticle records which won.

const partialDateSchema = z.object({
  year: z.number().int().min(1000).max(2999).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});

export const sidecarMetadataSchema = z.object({
  title: z.string().min(1).nullable().optional(),
  outlet: z.string().min(1).nullable().optional(),
  outletUrl: z.url({ protocol: /^https?$/ }).nullable().optional(),
  date: partialDateSchema.nullable().optional(),
  byline: z.string().min(1).nullable().optional(),
  url: z.url({ protocol: /^https?$/ }).nullable().optional(),
});

export type SidecarMetadata = z.infer<typeof sidecarMetadataSchema>;

/** A sidecar that cannot be read; the message names the file and the line (or JSON path). */
export class SidecarError extends Error {
  constructor(
    readonly fileName: string,
    readonly location: string,
    detail: string,
  ) {
    super(`${fileName}: ${location}: ${detail}`);
    this.name = "SidecarError";
  }
}

/** File names ingest looks for beside the texts, in order of preference. */
export const SIDECAR_FILE_NAMES = ["metadata.json", "metadata.tsv", "metadata.csv"] as const;

// Header names are matched case-insensitively, ignoring spaces, dashes and underscores, so
// "Publication Date", "publication_date" and "publicationDate" are one column.
const COLUMN_SYNONYMS: Record<keyof SidecarMetadata | "file", string[]> = {
  file: ["file", "filename", "file_name", "name", "path", "id", "key", "article"],
  title: ["title", "headline", "head"],
  outlet: ["outlet", "publisher", "source", "publication", "site", "newspaper"],
  outletUrl: ["outleturl", "publisherurl", "sourceurl", "siteurl", "outlethomepage"],
  date: ["date", "published", "publicationdate", "publisheddate", "pubdate", "datepublished"],
  byline: ["byline", "author", "authors", "by", "writer"],
  url: ["url", "link", "articleurl", "permalink", "href"],
};

const COLUMN_BY_HEADER = new Map<string, keyof typeof COLUMN_SYNONYMS>();
for (const [field, names] of Object.entries(COLUMN_SYNONYMS)) {
  for (const name of names) COLUMN_BY_HEADER.set(name, field as keyof typeof COLUMN_SYNONYMS);
}

function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s_-]+/g, "");
}

// PolNeAR writes "None" for a missing value; the others are common spreadsheet spellings of empty.
const EMPTY_VALUES = new Set(["", "none", "null", "n/a", "na", "nan", "-"]);

/** The key an article's metadata is stored under: its base file name without a .txt or .html extension. */
export function sidecarKey(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(?:txt|html?)$/i, "");
}

/** Looks up an article's metadata by its file name (with or without ".txt", with or without a folder). */
export function sidecarFor(
  sidecar: ReadonlyMap<string, SidecarMetadata>,
  fileName: string,
): SidecarMetadata | null {
  return sidecar.get(sidecarKey(fileName)) ?? null;
}

/**
 * Parses a sidecar file's content. `fileName` picks the format (.tsv, .csv or .json) and names the
 * file in errors. Throws SidecarError on the first bad row.
 */
export function parseSidecar(fileName: string, content: string): Map<string, SidecarMetadata> {
  const text = content.replace(/^\uFEFF/, "");
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return parseJsonSidecar(fileName, text);
  if (lower.endsWith(".tsv") || lower.endsWith(".tab")) return parseTableSidecar(fileName, text, "\t", false);
  if (lower.endsWith(".csv")) return parseTableSidecar(fileName, text, ",", true);
  throw new SidecarError(fileName, "file name", "expected a .tsv, .csv or .json file");
}

function parseTableSidecar(
  fileName: string,
  text: string,
  delimiter: string,
  quoted: boolean,
): Map<string, SidecarMetadata> {
  let rows: Row[];
  try {
    rows = parseDelimited(text, delimiter, quoted);
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) throw new SidecarError(fileName, `line ${error.line}`, error.message);
    throw error;
  }
  const header = rows.shift();
  if (!header) return new Map();
  const fields = header.cells.map((cell) => COLUMN_BY_HEADER.get(headerKey(cell)) ?? null);
  const fileColumn = fields.indexOf("file");
  if (fileColumn < 0) {
    throw new SidecarError(
      fileName,
      `line ${header.line}`,
      `no file-name column (expected one of: ${COLUMN_SYNONYMS.file.join(", ")})`,
    );
  }
  const out = new Map<string, SidecarMetadata>();
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    if (row.cells.length !== header.cells.length) {
      throw new SidecarError(
        fileName,
        `line ${row.line}`,
        `expected ${header.cells.length} fields, found ${row.cells.length}`,
      );
    }
    const raw: Record<string, string> = {};
    fields.forEach((field, column) => {
      // The first column wins when two columns map to one field (e.g. both "title" and "headline").
      if (field && raw[field] === undefined) raw[field] = row.cells[column] ?? "";
    });
    addEntry(out, fileName, `line ${row.line}`, raw);
  }
  return out;
}

const jsonEntrySchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

function parseJsonSidecar(fileName: string, text: string): Map<string, SidecarMetadata> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SidecarError(fileName, "JSON", error instanceof Error ? error.message : String(error));
  }
  const out = new Map<string, SidecarMetadata>();
  // Two shapes: an array of objects with a file-name field, or an object keyed by file name.
  const entries: [string, unknown, string | null][] = Array.isArray(data)
    ? data.map((entry, index) => [`[${index}]`, entry, null])
    : data !== null && typeof data === "object"
      ? Object.entries(data).map(([key, entry]) => [`["${key}"]`, entry, key])
      : [];
  if (entries.length === 0 && !(Array.isArray(data) || (data !== null && typeof data === "object"))) {
    throw new SidecarError(fileName, "JSON", "expected an array of entries or an object keyed by file name");
  }
  for (const [location, entry, key] of entries) {
    const parsed = jsonEntrySchema.safeParse(entry);
    if (!parsed.success) {
      throw new SidecarError(fileName, location, "expected an object of strings, numbers or nulls");
    }
    const raw: Record<string, string> = {};
    if (key !== null) raw.file = key;
    for (const [name, value] of Object.entries(parsed.data)) {
      const field = COLUMN_BY_HEADER.get(headerKey(name));
      if (field && raw[field] === undefined) raw[field] = value === null ? "" : String(value);
    }
    addEntry(out, fileName, location, raw);
  }
  return out;
}

function addEntry(
  out: Map<string, SidecarMetadata>,
  fileName: string,
  location: string,
  raw: Record<string, string>,
): void {
  const file = cleanValue(raw.file);
  if (!file) throw new SidecarError(fileName, location, "missing the article's file name");
  const key = sidecarKey(file);
  if (out.has(key)) throw new SidecarError(fileName, location, `duplicate entry for "${key}"`);
  const entry = metadataEntry(raw);
  if (!entry.ok) throw new SidecarError(fileName, location, entry.detail);
  out.set(key, entry.metadata);
}

/**
 * One article's metadata from its raw cells (a sidecar row, or the columns of a corpus row beside its
 * text), checked: an unreadable date or a URL that is not http(s) is an error saying which.
 */
export function metadataEntry(
  raw: Partial<Record<keyof SidecarMetadata, string>>,
): { ok: true; metadata: SidecarMetadata } | { ok: false; detail: string } {
  let date: PartialDate | null = null;
  const dateText = cleanValue(raw.date);
  if (dateText) {
    date = parsePartialDate(dateText);
    if (!date) return { ok: false, detail: `unreadable date "${dateText}"` };
  }
  const outletText = cleanValue(raw.outlet);
  const known = outletText ? lookupOutlet(outletText) : null;
  const candidate = {
    title: cleanValue(raw.title),
    outlet: known ? known.name : outletText,
    // A homepage from the known-outlets table is filled in by parseArticle, marked "derived".
    outletUrl: cleanValue(raw.outletUrl),
    date,
    byline: cleanValue(raw.byline),
    url: cleanValue(raw.url),
  };
  const parsed = sidecarMetadataSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, detail: issue ? `${issue.path.join(".") || "entry"}: ${issue.message}` : "invalid entry" };
  }
  return { ok: true, metadata: parsed.data };
}

/** A cell's value with its whitespace collapsed, or null when it says "no value". */
export function cleanValue(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  // PolNeAR has author cells like ", ," (names lost upstream): nothing readable is no value.
  return EMPTY_VALUES.has(trimmed.toLowerCase()) || !/[\p{L}\p{N}]/u.test(trimmed) ? null : trimmed;
}

class UnterminatedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`quoted field opened on line ${line} is never closed`);
  }
}

interface Row {
  /** 1-based line on which the row starts, for error messages. */
  line: number;
  cells: string[];
}

/**
 * Reads delimited text, CRLF or LF. With `quoted` (CSV, RFC 4180) a field that starts with a quote may
 * hold delimiters, doubled quotes and line breaks; a quote elsewhere is an ordinary character. TSV
 * (IANA text/tab-separated-values) has no quoting: titles such as `"Dangerous" ad airs` stay as written.
 */
export function parseDelimited(text: string, delimiter: string, quoted: boolean): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted && atFieldStart && ch === '"') {
      // Quoted field: read to the closing quote.
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new UnterminatedQuoteError(openedOn);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        cell += c;
        i++;
      }
      atFieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      atFieldStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    cell += ch;
    atFieldStart = false;
    i++;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
