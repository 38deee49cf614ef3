// A sentence that opens on a description of a person ("The confident 23-year-old is undaunted…",
// "the Tory leader declared…") is about that person, as one opening on a name is: the next "he" or
// "she" is theirs, not that of someone named before.

import type { Gender } from "../names";
import type { Discourse, Entity, Salience } from "./registry";
import { describedPerson, isPersonHead } from "./resolve-role";

/** "The 25-year-old Dubliner underlined", "But the first minister said", "the Archbishop of Canterbury wrote". */
const OPENING_DESCRIPTION =
  /(?:^|[.!?]["”’']?\s+|\n\s*)(?:(?:But|And|Yet|So|Now|However,|Meanwhile,|Earlier,?)\s+)?([Tt]he\s+(?:[\p{L}\d’'-]+\s+){0,3}?([\p{L}-]+)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?)\s+(?:(?:also|then|later|still|has|had|have|was|is|would|will|could|again)\s+)?(?:is|was|has|had|said|says|told|tells|wrote|writes|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b/gu;

/**
 * The person a description opening a sentence between `from` and `at` stands for by the roles the
 * article gave them (not by recency alone), the last such, when they can be the pronoun's (`gender`)
 * and `fits` them.
 */
export function describedSubjectBetween(from: number, at: number, gender: Gender, d: Discourse, fits: (e: Entity) => boolean): Salience | null {
  let found: Salience | null = null;
  const text = d.source.slice(from, at);
  for (const m of text.matchAll(OPENING_DESCRIPTION)) {
    if (!isPersonHead(m[2]!.toLowerCase()) && !/\d-year-old$/.test(m[2]!)) continue;
    const start = from + m.index! + m[0].indexOf(m[1]!);
    const entity = describedPerson(m[1]!, start, d);
    if (entity?.kind === "person" && (!entity.gender || !gender || entity.gender === gender) && fits(entity)) found = { at: start, entity };
  }
  return found;
}

/** "the young actress has", "The 24-year-old said": a description of a person before a verb. */
const DESCRIBED_BEFORE_VERB = /\b[Tt]he\s+(?:[\p{L}\d-]+\s+){0,2}([\p{L}-]+)\s+(?:has|had|have|is|was|were|would|will|\p{Ll}+ed|\p{Ll}+s)\b/gu;

/** Whether the text, quotations aside, makes someone described (no spokesperson) the subject of a verb. */
export function describesSomeone(text: string): boolean {
  for (const m of text.replace(/["“][^"”]*["”]/g, "").matchAll(DESCRIBED_BEFORE_VERB)) {
    const head = m[1]!.toLowerCase();
    if ((isPersonHead(head) || /\d-year-old$/.test(head)) && !head.startsWith("spokes")) return true;
  }
  return false;
}
