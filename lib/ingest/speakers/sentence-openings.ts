// How a sentence opens before its subject: a fronted phrase of place, time or manner ("Back at the
// store, ", "Hounded by the press, ") or a description with the name in apposition after it ("Head
// of the division, Andrew Burke,"). findMentions (mentions.ts) reads the subject after them.

import { isFirstName } from "../names";
import { PERSON_ROLE } from "./name-runs";
import { isPersonHead } from "./resolve-role";

/**
 * Where "Back at the store, " or "At a dinner on Friday night, " (a phrase of place or time opening
 * the sentence at `start`) ends, or -1. The names in it are no subject.
 */
export function frontedPlaceEnd(p: string, start: number): number {
  const c = p.charCodeAt(start);
  // B, O, I, E, A, L, D, T, S, M: the phrases' first letters, a cheap test first.
  // (H, W, Y, M: "Hours later, ", "Weeks after, ", "Years on, ", "Moments later, "; F, N: "For now, ", "Now, ".)
  // ("Hounded by the press, Tevez grew tired": a participle's phrase, any letter.)
  if (c !== 66 && c !== 79 && c !== 73 && c !== 69 && c !== 65 && c !== 76 && c !== 68 && c !== 84 && c !== 83 && c !== 77 && c !== 72 && c !== 87 && c !== 89 && c !== 85 && c !== 70 && c !== 78) {
    const participle = FRONTED_PARTICIPLE.exec(p.slice(start, start + 80));
    return participle ? start + participle[0].length : -1;
  }
  const m = FRONTED_PHRASE.exec(p.slice(start, start + 90)) ?? FRONTED_PARTICIPLE.exec(p.slice(start, start + 80));
  return m ? start + m[0].length : -1;
}

/** "Hounded by the press, ", "Asked about his future, ", "Having won the title, ": a participle's phrase opening a sentence. */
// ("Giving evidence in the trial of former boss Bernie Ebbers, ": an -ing phrase may name others,
// but not before a list, "Featuring songs by Loretta Lynn, Elvis Costello, Johnny Cash and…".)
const FRONTED_PARTICIPLE = /^(?:(?:\p{Lu}\p{Ll}+(?:ed|ing)\s+(?:by|about|to|with|in|on|for|from|at|after|over|into|through|up|out|off|back|down|his|her|their|the|a|an)|Having\s+\p{Ll}+)\b[^,.;:!?“”"\p{Lu}]{0,50}|(?!According\b)\p{Lu}\p{Ll}{2,}ing\s+\p{Ll}[^,.;:!?“”"]{0,80}),\s(?=\p{Lu})(?!(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s*(?:,|and\s))/u;

/**
 * "Meanwhile" and "Separately" open a fronted phrase only with their comma, or a place, straight
 * after: in "Meanwhile rival baker Tom Hale, who…, said" the name is the subject.
 */
const ADVERB_OPENING = String.raw`(?:Separately|Meanwhile)(?=,|\s+(?:in|at|on|across|back)\b)`;

// ("But at another event on Thursday, Mr Sanders showed…": after a conjunction, when a name follows.)
const FRONTED_PHRASE = new RegExp(String.raw`^(?:(?:But|And|Yet),?\s+(?:in|on|at|after|before|during|earlier|later|last|this|back|outside|inside|elsewhere)\b[^,.;:!?“”"]{0,80},\s(?=\p{Lu})|(?:(?:But|And|Yet),?\s+(?=[Ll]ike\b|[Uu]nlike\b|[Dd]espite\b))?(?:Like|Unlike|Despite|like|unlike|despite|Back|Outside|Inside|Elsewhere|In|On|At|After|Before|During|Earlier|Later|Last|This|Speaking|Writing|${ADVERB_OPENING}|(?:Hours|Days|Weeks|Months|Years|Minutes|Moments)\s+(?:later|earlier|after|before|on|ago)|For\s+(?:now|the\s+moment|the\s+time\s+being|(?:his|her|their|its)\s+part|years|decades|months|weeks)(?=,)|(?:Now|Today|Tonight|Yesterday|So\s+far|Since\s+then|Until\s+then|By\s+then)(?=,))\b[^,.;:!?“”"]{0,80},\s)`, "u");

/** A sentence's opening adverbial up to its comma: "In the Commons,", "On Monday,", "Last week,". */
export const FRONTED = new RegExp(String.raw`^(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Speaking|Writing|Elsewhere|${ADVERB_OPENING}|Back|Outside|Inside)\b[^,.;:!?“”"]{0,50},\s?$`);

/**
 * "Echoing Condoleezza Rice, the prime minister said", "Like his predecessor Tony Blair, the leader
 * said": a name at `nameStart` inside words that open its sentence on a participle or "like" is
 * their object, so a role after its comma is the sentence's subject, not the name's apposition.
 */
export function inOpeningWords(p: string, nameStart: number): boolean {
  const from = Math.max(0, nameStart - 100);
  const m = OPENING_OBJECT.exec(p.slice(from, nameStart));
  return !!m && (m.index > 0 || from === 0);
}
const OPENING_OBJECT = /(?:^|[.!?][”"’)]*\s+)(?:(?:But|And|Yet)\s+)?(?:Like|Unlike|(?!According\b)\p{Lu}\p{Ll}{2,}ing)\s[^,;:.!?“”"]*$/u;

export const ABOUT_FRONTED = /^(?:Of|About|On|Like|Unlike|Against|Despite)\s/;

/**
 * Where a sentence at `start` that opens on what someone does, up to a comma and their name in
 * apposition, reaches that name: "Computer specialist at the IAEA, Peter Smith, would like…",
 * "Head of research at Barclays Capital, Tom Vane, said…". -1 otherwise, and for a list of people
 * ("Labour leader Ed Hale, Tom Vane and…": a first name inside the opening).
 */
export function roleOpeningEnd(p: string, start: number): number {
  const m = ROLE_OPENING.exec(p.slice(start, start + 90));
  if (!m || !(PERSON_ROLE.test(m[1]!) || m[1]!.split(/\s+/).some((w) => isPersonHead(w.toLowerCase()) || /^\p{L}{4,}(?:ist|ian)$/u.test(w))) || OPENING_CLAUSE.test(m[1]!) || m[1]!.split(/\s+/).some((w) => isFirstName(w) && /^\p{Lu}/u.test(w))) return -1;
  return start + m[0].length;
}

/** A clause, not a description: a pronoun, a verb in the past or an auxiliary ("She thanked the woman she played, Kate Hale,"). */
const OPENING_CLAUSE = /\b(?:[Ii]|he|she|they|we|you|it|him|her|them|us|is|was|are|were|has|have|had|will|would|can|could|says|told|\p{Ll}+ed)\b/u;

/** A sentence's opening words up to a comma before a name of two to four words and another comma. */
const ROLE_OPENING = /^((?:[\p{L}’'&-]+\s+){1,7}?[\p{L}’'&-]+),\s+(?=\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3},)/u;

/**
 * "The musical's British director is Matthew Warchus.": a sentence that opens on a role and says who
 * holds it names its subject after the verb.
 */
export function namedByCopula(p: string, sentenceStart: number, nameStart: number): boolean {
  const m = /^(?:The|Its|His|Her|Their)\s+((?:[\p{L}’'-]+\s+){0,4}?)([\p{Ll}-]+)\s+(?:is|was)\s+$/u.exec(p.slice(sentenceStart, nameStart));
  return !!m && isPersonHead(m[2]!) && !/[,;:]/.test(m[1]!);
}
