import { Worker } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { currentEnv } from "@/lib/env";
import type { ExtractJob, ExtractResult } from "@/lib/load/extract-job";

// Where ingest's extraction runs: in the ingest process, or in worker threads that extract the next
// batch while the ingest process writes the current one, so that extraction and SQLite use both cores.

/** A batch handed to an extractor: `ready` once it is extracted, `take` brings its results over. */
export interface Extraction {
  ready: Promise<void>;
  take(): Promise<ExtractResult[]>;
}

export interface Extractor {
  extract(jobs: ExtractJob[]): Extraction;
  close(): Promise<void>;
}

/** What the ingest process says to a worker: a batch to extract, or "send that batch's results". */
export type ToWorker = { type: "extract"; id: number; jobs: ExtractJob[] } | { type: "take"; id: number };
export type FromWorker = { type: "ready"; id: number } | { type: "results"; id: number; results: ExtractResult[] };

export function inProcessExtractor(corrections: CorrectionsFile): Extractor {
  // Loaded when extraction runs here: the ingest core's lexicons are ~45 MB of heap, which the
  // ingest process does without when a worker thread extracts.
  const core = import("@/lib/load/extract-job");
  return {
    extract: (jobs) => {
      const results = core.then(({ forWriting, runExtractJob }) => jobs.map((job) => forWriting(runExtractJob(job, corrections))));
      return { ready: results.then(() => {}), take: () => results };
    },
    close: async () => {},
  };
}

/**
 * The worker's heap. V8 sizes a heap from the machine's memory (4 GB here) and collects lazily, so an
 * unbounded worker held hundreds of MB of garbage over a long ingest. A batch is at most 16 MB of
 * input (see ingest.ts), about 80 MB once extracted, and the worker holds one batch's results while
 * it extracts the next: this leaves room for a large saved page.
 */
const WORKER_HEAP_MB = 256;

/** Promises settled by id, as the worker's answers come. */
function pending<T>() {
  const waiting = new Map<number, { resolve: (value: T) => void; reject: (e: Error) => void }>();
  return {
    wait: (id: number) => new Promise<T>((resolve, reject) => waiting.set(id, { resolve, reject })),
    settle: (id: number, value: T) => {
      waiting.get(id)?.resolve(value);
      waiting.delete(id);
    },
    fail: (error: Error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    },
  };
}

/**
 * One worker thread. A batch's results cross to the ingest process only when taken: sent as soon as
 * they were ready, the next batch's results arrived while the current batch was written, and the
 * ingest process's heap held two batches' results (plus the write's own copies) whenever writing was
 * slower than extracting, as it becomes when the database grows: docs/performance.md.
 */
function startWorker(corrections: CorrectionsFile) {
  // The worker is TypeScript like the rest: tsx loads it, as it loads the ingest command itself.
  const worker = new Worker(new URL("./extract-worker-entry.mjs", import.meta.url), {
    workerData: { corrections },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const ready = pending<void>();
  const results = pending<ExtractResult[]>();
  worker.on("message", (message: FromWorker) => (message.type === "ready" ? ready.settle(message.id, undefined) : results.settle(message.id, message.results)));
  // A worker that stopped (out of memory, say) answers nothing more: later batches fail at once, not hang.
  let stopped: Error | null = null;
  const fail = (error: Error) => {
    stopped ??= error;
    ready.fail(error);
    results.fail(error);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
  const send = <T>(answers: ReturnType<typeof pending<T>>, message: ToWorker): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const answer = answers.wait(message.id);
    worker.postMessage(message);
    return answer;
  };
  let batches = 0;
  return {
    extract: (jobs: ExtractJob[]): Extraction => {
      const id = batches++;
      const isReady = send(ready, { type: "extract", id, jobs });
      // Unobserved until taken: a failure is reported by take().
      isReady.catch(() => {});
      return { ready: isReady, take: () => send(results, { type: "take", id }) };
    },
    close: () => worker.terminate(),
  };
}

/**
 * Extraction in worker threads, each batch shared among them. One by default: on this two-core
 * machine a second worker did not measurably help (5,000 articles: 301 vs 273 articles/s, within
 * the noise of a shared machine); more cores may want more.
 */
export function workerExtractor(corrections: CorrectionsFile, count = currentEnv().VERBATIM_EXTRACTION_WORKERS): Extractor {
  const workers = Array.from({ length: count }, () => startWorker(corrections));
  return {
    extract: (jobs) => {
      const share = Math.ceil(jobs.length / workers.length);
      const parts = workers.map((w, i) => w.extract(jobs.slice(i * share, (i + 1) * share)));
      return {
        ready: Promise.all(parts.map((p) => p.ready)).then(() => {}),
        take: async () => (await Promise.all(parts.map((p) => p.take()))).flat(),
      };
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
