import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The ingest process has a 256 MB heap (package.json) for the batch being written and what it needs
// to write it; the extraction core (lexicons, the part-of-speech tagger: ~40 MB) belongs to the
// worker thread that extracts. Importing it in the ingest process through the write path left a
// 2,000-article batch too little room (issue 15: a 1 GB JSON Lines file ran out of heap).

const script = path.join(import.meta.dirname, "fixtures", "heap-after-imports.ts");

function heapAfterImporting(...specifiers: string[]): number {
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, ...specifiers], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { mb: number }).mb;
}

describe("the ingest process's heap", () => {
  it("holds the ingest shell and the write path without the extraction core", () => {
    const shell = heapAfterImporting("@/lib/load/ingest", "@/lib/db/write");
    const withCore = heapAfterImporting("@/lib/load/ingest", "@/lib/db/write", "@/lib/load/extract-job");
    // Measured: 15 MB without the core, 56 MB with it.
    expect(withCore - shell).toBeGreaterThan(20);
    expect(shell).toBeLessThan(30);
  }, 120_000);
});
