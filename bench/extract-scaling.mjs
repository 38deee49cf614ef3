// node bench/extract-scaling.mjs BUNDLE.mjs [WORDS,WORDS,…]
//
// How extraction time grows with the length of one article, for texts shaped the way a long
// article can go wrong: no full stop at all (a transcript, a flattened table), commas or dashes
// only, a cue every word, one paragraph of ordinary sentences, the same in paragraphs, a new person
// quoted in every paragraph, and a paragraph of quotation marks. For each
// shape it prints the time at each size and the ratio between consecutive sizes: about 2 when the
// size doubles and the cost grows with the length, about 4 when it grows with its square. Articles
// may be 2 MB (lib/load/read-article-files.ts), so a square is hours.
//
// BUNDLE.mjs is a bundle of lib/ingest/extract.ts, as for bench/extract-side-by-side.mjs:
//   npx esbuild lib/ingest/extract.ts --bundle --platform=node --format=esm --outfile=/tmp/x.mjs
// Figures go to docs/extraction.md.
import path from "node:path";
import { pathToFileURL } from "node:url";

const [bundle, sizesArg] = process.argv.slice(2);
if (!bundle) {
  console.error("usage: node bench/extract-scaling.mjs BUNDLE.mjs [WORDS,WORDS,…]");
  process.exit(2);
}
const { extractArticle } = await import(pathToFileURL(path.resolve(bundle)).href);
const sizes = (sizesArg ?? "8000,16000,32000,64000").split(",").map(Number);

const WORDS = ["the", "minister", "said", "that", "Smith", "and", "Jones", "would", "meet", "in", "London", "on", "Monday", "Mr", "Brown", "told", "reporters", "according", "to", "officials"];
// A fixed pseudo-random sequence, so every run reads the same texts.
let seed = 1;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const word = () => WORDS[Math.floor(next() * WORDS.length)];
const sentence = () => {
  const w = Array.from({ length: 12 }, word);
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(" ")}.`;
};
// A person of a new name in every paragraph, quoted and then referred to by a pronoun: a long list of voices.
const FIRST_NAMES = ["John", "Mary", "Peter", "Anna", "David", "Sarah", "Michael", "Laura", "James", "Emma"];
const surname = () => {
  let s = "";
  for (let i = 0, n = 5 + Math.floor(next() * 4); i < n; i++) s += "bcdfghklmnprstvz"[Math.floor(next() * 16)] + "aeiou"[Math.floor(next() * 5)];
  return s[0].toUpperCase() + s.slice(1);
};
const voice = () => {
  const name = surname();
  return `${FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)]} ${name}, a local councillor, said the plan would fail. "We cannot accept it," ${next() < 0.5 ? "he" : "she"} said. Mr ${name} added that talks would resume.`;
};
const SHAPES = {
  "no full stop": (n) => Array.from({ length: n }, word).join(" "),
  "commas only": (n) => Array.from({ length: n }, word).join(", "),
  "dashes only": (n) => Array.from({ length: n }, word).join(" - "),
  "a cue every word": (n) => Array(n).fill("said").join(" "),
  "one paragraph": (n) => Array.from({ length: Math.ceil(n / 12) }, sentence).join(" "),
  paragraphs: (n) => Array.from({ length: Math.ceil(n / 12) }, sentence).join("\n\n"),
  "a voice a paragraph": (n) => Array.from({ length: Math.ceil(n / 27) }, voice).join("\n\n"),
  "quotation marks": (n) => Array.from({ length: Math.ceil(n / 2) }, (_, i) => `${i % 2 ? "\u201D" : "\u201C"}word said`).join(" "),
};

// Warm up: the first article compiles the extractor.
extractArticle(`Headline\n\n${SHAPES.paragraphs(2000)}\n`, { key: "warm-up" });
console.log(`words: ${sizes.join(", ")}`);
for (const [shape, make] of Object.entries(SHAPES)) {
  seed = 1;
  const times = sizes.map((n) => {
    const text = `Headline\n\n${make(n)}\n`;
    const t = performance.now();
    extractArticle(text, { key: shape });
    return { ms: performance.now() - t, kb: text.length / 1024 };
  });
  const cells = times.map(({ ms, kb }, i) => `${kb.toFixed(0)} kB ${ms.toFixed(0)} ms${i > 0 ? ` (×${(ms / times[i - 1].ms).toFixed(1)})` : ""}`);
  console.log(`${shape.padEnd(18)} ${cells.join("  ")}`);
}
