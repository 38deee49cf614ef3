// Scores statement extraction against two gold sets and prints, per slice, precision, recall, F1,
// speaker accuracy and false attributions, then the reliability table of the confidence.
//
//   npm run eval -- ../shared/corpora/polnear/data/train [--bbc ../shared/corpora/bbc]
//                   [--bbc-gold FILE] [--slice all|tune|heldout] [--errors FILE]
//
// PolNeAR (eval/polnear.ts): US political news, the held-out slice is every article whose sha1(name)
// is 0 mod 5. BBC (eval/bbc.ts, eval/bbc-gold/README.md): British news annotated by hand, `dev` and
// `heldout` halves. `--slice tune` scores the development slices of both (PolNeAR tune, BBC dev),
// `heldout` the held-out ones. `--errors FILE` writes the errors of the development slices only: the
// held-out slices' errors are never written, so nobody tunes on them. `--bbc-gold FILE` scores another
// gold file of the same format (a new round of annotation, before it joins eval/bbc-gold/gold.jsonl).

import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { GOLD_FILE, bbcKey, loadBbc, predictions, scoreArticle, totals, type ArticleScore, type BbcDoc } from "../eval/bbc";
import { emptyTally, loadPolnear, ruleLines, scorePolnearDoc, type PolnearDoc, type PolnearSlice, type PolnearTally } from "../eval/polnear";
import { calibrationLines, formatReliability, speakersByEvidence, type Judged } from "../eval/reliability";
import { extractArticle } from "../lib/ingest/extract";
import type { ExtractedArticle } from "../lib/ingest/types";

type Slice = "all" | "tune" | "heldout";

interface Args {
  polnear: string | null;
  bbc: string | null;
  slice: Slice;
  errorsFile: string | null;
  bbcGold: string;
}

function readArgs(): Args {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const valueOf = (flag: string) => (args.includes(flag) ? (args[args.indexOf(flag) + 1] ?? null) : null);
  const flagged = new Set(["--slice", "--errors", "--bbc", "--bbc-gold"]);
  const polnear = args.find((a, i) => !a.startsWith("--") && !flagged.has(args[i - 1] ?? "")) ?? null;
  const slice = (valueOf("--slice") ?? "all") as Slice;
  const unknown = args.filter((a) => a.startsWith("--") && !flagged.has(a));
  if ((!polnear && !valueOf("--bbc")) || !["all", "tune", "heldout"].includes(slice) || unknown.length > 0) {
    console.error("usage: npm run eval -- [POLNEAR_DIR] [--bbc BBC_DIR [--bbc-gold FILE]] [--slice all|tune|heldout] [--errors FILE]");
    process.exit(2);
  }
  return { polnear, bbc: valueOf("--bbc"), slice, errorsFile: valueOf("--errors"), bbcGold: valueOf("--bbc-gold") ?? GOLD_FILE };
}

