// Scores statement extraction against PolNeAR's gold attributions (brat standoff). DIR holds
// text/*.txt and attributions/<name>_<annotator>.ann; for each article the first .ann in sorted
// order is the gold. Scoring (issue 3):
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
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTED_CUE_LEMMAS, inflect } from "@/lib/ingest/statements/speech-verbs";
import type { ExtractedArticle, ExtractedStatement } from "@/lib/ingest/types";
import type { Judged } from "./reliability";

export type PolnearSlice = "tune" | "heldout";

interface GoldAttribution {
  content: Array<[number, number]>;
  cue: Array<[number, number]>;
  source: Array<[number, number]>;
  cueText: string;
  sourceText: string;
  counted: boolean;
}

export interface PolnearDoc {
  name: string;
  slice: PolnearSlice;
  text: string;
  gold: GoldAttribution[];
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

export function polnearSlice(name: string): PolnearSlice {
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

/** The articles of DIR in `slices`, with their gold, sorted by name. */
export function loadPolnear(dir: string, slices: PolnearSlice[]): PolnearDoc[] {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const names = readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort()
    .filter((n) => slices.includes(polnearSlice(n)));
  return names.map((name) => {
    const text = readFileSync(join(textDir, `${name}.txt`), "utf8");
    const annFile = annFiles.find((f) => f.startsWith(`${name}_`));
    const gold = annFile ? parseAnn(readFileSync(join(annDir, annFile), "utf8"), text) : [];
    return { name, slice: polnearSlice(name), text, gold };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  ign: number;
}

/** Everything the scoring counts, and the error lines for --errors in the order they were found. */
export interface PolnearTally {
  articles: number;
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
  /** Every scored prediction with its confidence and whether it was right (reliability table). */
  judged: Judged[];
}

export function emptyTally(): PolnearTally {
  return {
    articles: 0, tp: 0, fp: 0, ignored: 0, goldCount: 0, found: 0, spkTotal: 0, spkRight: 0, literalTotal: 0, literalRight: 0,
    byRule: new Map(), byRuleCue: new Map(), errors: [], judged: [],
  };
}

/** Scores one article's extraction into the tally. */
export function scorePolnearDoc(d: PolnearDoc, res: ExtractedArticle, t: PolnearTally): void {
  t.articles++;
  scorePredictions(d, res, t);
  scoreGold(d, res, t);
}

/** The counted attribution holding ≥ half of a statement, or null; -1 when it lies on an uncounted one. */
function goldOf(d: PolnearDoc, st: ExtractedStatement): GoldAttribution | null | -1 {
  const span: [number, number] = [st.start, st.end];
  const len = Math.max(1, st.end - st.start);
  let best: GoldAttribution | null = null;
  let bestCounted = 0;
  let bestAny = 0;
  for (const g of d.gold) {
    const r = overlap(span, [...g.content, ...g.cue, ...g.source]) / len;
    if (g.counted && r > bestCounted) {
      bestCounted = r;
      best = g;
    }
    bestAny = Math.max(bestAny, r);
  }
  if (bestCounted >= 0.5) return best;
  return bestAny >= 0.5 ? -1 : null;
}

/** Each prediction: right, wrong, or on an attribution that is not scored. */
function scorePredictions(d: PolnearDoc, res: ExtractedArticle, t: PolnearTally): void {
  for (const st of res.statements) {
    const g = goldOf(d, st);
    const ruleCue = `${st.rule}:${(st.cue ?? "").toLowerCase()}`;
    const rc = t.byRuleCue.get(ruleCue) ?? { tp: 0, fp: 0, ign: 0 };
    t.byRuleCue.set(ruleCue, rc);
    const r = t.byRule.get(st.rule) ?? { tp: 0, fp: 0, ign: 0 };
    t.byRule.set(st.rule, r);
    if (g === -1) {
      t.ignored++;
      r.ign++;
      rc.ign++;
      continue;
    }
    if (g) {
      t.tp++;
      r.tp++;
      rc.tp++;
    } else {
      t.fp++;
      r.fp++;
      rc.fp++;
      t.errors.push(`FP\t${d.name}\t${st.rule}\t${st.cue}\t${st.text.replace(/\s+/g, " ").slice(0, 200)}`);
    }
    const checked = g !== null && nameWords(g.sourceText, g.source[0]?.[0] ?? 0, d.text).length > 0;
    t.judged.push({
      confidence: st.confidence, right: g !== null && speakerNotContradicted(d, g, res, st), rule: st.rule, evidence: st.speakerEvidence,
      spanRight: g !== null, speakerChecked: checked,
    });
  }
}

/**
 * For the reliability table: PolNeAR names no one behind "he" or "the senator", so a statement's
 * speaker can only be checked where the gold source names someone; elsewhere the span decides.
 */
function speakerNotContradicted(d: PolnearDoc, g: GoldAttribution, res: ExtractedArticle, st: ExtractedStatement): boolean {
  const gw = nameWords(g.sourceText, g.source[0]?.[0] ?? 0, d.text);
  if (gw.length === 0) return true;
  return sharesName(res, st, gw);
}

function predictedWords(res: ExtractedArticle, st: ExtractedStatement | null): string[] {
  const speaker = st && st.speakerIndex !== null ? res.speakers[st.speakerIndex]! : null;
  return speaker
    ? [speaker.name, ...speaker.aliases].join(" ").toLowerCase().split(/\s+/).map((w) => w.replace(/[’']s?$/, "").replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ""))
    : [];
}

function sharesName(res: ExtractedArticle, st: ExtractedStatement | null, words: string[]): boolean {
  return predictedWords(res, st).some((w) => words.includes(w.replace(/\.$/, "")));
}

/** Each counted gold attribution: found or missed, and when found, whether its speaker is right. */
function scoreGold(d: PolnearDoc, res: ExtractedArticle, t: PolnearTally): void {
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
function scoreSpeaker(d: PolnearDoc, g: GoldAttribution, res: ExtractedArticle, contentText: string, t: PolnearTally): void {
  const gw = nameWords(g.sourceText, g.source[0]?.[0] ?? 0, d.text);
  const lw = literalNameWords(g.sourceText);
  if (gw.length === 0 && lw.length === 0) return;
  let best = null as ExtractedStatement | null;
  let bestOv = 0;
  for (const st of res.statements) {
    const ov = overlap([st.start, st.end], g.content);
    if (ov > bestOv) {
      bestOv = ov;
      best = st;
    }
  }
  if (lw.length > 0) {
    t.literalTotal++;
    if (sharesName(res, best, lw)) t.literalRight++;
  }
  if (gw.length === 0) return;
  t.spkTotal++;
  if (sharesName(res, best, gw)) t.spkRight++;
  else {
    const speaker = best && best.speakerIndex !== null ? res.speakers[best.speakerIndex]! : null;
    t.errors.push(`SPK\t${d.name}\tgold=${g.sourceText}\tpred=${speaker?.name ?? "null"}\tasWritten=${best?.speakerAsWritten}\t${best?.rule}\t${contentText.replace(/\s+/g, " ").slice(0, 120)}`);
  }
}

/** The per-rule and per-rule+cue counts, as --errors writes them before the error lines. */
export function ruleLines(t: PolnearTally): string[] {
  const rules = [...t.byRule.entries()].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp));
  const lines = rules.map(([rule, c]) => `RULE\t${rule}\ttp=${c.tp}\tfp=${c.fp}\tignored=${c.ign}`);
  for (const [rc, c] of [...t.byRuleCue.entries()].sort((a, b) => b[1].fp - a[1].fp)) lines.push(`CUE\t${rc}\ttp=${c.tp}\tfp=${c.fp}\tignored=${c.ign}`);
  return lines;
}
