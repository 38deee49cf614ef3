import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { engineOf, type Db } from "@/lib/db/client";
import { writeArticle, writeArticles, type ArticleInput } from "@/lib/db/write";
import { sha256 } from "@/lib/domain/slug";
import { importCorrections, readStoredCorrections, type StoredCorrections } from "@/lib/db/editorial/corrections";
import { parseCorrections, unmatchedCorrections, type AppliedCorrection, type CorrectionsFile } from "@/lib/ingest/corrections";
import type { ExtractInput, ExtractResult } from "@/lib/load/extract-job";
import { inProcessExtractor, workerExtractor, type Extraction, type Extractor } from "@/lib/load/extractor";
import type { FileProblem } from "@/lib/load/read-article-files";
import { collectSources } from "@/lib/load/sources/collect";
import type { ColumnChoice } from "@/lib/load/sources/columns";
import { readRecords, type ArticleRecord } from "@/lib/load/sources/records";
import type { RowKeys } from "@/lib/load/sources/rows";

// The thin shell around the pure ingest core: sources in (files, and tables streamed row by row),
// batches of articles written in one transaction each (every article whole or not at all),
// extraction overlapping the writes.

export interface IngestReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: FileProblem[];
  /** Corrections (by position in the corrections table, oldest first) that matched nothing in the files of this run. */
  unmatchedCorrections: number[];
  /** Corrections taken into an empty corrections table from editorial/corrections.json (a database from before the table). */
  adoptedCorrections: number;
  /**
   * Batches that could not be written as one transaction, with the reason: their articles were then
   * written one transaction each. Nothing is lost, but it is many times slower, so it is said.
   */
  batchFailures: { articles: number; reason: string }[];
  /** How each table's rows were keyed: by its id column, or by file name and row number. */
  tables: { file: string; keys: RowKeys }[];
  /** Articles whose mojibake was repaired, and whose encoding damage could not be: counts, and the first few by name. */
  encoding: { repaired: number; damaged: number; examples: { at: string; damaged: boolean }[] };
}

/** How many articles with encoding notes are named in the report. */
const ENCODING_EXAMPLES = 20;

export interface IngestProgress {
  /** Articles read so far (written, unchanged or rejected). */
  articles: number;
  /** Bytes of the sources read so far, and in all: a table's rows are not counted before they are read. */
  bytes: number;
  totalBytes: number;
}

export interface IngestOptions {
  /** Called after each batch, for progress display. */
  onProgress?: (progress: IngestProgress) => void;
  /** Articles per transaction (default DEFAULT_BATCH_SIZE, after a ramp from 250). */
  batchSize?: number;
  /** Where extraction runs; "auto" uses a worker thread once there are enough articles to extract. */
  extraction?: "auto" | "worker" | "in-process";
  /** Table columns named outright (`--map text=story`), over the names ingest knows. */
  map?: ColumnChoice;
  /** Articles written (new or updated) from which the run ends with the engine's afterBulkWrite (default 1,000). */
  bulkWrite?: number;
}

/** Where `npm run corrections:export` writes the corrections table, and `corrections:import` reads it from. */
export const DEFAULT_CORRECTIONS_FILE = path.join("editorial", "corrections.json");
/** The editors' topic taxonomy: data, not code, but part of every article's input (topics are matched on it). */
const TAXONOMY_FILE = path.join("editorial", "topics.json");

/** A corrections file, validated; a bad one is refused before anything is written. */
export function readCorrections(file: string = DEFAULT_CORRECTIONS_FILE): CorrectionsFile {
  return parseCorrections(readFileSync(file, "utf8"), file);
}

const ingestCoreDir = path.join(process.cwd(), "lib", "ingest");

/**
 * A fingerprint of the extraction code: when extraction changes, every article is extracted again on
 * the next ingest; when nothing changed, re-ingest is a no-op. The editors' files (editorial/) are
 * input, fingerprinted on their own in ingestPaths.
 */
export function extractorVersion(dir = ingestCoreDir): string {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(ts|json)$/.test(f)).sort();
  return sha256(files.map((f) => `${f}\u0000${readFileSync(path.join(dir, f), "utf8")}`).join("\u0001")).slice(0, 16);
}

/** An error in one line: Prisma's start with a blank line and end with the cause ("database or disk is full"). */
function lastLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((l) => l.trim());
  return lines.filter(Boolean).at(-1) ?? "unknown error";
}

/**
 * Articles written per transaction. Each commit copies every B-tree page the batch touched into the
 * WAL, and in a large corpus most inserts land on pages of their own (statement ids are hashes; dates,
 * speakers and topics are spread out): at 100,000 articles a batch of 250 wrote ~120 MB. Larger
 * batches share more pages: measured on 10,000 more articles into a 100,000-article database, the
 * writer's SQLite time was 32.1 s at 1,000 a batch, 26.4 s at 2,000 and 25.4 s at 4,000 (at 250:
 * 24.8 s for the first 5,000 alone).
 */
