import { Worker } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { currentEnv } from "@/lib/env";
import { runExtractJob, type ExtractJob, type ExtractResult } from "@/lib/load/extract-job";

// Where ingest's extraction runs: in the ingest process, or in worker threads that extract the next
// batch while the ingest process writes the current one, so that extraction and SQLite use both cores.

export interface Extractor {
  extract(jobs: ExtractJob[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

export function inProcessExtractor(corrections: CorrectionsFile): Extractor {
  return {
    extract: async (jobs) => jobs.map((job) => runExtractJob(job, corrections)),
    close: async () => {},
  };
}

/**
 * The worker's heap. V8 sizes a heap from the machine's memory (4 GB here) and collects lazily, so an
 * unbounded worker held hundreds of MB of garbage over a long ingest. A batch is at most 16 MB of
 * input (see ingest.ts), about 80 MB once extracted: this leaves room for a large saved page.
 */
const WORKER_HEAP_MB = 256;

/** One worker thread; batches are answered in the order they were sent. */
function startWorker(corrections: CorrectionsFile) {
  // The worker is TypeScript like the rest: tsx loads it, as it loads the ingest command itself.
  const worker = new Worker(new URL("./extract-worker-entry.mjs", import.meta.url), {
    workerData: { corrections },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const waiting: { resolve: (r: ExtractResult[]) => void; reject: (e: Error) => void }[] = [];
  worker.on("message", (results: ExtractResult[]) => waiting.shift()?.resolve(results));
  // A worker that stopped (out of memory, say) answers nothing more: later batches fail at once, not hang.
  let stopped: Error | null = null;
  const fail = (error: Error) => {
    stopped ??= error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
  return {
    extract: (jobs: ExtractJob[]) =>
      new Promise<ExtractResult[]>((resolve, reject) => {
        if (stopped) return reject(stopped);
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
export function workerExtractor(corrections: CorrectionsFile, count = currentEnv().VERBATIM_EXTRACTION_WORKERS): Extractor {
  const workers = Array.from({ length: count }, () => startWorker(corrections));
  return {
    extract: async (jobs) => {
      const share = Math.ceil(jobs.length / workers.length);
      const parts = await Promise.all(workers.map((w, i) => w.extract(jobs.slice(i * share, (i + 1) * share))));
      return parts.flat();
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
