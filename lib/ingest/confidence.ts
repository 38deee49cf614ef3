// A statement's confidence: how likely its words are a statement and the speaker shown is the one
// who said them (or, shown as "not identified", that the article names nobody). It is the share of
// statements found right by the same rule, times the share of speakers found right from the same
// kind of evidence, both measured on the development data (PolNeAR's tune slice and the BBC gold's
// dev half, `npm run eval -- … --errors FILE` writes the counts as CAL lines); never on the held-out
// slices. The reliability table `npm run eval` prints checks the product on every slice.

import type { RuleName } from "./statements/statement";
import type { SpeakerEvidence } from "./types";

/** Share of each rule's statements whose words are a statement (PolNeAR tune + BBC dev, pooled). */
const SPAN_RIGHT: Record<Exclude<RuleName, "pending">, number> = {
  "direct-quote-before-cue": 0.99,
  "direct-quote-split": 0.99,
  "direct-quote-after-cue": 0.98,
  "direct-quote-continuation": 0.97,
  "direct-quote-next-paragraph": 0.9,
  "mixed-before-cue": 0.92,
  "mixed-parenthetical": 0.89,
  "mixed-after-cue": 0.79,
  "indirect-that": 0.93,
  "indirect-bare": 0.89,
  "indirect-before-cue": 0.86,
  "indirect-parenthetical": 0.9,
  "indirect-as-cue": 0.85,
  "indirect-object": 0.78,
  "according-to-before": 0.94,
  "according-to-after": 0.92,
  "according-to-parenthetical": 0.76,
};

/**
 * Share of right speakers among right statements, by what named the speaker (BBC dev, where every
 * speaker is checked, pooled with PolNeAR tune where its gold names the source). "none" is the share
 * of statements with no speaker identified whose source is indeed unnamed. Small groups are drawn
 * toward 0.8 as if five more statements had been seen.
 */
const SPEAKER_RIGHT: Record<SpeakerEvidence, number> = {
  name: 0.98,
  previous: 0.92,
  pronoun: 0.86,
  it: 0.85,
  description: 0.75,
  none: 0.5,
};

/**
 * Share right with a sign of doubt (doubts.ts, or a surname two people of the article share) over the
 * share right without one, in the development data's top band: 92.9 % / 97.1 % on PolNeAR tune.
 */
const DOUBTED = 0.955;

/**
 * The calibrated confidence of a statement read by `rule` whose speaker was named by `evidence`,
 * lowered when something about it is doubtful.
 */
export function calibratedConfidence(rule: RuleName, evidence: SpeakerEvidence, doubted = false): number {
  const span = rule === "pending" ? 0.5 : SPAN_RIGHT[rule];
  return Math.round(span * SPEAKER_RIGHT[evidence] * (doubted ? DOUBTED : 1) * 100) / 100;
}
