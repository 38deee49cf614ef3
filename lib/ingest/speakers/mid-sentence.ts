// Whether a capitalised word is also written in mid-sentence: a word capitalised only where a
// sentence opens ("Organisers said", "Separate figures show") is a common word, not a name.

const BEFORE = /[\p{Ll}\p{N},;]/u;
const SPACE = /\s/;
const WORD_CHAR = /\w/;

/**
 * Whether `text` holds `word` after a small letter, a digit, a comma or a semicolon and white space,
 * ending a word: what /[\p{Ll}\p{N},;]\s+WORD\b/u finds. Found with `indexOf`: the expression,
 * built for each word, was tried at every character of the article.
 */
export function usedMidSentence(text: string, word: string): boolean {
  const lastIsWordChar = WORD_CHAR.test(word[word.length - 1] ?? "");
  for (let at = text.indexOf(word, 1); at !== -1; at = text.indexOf(word, at + 1)) {
    if (lastIsWordChar === WORD_CHAR.test(text[at + word.length] ?? "")) continue;
    let i = at - 1;
    while (i >= 0 && SPACE.test(text[i]!)) i--;
    if (i === at - 1 || i < 0) continue;
    // (A letter outside the Basic Multilingual Plane is two code units.)
    const low = text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff && i > 0;
    if (BEFORE.test(low ? text.slice(i - 1, i + 1) : text[i]!)) return true;
  }
  return false;
}
