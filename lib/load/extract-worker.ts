import { parentPort, workerData } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { forWriting, runExtractJob, type ExtractResult } from "@/lib/load/extract-job";
import type { FromWorker, ToWorker } from "@/lib/load/extractor";

// The worker thread of a large ingest: extracts batches of articles while the ingest process writes
// the previous batch, so extraction and SQLite use both cores. A batch's results stay here until the
// ingest process takes them (see extractor.ts): extracted, 2,000 articles are ~45 MB on a heap.

const corrections = (workerData as { corrections: CorrectionsFile }).corrections;
const done = new Map<number, ExtractResult[]>();
const wanted = new Set<number>();

const post = (message: FromWorker) => parentPort!.postMessage(message);

function deliver(id: number) {
  const results = done.get(id);
  if (!results || !wanted.has(id)) return;
  done.delete(id);
  wanted.delete(id);
  post({ type: "results", id, results });
}

parentPort!.on("message", (message: ToWorker) => {
  if (message.type === "take") {
    wanted.add(message.id);
  } else {
    done.set(message.id, message.jobs.map((job) => forWriting(runExtractJob(job, corrections))));
    post({ type: "ready", id: message.id });
  }
  deliver(message.id);
});
