// Name lexicons and normalization shared by statement extraction and speaker resolution.
// Everything here is plain data and pure functions so that extraction stays fast (no NLP model):
// a few Sets looked up per token cost far less than tagging every word.

import { genderedSurnameKey, surnameOnlyKey } from "@/lib/domain/speaker-keys";
import { courtesyGender } from "@/lib/domain/speaker-names";

/** Titles and honorifics that precede a name; they are part of how a name is written, not the name. */
export const HONORIFICS = new Set(
  [
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sen", "sens",
    "rep", "reps", "gov", "govs", "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "adm", "cmdr", "amb",
    "atty", "hon", "pres", "supt", "insp", "det", "judge", "justice", "senator", "representative",
    "congressman", "congresswoman", "governor", "president", "vice", "secretary", "minister", "premier",
    "chancellor", "mayor", "speaker", "leader", "chairman", "chairwoman", "chair", "ambassador", "general",
    "admiral", "colonel", "captain", "sergeant", "lieutenant", "commissioner", "director", "attorney",
    "prosecutor", "sheriff", "spokesman", "spokeswoman", "spokesperson", "counterpart", "candidate",
    "nominee", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam",
    "chief", "deputy", "former", "acting", "foreign", "prime", "state", "defense", "treasury", "house",
    "senate", "majority", "minority", "whip", "pastor", "reverend", "father", "sister", "brother",
    "councilman", "councilwoman", "councilor", "alderman", "delegate", "lawmaker", "anchor", "host",
    "correspondent", "reporter", "columnist", "editor", "founder", "ceo", "chairperson", "strategist",
    "pollster", "adviser", "advisor", "aide", "economist", "analyst", "professor", "billionaire", "businessman",
    "businesswoman", "actor", "actress", "singer", "comedian", "activist", "businessmen", "manager",
    "officer", "agent", "official", "spokesmen", "communications", "press", "campaign", "national",
    "political", "senior", "top", "assistant", "executive", "general's", "u.s", "u.s.", "gop",
  ].map((w) => w.toLowerCase()),
);

/** Words that look like names at a sentence start but are not. */
export const NOT_NAME_WORDS = new Set(
  [
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "it", "his",
    "her", "their", "our", "my", "your", "its", "him", "them", "us", "me", "who", "what", "when", "where",
    "why", "how", "but", "and", "or", "so", "yet", "if", "while", "as", "after", "before", "since",
    "because", "although", "though", "in", "on", "at", "for", "with", "by", "from", "of", "to", "into",
    "during", "according", "asked", "also", "then", "now", "there", "here", "still", "even", "just",
    "meanwhile", "however", "instead", "yes", "no", "not", "all", "some", "many", "most", "both", "each",
    "every", "one", "two", "three", "other", "another", "such", "last", "next", "first", "new", "more",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "republican", "republicans", "democrat", "democrats", "democratic", "gop", "american", "americans",
    "conservative", "conservatives", "liberal", "liberals", "progressive", "independent", "federal",
    "national", "state", "white", "black", "latino", "hispanic", "muslim", "muslims", "christian",
    "christians", "jewish", "evangelical", "evangelicals", "catholic", "thanksgiving", "christmas",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "minister", "senator",
    "governor", "congressman", "congresswoman", "speaker", "leader", "former", "vice", "judge", "justice",
    "mayor", "chairman", "director", "spokesman", "spokeswoman", "ambassador", "general", "chief", "foreign",
    "prime", "u.s", "u.s.", "u.n", "u.n.", "us", "uk", "eu", "nato", "tass", "ap", "cnn", "fox", "nbc", "abc",
    "cbs", "msnbc", "npr", "pbs", "bbc", "reuters", "politico", "twitter", "facebook", "instagram", "youtube",
    "google", "congress", "senate", "house", "court", "supreme", "pentagon", "kremlin", "capitol", "west",
    "east", "north", "south", "western", "eastern", "northern", "southern", "europe", "european", "world",
    "god", "lord", "internet", "obamacare", "brexit", "isis", "isil", "al", "el", "la", "le", "de", "van",
    "von", "del", "der", "da", "di", "bin", "ibn", "st", "st.",
  ].map((w) => w.toLowerCase()),
);