// Two timed passes: the first includes JIT warm-up (what a one-off `extract` call pays), the second
// is steady state (what a long ingest pays). CPU time is printed beside wall time because on a
// shared machine the wall clock also counts other processes.
function timePass(docs: PolnearDoc[]): { out: ExtractedArticle[]; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = docs.map((d) => extractArticle(d.text, { key: d.name }));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { out, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const f = (x: number) => x.toFixed(3);
const prf = (p: number, r: number) => ({ p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) });

function polnearLine(name: string, t: PolnearTally): string {
  const { p, r, f1 } = prf(t.tp / Math.max(1, t.tp + t.fp), t.found / Math.max(1, t.goldCount));
  return (
    `  ${name.padEnd(8)} ${String(t.articles).padStart(4)} articles ${String(t.goldCount).padStart(5)} gold ${String(t.tp + t.fp).padStart(5)} scored predictions (+${t.ignored} on non-speech attributions)  ` +
    `P ${f(p)}  R ${f(r)}  F1 ${f(f1)}  speaker ${f(t.spkRight / Math.max(1, t.spkTotal))} (${t.spkRight}/${t.spkTotal}; read literally ${f(t.literalRight / Math.max(1, t.literalTotal))})`
  );
}

function bbcLine(name: string, scores: ArticleScore[]): string {
  const t = totals(scores);
  const c = t.counts;
  return (
    `  ${name.padEnd(8)} ${String(t.articles).padStart(4)} articles ${String(c.gold).padStart(5)} gold ${String(c.predictions).padStart(5)} predictions  ` +
    `P ${f(t.precision)}  R ${f(t.recall)}  F1 ${f(t.f1)}  speaker ${f(t.speakerAccuracy)} (${c.speakerRight}/${c.namedFound})  ` +
    `false attributions ${c.falseAttributions}/${c.nullFound}`
  );
}

function runPolnear(dir: string, slices: PolnearSlice[], errors: string[], judged: Map<string, Judged[]>): void {
  const docs = loadPolnear(dir, slices);
  const first = timePass(docs);
  const second = timePass(docs);
  console.log(`PolNeAR (${dir})`);
  for (const slice of slices) {
    const t = emptyTally();
    docs.forEach((d, i) => d.slice === slice && scorePolnearDoc(d, first.out[i]!, t));
    console.log(polnearLine(slice, t));
    judged.set(`PolNeAR ${slice}`, t.judged);
    if (slice === "tune") errors.push(...ruleLines(t), ...t.errors);
  }
  const n = Math.max(1, docs.length);
  const ms = (x: number) => (x / n).toFixed(3);
  console.log(
    `  time per article (parse + statements + speakers + topics, one core): first pass ${ms(first.wall)} ms wall / ${ms(first.cpu)} ms CPU (${first.wall.toFixed(0)} ms total); warm ${ms(second.wall)} ms wall / ${ms(second.cpu)} ms CPU`,
  );
}

function runBbc(corpus: string, goldFile: string, slices: ("dev" | "heldout")[], errors: string[], judged: Map<string, Judged[]>): void {
  console.log(`BBC (${corpus}, gold ${goldFile})`);
  for (const slice of slices) {
    const docs: BbcDoc[] = loadBbc(corpus, [slice], goldFile);
    const scores = docs.map(({ gold, text }) => scoreArticle(gold, text, predictions(extractArticle(text, { key: bbcKey(gold.file) }))));
    console.log(bbcLine(slice, scores));
    judged.set(`BBC ${slice}`, scores.flatMap((s) => s.judged));
    if (slice === "dev") for (const s of scores) if (s.errors.length) errors.push(`BBC ${s.file}`, ...s.errors);
  }
}

function main() {
  const { polnear, bbc, bbcGold, slice, errorsFile } = readArgs();
  const errors: string[] = [];
  const judged = new Map<string, Judged[]>();
  if (polnear) runPolnear(polnear, slice === "all" ? ["tune", "heldout"] : [slice], errors, judged);
  if (bbc) runBbc(bbc, bbcGold, slice === "all" ? ["dev", "heldout"] : slice === "tune" ? ["dev"] : ["heldout"], errors, judged);

  const pooled = (names: string[]) => names.flatMap((n) => judged.get(n) ?? []);
  const sets = [
    { name: "dev (tune+dev)", judged: pooled(["PolNeAR tune", "BBC dev"]) },
    { name: "held-out", judged: pooled(["PolNeAR heldout", "BBC heldout"]) },
    ...[...judged.entries()].map(([name, j]) => ({ name, judged: j })),
  ].filter((s) => s.judged.length > 0);
  console.log("\nReliability: statements by confidence, and the share whose words and speaker are right");
  console.log("(PolNeAR checks a speaker only where its gold source names someone; BBC checks every one)");
  console.log(formatReliability(sets));
  // Aggregates only: which kind of evidence loses speakers, on every slice (the held-out slices' errors are never listed).
  console.log("\nRight speakers by what named them (found statements whose speaker the gold checks)");
  for (const [name, j] of judged) console.log(`${name.padEnd(16)}${speakersByEvidence(j).map((g) => `${g.group} ${g.hit}/${g.n}`).join("  ")}`);
  const calibration = ["PolNeAR tune", "BBC dev"].flatMap((n) => calibrationLines(n, judged.get(n) ?? []));
  if (errorsFile) writeFileSync(errorsFile, [...calibration, ...errors].join("\n") + "\n");
}

main();