export const DEFAULT_BATCH_SIZE = 2_000;
/** The first batch: small, so that writing starts while the following ones are extracted. */
const FIRST_BATCH_SIZE = 250;

/**
 * Batch sizes: a ramp of doubling batches from FIRST_BATCH_SIZE up to `size`. While one batch is
 * written the next is extracted, and a large first batch would leave the writer idle.
 */
function* batchSizes(size: number): Generator<number, never> {
  for (let next = Math.min(size, FIRST_BATCH_SIZE); ; next = Math.min(size, next * 2)) yield next;
}

/** The items in batches of the ramp's sizes. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  const sizes = batchSizes(size);
  for (let i = 0; i < items.length; ) {
    const next = sizes.next().value;
    batches.push(items.slice(i, i + next));
    i += next;
  }
  return batches;
}

/**
 * A batch also ends at this much input, so that memory stays bounded whatever the articles' size:
 * extracting a batch takes about five times its text (2,000 bench articles: 10 MB of text, 50 MB of
 * results), and a batch of long-form articles or saved pages would otherwise be hundreds of MB.
 */
const MAX_BATCH_INPUT = 16 * 1024 * 1024;

/** A stream's records in batches of the ramp's sizes (or MAX_BATCH_INPUT), each saying whether it is the last. */
async function* streamBatches(records: AsyncIterable<ArticleRecord>, size: number): AsyncGenerator<{ items: ArticleRecord[]; last: boolean }> {
  const sizes = batchSizes(size);
  const iterator = records[Symbol.asyncIterator]();
  let peeked = await iterator.next();
  while (!peeked.done) {
    const batch: ArticleRecord[] = [];
    let input = 0;
    for (let want = sizes.next().value; !peeked.done && batch.length < want && (batch.length === 0 || input < MAX_BATCH_INPUT); peeked = await iterator.next()) {
      batch.push(peeked.value);
      input += peeked.value.input.length;
    }
    yield { items: batch, last: peeked.done === true };
  }
}

/** Below this many articles to extract, a worker thread costs more to start than it saves. */
const WORKER_THRESHOLD = 200;

/** What every batch needs to know. */
interface Run {
  db: Db;
  corrections: CorrectionsFile;
  /**
   * The extractor, the taxonomy and the corrections that may touch any article (merges) are part of
   * the input of every article: changing one re-applies it everywhere. An article's own corrections
   * are part of its input only (Changed.inputHash).
   */
  version: string;
  stored: StoredCorrections;
  report: IngestReport;
  extraction: NonNullable<IngestOptions["extraction"]>;
  applied: AppliedCorrection[];
}

/**
 * A database made before corrections moved into their table has an empty one while the checked-in
 * file still holds the editors' fixes: they are imported once, so that none stops applying.
 */
export async function adoptCorrectionsFile(db: Db, path = DEFAULT_CORRECTIONS_FILE): Promise<number> {
  if (!existsSync(path) || (await db.correction.count()) > 0) return 0;
  const file = readCorrections(path);
  return file.corrections.length === 0 ? 0 : (await importCorrections(db, file)).added;
}

export async function ingestPaths(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const adopted = await adoptCorrectionsFile(db);
  const stored = await readStoredCorrections(db);
  const corrections = stored.file;
  const { sources, problems } = collectSources(paths);
  const report: IngestReport = { created: 0, updated: 0, unchanged: 0, problems, unmatchedCorrections: [], adoptedCorrections: adopted, batchFailures: [], tables: [], encoding: { repaired: 0, damaged: 0, examples: [] } };
  const version = `${extractorVersion()}:${stored.corpusHash}:${sha256(readFileSync(TAXONOMY_FILE, "utf8"))}`;
  const run: Run = { db, corrections, version, stored, report, extraction: options.extraction ?? "auto", applied: [] };
  const totalBytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  let bytes = 0;
  const records = readRecords(sources, {
    map: options.map,
    problems,
    onBytes: (read) => (bytes = read),
    onKeys: (file, keys) => report.tables.push({ file, keys }),
  });
  let reported: IngestProgress = { articles: 0, bytes: 0, totalBytes };
  const progress = (articles: number) => options.onProgress?.((reported = { articles, bytes, totalBytes }));
  progress(0);
  await runBatches(run, streamBatches(records, options.batchSize ?? DEFAULT_BATCH_SIZE), progress);
  // Input read after the last batch (rejected rows, a table with no good ones) is still progress.
  if (reported.bytes !== bytes) progress(reported.articles);
  report.unmatchedCorrections = unmatchedCorrections(corrections, run.applied);
  // Straight after a large write PostgreSQL's list queries were slower until autovacuum came round
  // (docs/performance.md, "100,000 articles on both engines").
  const maintenance = engineOf(db).dialect.afterBulkWrite;
  if (maintenance && report.created + report.updated >= (options.bulkWrite ?? 1_000)) await db.$executeRawUnsafe(maintenance);
  return report;
}