/** Words that mark a capitalised phrase as an organisation rather than a person. */
export const ORG_WORDS = new Set(
  [
    "agency", "department", "ministry", "committee", "commission", "council", "campaign", "party",
    "association", "institute", "foundation", "university", "college", "school", "center", "centre",
    "corporation", "corp", "inc", "co", "company", "group", "network", "news", "times", "post", "journal",
    "tribune", "herald", "press", "gazette", "magazine", "daily", "review", "office", "bureau", "service",
    "services", "administration", "house", "senate", "congress", "court", "board", "union", "league",
    "coalition", "alliance", "organization", "organisation", "federation", "club", "bank", "fund",
    "project", "watch", "reuters", "tass", "ria", "interfax", "xinhua", "belta", "afp", "ap", "cnn", "nbc",
    "abc", "cbs", "msnbc", "npr", "pbs", "bbc", "fox", "politico", "breitbart", "axios", "bloomberg",
    "pentagon", "kremlin", "police", "army", "navy", "force", "forces", "guard", "council", "government",
    "parliament", "assembly", "legislature", "cabinet", "embassy", "mission", "staff", "team", "pac",
    "caucus", "fbi", "cia", "nsa", "dhs", "doj", "epa", "irs", "gao", "cbo", "dnc", "rnc", "nra", "aclu",
    "naacp", "un", "nato", "eu", "osce", "csto", "who", "imf", "opec", "isis", "isil", "hamas", "hezbollah",
    "taliban", "state", "church", "hospital", "clinic", "institution",
    "laboratory", "lab", "poll", "survey", "report", "study", "twitter", "facebook", "google", "apple",
    "microsoft", "amazon", "industries", "partners", "associates", "llc", "ltd", "plc", "society",
    "authority", "commissions", "trust", "review", "channel", "tv", "radio", "media", "newspaper",
    "website", "blog", "caucuses", "movement", "conference", "secretariat", "tribunal",
  ].map((w) => w.toLowerCase()),
);

const MALE_FIRST = `aaron abdul adam adrian ahmed al alan albert alec alex alexander alexei alexey alfred ali allen
alvin andre andrei andrew andrey andy angus anthony antonio arnold arthur barack barney barry ben benjamin
bernard bernie bill billy bob bobby boris brad bradley brandon brent brett brian bruce bryan byron calvin
carl carlos chad charles charlie chris christian christopher chuck clarence clark claude clay clifford
clint cody colin corey cory craig curt curtis dale dan daniel danny darrell dave david dean dennis derek
dick dmitri dmitry don donald doug douglas duncan dwight earl ed eddie edward eli elijah elliot emmanuel
eric erik ernest eugene evan frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald
glenn gordon graham grant greg gregory gustavo hal hank harold harry harvey hassan hector henry herbert
herman howard hugh hugo ian igor ivan jack jacob jaime jake james jamie jared jason javier jay jeb jeff
jeffrey jeremy jerome jerry jesse jim jimmy joaquin joe joel john johnny jon jonathan jorge jose joseph
josh joshua juan julian justin karl keith ken kenneth kevin kim kirk kurt kyle lamar lance larry lawrence
lee leon leonard lindsey lloyd louie louis luis luke marco marcus mario mark martin marvin matt matthew
maurice max michael miguel mike mitch mitt mohammed muhammad nathan neil newt nicholas nick nigel noah
norman oliver omar orrin oscar owen pat patrick paul pedro pete peter phil philip rafael ralph rand randy
ray raymond reince reggie rex ricardo richard rick rob robert roberto roger roland ron ronald ronny ross
roy rudy rudolph russ russell ryan sam samuel scott sean sergei sergey seth shawn sheldon sherrod simon
stanley stephen steve steven stuart ted terry thad thom thomas tim timothy todd tom tommy tony travis
trey troy tyler victor viktor vince vincent vladimir walter warren wayne wesley will william willie
xavier yuri zach zachary jeh ash beto marty mick orrin rahm corey kellyanne_no newt_ jon_ steny chuck_
reince_ mitch_ lindsey_ elijah_ vladislav dmitriy mikhail nikolai nikolay oleg pyotr anatoly anatoli
vasily vasiliy yevgeny evgeny gennady viktor valery valeri konstantin leonid aleksandr aleksei abdel
hosni bashar recep emmanuel francois jean pierre jacques nicolas angela_no benjamin_ binyamin ehud
shinzo xi narendra justin_ enrique felipe nicolas_ hugo_ fidel raul evo daniel_ rodrigo`;

