// Scores extraction against the hand-annotated BBC gold (eval/bbc-gold/gold.jsonl; format and scoring rules
// in eval/bbc-gold/README.md). Independent of PolNeAR's scorer only in what gold it reads: the matching
// (half of a prediction inside one gold statement; half of a gold statement covered) is the same.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractArticle } from "@/lib/ingest/extract";
import { countryOf } from "@/lib/ingest/names";
import type { ExtractedArticle } from "@/lib/ingest/types";
import type { Judged } from "./reliability";

// Annotations point into the corpus by offsets: the texts stay in ../shared, the repository keeps only
// what was judged of them.
const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int() });
const goldStatementSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int(),
  kind: z.enum(["direct", "indirect", "mixed"]),
  /** The cue's words in the text (null: none, or words that are not one run, as "has … announced"). */
  cueSpan: spanSchema.nullable(),
  speaker: z.string().nullable(),
  speakerType: z.enum(["person", "organisation"]).nullable(),
  accept: z.array(z.string()),
  /** Where the sentence names the speaker ("he", "the firm"), or null. */
  speakerSpan: spanSchema.nullable(),
  note: z.string().optional(),
});
const goldArticleSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  slice: z.enum(["dev", "heldout"]),
  statements: z.array(goldStatementSchema),
});
export type GoldArticle = z.infer<typeof goldArticleSchema>;
type GoldStatement = z.infer<typeof goldStatementSchema>;

export const GOLD_FILE = path.join("eval", "bbc-gold", "gold.jsonl");

export function readGold(file = GOLD_FILE): GoldArticle[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = goldArticleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}: line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

interface Predicted {
  start: number;
  end: number;
  speaker: string | null;
  rule: string;
  confidence: number;
  evidence?: string;
}

export interface ArticleScore {
  file: string;
  predictions: number;
  right: number;
  gold: number;
  found: number;
  namedFound: number;
  speakerRight: number;
  /** Found gold statements with no speaker whose prediction names one. */
  nullFound: number;
  falseAttributions: number;
  errors: string[];
  /** Each prediction with its confidence and whether it was right, words and speaker (reliability table). */
  judged: Judged[];
}

type CountKey = keyof Omit<ArticleScore, "file" | "errors" | "judged">;

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"]);

/** Lower-case words without accents, punctuation, honorifics or a leading "the". */
function words(name: string): string[] {
  const out = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    // ("U.S. Forest Service" is the US Forest Service: a country's initials with their stops are one word.)
    .replace(/\bu\.([sk])\.(?!\p{L})/gu, "u$1")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (out.length > 1 && (HONORIFICS.has(out[0]!) || out[0] === "the")) out.shift();
  return out;
}

/** The home nations, which speak for themselves (England's team is not Britain's). */
const HOME_NATIONS = new Set(["england", "english", "scotland", "scottish", "wales", "welsh"]);

/**
 * An organisation's words with each country written one way: "the British government", "the UK
 * government" and "Britain's government" are one speaker, as are "Britain" and "the United Kingdom".
 */
function countriesNamed(name: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) {
    const two = i + 1 < name.length ? countryOf(`${name[i]} ${name[i + 1]}`) : null;
    if (two) {
      out.push(two.toLowerCase());
      i++;
      continue;
    }
    const one = HOME_NATIONS.has(name[i]!) ? null : countryOf(name[i]!);
    out.push(one ? one.toLowerCase() : name[i]!);
  }
  return out;
}

/** Legal forms as news abbreviates them: "Corp" is "Corporation"; "Inc", "Ltd" and "plc" say nothing more. */
const LEGAL_FORMS = new Map([["corp", "corporation"], ["co", "company"], ["cos", "companies"], ["bros", "brothers"], ["intl", "international"]]);
const BARE_FORMS = new Set(["inc", "incorporated", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "gmbh"]);

/**
 * One organisation however its name is written: the same words once a country and a legal form are
 * written one way ("Shanghai Automotive Industry Corp" is "… Corporation"), or with a country before
 * the name on one side only ("the Customs Service" named by a British paper is the US Customs Service).
 */
