// A statement as the rules find it, before speakers are resolved and ids given (see extract.ts), and
// the two things every rule's span goes through: trimming and telling direct from reported speech.

import type { StatementKind } from "@/lib/domain/kinds";
import type { SpeakerMode, Span } from "../types";
import type { Quote } from "./quotes";

/** The attribution rules, by the name each statement carries (README, "Statements and speakers"). */
export type RuleName =
  | "direct-quote-before-cue"
  | "direct-quote-split"
  | "mixed-before-cue"
  | "direct-quote-after-cue"
  | "mixed-after-cue"
  | "mixed-parenthetical"
  | "indirect-as-cue"
  | "indirect-that"
  | "indirect-parenthetical"
  | "indirect-object"
  | "indirect-before-cue"
  | "indirect-bare"
  | "according-to-before"
  | "according-to-parenthetical"
  | "according-to-after"
  | "direct-quote-next-paragraph"
  | "direct-quote-continuation"
  // "X said:" ending a paragraph: the speaker of a quotation in the next one, never a statement itself.
  | "pending";

export interface RawStatement extends Span {
  kind: StatementKind;
  cue: string | null;
  cueSpan: Span | null;
  speakerAsWritten: string | null;
  speakerSpan: Span | null;
  speakerMode: SpeakerMode;
  confidence: number;
  rule: RuleName;
  /** The sentence (or sentences) the statement stands in: context for topics and speaker resolution. */
  context: Span;
}

/** A rule's span without the punctuation around it. */
export function trimSpan(p: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(p[start]!)) start++;
  while (end > start && /[\s,;:—–]/.test(p[end - 1]!)) end--;
  // A trailing period belongs to the sentence, not to the reported clause (but stays inside quotes).
  if (end > start && /[.]/.test(p[end - 1]!) && !/[”"’']/.test(p[end - 2] ?? "")) end--;
  return [start, end];
}

/** Direct when the span is all quotation, mixed when it holds a quotation among reported words. */
export function kindOf(p: string, start: number, end: number, doubles: Quote[], singles: Quote[]): StatementKind {
  const inner = doubles.filter((q) => q.open >= start && q.close <= end + 1);
  if (inner.length > 0) {
    let quoted = 0;
    for (const q of inner) quoted += Math.min(q.close, end) - q.open;
    const outside = end - start - quoted;
    let unquoted = "";
    let pos = start;
    for (const q of inner) {
      if (q.open > pos) unquoted += p.slice(pos, q.open);
      pos = Math.max(pos, q.close);
    }
    if (pos < end) unquoted += p.slice(pos, end);
    if (outside <= 0 || !/[\p{L}\p{N}]/u.test(unquoted)) return "direct";
    return "mixed";
  }
  if (singles.some((q) => q.open >= start && q.close <= end + 1 && q.close - q.open > 8)) return "mixed";
  return "indirect";
}
