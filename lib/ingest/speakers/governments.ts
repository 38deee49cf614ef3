// National governments as speakers: "the French government", "France's government" and "the
// government of France" are one speaker; "the government" is the one the article named last, or
// the home country's in a story of one country's institutions.

import { DEMONYM_LIST } from "../name-lexicons";
import { countryOf } from "../names";

/** A national government written as "the French government", "France's government", "the government of France", "the UK government". */
const GOVERNMENT_OF = String.raw`(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:[’']s)?\s+government|government\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?))`;
const GOVERNMENT = new RegExp(String.raw`^(?:the\s+)?${GOVERNMENT_OF}$`, "u");
const GOVERNMENTS = new RegExp(String.raw`\b${GOVERNMENT_OF}\b`, "gu");

/** The government a phrase names, as one name for every way of writing it ("French government"), or null. */
export function nationalGovernment(phrase: string): string | null {
  const m = GOVERNMENT.exec(phrase.trim().replace(/^The\s/, "the "));
  const place = m ? (m[1] ?? m[2])! : null;
  const country = place ? countryOf(place.replace(/[’']s$/, "")) : null;
  return country ? governmentName(country) : null;
}

function governmentName(country: string): string {
  if (country === "United States") return "US government";
  const demonym = DEMONYM_LIST.find(([c]) => c === country)?.[1][0];
  // ("South Korean government": every word of the adjective capitalised.)
  return demonym && /^[a-z]+(?: [a-z]+)?$/.test(demonym) ? `${demonym.replace(/\b[a-z]/g, (c) => c.toUpperCase())} government` : `${country} government`;
}

/** What only British or only American political news names: its institutions and parties. */
const HOME_MARKERS: ReadonlyArray<readonly [string, RegExp, string]> = [
  ["UK government", /\b(?:Downing\s+St(?:reet|\.)?|Whitehall|Westminster|the\s+Commons|House\s+of\s+Commons|House\s+of\s+Lords|Cabinet\s+Office|Home\s+Office|Foreign\s+Office|Home\s+Secretary|Lord\s+Chancellor|Tory|Tories|Lib\s+Dems?|Liberal\s+Democrats?|Labour|Mr\s+Blair|MPs|NHS|[Cc]ivil\s+serv(?:ice|ants?)|[Cc]ouncil\s+tax|[Ss]hadow\s+(?:[Cc]hancellor|[Hh]ome|[Ff]oreign|[Hh]ealth|[Ee]ducation)|Department\s+(?:for|of)\s+(?:Education|Health|Transport|Work|Trade|Constitutional|Culture|Environment)|(?:[Cc]onstitutional\s+[Aa]ffairs|[Tt]rade\s+and\s+[Ii]ndustry|[Cc]ulture|[Ee]ducation|[Hh]ealth|[Ww]ork\s+and\s+[Pp]ensions|[Ee]nvironment|[Tt]ransport|[Dd]efence|Northern\s+Ireland|Scottish|Welsh)\s+[Ss]ecretary)\b/g, "United Kingdom"],
  ["US government", /\b(?:White\s+House|Congress|Capitol\s+Hill|Senate|Pentagon|State\s+Department|Republicans?|(?<!Liberal\s)Democrats?|GOP|Obama|Bush\s+administration)\b/g, "United States"],
];

/**
 * The government "the government" stands for in an article that names no country's: the home
 * country whose institutions it names (three mentions of two kinds at least), when only one's.
 */
export function homeGovernment(source: string): string | null {
  const found = HOME_MARKERS.filter(([, re]) => {
    const marks = [...source.matchAll(re)];
    return marks.length >= 3 && new Set(marks.map((m) => m[0].toLowerCase().replace(/\s+/g, " "))).size >= 2;
  });
  if (found.length !== 1) return null;
  const [name, , home] = found[0]!;
  // Another country's government named anywhere may be whose it is ("accused the government of" names none).
  for (const m of source.matchAll(GOVERNMENTS)) {
    const country = countryOfGovernment(m);
    if (country && country !== home && !(home === "United Kingdom" && country === "Wales")) return null;
  }
  return name;
}

/** The national government the article last named before `at`, for "the government" after it. */
export function governmentBefore(source: string, at: number): string | null {
  let found: string | null = null;
  for (const m of source.slice(Math.max(0, at - 3000), at).matchAll(GOVERNMENTS)) {
    const country = countryOfGovernment(m);
    if (country) found = governmentName(country);
  }
  return found;
}

/** The country a match of GOVERNMENTS names, or null ("The French government": the sentence's capital is no part of it). */
function countryOfGovernment(m: RegExpMatchArray): string | null {
  const place = (m[1] ?? m[2])!.split(/\s+/);
  return countryOf(place.join(" ").replace(/[’']s$/, "")) ?? countryOf(place.at(-1)!.replace(/[’']s$/, ""));
}

/**
 * "The government" in an article that names no government and no home country's institutions: the
 * government of the country it is about, when one country is named three times at least and twice
 * as often as any other ("South Korea… Korean banks… Seoul's plan… the government said").
 */
export function governmentOfCountryAbout(source: string): string | null {
  const counts = new Map<string, number>();
  const words = [...source.matchAll(/\p{Lu}[\p{L}’'.-]*/gu)].map((m) => ({ word: m[0].replace(/[’']s$/, "").replace(/\.$/, ""), end: m.index + m[0].length, at: m.index }));
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    const pair = next && /^\s+$/.test(source.slice(words[i]!.end, next.at)) ? countryOf(`${words[i]!.word} ${next.word}`) : null;
    const country = pair ?? countryOf(words[i]!.word);
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    if (pair) i++;
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return null;
  return governmentName(first[0]);
}