/** How news shortens the names of Britain's parties, each to one form. */
const PARTY_SHORT_FORMS = new Map([
  ["lib dems", "liberal democrats"],
  ["lib dem", "liberal democrats"],
  ["liberal democrat", "liberal democrats"],
  ["tories", "conservatives"],
  ["tory", "conservatives"],
  ["conservative", "conservatives"],
]);

function sameOrganisation(predicted: string[], gold: string[]): boolean {
  const canonical = (name: string[]) => countriesNamed(name.filter((w) => w !== "and").map((w) => LEGAL_FORMS.get(w) ?? w).filter((w, i) => i === 0 || !BARE_FORMS.has(w)));
  const [p, g] = [canonical(predicted), canonical(gold)];
  if (p.join(" ") === g.join(" ")) return true;
  // "Labour Party" is Labour: a party's name with "Party" or without.
  const partyless = (name: string[]) => (name.length > 1 && name.at(-1) === "party" ? name.slice(0, -1) : name).join(" ");
  if (partyless(p) === partyless(g)) return true;
  // "Lib Dems" are the Liberal Democrats, "the Tories" the Conservatives.
  const party = (name: string) => PARTY_SHORT_FORMS.get(name) ?? name;
  if (party(partyless(p)) === party(partyless(g))) return true;
  const countryFirst = (long: string[], short: string[]) => long.length === short.length + 1 && short.length > 1 && countryOf(long[0]!) !== null && long.slice(1).join(" ") === short.join(" ");
  return countryFirst(p, g) || countryFirst(g, p);
}

const joinHyphens = (name: string) => name.replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, "");

/**
 * Whether a predicted speaker names the gold one: for a person, the same surname and, when both give
 * one, a compatible first name ("Mourinho" and "Jose Mourinho" yes; "Paul" for "Paul McCartney" no);
 * for an organisation, the same words, a country however it is written, a British party however
 * news shortens it.
 */

export function sameSpeaker(predicted: string, gold: string, type: "person" | "organisation" | null): boolean {
  if (type === "organisation") {
    const [p, g] = [words(predicted), words(gold)];
    return p.length > 0 && g.length > 0 && sameOrganisation(p, g);
  }
  // A hyphenated name is one word of a person's: "Aynsley-Green" is Al Aynsley-Green's surname,
  // not a first name "Aynsley" and a surname "Green".
  const p = words(joinHyphens(predicted));
  const g = words(joinHyphens(gold));
  if (p.length === 0 || g.length === 0) return false;
  if (p.at(-1) !== g.at(-1)) return false;
  if (p.length === 1 || g.length === 1) return true;
  const [pf, gf] = [p[0]!, g[0]!];
  return pf === gf || (pf.length === 1 && gf.startsWith(pf)) || (gf.length === 1 && pf.startsWith(gf));
}

const speakerMatches = (predicted: string | null, gold: GoldStatement): boolean =>
  predicted !== null && [gold.speaker!, ...gold.accept].some((name) => sameSpeaker(predicted, name, gold.speakerType));

