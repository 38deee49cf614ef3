// An organisation's name as the speaker phrase writes it, whole: its adjectives kept ("the Republican
// National Committee", not "Committee") and the capitalised words joined to it by "of", "for" and
// "and" ("the Hollywood Chamber of Commerce", "the Centers for Disease Control and Prevention", "the
// U.S. Court of Appeals for the 6th Circuit"): a name cut to its last word is another name, often a
// common word.

import { isCommonWord } from "../common-words";
import { countryOf, isFirstName, isPlaceName } from "../names";
import { PARTICLES, PERSON_TITLE, RUN_OPENERS, cleanWord } from "./name-runs";
import { GENERIC_HEADS } from "./resolve-role";

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\d+(?:st|nd|rd|th))$/u;
const CONNECTOR = /^(?:of|for|and|&|the)$/;

/** The words of a capitalised run, without the words that open a sentence ("The", "But"). */
export function ownWords(run: string): string[] {
  const words = run.split(/\s+/).map(cleanWord).filter(Boolean);
  while (words.length > 1 && RUN_OPENERS.test(words[0]!)) words.shift();
  return words;
}

/**
 * The capitalised name that ends `text` when it runs back over "of", "for", "and" to more
 * capitalised words, with where it starts; null when it does not, or when a title stands in it
 * ("Secretary of State John Kerry" names a person).
 */
export function joinedName(text: string): { name: string; start: number } | null {
  // (A connector inside the name stands between white space: without one there is none to find.)
  if (!/\s(?:of|for|and|&)\s/.test(text)) return null;
  const tokens = [...text.matchAll(/\S+/g)];
  let i = tokens.length;
  while (i > 0 && (NAME_WORD.test(tokens[i - 1]![0]) || CONNECTOR.test(tokens[i - 1]![0]))) i--;
  while (i < tokens.length && (CONNECTOR.test(tokens[i]![0]) || RUN_OPENERS.test(tokens[i]![0]))) i++;
  const kept = tokens.slice(i);
  const words = kept.map((t) => t[0]);
  if (!words.slice(1, -1).some((w) => /^(?:of|for|and|&)$/.test(w))) return null;
  if (words.some((w) => PERSON_TITLE.test(w))) return null;
  return { name: words.join(" "), start: kept[0]!.index };
}

/** "the executive director of": a person's role of an organisation, before its name. */
export const ROLE_OF = /\b(?:director|president|chairman|chairwoman|chair|head|chief|spokes\w+|founder|executive|secretary|member|leader|editor|professor|fellow|analyst|economist|manager|officer|official|adviser|advisor|researcher|attorney|lawyer|counsel|partner|minister|ambassador|governor|mayor|senator|representative|commissioner|large)\s+(?:of|for|at|with|from)\s+(?:the\s+)?$/i;

/** A name of two or more capitalised words, none a first name or a title, that ends in a singular common noun and is no place. */
export function titledNoun(words: string[]): boolean {
  const last = words.at(-1)!;
  // ("Le Pen": a particle and a surname that is also a noun.)
  if (words.length < 2 || /s$/.test(last) || !isCommonWord(last) || isFirstName(words[0]!) || PARTICLES.has(words[0]!.toLowerCase()) || isPlaceName(words.join(" "))) return false;
  return !words.some((w) => PERSON_TITLE.test(w) || countryOf(w) !== null || GENERIC_HEADS.test(w));
}
