import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline, Transform, type Readable, type TransformCallback } from "node:stream";
import { createGunzip } from "node:zlib";
import type { Source } from "./collect";
import { LineCounter } from "./line-counter";

// The rows of a table, streamed: CSV and TSV (csv-parse), JSON Lines (one JSON.parse a line), a JSON
// array (stream-json, so a 2 GB array is never held whole), each optionally gzipped. Every row says
// where it is, by line (or by index in a JSON array), so that a bad one can be named and skipped.

export type TableItem =
  /** A row, its fields by column name (nested JSON objects flattened to "source.name"). */
  | { kind: "row"; row: number; at: string; fields: Record<string, unknown> }
  /** A row that cannot be read; it still counts, so that the rows after it keep their numbers. */
  | { kind: "bad"; row: number; at: string; reason: string }
  /** The rest of the file cannot be read (a quote never closed, broken JSON, a damaged .gz). */
  | { kind: "end"; at: string; reason: string };

export interface Table {
  items: AsyncGenerator<TableItem>;
  /** Bytes of the file read so far (compressed, for a .gz), for progress. */
  bytesRead: () => number;
  /** Closes the file, read to its end or not. */
  close: () => void;
}

export function readTable(source: Source): Table {
  const file = createReadStream(source.file, { highWaterMark: 256 * 1024 });
  const input = new Utf8Check();
  // A failure anywhere (a file that cannot be read, a damaged .gz, a bad byte) reaches the parser's input.
  const done = () => {};
  if (source.gzip) pipeline(file, createGunzip(), input, done);
  else pipeline(file, input, done);
  const name = source.file;
  const items =
    source.format === "jsonl" ? jsonLines(name, input) : source.format === "json" ? jsonArray(name, input) : delimited(name, input, source.format === "tsv" ? "\t" : ",");
  return { items, bytesRead: () => file.bytesRead, close: () => file.destroy() };
}

/**
 * Passes bytes through, refusing the first chunk that is not UTF-8, and drops a leading BOM. A chunk
 * may end inside a character: its last bytes are checked with the next chunk.
 */
class Utf8Check extends Transform {
  private offset = 0;
  private tail: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const end = completeCharacters(bytes);
    // node:buffer's isUtf8 (simdutf): a TextDecoder with fatal: true was several times slower here.
    if (!isUtf8(bytes.subarray(0, end))) {
      done(new Error(`is not valid UTF-8 (a bad byte in bytes ${this.offset}–${this.offset + chunk.length}); save it as UTF-8`));
      return;
    }
    this.tail = Buffer.from(bytes.subarray(end));
    const out = this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
    this.offset += chunk.length;
    done(null, out);
  }

  override _flush(done: TransformCallback): void {
    done(this.tail.length > 0 ? new Error("is not valid UTF-8 (it ends inside a character); save it as UTF-8") : null);
  }
}

/** How many leading bytes are whole UTF-8 characters (the rest may be the start of one). */
function completeCharacters(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const byte = bytes[lead]!;
  const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead + size > bytes.length ? lead : bytes.length;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

// The parsers are loaded with the first table that needs them: an ingest of .txt files never pays.
async function* delimited(name: string, input: Readable, delimiter: string): AsyncGenerator<TableItem> {
  const { parse: parseCsv } = await import("csv-parse");
  const lines = new LineCounter();
  const csv = input.pipe(lines).pipe(
    // Quotes as RFC 4180 has them (and as spreadsheets and pandas write TSV too); a stray quote inside an
    // unquoted field is kept as a character. Rows of the wrong length are checked here, by line.
    parseCsv({ delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  input.on("error", (error) => csv.destroy(error));
  let header: string[] | null = null;
  let row = 0;
  let consumed = 0;
  let line = 1;
  try {
    for await (const { record, info } of csv as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      line = lines.lineAfter(consumed);
      consumed = info.bytes;
      if (!header) {
        header = record.map((cell) => cell.trim());
        continue;
      }
      row++;
      const at = `${name}:${line}`;
      if (record.length !== header.length) {
        yield { kind: "bad", row, at, reason: `has ${record.length} fields where the header has ${header.length}` };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((column, i) => {
        if (column !== "" && !(column in fields)) fields[column] = record[i];
      });
      yield { kind: "row", row, at, fields };
    }
  } catch (error) {
    yield { kind: "end", at: `${name}:${lines.lineAfter(consumed)}`, reason: `${message(error).replace(/^Quote Not Closed: .*/, "has a quoted field that is never closed")}; the rows from here on were not read` };
  }
}

async function* jsonLines(name: string, input: Readable): AsyncGenerator<TableItem> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  try {
    for await (const text of reader) {
      line++;
      if (text.trim() === "") continue;
      row++;
      yield jsonItem(JSON.parse.bind(JSON), text, row, `${name}:${line}`);
    }
  } catch (error) {
    yield { kind: "end", at: `${name}:${line + 1}`, reason: `${message(error)}; the rows from here on were not read` };
  }
}

function jsonItem(parse: (text: string) => unknown, text: string, row: number, at: string): TableItem {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { kind: "bad", row, at, reason: `is not valid JSON (${message(error)})` };
  }
  return objectItem(value, row, at);
}

function objectItem(value: unknown, row: number, at: string): TableItem {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { kind: "bad", row, at, reason: "is not a JSON object" };
  return { kind: "row", row, at, fields: flatten(value as Record<string, unknown>) };
}

// The articles: the elements of a top-level array, or of an array under a name news APIs use for it
// inside a wrapping object (NewsAPI's "articles", the NYT's "response.docs", the Guardian's
// "response.results"…). stream-json walks to them without holding the document.
const ARTICLE_PATHS = /^(?:\d+|(?:articles|data|items|results|stories|docs|records|response\.(?:docs|results|articles))\.\d+)$/;

async function* jsonArray(name: string, input: Readable): AsyncGenerator<TableItem> {
  const [{ default: chain }, { parser: jsonParser }, { default: pick }, { default: streamValues }] = await Promise.all([
    import("stream-chain"),
    import("stream-json"),
    import("stream-json/filters/pick.js"),
    import("stream-json/streamers/stream-values.js"),
  ]);
  const pipeline = chain([input, jsonParser(), pick({ filter: ARTICLE_PATHS }), streamValues()]);
  input.on("error", (error) => pipeline.destroy(error));
  let row = 0;
  try {
    for await (const { value } of pipeline as AsyncIterable<{ value: unknown }>) {
      yield objectItem(value, row + 1, `${name}[${row}]`);
      row++;
    }
  } catch (error) {
    yield { kind: "end", at: `${name}[${row}]`, reason: `is not valid JSON here (${message(error)}); the rows from here on were not read` };
    return;
  }
  if (row === 0) {
    yield { kind: "end", at: name, reason: "holds no articles (expected a JSON array of objects, or an object with one under articles, data, items, results, stories or docs)" };
  }
}

/**
 * Nested objects flattened to dotted names ({ source: { name } } → "source.name"); an array of
 * strings (authors) joined with ", ", an array of objects with names joined by their names.
 */
export function flatten(value: Record<string, unknown>, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix + key;
    if (Array.isArray(inner)) {
      const names = inner.map((item) => (typeof item === "string" ? item : item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string" ? (item as { name: string }).name : null));
      out[name] = names.every((n) => n !== null) ? names.join(", ") : null;
    } else if (inner !== null && typeof inner === "object") {
      out[name] = inner;
      flatten(inner as Record<string, unknown>, `${name}.`, out);
    } else {
      out[name] = inner;
    }
  }
  return out;
}
