// "Tories pledge free sports lessons ¶ …by a future Tory government, the party has said": "the
// party" in an article that names one party, by its name or its adjective, is that party, though
// no sentence made the party a subject the registry could take.

/** One family of names for each party, and the name it goes by when the article writes no noun for it. */
const PARTIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Tor(?:y|ies)|Conservatives?(?:\s+Party)?)\b/g, "Conservatives"],
  [/\bLabour(?:\s+Party)?\b/g, "Labour"],
  [/\b(?:Lib(?:eral)?\s+Dem(?:ocrat)?s?)\b/g, "Liberal Democrats"],
  [/\b(?:Scottish\s+National\s+Party|SNP)\b/g, "SNP"],
  [/\b(?:Plaid\s+Cymru)\b/g, "Plaid Cymru"],
  [/\b(?:UK\s+Independence\s+Party|UKIP|Ukip)\b/g, "UKIP"],
  [/\b(?:Republicans?|GOP)\b/g, "Republican Party"],
  // (Not Germany's Social or Christian Democrats.)
  [/\b(?:(?<!(?:Liberal|Social|Christian)\s)Democrats?|(?<!(?:Social|Christian)\s)Democratic\s+Party)\b/g, "Democratic Party"],
];

/** The one party named before `at` (its nouns as the article writes them, else its usual name), or null. */
export function onePartyNamedBefore(source: string, at: number): string | null {
  const before = source.slice(0, at);
  const named = PARTIES.map(([re, usual]) => ({ usual, found: [...before.matchAll(re)].map((m) => m[0]) })).filter((p) => p.found.length > 0);
  if (named.length !== 1) return null;
  // ("Tories", "Conservatives", "Lib Dems": the noun the article uses most; an adjective alone, the usual name.)
  const nouns = named[0]!.found.filter((w) => PARTY_NOUN.test(w));
  if (nouns.length === 0) return named[0]!.usual;
  const counts = new Map<string, number>();
  for (const w of nouns) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** A party's name as a noun ("Tories", "Labour"), not its adjective ("Tory"). */
const PARTY_NOUN = /s$|Party$|^(?:Labour|SNP|UKIP|Ukip|Plaid Cymru|GOP)$/;

/** Whether a name is a party's, whole and as a noun: "Lib Dems", "Conservative Party" (not "Slough Conservative Association", "Tory"). */
export function isPartyName(name: string): boolean {
  return PARTY_NOUN.test(name) && PARTIES.some(([re]) => name.replace(re, "").trim() === "");
}
