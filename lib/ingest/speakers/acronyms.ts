// "TfL", "DfE", "MoJ": acronyms with a small letter for a small word, and the organisations whose
// names they spell ("Transport for London").

import type { Registry } from "./registry";

/** "TfL", "DfE", "MoJ": an acronym with a small letter for a small word (a whole word). */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}$/u;
/**
 * A small letter before a capital, or what may be one: every mixed acronym has one. A plain class is
 * searched many times faster than a search for the acronyms themselves, which tries \p{Lu} at every
 * character.
 */
const LOWER_THEN_UPPER = /[a-z\u00DF-\uFFFF][A-Z\u00C0-\u1FFF\u2070-\uFFFF]/g;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** The text's mixed acronyms in order, as whole words (letters past the Basic Multilingual Plane aside). */
export function mixedAcronyms(source: string): string[] {
  const out: string[] = [];
  LOWER_THEN_UPPER.lastIndex = 0;
  for (let m = LOWER_THEN_UPPER.exec(source); m; m = LOWER_THEN_UPPER.exec(source)) {
    if (!LOWER.test(source[m.index]!) || !UPPER.test(source[m.index + 1]!)) {
      LOWER_THEN_UPPER.lastIndex = m.index + 1;
      continue;
    }
    let start = m.index;
    while (start > 0 && LETTER.test(source[start - 1]!)) start--;
    let end = m.index + 2;
    while (end < source.length && LETTER.test(source[end]!)) end++;
    const word = source.slice(start, end);
    if (MIXED_ACRONYM.test(word)) out.push(word);
    LOWER_THEN_UPPER.lastIndex = end;
  }
  return out;
}

/**
 * "TfL" after "Transport for London grapples…": the words the acronym spells are an organisation's
 * name, though none of them says so, and the acronym is another form of it.
 */
export function spelledOutAcronyms(source: string, reg: Registry): void {
  const seen = new Set<string>();
  for (const acronym of mixedAcronyms(source)) {
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    const words = [...acronym].map((ch) => (/\p{Lu}/u.test(ch) ? `${ch}[\\p{Ll}’'-]+` : `${ch}[a-z]{1,3}`));
    const spelled = new RegExp(String.raw`(?<![\p{L}])${words.join(String.raw`\s+`)}(?![\p{L}])`, "u").exec(source);
    if (spelled) reg.organization(spelled[0], spelled.index);
  }
}
