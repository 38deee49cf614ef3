// Finds statements (who said what) in body paragraphs with rules over quotes, speech verbs and the
// noun phrase next to them. Rules rather than a parser: they run in well under a millisecond per
// article, and each statement names the rule that produced it (rules/, one function per rule).
//
// A paragraph is read sentence by sentence, cue by cue: each cue gets a speaker phrase
// (attribution.ts) and then the first rule that fits reads the statement around it (firstReading).

import type { Span } from "../types";
import { splitSentences } from "../sentences";
import { attributeCue, overlapsFound, readsAsCue, toStatement, type Attribution, type ParagraphScan, type Reading } from "./attribution";
import { readSides } from "./cue-sides";
import { cuesInReadingOrder, isAccordingTo, speechLemma, type CueMatch } from "./cues";
import { findDoubleQuotes, findSingleQuotes, insideQuote } from "./quotes";
import { readAccordingTo } from "./rules/according-to";
import { colonBeforeQuotation, directQuoteContinuation, directQuoteNextParagraph } from "./rules/next-quotations";
import { directQuoteAfterCue, mixedAfterCue, mixedParenthetical } from "./rules/quote-after-cue";
import { directQuoteBeforeCue, directQuoteSplit, mixedBeforeCue } from "./rules/quote-before-cue";
import {
  indirectAsCue,
  indirectBare,
  indirectBeforeCue,
  indirectBeforeInvertedCue,
  indirectObject,
  indirectParenthetical,
  indirectThat,
} from "./rules/reported-clause";
import type { RawStatement } from "./statement";

export type { RawStatement } from "./statement";

/**
 * Statements in the given paragraphs of `source`. Offsets are indices into `source`; the caller
 * passes only body paragraphs, so headlines and boilerplate never yield statements.
 */
export function extractStatements(source: string, paragraphs: Span[]): RawStatement[] {
  const out: RawStatement[] = [];
  let previous: RawStatement | null = null;
  let pending: RawStatement | null = null;
  for (const para of paragraphs) {
    const scan = scanParagraph(source, para);
    const next = directQuoteNextParagraph(scan, pending);
    if (next) scan.local.push(next);
    pending = null;
    for (const sent of scan.sentences) {
      for (const cue of cuesInReadingOrder(scan.p.slice(sent.start, sent.end))) {
        const colon = readCue(scan, sent, cue);
        if (colon) pending = colon;
      }
    }
    for (const q of scan.doubles) {
      const continued = directQuoteContinuation(scan, q, previous);
      if (continued) scan.local.push(continued);
    }
    const local = scan.local.sort((a, b) => a.start - b.start);
    if (local.length > 0) previous = local[local.length - 1]!;
    else if (scan.p.trim()) previous = scan.doubles.length > 0 ? previous : null;
    out.push(...local);
  }
  return out;
}

function scanParagraph(source: string, para: Span): ParagraphScan {
  const p = source.slice(para.start, para.end);
  const doubles = findDoubleQuotes(p);
  const singles = findSingleQuotes(p, doubles);
  const sentences = splitSentences(p, [...doubles.filter((q) => q.closed), ...singles]);
  return { p, base: para.start, doubles, singles, sentences, local: [] };
}

/**
 * Reads one cue of a sentence, adding the statement it finds to the paragraph's. Returns the
 * "X said:" attribution when the cue ends its paragraph with a colon (its quotation is in the next).
 */
function readCue(scan: ParagraphScan, sent: Span, cue: CueMatch): RawStatement | null {
  const cueStart = sent.start + cue.index;
  const cueEnd = cueStart + cue.text.length;
  if (insideQuote(scan.doubles, cueStart)) return null;
  if (isAccordingTo(cue.text)) {
    keep(scan, readAccordingTo(scan, sent, cueStart, cueEnd));
    return null;
  }
  const lemma = speechLemma(cue.text);
  if (!lemma || !readsAsCue(scan.p, sent, cueStart, cueEnd)) return null;
  const a = attributeCue(scan, sent, { start: cueStart, end: cueEnd, word: cue.text, lemma });
  const reading = a && firstReading(a);
  if (!a || !reading) return null;
  const st = toStatement(a, reading);
  if (reading.rule === "pending") return st;
  keep(scan, st);
  return null;
}

/** A statement is kept unless an earlier one in the paragraph already covers some of its words. */
function keep(scan: ParagraphScan, st: RawStatement | null): void {
  if (st && !overlapsFound(scan, st.start - scan.base, st.end - scan.base)) scan.local.push(st);
}

/** The attribution rules in the order they are tried: the first that fits reads the cue. */
function firstReading(a: Attribution): Reading | null {
  const quotationFirst = indirectAsCue(a) ?? mixedBeforeCue(a) ?? directQuoteSplit(a) ?? directQuoteBeforeCue(a);
  if (quotationFirst) return quotationFirst;
  const s = readSides(a);
  // After an inverted cue ("…, said Makei") only what stands before it can be what was said.
  if (a.inverted) return indirectBeforeInvertedCue(a, s);
  return (
    mixedParenthetical(a, s) ??
    mixedAfterCue(a, s) ??
    directQuoteAfterCue(a, s) ??
    indirectThat(a, s) ??
    indirectParenthetical(a, s) ??
    indirectObject(a, s) ??
    indirectBeforeCue(a, s) ??
    indirectBare(a, s) ??
    colonBeforeQuotation(a)
  );
}
