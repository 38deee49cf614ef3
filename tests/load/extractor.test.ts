import { describe, expect, it } from "vitest";
import { readCorrections } from "@/lib/load/ingest";
import { runExtractJob, type ExtractJob } from "@/lib/load/extract-job";
import { workerExtractor } from "@/lib/load/extractor";

// Invented articles of the usual shape: a headline, a dateline, quotes with their speakers.
const article = (i: number): ExtractJob => ({
  key: `article-${i}.txt`,
  format: "txt",
  sidecar: null,
  input: `Harbour council votes on ferry fares ${i}\n\nPORTVALE, March ${(i % 27) + 1}, 2016 - The council met on Tuesday.\n\n"We will keep the fares where they are for ${i} more weeks," said Maria Ostrander, the council's treasurer.\n\nJonas Whitcombe, who runs the ferry, said the decision was "a relief for the islands".\n`,
});

describe("workerExtractor", () => {
  it("gives each article the result extraction in process gives, in the articles' order, with the batch shared between two workers", async () => {
    const corrections = readCorrections();
    const jobs = Array.from({ length: 90 }, (_, i) => article(i));
    const extractor = workerExtractor(corrections, 2);
    try {
      const shared = await extractor.extract(jobs);
      expect(shared).toEqual(jobs.map((job) => runExtractJob(job, corrections)));
      // A second batch through the same workers: answers come back in the order the batches were sent.
      const again = await extractor.extract(jobs.slice(0, 17));
      expect(again).toEqual(shared.slice(0, 17));
    } finally {
      await extractor.close();
    }
  }, 60_000);
});
