import { parentPort, workerData } from "node:worker_threads";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { runExtractJob, type ExtractJob } from "@/lib/load/extract-job";

// The worker thread of a large ingest: extracts batches of articles while the ingest process writes
// the previous batch, so extraction and SQLite use both cores.

const corrections = (workerData as { corrections: CorrectionsFile }).corrections;

parentPort!.on("message", (jobs: ExtractJob[]) => {
  parentPort!.postMessage(jobs.map((job) => runExtractJob(job, corrections)));
});
