import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { Worker } from "node:worker_threads";
import { writeArticle, writeArticles, type ArticleInput } from "@/lib/db/write";
import { runExtractJob, type ExtractJob, type ExtractResult } from "@/lib/load/extract-job";
import { articleKey, collectArticleFiles, readArticleFile, readFolderSidecar, type FileProblem } from "@/lib/load/read-article-files";
import { parseCorrections, unmatchedCorrections, type AppliedCorrection, type CorrectionsFile } from "@/lib/ingest/corrections";
import { sidecarFor } from "@/lib/ingest/sidecar";
import { currentEnv } from "@/lib/env";
import { sha256 } from "@/lib/domain/slug";

// The thin shell around the pure ingest core: files in, batches of articles written in one
// transaction each (every article whole or not at all), extraction overlapping the writes.

export interface IngestReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: FileProblem[];
  /** Corrections (by position in the file) that matched nothing in the files of this run. */
  unmatchedCorrections: number[];
  /**
   * Batches that could not be written as one transaction, with the reason: their articles were then
   * written one transaction each. Nothing is lost, but it is many times slower, so it is said.
   */
  batchFailures: { articles: number; reason: string }[];
}

export interface IngestOptions {
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /** The editors' corrections file; editorial/corrections.json by default. */
  correctionsFile?: string;
  /** Articles per transaction (default DEFAULT_BATCH_SIZE, after a ramp from 250). */
  batchSize?: number;
  /** Where extraction runs; "auto" uses a worker thread once there are enough articles to extract. */
  extraction?: "auto" | "worker" | "in-process";
}

export const DEFAULT_CORRECTIONS_FILE = path.join("editorial", "corrections.json");
/** The editors' topic taxonomy: data, not code, but part of every article's input (topics are matched on it). */
const TAXONOMY_FILE = path.join("editorial", "topics.json");

/** The corrections file, validated; a bad one stops ingest before anything is written. */
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
 * The files in batches of `size`, after a ramp of doubling batches from FIRST_BATCH_SIZE: while one
 * batch is written the next is extracted, and a large first batch would leave the writer idle.
 */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0, next = Math.min(size, FIRST_BATCH_SIZE); i < items.length; i += next, next = Math.min(size, next * 2)) {
    batches.push(items.slice(i, i + next));
  }
  return batches;
}

/** Below this many articles to extract, a worker thread costs more to start than it saves. */
const WORKER_THRESHOLD = 200;

interface Prepared {
  file: string;
  key: string;
  text: string;
  sourceFile: string;
  sidecar: ExtractJob["sidecar"];
  inputHash: string;
}

