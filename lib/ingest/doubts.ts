// What makes an attribution less sure than its rule and its kind of speaker evidence say. Each
// sign was found among the wrong statements of the development data's top confidence band (PolNeAR
// tune + BBC dev: 97 % right without a sign, 93 % with one), and each is read from the words alone.

import { countryOf } from "./names";
import { ORG_DESCRIPTORS } from "./speakers/org-mentions";
import { PERSON_ROLE } from "./speakers/name-runs";

/** Lower-case words a speaker phrase may hold besides a name: articles, titles and roles. */
const PHRASE_WORDS = /^(?:the|a|an|of|and|for|at|in|to|its|his|her|their|former|new|top|senior|then|local|state|federal|national|foreign|prime|acting|deputy|vice|presidential|democratic|republican|u\.s\.|\d+-year-old|mr\.?|mrs\.?|ms\.?|dr\.?|sen\.|rep\.|gov\.)$/i;

/**
 * "newly lodged Harbour Licensing Board", "wonder whether rivals like Mr. Pike": a phrase
 * with words that are neither a name nor a role was cut from a longer sentence, and may be the wrong one.
 */
export function phraseHasStrayWords(phrase: string | null): boolean {
  if (!phrase) return false;
  for (const w of phrase.replace(/[’']s\b/g, "").split(/\s+/)) {
    if (!/^\p{Ll}/u.test(w) || PHRASE_WORDS.test(w) || PERSON_ROLE.test(w) || ORG_DESCRIPTORS.has(w) || countryOf(w) !== null) continue;
    return true;
  }
  return false;
}

const ATTRIBUTION = /\b(?:said|says|told|tells|added|adds|according to|wrote|writes|asked)\b/g;

/**
 * A statement whose own words hold another attribution ("…,” one of the former prosecutors said")
 * likely runs over two statements. A split quotation and a parenthetical hold their own cue once.
 */
export function holdsAnotherAttribution(text: string, rule: string): boolean {
  const own = /^(?:direct-quote-split|mixed-parenthetical|indirect-parenthetical|according-to-parenthetical)$/.test(rule) ? 1 : 0;
  return (text.match(ATTRIBUTION)?.length ?? 0) > own;
}
