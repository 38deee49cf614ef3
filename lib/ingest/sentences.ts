// Sentence boundaries, for the whole core. Two splitters, for two jobs, and one test of a line's end:
// - splitSentences: statements are read sentence by sentence, and a closed quotation is never cut,
//   however many sentences it holds ("“We will win. Believe me,” he said" is one sentence here);
//   initials, titles and state abbreviations ("John F. Kennedy", "Sen.", "Calif.") end none, nor does
//   a quotation's "?" or "!" before its attribution ("“Why?” he asked").
// - firstSentence: a derived title is cut from the lede's first sentence as ICU's sentence
//   segmenter (Intl.Segmenter) finds it, quotations or not.
// - SENTENCE_END: whether a line ends like a sentence (article layout: headlines, wrapped lines, lists).

import { MONTHS } from "@/lib/domain/dates";
import { US_STATE_ABBREVIATIONS } from "./name-lexicons";
import { isSpace, type Quote } from "./statements/quotes";
import type { Span } from "./types";

/** A line ending like a sentence: a full stop, "?", "!" or "…" (maybe before closing quotes or brackets), or a closing quote. */
export const SENTENCE_END = /[.!?…]["”’')\]]*$|["”’]$/;

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  ...`mr mrs ms dr sen sens rep reps gov govs gen lt col maj capt sgt adm cmdr st jr sr prof rev fr no nos vs
  etc inc corp co ltd ft mt pres supt det hon atty amb sept`.split(/\s+/),
  // "May" is never shortened, so "in May." ends a sentence.
  ...MONTHS.filter((month) => month !== "May").map((month) => month.slice(0, 3).toLowerCase()),
]);

/** Words that start a sentence after an abbreviation with inner stops ("U.S. He said…" but "U.S. Senate"). */
const SENTENCE_STARTERS = new Set(
  `he she they we i it the a an but and in on at this that these those there his her their its our
  after before when while if as so yet still however meanwhile also then now some many most no one`.split(/\s+/),
);

/** A speaker and a speech verb, or the verb and then the speaker, right after a quotation. */
const ATTRIBUTION_AFTER = /^\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|he|she|they|we|the|a|an|[\p{Ll}]+[’']s|[\p{Ll}-]+)\s+){0,4}?(?:said|says|asked|asks|added|adds|told|tells|wondered|wonders|wrote|writes|explained|continued|replied|joked|quipped|insisted|recalled|shouted|exclaimed|declared)\b/u;

function insideAny(pos: number, regions: readonly Quote[]): boolean {
  for (const q of regions) if (q.closed && pos > q.open && pos < q.close - 1) return true;
  return false;
}

/** Sentence spans of a paragraph (local offsets); closed quotations are never split. */
export function splitSentences(p: string, protect: readonly Quote[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < p.length && isSpace(p[start])) start++;
  const re = /[.!?]+[”"’'»)\]]*(?=\s+[\p{Lu}“"‘'(\d«])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    const end = m.index + m[0].length;
    // A period just inside a closing quotation mark ends the sentence (“…today.” Cruz said…); one in
    // the middle of a quotation does not.
    if (insideAny(end - 1, protect)) continue;
    // "“Why would we?” Hale said": a question or exclamation mark stands for the comma before an
    // attribution, which belongs to the quotation's sentence.
    if (/[?!][”"’'»]+$/.test(m[0]) && ATTRIBUTION_AFTER.test(p.slice(end, end + 80))) continue;
    if (m[0][0] === "." && abbreviationStop(p, m.index, end)) continue;
    out.push({ start, end });
    start = end;
    while (start < p.length && isSpace(p[start])) start++;
  }
  if (start < p.length) {
    let end = p.length;
    while (end > start && isSpace(p[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out.some((s) => s.end - s.start > MAX_SENTENCE) ? out.flatMap((s) => capped(p, s, protect)) : out;
}

/**
 * The longest sentence read as one. Statements are read cue by cue, each looking across its sentence,
 * so a "sentence" of a whole text with no full stop in it (a transcript, a flattened table) cost
 * the square of its length: 40 kB took seconds, the 2 MB an article may have would take hours. The
 * longest sentence in PolNeAR train and the BBC corpus is 1,395 characters.
 */
export const MAX_SENTENCE = 2000;

/** A sentence longer than MAX_SENTENCE cut at spaces into pieces no longer, never inside a closed quotation. */
function capped(p: string, sentence: Span, protect: readonly Quote[]): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE) {
    // The last space before the bound outside a quotation; past a quotation longer than the bound, the first after it.
    let cut = start + MAX_SENTENCE;
    while (cut > start && (!isSpace(p[cut]) || insideAny(cut, protect))) cut--;
    if (cut === start) {
      cut = start + MAX_SENTENCE;
      while (cut < sentence.end && (!isSpace(p[cut]) || insideAny(cut, protect))) cut++;
      if (cut >= sentence.end) break;
    }
    let end = cut;
    while (end > start && isSpace(p[end - 1])) end--;
    pieces.push({ start, end });
    start = cut;
    while (start < sentence.end && isSpace(p[start])) start++;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end });
  return pieces;
}

const LETTER_OR_STOP = /[\p{L}.]/u;

/** True when the full stop at `stop` closes an initial or an abbreviation rather than a sentence. */
function abbreviationStop(p: string, stop: number, end: number): boolean {
  // (Read back from the stop: an expression anchored at the end is tried at every character.)
  let from = stop;
  while (from > Math.max(0, stop - 12) && LETTER_OR_STOP.test(p[from - 1]!)) from--;
  const word = p.slice(from, stop);
  const bare = word.replace(/\./g, "").toLowerCase();
  const nextWord = (/^\s+["“‘']?([\p{L}]+)/u.exec(p.slice(end))?.[1] ?? "").toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(bare) && !/^[”"’']/.test(p.slice(stop + 1))) return true;
  // "Boston, Mass. He said", "(D-Mass.)", "Mass. Gov. Tom Hale": a state; "his Midnight Mass. The
  // cardinal…" and "he fell ill. The" end sentences.
  if (US_STATE_ABBREVIATIONS.has(bare) && /^\p{Lu}/u.test(word) && (/[,(-]\s*$/.test(p.slice(Math.max(0, from - 3), from)) || !SENTENCE_STARTERS.has(nextWord)) && !/^[”"’']/.test(p.slice(stop + 1))) return true;
  if (/\./.test(word) && !SENTENCE_STARTERS.has(nextWord)) return true; // "U.S. Senate"
  return false;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The first sentence with a letter in it, as ICU segments the text; the whole text when none. */
export function firstSentence(text: string): string {
  for (const { segment } of sentenceSegmenter.segment(text)) {
    if (/\p{L}/u.test(segment)) return segment;
  }
  return text;
}
