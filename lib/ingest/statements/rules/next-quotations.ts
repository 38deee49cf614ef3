// Rules for quotations with no cue of their own, which take the speaker of a statement before them:
// in the next paragraph after "X said:", or standing alone after a statement.

import type { Attribution, ParagraphScan, Reading } from "../attribution";
import { overlapsFound } from "../attribution";
import type { Quote } from "../quotes";
import type { RawStatement } from "../statement";

/**
 * pending: "X said:" closing the paragraph introduces a quotation in the next one. Not a statement:
 * its speaker and cue wait for directQuoteNextParagraph.
 */
export function colonBeforeQuotation(a: Attribution): Reading | null {
  const { p, sent } = a;
  if (!/:\s*$/.test(p.slice(a.cueEnd, sent.end)) || sent.end < p.trimEnd().length - 1) return null;
  return { rule: "pending", start: 0, end: p.length, confidence: 0.8 };
}

/**
 * direct-quote-next-paragraph: "Mr. Obama said:" ⏎ "“This is not who we are.”" → the quotation opening
 * the paragraph, with the speaker and cue of the colon before it.
 */
export function directQuoteNextParagraph(scan: ParagraphScan, pending: RawStatement | null): RawStatement | null {
  const q = scan.doubles[0];
  if (!pending || !q || scan.p.slice(0, q.open).trim() !== "") return null;
  const { base } = scan;
  return {
    start: base + q.open,
    end: base + q.close,
    kind: "direct",
    cue: pending.cue,
    cueSpan: pending.cueSpan,
    speakerAsWritten: pending.speakerAsWritten,
    speakerSpan: pending.speakerSpan,
    speakerMode: pending.speakerMode,
    confidence: 0.8,
    rule: "direct-quote-next-paragraph",
    context: { start: base + q.open, end: base + q.close },
  };
}

/**
 * direct-quote-continuation: a quotation of three words or more that is a sentence of its own, after a
 * statement with a speaker, in the same paragraph or (when none stands before it in this one) the one
 * before.
 * "“We will win,” Trump said." ⏎ "“And we will win big, believe me.”" → the second quotation, Trump's.
 */
export function directQuoteContinuation(scan: ParagraphScan, q: Quote, previous: RawStatement | null): RawStatement | null {
  const { p, base, local } = scan;
  if (overlapsFound(scan, q.open, q.close)) return null;
  const words = p.slice(q.open, q.close).split(/\s+/).length;
  if (words < 3) return null;
  const prevInPara = local.filter((st) => st.end - base <= q.open).pop();
  // The statement before is the previous paragraph's when nothing found in this one comes first.
  const prev = prevInPara ?? (previous && !local.some((st) => st.start - base < q.open) ? previous : null);
  if (!prev || !prev.speakerAsWritten) return null;
  if (!scan.sentences.some((sn) => sn.start === q.open)) return null;
  return {
    ...prev,
    start: base + q.open,
    end: base + q.close,
    kind: "direct",
    cue: null,
    cueSpan: null,
    speakerMode: "previous",
    confidence: 0.6,
    rule: "direct-quote-continuation",
    context: { start: base + q.open, end: base + q.close },
  };
}
