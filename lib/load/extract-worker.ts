import { parentPort, workerData } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { forWriting, runExtractJob, type ExtractJob, type ExtractResult } from "@/lib/load/extract-job";
import type { FromWorker, ToWorker } from "@/lib/load/extractor";

// The worker thread of a large ingest: extracts batches of articles while the ingest process writes
// the previous batch, so extraction and SQLite use both cores. A batch's results stay here until the
// ingest process takes them (see extractor.ts): extracted, 2,000 articles are ~45 MB on a heap.

const corrections = (workerData as { corrections: CorrectionsFile }).corrections;
/** Batches handed over and not yet extracted, first come first. */
const queue: { id: number; jobs: ExtractJob[]; results: ExtractResult[] }[] = [];
const done = new Map<number, ExtractResult[]>();
const wanted = new Set<number>();
/** Articles extracted between two looks at the messages: about 50 ms of work. */
const CHUNK = 16;
let working = false;

const post = (message: FromWorker) => parentPort!.postMessage(message);

function deliver(id: number) {
  const results = done.get(id);
  if (!results || !wanted.has(id)) return;
  done.delete(id);
  wanted.delete(id);
  post({ type: "results", id, results });
}

/**
 * Extracts the queued batches a few articles at a time. The ingest process hands over the next batch
 * before it takes the current one's results, so the worker goes on from one batch to the next
 * without waiting; between chunks it answers a "take" at once rather than after a whole batch.
 */
function work() {
  const batch = queue[0];
  if (!batch) {
    working = false;
    return;
  }
  const end = Math.min(batch.jobs.length, batch.results.length + CHUNK);
  for (let i = batch.results.length; i < end; i++) batch.results.push(forWriting(runExtractJob(batch.jobs[i]!, corrections)));
  if (batch.results.length === batch.jobs.length) {
    queue.shift();
    done.set(batch.id, batch.results);
    post({ type: "ready", id: batch.id });
    deliver(batch.id);
  }
  setImmediate(work);
}

parentPort!.on("message", (message: ToWorker) => {
  if (message.type === "take") {
    wanted.add(message.id);
    deliver(message.id);
    return;
  }
  queue.push({ id: message.id, jobs: message.jobs, results: [] });
  if (!working) {
    working = true;
    setImmediate(work);
  }
});
