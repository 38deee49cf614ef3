// The language of an article's body, guessed from its most common function words.

// Function words are the cheapest reliable signal: in English prose roughly a third to a half of all
// tokens are among these; in other languages almost none are. Only English gets statements. The
// lists are evidence for a language, of about the same size for each so that their hit rates compare;
// they are not the words that topics skip (FUNCTION_WORDS in lib/domain/words.ts).
const STOP_WORDS: Record<string, Set<string>> = {
  en: new Set(
    "the of and to a in that is was he she it for on with as his her at by said from be have has are were this not but they which or an had their who will would its been also after we i you there more about than".split(
      " ",
    ),
  ),
  es: new Set("el la los las de del que y en un una por para con se su es al lo como más pero sus".split(" ")),
  fr: new Set("le la les de des du et en un une est que qui pour dans par sur au aux pas ne il elle".split(" ")),
  de: new Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es".split(" ")),
  pt: new Set("o a os as de do da dos das que e em um uma para com não por se na no mais".split(" ")),
  it: new Set("il lo la gli le di del della che e è un una per con non si sono da nel alla".split(" ")),
};

/** The languages each function word belongs to. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, stops] of Object.entries(STOP_WORDS)) for (const word of stops) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);

/** ISO 639-1 code of the text's language when it is one of a few common ones, else "und". */
export function detectLanguage(text: string): string {
  // A few hundred words decide it; reading more only costs time. Words of other scripts (CJK,
  // Arabic…) are not counted, so such texts come out "und".
  const lower = text.slice(0, 1500).toLowerCase();
  const words: string[] = [];
  const re = /[a-z\u00C0-\u024F\u0400-\u04FF]+/g;
  for (let m = re.exec(lower); m && words.length < 250; m = re.exec(lower)) words.push(m[0]);
  if (words.length === 0) return "und";
  const cyrillic = words.filter((word) => word.charCodeAt(0) >= 0x400).length;
  if (cyrillic > words.length / 2) return "ru";
  // One pass over the words, counting each language's hits (a word can be a function word of several).
  const hits = new Map<string, number>();
  for (const word of words) for (const language of LANGUAGES_OF.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  let best = "und";
  let bestRatio = 0;
  for (const language of Object.keys(STOP_WORDS)) {
    const ratio = (hits.get(language) ?? 0) / words.length;
    if (ratio > bestRatio) {
      best = language;
      bestRatio = ratio;
    }
  }
  // Headlines are light on function words, so short texts need less evidence.
  const threshold = words.length < 20 ? 0.08 : 0.15;
  return bestRatio >= threshold ? best : "und";
}