const FEMALE_FIRST = `abigail alexandra alice alicia allison amanda amy ana andrea angela angelina ann anna anne
annie april ashley barbara becky betsy beth betty beverly brenda bridget brittany candace carly carol
caroline carolyn catherine cathy cecile chelsea cheryl christina christine cindy claire claudia colleen
connie cynthia dana dawn deb debbie deborah debra denise diana diane donna dora doris dorothy edith elaine
eleanor elena elisabeth elizabeth ellen emily emma erica erin eva evelyn faith frances gail gina gloria
grace gretchen hannah harriet heather heidi helen hillary holly hope huma irene jackie jacqueline jan jane
janet janice jean jeanne jennifer jenny jessica jill joan joanna jodi joni josephine joy joyce judith judy
julia julie karen kate katherine kathleen kathy katie katy kay kayleigh kelly kellyanne kimberly kirsten
kristen kristin laura lauren leah lena linda lisa liz loretta lori lorraine louise lucy lynn madeleine
maggie margaret maria marie marilyn marsha martha mary maxine megan megyn melania melissa michele michelle
mika mona monica nancy natalie nicole nikki nina nora olivia pam pamela patricia patty paula peggy penny
rachel rebecca regina renee rhonda rita roberta robin rosa rosalind rose ruth sally samantha sandra sara
sarah sharon sheila shirley sonia sophia stephanie sue susan suzanne sylvia tammy tara teresa theresa
tiffany tina tracy ursula valerie vanessa victoria virginia wanda wendy whitney yvonne zoe ivanka
condoleezza debbie_ dianne elise jeanne_ kamala tulsi marsha_ nia omarosa sarah_ stephanie_ jill_ kellie
angela_ theresa_ marine christine_ federica hillary_ melania_ huma_ donna_ katrina tamara irina olga
natalia natalya svetlana tatiana tatyana yelena elena_ ludmila lyudmila valentina maria_ marina galina
ekaterina yekaterina oksana nadezhda`;

function wordSet(list: string): Set<string> {
  return new Set(
    list
      .split(/\s+/)
      .map((w) => w.trim())
      .filter((w) => w && !w.includes("_")),
  );
}

export const MALE_FIRST_NAMES = wordSet(MALE_FIRST);
export const FEMALE_FIRST_NAMES = wordSet(FEMALE_FIRST);

export type Gender = "male" | "female" | null;

export function genderOfFirstName(word: string): Gender {
  const w = word.toLowerCase();
  const male = MALE_FIRST_NAMES.has(w);
  const female = FEMALE_FIRST_NAMES.has(w);
  if (male && !female) return "male";
  if (female && !male) return "female";
  return null;
}

// First names given to men and women alike: extraction reads "Lee" as a man's name to pick the nearest
// "he", but the corpus decides who is who by gender only where a name leaves no doubt (Lee Epstein,
// "Ms. Epstein", is a woman).
const UNISEX_FIRST = `lee kim pat chris alex sam jamie terry jesse jan jean kelly robin dana tracy lynn leslie jordan
taylor morgan casey jody jodi marion shannon stacy toni billie bobbie frankie sandy dale ashley`.split(/\s+/);

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

export function isFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w);
}

