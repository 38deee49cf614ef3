// Rules for a quotation the cue follows: "“…,” he said" and what grows out of it. The quotation is
// known by the time these run (Attribution.afterQuote); the three rules differ in how far the
// statement reaches on either side of it. Tried in this order; the last always applies.

import type { Attribution, Reading } from "../attribution";
import { ADVERBIAL_OPENER } from "../cue-sides";
import { firstCue } from "../cues";
import type { Quote } from "../quotes";
import type { RuleName } from "../statement";

/**
 * mixed-before-cue: reported words lead into the quotation.
 * "…and by waiting he “lost the whole season,” Hale said" → from "…and by waiting" to the
 * closing mark (or to the end of a quotation that continues after the attribution).
 */
export function mixedBeforeCue(a: Attribution): Reading | null {
  const q = a.afterQuote;
  if (!q) return null;
  const { p, sent } = a;
  const leadIn = p.slice(sent.start, q.open);
  const quoteWords = p.slice(q.open, q.close).split(/\s+/).length;
  // A quotation of a word or three ends a reported clause of its own ("…claims of a clash were
  // “wrong”, Mr Hale said"): the lead-in must then be a clause, not a few words before the quote.
  const shortQuoteInClause = quoteWords < 4 && leadIn.trim().split(/\s+/).length >= 6 && !/[,;]\s*$/.test(leadIn);
  // ("Mr Sullivan “made accounting decisions,” he told the court": a quotation opening in lower case
  // goes on with the words before it, its subject, however short.)
  const continuesLeadIn = /[\p{L}\p{N}]\s*$/u.test(leadIn) && /^(?:["“‘]|'')\s*\p{Ll}/u.test(p.slice(q.open, q.open + 4));
  if (!/[\p{L}\p{N}]/u.test(leadIn) || /[:]\s*$/.test(leadIn) || (quoteWords < 4 && !shortQuoteInClause && !continuesLeadIn) || ADVERBIAL_OPENER.test(leadIn) || /^\s*</.test(leadIn)) {
    return null;
  }
  return quotationReading(a, q, sent.start, continuedQuotation(a)?.close ?? q.close, "mixed-before-cue");
}

/**
 * direct-quote-split: the attribution stands between two parts of one quotation.
 * "“We are going to discuss it,” he said. “In the wake of the summit we have to act.”" → one statement
 * from the first mark to the last, direct whatever stands between.
 */
export function directQuoteSplit(a: Attribution): Reading | null {
  const q = a.afterQuote;
  const next = q && continuedQuotation(a);
  if (!q || !next) return null;
  return { ...quotationReading(a, q, q.open, next.close, "direct-quote-split"), kind: "direct" };
}

/** direct-quote-before-cue: "“We will win,” Trump said." / "“…,” said Sen. Ted Cruz." → the quotation. */
export function directQuoteBeforeCue(a: Attribution): Reading | null {
  const q = a.afterQuote;
  return q ? quotationReading(a, q, q.open, q.close, "direct-quote-before-cue") : null;
}

function quotationReading(a: Attribution, q: Quote, start: number, end: number, rule: RuleName): Reading {
  const context = { start: Math.min(a.sent.start, q.open), end: Math.max(a.sent.end, end) };
  return { rule, start, end, confidence: 0.9, context };
}

/**
 * The quotation that carries on right after the attribution clause ("…,” he said. “…”), unless it has
 * an attribution of its own.
 */
function continuedQuotation(a: Attribution): Quote | null {
  const { p, subject, doubles } = a;
  const tailStart = a.inverted && subject ? subject.start + subject.text.length : a.cueEnd;
  const tail = p.slice(tailStart);
  // "…,” Mr Pike said, referring to the first entries, “I knew…”: a participle aside may stand before the rest.
  // ("…,” said Alan Alda, a family friend for over 40 years. “…”": an appositive may stand before it too,
  // when it holds no cue of its own.)
  for (const re of CONTINUED_AFTER) {
    const tm = re.exec(tail);
    if (!tm || (re === APPOSITIVE_THEN_QUOTE && firstCue(tm[0]))) continue;
    const next = doubles.find((d) => d.open === tailStart + tm[0].length);
    if (next) return hasOwnCue(p, next, doubles) ? null : next;
  }
  return null;
}

const APPOSITIVE_THEN_QUOTE = /^,\s+[^“"”.;:!?]{1,150}?\.\s*(?=[“"])/u;
/** What may stand between an attribution and the rest of its quotation: a participle's aside, nothing, an appositive. */
const CONTINUED_AFTER = [/^,\s+[a-z]+ing\b[^“"”.;:!?]{0,120},\s*(?=[“"])/u, /^[^“"”.,;:!?]{0,150}?(?:[.,]\s*|\s+(?=[“"]|''))/u, APPOSITIVE_THEN_QUOTE];

/** True when a quotation is followed by its own attribution ("…,” he added). */
function hasOwnCue(p: string, q: Quote, doubles: Quote[]): boolean {
  const tail = p.slice(q.close, q.close + 60);
  // ("…web gateways.” He said behavioural systems…": after a full stop inside the quotation, a
  // sentence that opens with a capital is a statement of its own, not this one's attribution.)
  if (/[.]\s*["”]?$/.test(p.slice(Math.max(q.open, q.close - 3), q.close)) && /^\s+\p{Lu}/u.test(tail)) return false;
  const m = /^\s*([^.!?“"]*)/.exec(tail);
  if (!m) return false;
  const found = firstCue(m[1]!);
  return !!found && doubles.every((d) => d.open > q.close + m.index + found.index || d.open < q.close);
}
