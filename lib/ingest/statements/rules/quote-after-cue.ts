// Rules for a quotation right after the cue: "Trump said: “…”" and what grows out of it. Tried in this
// order; the last applies whenever a quotation follows the cue (but not "called “…”": a name).

import type { Attribution, Reading } from "../attribution";
import { speechLemma } from "../cues";
import type { CueSides } from "../cue-sides";
import type { Quote } from "../quotes";
import type { RuleName } from "../statement";

/**
 * mixed-parenthetical: reported words, the attribution between commas, then a quotation.
 * "Particularly in poorer states, he said, “we don't know…”" → the whole sentence.
 */
export function mixedParenthetical(a: Attribution, s: CueSides): Reading | null {
  const q = quotationAfterCue(a, s);
  if (!q || !s.hasBefore || !s.parentheticalAfter) return null;
  return quotationReading(a, a.sent.start, wordsAfterQuotation(a, q) ? a.sent.end : q.close, "mixed-parenthetical");
}

/**
 * mixed-after-cue: the sentence goes on after the quotation.
 * "Trump said “nobody knows” how many jobs were lost." → from the opening mark to the sentence end.
 */
export function mixedAfterCue(a: Attribution, s: CueSides): Reading | null {
  const q = quotationAfterCue(a, s);
  if (!q || !wordsAfterQuotation(a, q)) return null;
  return quotationReading(a, q.open, a.sent.end, "mixed-after-cue");
}

/** direct-quote-after-cue: "Trump said: “We will build the wall.”" → the quotation. */
export function directQuoteAfterCue(a: Attribution, s: CueSides): Reading | null {
  const q = quotationAfterCue(a, s);
  return q ? quotationReading(a, q.open, q.close, "direct-quote-after-cue") : null;
}

function quotationAfterCue(a: Attribution, s: CueSides): Quote | null {
  const q = s.after.quoteAt;
  return q && !s.after.hadThat && a.lemma !== "call" ? q : null;
}

/** Words after the quotation in the same sentence are reported too ("… on how many jobs…"). */
function wordsAfterQuotation(a: Attribution, q: Quote): boolean {
  const after = a.p.slice(q.close, a.sent.end);
  if (!/[\p{L}\p{N}]/u.test(after)) return false;
  // "…,” but stressed that…": a second statement of the same speaker, read at its own cue.
  const next = /^[,\s]*(?:and|but)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?([a-z]+(?:\s+out)?)\b/.exec(after);
  return !(next && speechLemma(next[1]!));
}

function quotationReading(a: Attribution, start: number, end: number, rule: RuleName): Reading {
  return { rule, start, end, confidence: 0.88, context: { start: a.sent.start, end: Math.max(a.sent.end, end) } };
}
