// Whether the article names an entity well enough to give it words. A single capitalised word that
// is also an ordinary word ("Research suggests", "Beyond the polls", "13 Hours will tell", "the
// Philippine Star", "according to Variety") is a name only where the article says so: a person needs a
// first name, a title ("Mr. King", "Rep. Brooks") or a role written next to it somewhere in the
// article, or to act under that word alone in mid-sentence ("Bob said", "Sanders compared"); an
// organisation needs to be written capitalised on its own in mid-sentence ("as The Times reported"),
// not only where a sentence opens ("Police said") or inside a longer name ("the Obama
// Administration"). A statement whose speaker the article does not name gets none: "speaker not
// identified".

import { FUNCTION_WORDS } from "@/lib/domain/words";
import { isCommonWord } from "../common-words";
import { SEATS_OF_GOVERNMENT } from "../name-lexicons";
import { escape } from "./org-mentions";
import type { Entity } from "./registry";
import { usedMidSentence } from "./mid-sentence";

/** True when the article names `e` as a person or organisation (see above). */
export function isNameable(e: Entity, source: string): boolean {
  if (e.first || e.titled) return true;
  const word = e.forms[0]!;
  // "Whenever asked, …": a function word is capitalised by its place, never a name.
  if (FUNCTION_WORDS.has(word.toLowerCase())) return false;
  if (/\s/.test(word) || e.forms.some((f) => f !== word) || !isOrdinaryWord(word)) return true;
  // "The Kremlin said", "the Pentagon": an institution named by the building it sits in.
  if (e.kind === "organization" && SEATS_OF_GOVERNMENT.has(word.toLowerCase())) return true;
  return cached(source, `${e.kind}\u0000${word}`, () => {
    // "A Treasury spokesperson": a body someone speaks for.
    if (e.kind === "organization" && source.includes(`${word} spokes`) && new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Tt]he|[Oo]ne)\\s+${escape(word)}\\s+spokes(?:man|woman|person)\\b`, "u").test(source)) return true;
    if (!standsAlone(word, source)) return false;
    return e.kind === "organization" || speaksByName(word, source);
  });
}

// Each test scans the article: asked again for every pronoun and description, it is answered once an
// article (the cache holds one article's answers).
let cachedSource: string | null = null;
const answers = new Map<string, boolean>();

function cached(source: string, key: string, answer: () => boolean): boolean {
  if (source !== cachedSource) {
    cachedSource = source;
    answers.clear();
  }
  let found = answers.get(key);
  if (found === undefined) {
    found = answer();
    answers.set(key, found);
  }
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word of ordinary English ("star"), or the plural of one ("millennials"). */
const isOrdinaryWord = (word: string): boolean => isCommonWord(word) || (/[^s]s$/.test(word) && isCommonWord(word.slice(0, -1)));

const SPEECH = "said|says|told|tells|added|adds|asked|wrote|writes|recalled|explained|noted|argued|insisted|continued|replied|responded|claimed|warned|stated|declared|tweeted|acknowledged|admitted|suggested|announced";

/** "Bob said", "Sanders compared", "Trump’s", "said Khan": the word names someone who acts or owns, not only a source. */
function speaksByName(word: string, source: string): boolean {
  const w = escape(word);
  return new RegExp(`(?<![\\p{L}])${w}(?:\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH}|\\p{Ll}{2,}(?:ed|s))\\b|[’']s\\s)|\\b(?:${SPEECH})\\s+${w}(?![\\p{L}])`, "u").test(source);
}

/** "as The Times reported": `word` capitalised in mid-sentence, neither opening a sentence nor inside a longer capitalised name. */
export function standsAlone(word: string, source: string): boolean {
  // Each place the word stands whole (a search for the word, then its edges: quicker than an
  // expression with a lookbehind, which is tried at every character).
  for (let at = source.indexOf(word), next = 0; at >= 0; at = source.indexOf(word, next)) {
    next = at + 1;
    if ((at > 0 && LETTER_OR_DIGIT.test(source[at - 1]!)) || LETTER_OR_DIGIT.test(source[at + word.length] ?? "")) continue;
    next = at + Math.max(1, word.length);
    const raw = (at <= 40 ? "\n" : "") + source.slice(Math.max(0, at - 40), at);
    const before = raw.replace(/(?:^|\s)[Tt]he\s*$/, " ");
    const after = source.slice(at + word.length, at + word.length + 40);
    // "The Treasury said": after a sentence's opening "The", the word's capital is its own.
    const afterOpeningThe = /(?:^|[.!?\n])[\s"“”‘’'(\[]*The\s+$/.test(raw);
    if (!afterOpeningThe && /(?:^|[.!?:\n–—―])[\s"“”‘’'(\[]*$/.test(before)) continue;
    // Inside a longer name: "Philippine Star", "Engineering and Medicine", "Star Tribune"; not after
    // "the" ("On Tuesday the Kremlin").
    // ("Motorola and Apple announced": a list of two names, one no ordinary word, is no longer name.)
    const listed = /(?:^|\s)(\p{Lu}[\p{L}’'-]*)\s+(?:and|&)\s+$/u.exec(before);
    if (listed && !isOrdinaryWord(listed[1]!) && /^\s+\p{Ll}/u.test(after)) return true;
    if ((before === raw && /[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*(?:\s+|,?\s+(?:of|for|and|&)\s+)$/u.test(before)) || /^\s+\p{Lu}/u.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * "The Times", "The Guardian": an organisation named by one ordinary word is written with the article
 * the text gives it, as newspapers write their own names; any other name as it is. ("Google", written
 * so a dozen times, is no "The Google" for once writing "the Google toolbar".)
 */
export function organizationName(name: string, source: string): string {
  if (/\s/.test(name) || !isCommonWord(name)) return name;
  const all = source.match(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
  // (Not "the Unite union", whose article goes with the noun after the name; nor "the China Daily", another name.)
  const withThe = source.match(new RegExp(`(?<![\\p{L}])[Tt]he\\s+${escape(name)}(?![\\p{L}\\p{N}])(?!\\s+(?:union|charity|party|campaign|trust|firm|company|group)\\b)(?!\\s+\\p{Lu})`, "gu"))?.length ?? 0;
  return withThe > 0 && withThe * 2 >= all ? `The ${name}` : name;
}

/**
 * "The Whirlwind said": "the" and one capitalised word that is no organisation's name or word (an
 * institution, a newspaper) is a nickname; it names nobody the article can be sure of.
 */
export function theNickname(text: string, name: string[]): boolean {
  if (name.length !== 1 || !/^[Tt]he\s+\p{Lu}\p{Ll}+$/u.test(text)) return false;
  return !INSTITUTION_ENDING.test(name[0]!) && !PAPER_PERSON_WORD.test(name[0]!);
}

const INSTITUTION_ENDING =
  /(?:bank|ment|ry|ate|ure|ice|tion|sion|ity|ium|ress|post|times|mail|sun|telegraph|economist|express|standard|record|scotsman|fed|kremlin|pentagon|vatican|commission|council|commons|lords)$/i;

/**
 * Newspaper titles that are also words for people: "The Independent" (a paper, though "independent"
 * may be a politician), "the Star", "the Guardian".
 */
export const PAPER_PERSON_WORD = /^(?:star|guardian|observer|independent|herald|mirror)$/i;

/**
 * "Organisers said", "Judges said", "Research suggests": a word capitalised only because it opens
 * the sentence (the article never capitalises it elsewhere) is a common noun, not a name.
 */
export function onlyOpensSentences(word: string, at: number, source: string): boolean {
  // Plurals and the mass nouns of news ("Research", "Evidence"); a one-word name is neither.
  if (!/^\p{Lu}\p{Ll}+(?:[^su]s|research|ence|ysis|ata|ice|ment|ry)$/u.test(word)) return false;
  if (!/(?:^|[.!?:"“”'‘’]\s*|\n\s*)$/.test(source.slice(Math.max(0, at - 3), at))) return false;
  // ('"We have young players," Williams added': after a quotation closed by a comma the sentence goes on.)
  if (/,["”'’]\s*$/.test(source.slice(Math.max(0, at - 4), at))) return false;
  return !usedMidSentence(source, word);
}