export function bbcKey(file: string): string {
  return file.replace(/\//g, "_").replace(/\.txt$/, "");
}

export function predict(text: string, key: string): Predicted[] {
  return predictions(extractArticle(text, { key }));
}

export function predictions(extracted: ExtractedArticle): Predicted[] {
  return extracted.statements.map((s) => ({
    start: s.start,
    end: s.end,
    speaker: s.speakerIndex === null ? null : (extracted.speakers[s.speakerIndex]?.name ?? null),
    rule: s.rule,
    confidence: s.confidence,
    evidence: s.speakerEvidence,
  }));
}

export function scoreArticle(gold: GoldArticle, text: string, predicted: Predicted[]): ArticleScore {
  const score: ArticleScore = {
    file: gold.file, predictions: predicted.length, right: 0, gold: gold.statements.length, found: 0,
    namedFound: 0, speakerRight: 0, nullFound: 0, falseAttributions: 0, errors: [], judged: [],
  };
  const quote = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 90));
  const words = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : "-");
  for (const p of predicted) {
    const length = Math.max(1, p.end - p.start);
    const g = gold.statements.find((gs) => overlap(p, gs) * 2 >= length);
    const speakerRight = g ? (g.speaker === null ? p.speaker === null : speakerMatches(p.speaker, g)) : false;
    score.judged.push({ confidence: p.confidence, right: speakerRight, rule: p.rule, evidence: p.evidence, spanRight: !!g, speakerChecked: !!g });
    if (g) score.right++;
    else score.errors.push(`  FP   [${p.rule} ${p.confidence}] ${p.speaker ?? "(no speaker)"}: ${quote(p)}`);
  }
  for (const g of gold.statements) {
    const covering = predicted.filter((p) => overlap(p, g) > 0);
    const covered = coveredLength(g, covering);
    if (covered * 2 < g.end - g.start) {
      score.errors.push(`  MISS ${g.speaker ?? "(unnamed)"} [${words(g.cueSpan)}]: ${quote(g)}`);
      continue;
    }
    score.found++;
    const best = covering.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
    if (g.speaker === null) {
      score.nullFound++;
      if (best.speaker !== null) {
        score.falseAttributions++;
        score.errors.push(`  FALSE ${best.speaker} [${best.rule} ${best.confidence}] for an unnamed source (${words(g.speakerSpan)}): ${quote(g)}`);
      }
      continue;
    }
    score.namedFound++;
    if (speakerMatches(best.speaker, g)) score.speakerRight++;
    else score.errors.push(`  SPKR ${best.speaker ?? "(none)"} [${best.rule} ${best.confidence}] should be ${g.speaker} (${words(g.speakerSpan)}): ${quote(g)}`);
  }
  return score;
}

/** Characters of `g` that the predictions cover (their union, not their sum). */
function coveredLength(g: { start: number; end: number }, predictions: { start: number; end: number }[]): number {
  const spans = predictions.map((p) => [Math.max(p.start, g.start), Math.min(p.end, g.end)] as const).filter(([a, b]) => b > a);
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let at = g.start;
  for (const [a, b] of spans) {
    const from = Math.max(a, at);
    if (b > from) total += b - from;
    at = Math.max(at, b);
  }
  return total;
}

export interface Totals {
  articles: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  falseAttributionRate: number;
  counts: Record<CountKey, number>;
}

export function totals(scores: ArticleScore[]): Totals {
  const sum = (k: CountKey) => scores.reduce((a, s) => a + s[k], 0);
  const counts = {
    predictions: sum("predictions"), right: sum("right"), gold: sum("gold"), found: sum("found"), namedFound: sum("namedFound"),
    speakerRight: sum("speakerRight"), nullFound: sum("nullFound"), falseAttributions: sum("falseAttributions"),
  };
  const precision = counts.right / Math.max(1, counts.predictions);
  const recall = counts.found / Math.max(1, counts.gold);
  return {
    articles: scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: counts.speakerRight / Math.max(1, counts.namedFound),
    falseAttributionRate: counts.falseAttributions / Math.max(1, counts.nullFound),
    counts,
  };
}

export interface BbcDoc {
  gold: GoldArticle;
  text: string;
}

/** The gold articles of `slices` with their texts from `corpus`; a changed file is an error, never a silent skip. */
export function loadBbc(corpus: string, slices: ("dev" | "heldout")[], goldFile = GOLD_FILE): BbcDoc[] {
  return readGold(goldFile)
    .filter((g) => slices.includes(g.slice))
    .map((gold) => {
      const text = readFileSync(path.join(corpus, gold.file), "utf8");
      if (createHash("sha256").update(text).digest("hex") !== gold.sha256) throw new Error(`${gold.file}: the file differs from the one annotated`);
      return { gold, text };
    });
}

/** Scores every gold article of `slices` read from `corpus`. */
export function scoreBbc(corpus: string, slices: ("dev" | "heldout")[], goldFile = GOLD_FILE): ArticleScore[] {
  return loadBbc(corpus, slices, goldFile).map(({ gold, text }) => scoreArticle(gold, text, predict(text, bbcKey(gold.file))));
}
