// npx tsx bench/extract-side-by-side.ts BASE.mjs NEW.mjs CORPUS_TEXT_DIR [PASSES]
//
// Extraction time per article of two extractors in one process, interleaved article by article (the
// order alternating), so that the load of a shared machine falls on both alike. Each extractor is a
// bundle of its worktree's lib/ingest/extract.ts (the worktrees' `@/` imports cannot share one
// process otherwise):
//   npx esbuild lib/ingest/extract.ts --bundle --platform=node --format=esm --outfile=/tmp/new.mjs
// Figures go to docs/extraction.md.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [baseFile, newFile, dir, passArg] = process.argv.slice(2);
if (!baseFile || !newFile || !dir) {
  console.error("usage: npx tsx bench/extract-side-by-side.ts BASE.mjs NEW.mjs CORPUS_TEXT_DIR [PASSES]");
  process.exit(2);
}
type Extract = (text: string, options: { key: string }) => unknown;
const load = async (file: string): Promise<Extract> => ((await import(pathToFileURL(path.resolve(file)).href)) as { extractArticle: Extract }).extractArticle;
const extractors: [string, Extract][] = [
  ["base", await load(baseFile)],
  ["new", await load(newFile)],
];
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), "utf8"));
// Warm-up: both reach steady state (JIT) before anything is timed.
for (const [, extract] of extractors) for (const text of texts) extract(text, { key: "k" });

const times: Record<string, number[]> = { base: [], new: [] };
const passes = Number(passArg ?? 3);
for (let pass = 0; pass < passes; pass++) {
  texts.forEach((text, i) => {
    const order = (i + pass) % 2 === 0 ? extractors : [...extractors].reverse();
    for (const [name, extract] of order) {
      const t0 = performance.now();
      extract(text, { key: "k" });
      times[name]!.push(performance.now() - t0);
    }
  });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => sorted(xs)[Math.floor(xs.length * 0.9)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const name of ["base", "new"]) {
  const xs = times[name]!;
  console.log(`${name.padEnd(4)} median ${median(xs).toFixed(3)} ms · mean ${mean(xs).toFixed(3)} ms · p90 ${p90(xs).toFixed(3)} ms (${texts.length} articles × ${passes})`);
}
console.log(`new / base: median ${(median(times.new!) / median(times.base!)).toFixed(2)} · mean ${(mean(times.new!) / mean(times.base!)).toFixed(2)}`);