interface Started {
  records: ArticleRecord[];
  changed: Changed[];
  /** The batch's extraction, running while the previous batch is written; its results are taken when this batch's turn comes. */
  extraction: Extraction | null;
}

interface Changed {
  record: ArticleRecord;
  inputHash: string;
}

/**
 * While one batch is written, the next one is read, checked against what is stored, and extracted.
 * The next batch's results are taken only once the current batch is written: the ingest process holds
 * one batch's results at a time, however long a write takes (docs/performance.md).
 */
async function runBatches(run: Run, batches: AsyncGenerator<{ items: ArticleRecord[]; last: boolean }>, onBatch: (articles: number) => void) {
  let extractor = null as Extractor | null;
  const start = async (): Promise<Started | null> => {
    const next = await batches.next();
    if (next.done) return null;
    const changed = await changedOnly(run, next.value.items);
    if (changed.length === 0) return { records: next.value.items, changed, extraction: null };
    const inWorker = run.extraction === "worker" || (run.extraction === "auto" && (changed.length >= WORKER_THRESHOLD || !next.value.last));
    extractor ??= inWorker ? workerExtractor(run.corrections) : inProcessExtractor(run.corrections);
    const jobs = changed.map(({ record: { key, input, format, sidecar } }) => ({ key, input, format, sidecar }));
    return { records: next.value.items, changed, extraction: extractor.extract(jobs) };
  };
  let articles = 0;
  try {
    for (let current = await start(); current; ) {
      // The next batch goes to the extractor before this one's results are taken: the worker goes on
      // to it as soon as it finishes this one, instead of waiting while this process reads it.
      const following = await start();
      const results = (await current.extraction?.take()) ?? [];
      await writeBatch(run.db, inputsOf(run, current.changed, results), run.report);
      articles += current.records.length;
      onBatch(articles);
      current = following;
    }
  } finally {
    await batches.return(undefined);
    await extractor?.close();
  }
}

/** The records whose input (text, metadata, format, extractor, corrections) differs from what is stored. */
async function changedOnly(run: Run, records: ArticleRecord[]): Promise<Changed[]> {
  const stored = new Map<string, string>();
  for (const a of await run.db.article.findMany({
    where: { key: { in: records.map((r) => r.key) } },
    select: { key: true, inputHash: true, retractedAt: true },
  })) {
    // A removed article ingested again is restored.
    if (!a.retractedAt) stored.set(a.key, a.inputHash);
  }
  const changed: Changed[] = [];
  for (const record of records) {
    const inputHash = sha256(JSON.stringify([run.version, run.stored.articleHash(record.key), record.input, record.sidecar, record.format]));
    if (stored.get(record.key) === inputHash) run.report.unchanged += 1;
    else changed.push({ record, inputHash });
  }
  return changed;
}

/** The articles to write; one that could not be extracted is a problem naming it. */
function inputsOf(run: Run, changed: Changed[], results: ExtractResult[]): (ArticleInput & { at: string })[] {
  const inputs: (ArticleInput & { at: string })[] = [];
  results.forEach((result, i) => {
    const { record, inputHash } = changed[i]!;
    if (!result.ok) {
      run.report.problems.push({ file: record.at, reason: `could not be ingested: ${result.reason}` });
      return;
    }
    run.applied.push(...result.applied);
    if (result.encoding) noteEncoding(run.report, record.at, result.encoding.damaged);
    const text = result.text ?? record.input;
    const extractInput: ExtractInput = { format: record.format, sidecar: record.sidecar, markup: result.markup, encoding: result.encoding };
    inputs.push({
      key: record.key,
      at: record.at,
      sourceFile: record.sourceFile,
      text,
      contentHash: sha256(text),
      inputHash,
      extractInput: JSON.stringify(extractInput),
      extracted: result.extracted,
    });
  });
  return inputs;
}

function noteEncoding(report: IngestReport, at: string, damaged: boolean): void {
  report.encoding[damaged ? "damaged" : "repaired"] += 1;
  if (report.encoding.examples.length < ENCODING_EXAMPLES) report.encoding.examples.push({ at, damaged });
}

/**
 * One transaction for the batch; if it fails (a full disk, a constraint), each article is tried in a
 * transaction of its own, so that the good ones go in and the bad one is named with its reason.
 */
async function writeBatch(db: Db, inputs: (ArticleInput & { at: string })[], report: IngestReport) {
  try {
    for (const outcome of await writeArticles(db, inputs)) report[outcome] += 1;
    return;
  } catch (error) {
    // Falls through to one article at a time. A batch of one has nothing to fall back to.
    if (inputs.length > 1) report.batchFailures.push({ articles: inputs.length, reason: lastLine(error) });
  }
  for (const input of inputs) {
    try {
      report[await writeArticle(db, input)] += 1;
    } catch (error) {
      report.problems.push({ file: input.at, reason: `could not be ingested: ${lastLine(error)}` });
    }
  }
}
