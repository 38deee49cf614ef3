// Committees of a parliament as British news writes them, in lower case after the house's name: "the
// Commons work and pensions committee", "the Lords constitution committee", "the Scottish Parliament's
// justice committee", "the environment select committee". Each is an organisation named by those
// words, which "the committee" and "it" stand for later; the capitals alone would read only "Commons".

import type { Registry } from "./registry";

const HOUSE = String.raw`(?:(?:Scottish|Welsh|European|Irish|London)\s+)?(?:Commons|Lords|Senate|House|Assembly|Parliament)`;
/** Lower-case words between the house and "committee" that begin a clause or another phrase instead. */
const NOT_IN_NAME = String.raw`(?:a|an|the|to|by|with|which|that|who|was|is|has|had|have|were|will|would|said|says|in|at|for|from|on|its|their|his|her|after|before|last|this|next|one|another|new|every|each)`;
const OF_HOUSE = String.raw`${HOUSE}(?:[’']s?)?(?:\s+(?!${NOT_IN_NAME}\b)[a-z][a-z-]*){0,6}?\s+committee\b`;
/** "the environment select committee": a select committee is the Commons' without the house's name. */
const SELECT = String.raw`(?:(?!${NOT_IN_NAME}\b)[a-z][a-z-]*\s+){1,4}select\s+committee\b`;
const NAME = String.raw`(?:${OF_HOUSE}|(?<=\b[Tt]he\s+)${SELECT})`;

/** Every committee named so in a text. */
export const COMMITTEE_IN_TEXT = new RegExp(NAME, "g");
const WHOLE = new RegExp(String.raw`^(?:[Tt]he\s+)?(${NAME})$`);

/** The committee's name as the organisation's ("Commons work and pensions committee"), without the possessive. */
export const committeeName = (words: string) => words.replace(/[’']s?(?=\s)/, "").replace(/\s+/g, " ");

/**
 * The committee a speaker phrase names whole ("the Commons home affairs committee"), or, for "a
 * committee of MPs", the one committee the article names anywhere; else null.
 */
export function committeeNamed(phrase: string, reg: Registry): string | null {
  const m = WHOLE.exec(phrase.trim());
  if (m) return committeeName(m[1]!);
  if (!OF_MEMBERS.test(phrase.trim())) return null;
  const named = reg.entities.filter((e) => e.kind === "organization" && /\bcommittee$/i.test(e.forms[0] ?? ""));
  return named.length === 1 ? named[0]!.forms[0]! : null;
}

/** "A committee of MPs", "a cross-party committee of MPs and peers": a committee the article may name later. */
const OF_MEMBERS = /^an?\s+(?:[a-z-]+\s+)?committee\s+of\s+(?:MPs|MSPs|MEPs|AMs|peers|senators)(?:\s+and\s+(?:MPs|peers))?$/i;

/** A committee's name ending these words, as a speaker phrase before its verb. */
export const COMMITTEE_LAST = new RegExp(String.raw`(?:\b[Tt]he\s+)?${NAME}$`);

/** A committee's name opening these words, as a speaker phrase after its verb ("said the Lords constitution committee"). */
export const COMMITTEE_FIRST = new RegExp(String.raw`^\s*((?:[Tt]he\s+)?${NAME})`);
