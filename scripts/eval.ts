// Scores statement extraction against PolNeAR's gold attributions (brat standoff).
//
//   npm run eval -- ../shared/corpora/polnear/data/train [--slice all|tune|heldout] [--errors FILE]
//
// DIR holds text/*.txt and attributions/<name>_<annotator>.ann; for each article the first .ann in
// sorted order is the gold. Scoring (issue 3):
//   - a gold attribution counts when its cue contains a speech verb in any form (say, tell, state, …)
//     or "according"; other attributions (beliefs, polls that "show") count neither for nor against;
//   - a prediction is correct when ≥ 50 % of its characters fall inside one counted attribution's
//     content, cue and source spans; one that does so only for an uncounted attribution is ignored;
//   - a counted gold attribution is found when ≥ 50 % of its content characters are covered by
//     predictions;
//   - speaker accuracy is over found attributions whose gold source names a person (a capitalised name
//     word, not a pronoun, determiner, title, party/nationality adjective or US state, and not a word
//     that is capitalised only because it opens the sentence); it is right when the speaker of the
//     prediction covering most of the content shares a name word with the gold source (an unresolved
//     speaker is wrong).
// The held-out slice is every article whose sha1(name) is 0 mod 5; never tune on it.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractArticle } from "../lib/ingest/extract";
import { COUNTED_CUE_LEMMAS, inflect } from "../lib/ingest/statements/speech-verbs";
import type { ExtractedArticle } from "../lib/ingest/types";

type Slice = "all" | "tune" | "heldout";

interface GoldAttribution {
  content: Array<[number, number]>;
  cue: Array<[number, number]>;
  source: Array<[number, number]>;
  cueText: string;
  sourceText: string;
  counted: boolean;
}

// Which gold attributions count: a cue holding a speech verb in any form, or "according".
const SPEECH_CUE = new RegExp(
  `\\b(?:${COUNTED_CUE_LEMMAS.flatMap(inflect)
    .map((form) => form.replace(/ /g, "\\s+"))
    .join("|")}|according)\\b`,
  "i",
);

/** Capitalised words that do not name anyone. */
const NOT_NAME = new Set(
  `i he she it we they you me him her us them his hers its our their my your this that these those the a an
  who which mr mrs ms dr sen rep gov president senator governor secretary minister speaker chairman chairwoman
  spokesman spokeswoman vice former first lady republican republicans democrat democrats democratic gop
  american americans conservative liberal independent federal state national u.s us alabama alaska arizona
  arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
  utah vermont virginia washington wisconsin wyoming new north south west`.split(/\s+/),
);

/**
 * Name words of a gold source. A capitalised word that only begins a sentence ("Crime experts said")
 * is not a name: the first word of a sentence-initial source counts only when the article also
 * capitalises it mid-sentence ("Clinton said" → yes; "Critics said" → no; "Some Democrats" → "Democrats").
 */
