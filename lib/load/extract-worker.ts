import { parentPort, workerData } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { runExtractJob, type ExtractJob, type ExtractResult } from "@/lib/load/extract-job";
import type { ToWorker } from "@/lib/load/extractor";

// The worker thread of a large ingest: extracts batches of articles while the ingest process writes
// the previous batch, so extraction and SQLite use both cores. A batch's results stay here until the
// ingest process takes them (see Extractor): extracted, a batch of 2,000 is ~45 MB on a heap.

const corrections = (workerData as { corrections: CorrectionsFile }).corrections;
const done: ExtractResult[][] = [];
let wanted = 0;

function deliver() {
  while (wanted > 0 && done.length > 0) {
    wanted -= 1;
    parentPort!.postMessage({ type: "results", results: done.shift()! });
  }
}

parentPort!.on("message", (message: ToWorker) => {
  if (message.type === "take") {
    wanted += 1;
  } else {
    done.push(message.jobs.map((job: ExtractJob) => runExtractJob(job, corrections)));
    parentPort!.postMessage({ type: "ready" });
  }
  deliver();
});
