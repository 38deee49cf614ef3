import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { CorrectionsFile } from "@/lib/ingest/corrections";
import { readCorrections } from "@/lib/load/ingest";
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

  it("hands a batch's results over while it extracts the next one, not after it", async () => {
    const extractor = workerExtractor(NO_CORRECTIONS, 1);
    opened.push(extractor);
    const current = extractor.extract(jobs("a", 5));
    await current.ready;
    // As ingest does: the next batch is handed over before the current one's results are taken.
    const next = extractor.extract(jobs("b", 400));
    const order: string[] = [];
    await Promise.all([current.take().then(() => order.push("taken")), next.ready.then(() => order.push("next extracted"))]);
    expect(order).toEqual(["taken", "next extracted"]);
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

  it("gives each article the result extraction in process gives, in the articles' order, with the batch shared between two workers", async () => {
    const corrections = readCorrections();
    const article = (i: number): ExtractJob => ({
      key: `article-${i}.txt`,
      format: "txt",
      sidecar: null,
      input: `Harbour council votes on ferry fares ${i}\n\nPORTVALE, March ${(i % 27) + 1}, 2016 - The council met on Tuesday.\n\n"We will keep the fares where they are for ${i} more weeks," said Maria Ostrander, the council's treasurer.\n\nJonas Whitcombe, who runs the ferry, said the decision was "a relief for the islands".\n`,
    });
    const all = Array.from({ length: 90 }, (_, i) => article(i));
    const extractor = workerExtractor(corrections, 2);
    opened.push(extractor);
    const shared = await extractor.extract(all).take();
    expect(shared).toEqual(await inProcessExtractor(corrections).extract(all).take());
    // A second batch through the same workers.
    expect(await extractor.extract(all.slice(0, 17)).take()).toEqual(shared.slice(0, 17));
  }, 60_000);

  it("reads saved pages and repairs mojibake in the worker as in process", async () => {
    const pages = ["guardian-style", "wire-story", "cable-news"].map(
      (name): ExtractJob => ({ key: `${name}.html`, format: "html", sidecar: null, input: readFileSync(`tests/load/fixtures/pages/${name}.html`, "utf8") }),
    );
    // "â€œ" and "â€\u009d" are quotation marks read as Windows-1252: the repaired text is what gets extracted.
    const garbled: ExtractJob = { key: "garbled.txt", format: "txt", sidecar: null, input: "Ferry fares\n\nâ€œWe will not give up,â€\u009d said Mayor Ilse Brandt.\n" };
    const batch = [...pages, garbled];
    const extractor = workerExtractor(NO_CORRECTIONS, 1);
    opened.push(extractor);
    const inWorker = await extractor.extract(batch).take();
    expect(inWorker).toEqual(await inProcessExtractor(NO_CORRECTIONS).extract(batch).take());
    for (const result of inWorker) expect(result.ok && result.extracted.statements.length).toBeGreaterThan(0);
    expect(inWorker.map((r) => r.ok && (r.encoding?.repaired ?? 0))).toEqual([0, 0, 0, 2]);
  }, 60_000);
});
