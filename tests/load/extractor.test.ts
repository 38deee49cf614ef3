import { afterEach, describe, expect, it } from "vitest";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import type { ExtractJob } from "@/lib/load/extract-job";
import { inProcessExtractor, workerExtractor, type Extractor } from "@/lib/load/extractor";

// While ingest writes one batch, the worker extracts the next. Its results must not cross to the
// ingest process before that batch's turn: arriving while the current batch was written, they put two
// batches' results on the ingest process's heap at once (docs/performance.md, issue 15).

const NO_CORRECTIONS: CorrectionsFile = { version: 1, corrections: [] };

const jobs = (prefix: string, n: number): ExtractJob[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `${prefix}-${i}.txt`,
    input: `Harbour talks ${prefix} ${i}\n\nBERLIN, March 3, 2017 - "We will not give up," Mayor Ilse Brandt said on Monday.\n`,
    format: "txt",
    sidecar: null,
  }));

const opened: Extractor[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((e) => e.close()));
});

describe("workerExtractor", () => {
  it("keeps a batch's results in the worker until they are taken", async () => {
    const extractor = workerExtractor(NO_CORRECTIONS, 1);
    opened.push(extractor);
    const batch = extractor.extract(jobs("a", 20));
    await batch.ready;
    // Extracted, but not sent: once the worker is gone, so are they.
    await extractor.close();
    await expect(batch.take()).rejects.toThrow(/worker stopped/);
  }, 60_000);

  it("answers each batch with its own results, whatever the order they are taken in", async () => {
    const extractor = workerExtractor(NO_CORRECTIONS, 2);
    opened.push(extractor);
    const [a, b] = [jobs("a", 7), jobs("b", 5)];
    const first = extractor.extract(a);
    const second = extractor.extract(b);
    await second.ready;
    const expected = inProcessExtractor(NO_CORRECTIONS);
    expect(await second.take()).toEqual(await expected.extract(b).take());
    expect(await first.take()).toEqual(await expected.extract(a).take());
  }, 60_000);
});
