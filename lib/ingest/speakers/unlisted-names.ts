/**
 * Evidence that a full name whose first name no list of ours knows ("Lleyton Hewitt", "Novak
 * Djokovic") is a person's: what the article goes on to say about it.
 */
import { isCommonWord } from "../common-words";
import { countryOf, isPlaceName } from "../names";
import { RUN_OPENERS } from "./name-runs";

/** ", the first Indian woman", ", a man": an apposition that says someone's sex. */
export const SEXED_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(woman|man|girl|boy)\b/u;

/**
 * "Lorcan Brightwater had heard…" and later "Brightwater said he…": a first name we do not list is
 * a person's when the article goes on to use the surname alone: once as the one who speaks ("said
 * Murray"), or twice with "he", "she", "his" or "her" after it in the same sentence; or once after
 * "Mr", "Ms", "Dr". A surname that is also a word needs three uses, one speaking, and the pronoun.
 */
export function surnameStandsAlone(source: string, name: readonly string[]): boolean {
  const [first, last] = name as [string, string];
  if (!shapedLikeName(first, last)) return false;
  // "Neither Cruz", "Senate Democrats": a word of English before it is no first name.
  if (isCommonWord(first.toLowerCase()) || isPlaceName(first) || countryOf(first) !== null || countryOf(last) !== null) return false;
  // A surname that is also a word ("Cai Pennant"; "Kansas City") needs more: three uses alone, one as the speaker.
  const needs = isCommonWord(last.toLowerCase()) ? 3 : 2;
  let alone = 0;
  let pronoun = false;
  let speaks = false;
  // ("Olympian Tomlinson … said Tomlinson": a word for what someone is may open it; not "Rhian".)
  const roleWord = /ian$/.test(first);
  const enough = () => (needs === 3 ? alone >= 3 && speaks && pronoun : (speaks && !roleWord) || (alone >= 2 && pronoun));
  for (let at = source.indexOf(last); at >= 0 && !enough(); at = source.indexOf(last, at + last.length)) {
    const before = source.slice(Math.max(0, at - 20), at);
    const after = source.slice(at + last.length, at + last.length + 200);
    if (/[\p{L}’'-]$/u.test(before) || /^[\p{L}-]/u.test(after) || /^\s+\p{Lu}/u.test(after)) continue;
    // "Ms Chandrasekhar insisted…": the surname after an honorific is a person's, and so the full name.
    if (/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$/.test(before)) return true;
    // (Inside a longer name, or after an initial; not after a sentence that ends on a capital: "on Sunday.")
    // ("But Hewitt said": a word that opens sentences is no first name.)
    const capital = /(?:(?<![\p{L}.’'-])(\p{Lu}(?:\.|[\p{L}’'-]*))|\bthe)\s+$/u.exec(before);
    if (capital && !(capital[1] && RUN_OPENERS.test(capital[1]))) continue;
    alone++;
    if (/^[^.!?“”"]*?\b(?:he|she|his|her|him)\b/.test(after)) pronoun = true;
    // "…,” said Pelletier-Foss, who was playing in her third…": once, as the one who speaks.
    // ("Adeyemi-Brooke, the former trade minister, told…": with what the person is between.)
    // ("Hewitt, 23, said", "Hewitt, who lost in 2003, had said": an age or a clause between too.)
    // ("Mirza, the first Indian woman to…", "Martinez, 32, beat": a person's sex or age, told as a person's.)
    if (/\b(?:said|says|told|tells|added|adds|[Aa]ccording\s+to)\s+$/.test(before) || SPEAKS_AFTER.test(after) || SEXED_APPOSITION.test(after) || /^,\s+(?:[1-9]\d?|1[01]\d),/.test(after)) speaks = true;
  }
  return enough();
}

/** The forms of the common verbs of speech that show someone speaking. */
const SPEECH_FORMS =
  "said|says|told|tells|added|adds|insisted|claimed|warned|admitted|argued|explained|stressed|conceded|revealed|suggested|maintained|denied|confirmed|accused|urged|described|criticised|criticized|praised|asked|replied|responded|wrote|tweeted|announced|declared|promised|vowed|predicted|blamed|posted|protested|complained";

/** "Lleyton", "Hewitt", "Pelletier-Foss": two words that are shaped like a first name and a surname. */
function shapedLikeName(first: string, last: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(last);
}

/**
 * ", 23, has since insisted", ", who lost in 2003, said", " (pictured) said", " - a former champion -
 * said": a verb of speech after a surname, perhaps past an age, a clause, a parenthesis or dashes, and two words.
 */
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:(?:the|a|an|who)\s+[^,.;:“”"]{3,80}|\d{1,3}),|\s+\([^()]{1,40}\)|\s+[-–—]\s+[^-–—.;:“”"]{3,80}\s[-–—])?\s+(?:[\p{Ll}\p{Lu}][\p{Ll}]+\s+){0,2}(?:${SPEECH_FORMS})\b`,
  "u",
);

/** "said climatologist ", "said senior economist ": a speech verb and the words for what the speaker is. */
export const SAID_WHAT_BEFORE = /\b(?:said|says|added|adds)\s+(?!(?:the|a|an|that|this|these|those|in|on|at|to|of|for|by|with|from|as|and|but|or|if|when|after|before|it|he|she|they|we|his|her|their|its|last|next|earlier|later|then|now|also)\s)(?:[\p{Ll}-]+\s+){1,2}$/u;

/**
 * "Lleyton Hewitt beat the favourite on Sunday. ¶ He said…": a full name that opens a clause and a
 * "he" or "she" that speaks or opens a sentence right after it (or "The 23-year-old"). Only where the words could be a
 * name: neither is a word of English, a place or a country ("Sinn Fein" is; "Kansas City" is not).
 */
export function pronounFollows(source: string, name: readonly string[], start: number, end: number): boolean {
  if (name.length !== 2) return false;
  const [first, last] = name as [string, string];
  if (!shapedLikeName(first, last)) return false;
  if ([first, last, `${first} ${last}`].some((w) => isCommonWord(w.toLowerCase()) || isPlaceName(w) || countryOf(w) !== null)) return false;
  // Not a name inside a quotation: "“Gethin Jenkins is starting for them. He has played…,” he added."
  if (insideQuotation(source, start)) return false;
  // ("Sofia’s mother, Marisol Ortega, read…": a name in apposition, its comma closing it.)
  const after = source.slice(end, end + 400).replace(/^,(?=\s)/, /,\s+$/.test(source.slice(Math.max(0, start - 3), start)) ? "" : ",");
  // The subject of a verb: "Lleyton Hewitt beat", "…Hewitt, 23, beat", "…Hewitt (pictured) beat".
  // ("Shami Chakrabarti, from human rights group Liberty, joined…": a description in commas too.)
  if (!/^(?:,\s+\d{1,3},|\s+\([^()]{1,40}\)|,\s+(?:from|of|at|with|a|an|the)\s+[^,"“”]{3,60},)?\s+(?!(?:of|and|or|in|on|at|for|to|from|with|the|a|an)\b)\p{Ll}/u.test(after)) return false;
  // This sentence and the next two: a pronoun that speaks, or opens the next sentence.
  // ("…read a statement in court. ¶ “You didn’t slow down. You left her,” the 44-year-old said.")
  const three = /^(?:[^]*?[.!?]["”’]?(?:\s+|$)){1,3}/u.exec(after)?.[0] ?? after;
  return PRONOUN_SPEAKS.test(three);
}

/** "He" or "The 23-year-old" opening a sentence, or "he", "she" or "the 44-year-old" speaking. */
const PRONOUN_SPEAKS = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(?:He|She|The\s+\d{1,3}-year-old)\s|\b(?:he|she|the\s+\d{1,3}-year-old)\s+(?:\p{Ll}+\s+)?(?:${SPEECH_FORMS})\b`, "u");

/** Whether an odd number of double quotation marks open the paragraph before `at`. */
function insideQuotation(source: string, at: number): boolean {
  const from = source.lastIndexOf("\n", at) + 1;
  let marks = 0;
  for (let i = from; i < at; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) marks++;
  }
  return marks % 2 === 1;
}