export async function ingestPaths(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const corrections = readCorrections(options.correctionsFile);
  const { files, problems } = collectArticleFiles(paths);
  const report: IngestReport = { created: 0, updated: 0, unchanged: 0, problems, unmatchedCorrections: [], batchFailures: [] };
  const applied: AppliedCorrection[] = [];
  // The corrections and the taxonomy are part of the input of every article: editing either re-applies it everywhere.
  const version = `${extractorVersion()}:${sha256(JSON.stringify(corrections))}:${sha256(readFileSync(TAXONOMY_FILE, "utf8"))}`;

  // Two different files with one name would share permalinks: refuse both, naming both.
  const byKey = new Map<string, string[]>();
  for (const file of files) byKey.set(articleKey(file), [...(byKey.get(articleKey(file)) ?? []), file]);
  const clashing = new Set<string>();
  for (const [key, sameName] of byKey) {
    const distinct = [...new Set(sameName.map((f) => path.resolve(f)))];
    if (distinct.length > 1) {
      for (const file of sameName) {
        clashing.add(file);
        problems.push({ file, reason: `has the same name as ${sameName.filter((f) => f !== file).join(", ")}: article keys (${key}) must be unique` });
      }
    }
  }
  const seen = new Set<string>();
  const todo = files.filter((file) => {
    const resolved = path.resolve(file);
    if (clashing.has(file) || seen.has(resolved)) return false;
    seen.add(resolved);
    return true;
  });

  // What is stored already, read before any write: an unchanged file is neither extracted nor written.
  const stored = new Map<string, string>();
  const keys = [...new Set(todo.map(articleKey))];
  for (let i = 0; i < keys.length; i += 10_000) {
    for (const a of await db.article.findMany({
      where: { key: { in: keys.slice(i, i + 10_000) } },
      select: { key: true, inputHash: true, retractedAt: true },
    })) {
      if (!a.retractedAt) stored.set(a.key, a.inputHash);
    }
  }

  const sidecars = new Map<string, ReturnType<typeof readFolderSidecar>>();
  /** Reads a batch of files; the ones that changed go on to extraction. */
  const prepare = (batch: string[]): Prepared[] => {
    const out: Prepared[] = [];
    for (const file of batch) {
      const read = readArticleFile(file);
      if (!read.ok) {
        problems.push({ file: read.file, reason: read.reason });
        continue;
      }
      const resolved = path.resolve(file);
      const folder = path.dirname(resolved);
      let sidecar = sidecars.get(folder);
      if (!sidecar) {
        sidecar = readFolderSidecar(folder);
        sidecars.set(folder, sidecar);
        if (sidecar.problem) problems.push(sidecar.problem);
      }
      const key = articleKey(file);
      const metadata = sidecarFor(sidecar.metadata, key);
      const inputHash = sha256(JSON.stringify([version, read.text, metadata]));
      if (stored.get(key) === inputHash) {
        report.unchanged += 1;
        continue;
      }
      out.push({ file, key, text: read.text, sourceFile: path.relative(process.cwd(), resolved), sidecar: metadata, inputHash });
    }
    return out;
  };

  const batches = inBatches(todo, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const extraction = options.extraction ?? "auto";
  const inWorker = extraction === "worker" || (extraction === "auto" && todo.length - stored.size >= WORKER_THRESHOLD);
  const extractor = inWorker ? workerExtractor(corrections) : inProcessExtractor(corrections);
  const start = (batch: string[]) => {
    const prepared = prepare(batch);
    return extractor.extract(prepared).then((results) => ({ batch, prepared, results }));
  };
  let done = 0;
  options.onFile?.(0, files.length);
  try {
    // While one batch is written, the next one is read and extracted (in the worker, when there is one).
    let next = batches.length > 0 ? start(batches[0]!) : null;
    for (let i = 0; next; i++) {
      const { batch, prepared, results } = await next;
      next = i + 1 < batches.length ? start(batches[i + 1]!) : null;
      const inputs: ArticleInput[] = [];
      for (const [j, result] of results.entries()) {
        const p = prepared[j]!;
        if (!result.ok) {
          problems.push({ file: p.file, reason: `could not be ingested: ${result.reason}` });
          continue;
        }
        applied.push(...result.applied);
        inputs.push({ key: p.key, sourceFile: p.sourceFile, text: p.text, contentHash: sha256(p.text), inputHash: p.inputHash, extracted: result.extracted });
      }
      await writeBatch(db, inputs, report, (input) => prepared.find((p) => p.key === input.key)!.file);
      done += batch.length;
      options.onFile?.(done, files.length);
    }
  } finally {
    await extractor.close();
  }
  options.onFile?.(files.length, files.length);
  report.unmatchedCorrections = unmatchedCorrections(corrections, applied);
  return report;
}

/**
 * One transaction for the batch; if it fails (a full disk, a constraint), each article is tried in a
 * transaction of its own, so that the good ones go in and the bad one is named with its reason.
 */
async function writeBatch(db: Db, inputs: ArticleInput[], report: IngestReport, fileOf: (input: ArticleInput) => string) {
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
      report.problems.push({ file: fileOf(input), reason: `could not be ingested: ${lastLine(error)}` });
    }
  }
}

interface Extractor {
  extract(jobs: Prepared[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

function inProcessExtractor(corrections: CorrectionsFile): Extractor {
  return {
    extract: async (jobs) => jobs.map((job) => runExtractJob(job, corrections)),
    close: async () => {},
  };
}

/** One worker thread; batches are answered in the order they were sent. */
function startWorker(corrections: CorrectionsFile) {
  // The worker is TypeScript like the rest: tsx loads it, as it loads the ingest command itself.
  const worker = new Worker(new URL("./extract-worker-entry.mjs", import.meta.url), { workerData: { corrections } });
  const waiting: { resolve: (r: ExtractResult[]) => void; reject: (e: Error) => void }[] = [];
  worker.on("message", (results: ExtractResult[]) => waiting.shift()?.resolve(results));
  const fail = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
  return {
    extract: (jobs: ExtractJob[]) =>
      new Promise<ExtractResult[]>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(jobs);
      }),
    close: () => worker.terminate(),
  };
}

/**
 * Extraction in worker threads, each batch shared among them. One by default: on this two-core
 * machine a second worker did not measurably help (5,000 articles: 301 vs 273 articles/s, within
 * the noise of a shared machine); more cores may want more.
 */
function workerExtractor(corrections: CorrectionsFile, count = currentEnv().VERBATIM_EXTRACTION_WORKERS): Extractor {
  const workers = Array.from({ length: count }, () => startWorker(corrections));
  return {
    extract: async (jobs) => {
      const plain = jobs.map(({ key, text, sidecar }): ExtractJob => ({ key, text, sidecar }));
      const share = Math.ceil(plain.length / workers.length);
      const parts = await Promise.all(workers.map((w, i) => w.extract(plain.slice(i * share, (i + 1) * share))));
      return parts.flat();
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