const MALE_HONORIFICS = new Set(["mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "councilman", "businessman", "spokesman", "chairman"]);
const FEMALE_HONORIFICS = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman", "businesswoman", "spokeswoman", "chairwoman", "actress"]);

export function genderOfHonorific(word: string): Gender {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (MALE_HONORIFICS.has(w)) return "male";
  if (FEMALE_HONORIFICS.has(w)) return "female";
  return null;
}

/**
 * Country adjectives and their country. Transliteration variants share one country so that
 * "Belarussian", "Belorussian" and "Belarusian" mean the same thing.
 */
const DEMONYM_LIST: Array<[string, string[]]> = [
  ["Belarus", ["belarusian", "belarussian", "belorussian", "byelorussian", "belarusan", "minsk"]],
  ["Russia", ["russian", "moscow", "kremlin"]],
  ["United States", ["american", "u.s.", "us", "u.s", "washington", "united states"]],
  ["Ukraine", ["ukrainian", "kiev", "kyiv"]],
  ["Poland", ["polish"]],
  ["Romania", ["romanian"]],
  ["Germany", ["german", "berlin"]],
  ["France", ["french", "paris"]],
  ["United Kingdom", ["british", "uk", "u.k.", "london", "english", "scottish"]],
  ["China", ["chinese", "beijing"]],
  ["Japan", ["japanese", "tokyo"]],
  ["Iran", ["iranian", "tehran"]],
  ["Iraq", ["iraqi", "baghdad"]],
  ["Syria", ["syrian", "damascus"]],
  ["Israel", ["israeli"]],
  ["Turkey", ["turkish", "ankara"]],
  ["Mexico", ["mexican"]],
  ["Canada", ["canadian"]],
  ["Cuba", ["cuban", "havana"]],
  ["Kazakhstan", ["kazakh", "kazakhstani"]],
  ["Armenia", ["armenian"]],
  ["Georgia", ["georgian"]],
  ["Lithuania", ["lithuanian"]],
  ["Latvia", ["latvian"]],
  ["Estonia", ["estonian"]],
  ["Italy", ["italian", "rome"]],
  ["Spain", ["spanish", "madrid"]],
  ["India", ["indian"]],
  ["Pakistan", ["pakistani"]],
  ["Afghanistan", ["afghan"]],
  ["Saudi Arabia", ["saudi"]],
  ["Egypt", ["egyptian"]],
  ["North Korea", ["north korean", "pyongyang"]],
  ["South Korea", ["south korean", "seoul"]],
  ["Venezuela", ["venezuelan"]],
  ["Brazil", ["brazilian"]],
];

const COUNTRY_BY_WORD = new Map<string, string>();
for (const [country, words] of DEMONYM_LIST) {
  COUNTRY_BY_WORD.set(country.toLowerCase(), country);
  for (const w of words) COUNTRY_BY_WORD.set(w, country);
}

const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
  vermont virginia washington wisconsin wyoming`.split(/\s+/),
);

/** A state, country or "South Carolina"-style place name: never a speaker by itself. */
export function isPlaceName(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/, "").replace(/[.,]$/, "");
  if (US_STATES.has(lower) || COUNTRY_BY_WORD.get(lower) === name.replace(/^the\s+/i, "")) return true;
  if (/^(?:north|south|west|east|new|rhode)\s+(?:carolina|dakota|virginia|hampshire|jersey|mexico|york|island)$/.test(lower)) return true;
  return [...COUNTRY_BY_WORD.values()].some((c) => c.toLowerCase() === lower);
}

/** "Belorussian" → "Belarus"; "of Belarus" → "Belarus"; null when the word is no country adjective. */
export function countryOf(word: string): string | null {
  return COUNTRY_BY_WORD.get(word.toLowerCase()) ?? null;
}

/** Every country named or implied by a phrase ("the Foreign Minister of Belarus" → ["Belarus"]). */
export function countriesIn(phrase: string): string[] {
  let out: string[] | null = null;
  const words = phrase.toLowerCase().split(/[\s,;:()]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[’']s$/, "");
    const c =
      (i + 1 < words.length ? COUNTRY_BY_WORD.get(`${w} ${words[i + 1]}`) : undefined) ??
      COUNTRY_BY_WORD.get(w) ??
      (w.endsWith(".") ? COUNTRY_BY_WORD.get(w.slice(0, -1)) : undefined);
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
const foldCache = new Map<string, string>();

export function foldName(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldUncached(word);
  // Names repeat across a corpus; the cache is bounded so a long ingest cannot grow it without end.
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
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
  const first = core.length > 1 ? core[0]! : null;
  return { first, surname, suffix };
}

/**
 * A key under which one person's name is the same across articles despite transliteration
 * ("Sergey Lavrov" = "Sergei Lavrov", "Vladimir Makey" = "Vladimir Makei") and titles
 * ("Sen. Ted Cruz" = "Ted Cruz").
 *
 * Surname-only names ("Makei") get a key of their own ("p:makei"), distinct from any first-named
 * key ("p:makei:vladimir"): merging every "Clinton" into one person would give Bill Clinton's words to
 * Hillary Clinton. A surname with a gendered courtesy title ("Mrs. Clinton") has one per gender. `linkSurnameKeys` (lib/domain/speaker-keys.ts) lets the corpus-level ingest attach a surname-only key to the one
 * first-named person with that surname when the corpus has exactly one.
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
