// node bench/extract-side-by-side.mjs BASE.mjs NEW.mjs CORPUS_TEXT_DIR [PASSES] [--first-pass]
//
// Extraction time per article of two extractors in one process, interleaved article by article (the
// order alternating), so that the load of a shared machine falls on both alike. Each extractor is a
// bundle of its worktree's lib/ingest/extract.ts (the worktrees' `@/` imports cannot share one
// process otherwise):
//   npx esbuild lib/ingest/extract.ts --bundle --platform=node --format=esm --outfile=/tmp/new.mjs
// Figures go to docs/extraction.md.
//
// Plain JavaScript run by node itself: under tsx's loader two copies of one bundle measured 1.07 to
// 1.27 times apart, under node 1.00. The comparison is also made twice, in two processes that load
// the bundles in opposite orders; the ratio printed last is the geometric mean of the two.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

// --first-pass: one pass with no warm-up, as an ingest meets its articles: the JIT and the caches
// kept by text (names, capitalised runs) start cold in both extractors.
// --isolates: each extractor in a worker thread of its own, handed the articles in the same turns. In
// one isolate two bundles share V8's compiled regular expressions (its cache is keyed by their
// source), and two versions of one extractor compared that way showed gains that did not appear
// against an older one (docs/extraction.md, "Speed, twenty-ninth session").
const firstPass = process.argv.includes("--first-pass");
const isolates = process.argv.includes("--isolates");
const [baseFile, newFile, dir, passArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!baseFile || !newFile || !dir) {
  console.error("usage: node bench/extract-side-by-side.mjs BASE.mjs NEW.mjs CORPUS_TEXT_DIR [PASSES] [--first-pass] [--isolates]");
  process.exit(2);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p90 = (xs) => sorted(xs)[Math.floor(xs.length * 0.9)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

const order = process.env.SIDE_BY_SIDE_ORDER;
if (!order) {
  const run = (first) =>
    JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { env: { ...process.env, SIDE_BY_SIDE_ORDER: first }, encoding: "utf8", maxBuffer: 1 << 26 }));
  const ratios = { median: [], mean: [] };
  for (const first of ["base", "new"]) {
    const times = run(first);
    console.log(`${first} loaded first:`);
    for (const name of ["base", "new"]) {
      const xs = times[name];
      console.log(`  ${name.padEnd(4)} median ${median(xs).toFixed(3)} ms · mean ${mean(xs).toFixed(3)} ms · p90 ${p90(xs).toFixed(3)} ms (${xs.length} timings)`);
    }
    ratios.median.push(median(times.new) / median(times.base));
    ratios.mean.push(mean(times.new) / mean(times.base));
    console.log(`  new / base: median ${ratios.median.at(-1).toFixed(2)} · mean ${ratios.mean.at(-1).toFixed(2)}`);
  }
  const geo = ([a, b]) => Math.sqrt(a * b);
  console.log(`new / base, both orders: median ${geo(ratios.median).toFixed(2)} · mean ${geo(ratios.mean).toFixed(2)}`);
  process.exit(0);
}

// An extractor as a function of a text that resolves to the milliseconds extraction took.
const inProcess = async (file) => {
  const extract = (await import(pathToFileURL(path.resolve(file)).href)).extractArticle;
  return (text) => {
    const t0 = performance.now();
    extract(text, { key: "k" });
    return performance.now() - t0;
  };
};
const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
const { extractArticle } = await import(workerData);
parentPort.on("message", (text) => {
  const t0 = performance.now();
  extractArticle(text, { key: "k" });
  parentPort.postMessage(performance.now() - t0);
});
parentPort.postMessage("ready");`;
const inWorker = async (file) => {
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(WORKER, { eval: true, workerData: pathToFileURL(path.resolve(file)).href });
  await new Promise((resolve) => worker.once("message", resolve));
  worker.unref();
  return (text) =>
    new Promise((resolve) => {
      worker.once("message", resolve);
      worker.postMessage(text);
    });
};
const load = isolates ? inWorker : inProcess;
const loaded = {};
for (const name of order === "new" ? ["new", "base"] : ["base", "new"]) loaded[name] = await load(name === "base" ? baseFile : newFile);
const extractors = [
  ["base", loaded.base],
  ["new", loaded.new],
];
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), "utf8"));
// Warm-up: both reach steady state (JIT) before anything is timed, article by article in turns as
// the timing below (warming one whole pass after the other made the second up to 18 % slower in
// the timed passes, measured with two copies of one bundle).
if (!firstPass) {
  for (const [i, text] of texts.entries()) for (const [, extract] of i % 2 === 0 ? extractors : [...extractors].reverse()) await extract(text);
}

const times = { base: [], new: [] };
const passes = firstPass ? 1 : Number(passArg ?? 3);
for (let pass = 0; pass < passes; pass++) {
  for (const [i, text] of texts.entries()) {
    const turn = (i + pass) % 2 === 0 ? extractors : [...extractors].reverse();
    for (const [name, extract] of turn) times[name].push(await extract(text));
  }
}
process.stdout.write(JSON.stringify(times));
process.exit(0);
