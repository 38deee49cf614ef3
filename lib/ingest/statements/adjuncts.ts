// What may stand between a subject and its verb: auxiliaries, adverbs and times ("Hewitt, 23, has
// since said", "Ms Reade on Monday insisted"). The subject finder (subjects.ts) takes them off the end
// of a noun phrase; attribution.ts looks past them for an apposition's closing comma.

import { WEEKDAYS } from "@/lib/domain/dates";

const WEEKDAY = WEEKDAYS.join("|");

/** Nouns ending in -ly, which no adverb list may take: "the family said", "the rally's organiser". */
const LY_NOUNS = "(?:family|ally|assembly|rally|monopoly|supply|bully|anomaly|folly|jelly|belly|tally|melancholy)";
export const LY_NOUN = new RegExp(`^${LY_NOUNS}$`);
/** Auxiliaries and adverbs of one word that may stand between a subject and its verb. */
const ADJUNCT_WORDS = "has have had not cannot also later previously again then once repeatedly recently publicly privately would will did does do never often reportedly quickly simply flatly further first initially subsequently earlier now since afterward afterwards meanwhile however though already still both jointly together yesterday today".split(" ");
const TIMES = "week month year night morning afternoon evening".split(" ");
/** "used a speech at the club to", "took the opportunity to": a means of speaking between a subject and its verb. */
export const USED_TO = String.raw`(?:used|uses|using)\s+(?:a|an|the|his|her|their|its|this|that)\s+(?:[^\s,.;:“”"]+\s+){0,6}?to|(?:took|takes|taking)\s+(?:the|this|that)\s+(?:opportunity|chance|occasion)\s+to`;
/** "…, has said", "…, had previously insisted", "…, on Monday said": what stands between a subject (or its apposition) and the verb. */
export const NP_TRAILING_ADJUNCT = new RegExp(
  String.raw`(?:(?:^|,?\s+)(?:${ADJUNCT_WORDS.join("|")}|[a-z]+n[’']t|(?:went|goes|go|going)\s+on\s+to|(?:was|were|is|are|been)\s+(?:forced|quick|moved|swift)\s+to|(?:hastened|rushed)\s+to|${USED_TO}|(?:time|again)\s+and\s+again|time\s+after\s+time|once\s+more|(?!${LY_NOUNS}\b)[a-z]+ly|(?:on|last|this|late|early)\s+(?:${WEEKDAY}|${TIMES.join("|")})|${WEEKDAY}))+\s*$`,
  "u",
);
/** The words NP_TRAILING_ADJUNCT can end on: tested first, as the expression is tried at every character. */
const ADJUNCT_LAST_WORDS = new Set([...ADJUNCT_WORDS, "to", "time", "more", ...TIMES, ...WEEKDAYS]);
const WORD_CHAR = /[A-Za-z’']/;
const SUNDAY_PAPER = /\b(?:Independent|Mail|Scotland|Wales)\s+on\s+Sunday$/;
/** Whether `text` may end in an adjunct: NP_TRAILING_ADJUNCT is worth trying on it. */
export function mayEndInAdjunct(text: string): boolean {
  // The last word, read back from the end (an expression anchored there is tried at every character).
  const end = text.trimEnd().length;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  const last = text.slice(start, end);
  // ("A poll for the Independent on Sunday found": a paper's name, not when it was found.)
  if (last === "Sunday" && SUNDAY_PAPER.test(text.slice(0, end))) return false;
  return ADJUNCT_LAST_WORDS.has(last) || last.endsWith("ly") || last.endsWith("n’t") || last.endsWith("n't");
}