function nameWords(text: string, sourceStart: number, article: string): string[] {
  // Names and demonyms of places ("the Florida senator") describe a person but do not name one.
  const before = article.slice(Math.max(0, sourceStart - 3), sourceStart);
  const sentenceInitial = sourceStart === 0 || /(?:[.!?:”"'’]\s+|\n\s*|^\s*)$/.test(before);
  const words = text.match(/\p{Lu}[\p{L}’'.-]*/gu) ?? [];
  return words
    .filter((w, i) => {
      if (i > 0 || !sentenceInitial || text.indexOf(w) !== 0) return true;
      const bare = w.replace(/[’']s?$/, "").replace(/\.$/, "");
      // A name recurs mid-sentence ("…, Clinton said"); "Critics" or "Sources" only open sentences.
      return new RegExp(`[\\p{Ll}\\p{N},;]\\s+${bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(article);
    })
    .map((w) => w.replace(/[’']s?$/, "").replace(/\.$/, "").toLowerCase())
    .filter((w) => w.length > 1 && !NOT_NAME.has(w));
}

const PRONOUNS = new Set("i he she it we they you him her us them his hers its our their my your who".split(" "));

/** The rule read literally: every capitalised word of the source that is not a pronoun. */
function literalNameWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}’'.-]*/gu) ?? [])
    .map((w) => w.replace(/[’']s?$/, "").replace(/\.$/, "").toLowerCase())
    .filter((w) => w.length > 0 && !PRONOUNS.has(w));
}

function sliceOf(name: string): "tune" | "heldout" {
  const h = createHash("sha1").update(name).digest();
  return h.readUInt32BE(0) % 5 === 0 ? "heldout" : "tune";
}

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUnit(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}

function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, Array<[number, number]>>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (/^T\d+$/.test(cols[0] ?? "") && cols[1]) {
      const [, ...rest] = cols[1].split(" ");
      const ranges = rest
        .join(" ")
        .split(";")
        .map((r) => r.trim().split(" ").map(Number) as [number, number])
        .filter((r) => r.length === 2 && Number.isFinite(r[0]) && Number.isFinite(r[1]))
        .map(([a, b]) => [toUnit(a), toUnit(b)] as [number, number]);
      spans.set(cols[0]!, ranges);
    } else if (/^E\d+$/.test(cols[0] ?? "") && cols[1]) {
      events.push(cols[1]);
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const a: GoldAttribution = { content: [], cue: [], source: [], cueText: "", sourceText: "", counted: false };
    for (const arg of ev.split(" ")) {
      const [role, id] = arg.split(":");
      const s = spans.get(id ?? "") ?? [];
      if (role?.startsWith("Content")) a.content.push(...s);
      else if (role === "Cue") a.cue.push(...s);
      else if (role === "Source") a.source.push(...s);
    }
    if (a.content.length === 0) continue;
    a.cueText = a.cue.map(([x, y]) => text.slice(x, y)).join(" ");
    a.sourceText = a.source.map(([x, y]) => text.slice(x, y)).join(" ");
    a.counted = SPEECH_CUE.test(a.cueText);
    out.push(a);
  }
  return out;
}

function overlap(a: [number, number], spans: Array<[number, number]>): number {
  // Gold spans of one attribution do not overlap each other (PolNeAR is univocal).
  let n = 0;
  for (const [s, e] of spans) n += Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
  return n;
}

interface Doc {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

interface Counts {
  tp: number;
  fp: number;
  ign: number;
}

/** Everything the scoring counts, and the error lines for --errors in the order they were found. */
interface Tally {
  tp: number;
  fp: number;
  ignored: number;
  goldCount: number;
  found: number;
  spkTotal: number;
  spkRight: number;
  literalTotal: number;
  literalRight: number;
  byRule: Map<string, Counts>;
  byRuleCue: Map<string, Counts>;
  errors: string[];
}

function readArgs(): { dir: string; slice: Slice; errorsFile: string | null } {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--slice" && args[args.indexOf(a) - 1] !== "--errors");
  const sliceArg = args.includes("--slice") ? args[args.indexOf("--slice") + 1] : "all";
  const errorsFile = args.includes("--errors") ? args[args.indexOf("--errors") + 1]! : null;
  if (!dir || !["all", "tune", "heldout"].includes(sliceArg ?? "")) {
    console.error("usage: npm run eval -- DIR [--slice all|tune|heldout] [--errors FILE]");
    process.exit(2);
  }
  return { dir, slice: sliceArg as Slice, errorsFile };
}

function loadDocs(dir: string, slice: Slice): Doc[] {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const names = readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort()
    .filter((n) => slice === "all" || sliceOf(n) === slice);
  return names.map((name) => {
    const text = readFileSync(join(textDir, `${name}.txt`), "utf8");
    const annFile = annFiles.find((f) => f.startsWith(`${name}_`));
    const gold = annFile ? parseAnn(readFileSync(join(annDir, annFile), "utf8"), text) : [];
    return { name, text, gold };
  });
}

// Two timed passes: the first includes JIT warm-up (what a one-off `extract` call pays), the second
// is steady state (what a long ingest pays). CPU time is printed beside wall time because on a
// shared machine the wall clock also counts other processes.
function timePass(docs: Doc[]): { out: ExtractedArticle[]; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = docs.map((d) => extractArticle(d.text, { key: d.name }));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { out, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Each prediction: right, wrong, or on an attribution that is not scored. */
function scorePredictions(d: Doc, res: ExtractedArticle, t: Tally): void {
  const all = d.gold.map((g) => [...g.content, ...g.cue, ...g.source]);
  for (const st of res.statements) {
    const span: [number, number] = [st.start, st.end];
    const len = Math.max(1, st.end - st.start);
    let bestCounted = 0;
    let bestAny = 0;
    d.gold.forEach((g, gi) => {
      const r = overlap(span, all[gi]!) / len;
      if (g.counted) bestCounted = Math.max(bestCounted, r);
      bestAny = Math.max(bestAny, r);
    });
    const ruleCue = `${st.rule}:${(st.cue ?? "").toLowerCase()}`;
    const rc = t.byRuleCue.get(ruleCue) ?? { tp: 0, fp: 0, ign: 0 };
    t.byRuleCue.set(ruleCue, rc);
    const r = t.byRule.get(st.rule) ?? { tp: 0, fp: 0, ign: 0 };
    if (bestCounted >= 0.5) {
      t.tp++;
      r.tp++;
      rc.tp++;
    } else if (bestAny >= 0.5) {
      t.ignored++;
      r.ign++;
      rc.ign++;
    } else {
      t.fp++;
      r.fp++;
      rc.fp++;
      t.errors.push(`FP\t${d.name}\t${st.rule}\t${st.cue}\t${st.text.replace(/\s+/g, " ").slice(0, 200)}`);
    }
    t.byRule.set(st.rule, r);
  }
}

/** Each counted gold attribution: found or missed, and when found, whether its speaker is right. */
function scoreGold(d: Doc, res: ExtractedArticle, t: Tally): void {
  for (const g of d.gold.filter((gold) => gold.counted)) {
    t.goldCount++;
    const contentLen = g.content.reduce((n, [s, e]) => n + e - s, 0);
    // Characters of the content covered by the union of predictions.
    let covered = 0;
    for (const [s, e] of g.content) {
      const marks = new Uint8Array(e - s);
      for (const st of res.statements) {
        for (let i = Math.max(s, st.start); i < Math.min(e, st.end); i++) marks[i - s] = 1;
      }
      covered += marks.reduce((a, b) => a + b, 0);
    }
    const contentText = g.content.map(([s, e]) => d.text.slice(s, e)).join(" … ");
    if (contentLen === 0 || covered / contentLen < 0.5) {
      const all0 = Math.min(...[...g.content, ...g.cue, ...g.source].map(([s]) => s));
      const all1 = Math.max(...[...g.content, ...g.cue, ...g.source].map(([, e]) => e));
      t.errors.push(`FN\t${d.name}\t${g.cueText}\t${g.sourceText}\t${contentText.replace(/\s+/g, " ").slice(0, 200)}\t‹${d.text.slice(Math.max(0, all0 - 80), Math.min(all1, all0 + 300)).replace(/\s+/g, " ")}›`);
      continue;
    }
    t.found++;
    scoreSpeaker(d, g, res, contentText, t);
  }
}

/** The speaker of the prediction covering most of a found attribution, against its gold source. */
function scoreSpeaker(d: Doc, g: GoldAttribution, res: ExtractedArticle, contentText: string, t: Tally): void {
  const gw = nameWords(g.sourceText, g.source[0]?.[0] ?? 0, d.text);
  const lw = literalNameWords(g.sourceText);
  if (gw.length === 0 && lw.length === 0) return;
  let best = null as (typeof res.statements)[number] | null;
  let bestOv = 0;
  for (const st of res.statements) {
    const ov = overlap([st.start, st.end], g.content);
    if (ov > bestOv) {
      bestOv = ov;
      best = st;
    }
  }
  const speaker = best && best.speakerIndex !== null ? res.speakers[best.speakerIndex]! : null;
  const pw = speaker
    ? [speaker.name, ...speaker.aliases].join(" ").toLowerCase().split(/\s+/).map((w) => w.replace(/[’']s?$/, "").replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ""))
    : [];
  const shares = (words: string[]) => pw.some((w) => words.includes(w.replace(/\.$/, "")));
  if (lw.length > 0) {
    t.literalTotal++;
    if (shares(lw)) t.literalRight++;
  }
  if (gw.length === 0) return;
  t.spkTotal++;
  if (shares(gw)) t.spkRight++;
  else t.errors.push(`SPK\t${d.name}\tgold=${g.sourceText}\tpred=${speaker?.name ?? "null"}\tasWritten=${best?.speakerAsWritten}\t${best?.rule}\t${contentText.replace(/\s+/g, " ").slice(0, 120)}`);
}

function main() {
  const { dir, slice, errorsFile } = readArgs();
  const docs = loadDocs(dir, slice);
  const first = timePass(docs);
  const second = timePass(docs);
  const t: Tally = {
    tp: 0,
    fp: 0,
    ignored: 0,
    goldCount: 0,
    found: 0,
    spkTotal: 0,
    spkRight: 0,
    literalTotal: 0,
    literalRight: 0,
    byRule: new Map(),
    byRuleCue: new Map(),
    errors: [],
  };
  docs.forEach((d, di) => {
    scorePredictions(d, first.out[di]!, t);
    scoreGold(d, first.out[di]!, t);
  });

  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.found / Math.max(1, t.goldCount);
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  const f = (x: number) => x.toFixed(3);
  console.log(`slice ${slice}: ${docs.length} articles, ${t.goldCount} gold speech attributions, ${t.tp + t.fp + t.ignored} predictions (${t.ignored} on non-speech attributions, not scored)`);
  console.log(`precision ${f(p)}  recall ${f(r)}  F1 ${f(f1)}  speaker accuracy ${f(t.spkRight / Math.max(1, t.spkTotal))} (${t.spkRight}/${t.spkTotal})`);
  console.log(
    `speaker accuracy, the rule read literally (any capitalised word but a pronoun names a person): ${f(t.literalRight / Math.max(1, t.literalTotal))} (${t.literalRight}/${t.literalTotal})`,
  );
  const n = Math.max(1, docs.length);
  const ms = (x: number) => (x / n).toFixed(3);
  console.log(
    `time per article (parse + statements + speakers + topics, one core): first pass ${ms(first.wall)} ms wall / ${ms(first.cpu)} ms CPU (${first.wall.toFixed(0)} ms total); warm ${ms(second.wall)} ms wall / ${ms(second.cpu)} ms CPU`,
  );
  if (errorsFile) {
    const rules = [...t.byRule.entries()].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp));
    const ruleLines = rules.map(([rule, c]) => `RULE\t${rule}\ttp=${c.tp}\tfp=${c.fp}\tignored=${c.ign}`);
    for (const [rc, c] of [...t.byRuleCue.entries()].sort((a, b) => b[1].fp - a[1].fp)) ruleLines.push(`CUE\t${rc}\ttp=${c.tp}\tfp=${c.fp}\tignored=${c.ign}`);
    writeFileSync(errorsFile, [...ruleLines, ...t.errors].join("\n") + "\n");
  }
}

main();
