// Words that would end a subject when the subject finder reads back from the verb ("and", "for",
// "from", "at", "close") but belong inside it: a name with "and" or "for" in it, one person's title
// of two roles, where a named person works, whom an anonymous source is near.

import { isCommonWord } from "../common-words";
import { NEAR_SOMEONE, ORG_WORDS } from "../name-lexicons";
import { countryOf, isFirstName } from "../names";
import { isPersonHead } from "../speakers/resolve-role";
import { PERSON_ROLE } from "../speakers/name-runs";

/**
 * Whether token `i` of the words before a verb, a word that usually ends the subject, is part of it
 * instead. `verb` is the text from the end of those words on ("has denied…").
 */
export function continuesSubject(tokens: RegExpMatchArray[], i: number, verb: string): boolean {
  return inOrganisationName(tokens, i) || roleAtBody(tokens, i) || oneNameWithAnd(tokens, i, verb) || bodyNamedWithAnd(tokens, i) || joinsRoles(tokens, i) || namesBeforeRole(tokens, i) || closeTo(tokens, i) || affiliation(tokens, i) || roleWith(tokens, i) || sourceInside(tokens, i) || documentBy(tokens, i, verb) || officialsIn(tokens, i) || envoyTo(tokens, i);
}

/**
 * "The former chief financial officer at US telecoms firm WorldCom has admitted": a role at a body,
 * after an article, is the person (news names them in the next sentence), not the body.
 */
function roleAtBody(tokens: RegExpMatchArray[], i: number): boolean {
  return tokens[i]![0] === "at" && i >= 2 && i <= 6 && /^(?:the|a|an)$/i.test(tokens[0]![0]) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "") && tokens.slice(1, i).every((t) => /^[a-z-]+$/.test(t[0])) && /^(?:officer|director|executive|chairman|chairwoman|president|head|founder|analyst|economist|manager|editor|professor|partner|adviser|advisor|trader|strategist|researcher)$/.test(tokens[i - 1]![0]);
}

/** "Pakistan's High Commissioner to Britain said", "the US ambassador to the UN": where an envoy is sent is part of who they are. */
function envoyTo(tokens: RegExpMatchArray[], i: number): boolean {
  return tokens[i]![0] === "to" && i > 0 && /^(?:ambassadors?|envoys?|commissioners?|emissary|delegates?|representatives?)$/i.test(tokens[i - 1]![0]) && /^(?:the\s+)?\p{Lu}/u.test(`${tokens[i + 1]?.[0] ?? ""} ${tokens[i + 2]?.[0] ?? ""}`);
}

/**
 * "Drug enforcement chiefs in the US have vowed", "Officials in Beijing said": where officials are is
 * part of who they are. So it is of people unnamed: "Some web users in Canada", "the woman from Georgia",
 * and where they wrote: "Some fans on TikTok claimed" is nobody named, not TikTok.
 */
function officialsIn(tokens: RegExpMatchArray[], i: number): boolean {
  if (tokens[i]![0] !== "in" && tokens[i]![0] !== "from" && tokens[i]![0] !== "on") return false;
  const who = tokens[i - 1]?.[0] ?? "";
  const unnamed = /^(?:users|residents|people|fans|voters|customers|workers|viewers|listeners|readers|shoppers|investors|traders|dealers|analysts|economists|experts|observers|diplomats|sources|locals|families|parents|students|teachers|woman|man|person|resident|user|source|official)$/.test(who);
  // "One shop supervisor in Bradford", "a nurse from Leeds": someone of a place nobody named (a
  // spokesman or a statement from a body speaks for it).
  const someone = i >= 2 && i <= 5 && /^(?:a|an|one|another)$/i.test(tokens[0]![0]) && tokens.slice(1, i).every((t) => /^[a-z-]+$/.test(t[0])) && !/^(?:spokes\w+|representative|statement|report|study|survey|poll|document|letter|email|e-mail|memo|note|release|message|post|tweet|notice|article|interview)$/.test(who);
  if (tokens[i]![0] === "on") return unnamed && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "");
  return (unnamed || someone || (tokens[i]![0] === "in" && /^(?:chiefs|officials|authorities|police|investigators|prosecutors|regulators|leaders|ministers|officers|bosses|campaigners|activists|doctors)$/i.test(who))) && /^(?:the\s+)?\p{Lu}/u.test(`${tokens[i + 1]?.[0] ?? ""} ${tokens[i + 2]?.[0] ?? ""}`);
}

/**
 * "…, a report by the government's watchdog says", "research from Kestrel Data shows": who wrote a
 * document is inside its phrase (not before a participle: in "a report from Bloomberg saying", the
 * participle's subject is read apart).
 */
function documentBy(tokens: RegExpMatchArray[], i: number, verb: string): boolean {
  if (/^\s*[a-z]+ing\b/.test(verb) || !/^(?:by|from)$/.test(tokens[i]![0]) || i === 0 || !/^(?:report|reports|study|studies|survey|poll|research|figures|data|analysis|review|audit|paper|document|letter|statement)$/i.test(tokens[i - 1]![0])) return false;
  // Only the document's own words before it ("a new survey", "Last April's report"), not a verb
  // ("The figures contradict a survey from…, which said").
  return tokens.slice(0, i - 1).every((t) => /^(?:\p{Lu}|\d)/u.test(t[0]) || /^(?:a|an|the|new|recent|latest|separate|similar|last|this|its|their|his|her|one|another|annual|official|fresh|further|earlier)$/.test(t[0]));
}

/**
 * "Centre for Maritime Studies", "Institute for Fiscal Studies": "for" inside a name; "and"
 * too after one ("Economic Commission for Latin America and the Caribbean"). "Reporters Without
 * Borders", "Campaign Against Arms Trade": a preposition with a capital between capitalised words.
 */
function inOrganisationName(tokens: RegExpMatchArray[], i: number): boolean {
  const w = tokens[i]![0];
  if (w === "on") return sundayPaper(tokens, i);
  if (/^(?:Without|Against|For|Beyond|Across|Under)$/.test(w)) return i > 0 && /^\p{Lu}\p{L}+$/u.test(tokens[i - 1]![0]) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "");
  if ((w !== "for" && w !== "and") || i === 0 || i + 1 >= tokens.length || !/^\p{Lu}/u.test(tokens[i - 1]![0])) return false;
  const next = tokens[i + 1]![0] === "the" && i + 2 < tokens.length ? tokens[i + 2]![0] : tokens[i + 1]![0];
  if (!/^\p{Lu}/u.test(next)) return false;
  if (w === "for") return true;
  for (let j = i - 1; j >= 2 && j >= i - 6 && /^(?:\p{Lu}|the$)/u.test(tokens[j]![0]); j--) {
    if (/^(?:for|of)$/.test(tokens[j - 1]![0]) && ORG_WORDS.has(tokens[j - 2]![0].toLowerCase())) return true;
  }
  return false;
}

/**
 * "Ironhorse Oil and Gas has denied", "Marks and Spencer says": capitalised words joined by "and"
 * before a verb in the singular are one name. Two speakers take the plural ("Smith and Jones say");
 * the past tense says nothing, and the "and" still ends the subject there.
 */
function oneNameWithAnd(tokens: RegExpMatchArray[], i: number, verb: string): boolean {
  if (tokens[i]![0] !== "and" || i === 0 || i + 1 >= tokens.length) return false;
  if (!/^\p{Lu}[\p{L}-]*$/u.test(tokens[i - 1]![0]) || !/^\p{Lu}[\p{L}-]*$/u.test(tokens[i + 1]![0])) return false;
  // The name opens the clause ("The Securities and Exchange Commission has asked"): in "Rosneft now
  // owns Yugansk and Russia has said" the "and" joins two clauses.
  for (let j = i - 1; j > 0; j--) if (!/^\p{Lu}/u.test(tokens[j]![0])) return false;
  if (!/^(?:\p{Lu}|the$)/u.test(tokens[0]![0])) return false;
  return /^\s*(?:has|is|was|says|adds|claims|insists|denies|warns|argues|believes|thinks)\b/.test(verb);
}

/**
 * "The Securities and Exchange Commission said", "…by the Food and Drug Administration, which
 * said": a word of English before the "and" and a body's word ending the name make one name
 * whatever the verb's tense. Two names ("Sony and Microsoft Corporation") are no words of English.
 */
function bodyNamedWithAnd(tokens: RegExpMatchArray[], i: number): boolean {
  if (tokens[i]![0] !== "and" || i === 0) return false;
  const before = tokens[i - 1]![0];
  // The name opens with "the" or the words before the verb ("admonished by the Securities and…"),
  // maybe a place or two first ("the Illinois Life and Health Insurance Council").
  let first = i - 1;
  while (first > 0 && i - first < 3 && /^\p{Lu}/u.test(tokens[first - 1]![0]) && !/^the$/i.test(tokens[first - 1]![0])) first--;
  const rest = tokens.slice(i + 1).map((t) => t[0].replace(/,$/, ""));
  // "Devon and Cornwall Police said": a force of two places.
  if (i === 1 && rest.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(before) && /^\p{Lu}\p{Ll}+$/u.test(rest[0]!) && /^(?:Police|Constabulary)$/.test(rest[1]!)) return true;
  if ((first > 0 && !/^(?:the|for|of|at|from|by)$/i.test(tokens[first - 1]![0])) || !(isCommonWord(before.toLowerCase()) || countryOf(before) !== null) || !/^\p{Lu}\p{Ll}+$/u.test(before)) return false;
  return rest.length > 0 && rest.length <= 3 && rest.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w)) && (ORG_WORDS.has(rest.at(-1)!.toLowerCase()) || AGENCY_ENDING.test(rest.at(-1)!));
}

/** What a public body named with "and" may end in: "Immigration and Customs Enforcement", "Disease Control and Prevention". */
const AGENCY_ENDING = /^(?:Enforcement|Protection|Prevention|Affairs|Security|Safety|Development|Control|Statistics|Research|Inspection|Revenue|Excise|Customs|Standards|Welfare|Rehabilitation|Conservation)$/;

/** A role word: what "and" may join inside one person's title ("chairman and chief executive"). */
const ROLE_WORDS = "founder|co-founder|chairman|chairwoman|chair|chief|executive|director|president|owner|editor|publisher|manager|secretary|treasurer|head|partner|producer|presenter|coach|captain|leader|officer|operating|financial|technology|managing|general|deputy|vice";
const ROLE_WORD = new RegExp(`^(?:${ROLE_WORDS})$`);

/** "chairman and chief executive": two role words joined in one title. */
export const ROLES_JOINED = new RegExp(String.raw`\b(?:${ROLE_WORDS})\s+and\s+(?=[a-z-]+(?:\s+[a-z-]+){0,2}\s+\p{Lu})`, "gu");

/** "Kestrel founder and director Ray Wagon": an "and" between two role words, a name after them. */
export function joinsRoles(tokens: RegExpMatchArray[], i: number): boolean {
  if (tokens[i]![0] !== "and" || i === 0 || i + 1 >= tokens.length) return false;
  // "The feminist writer and broadcaster said": two words for what one person does, after "the".
  if (i + 2 === tokens.length && isPersonHead(tokens[i - 1]![0]) && isPersonHead(tokens[i + 1]![0]) && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => /^the$/i.test(t[0]))) return true;
  // "the trade and industry secretary said": the two things a minister's office is for, then the role.
  if (i + 3 === tokens.length && i >= 2 && /^(?:the|a|an|its|his|her|their|shadow)$/i.test(tokens[i - 2]![0]) && /^\p{Ll}+$/u.test(tokens[i - 1]![0]) && /^\p{Ll}+$/u.test(tokens[i + 1]![0]) && isPersonHead(tokens[i + 2]![0])) return true;
  if (!ROLE_WORD.test(tokens[i - 1]![0]) || !/^\p{Ll}/u.test(tokens[i + 1]![0])) return false;
  // The title runs on to a capitalised name.
  for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
    const w = tokens[j]![0];
    if (/^\p{Lu}/u.test(w)) return true;
    if (!ROLE_WORD.test(w.replace(/[,.]$/, ""))) return false;
  }
  return false;
}

/** The word that ends an office's title written in capitals: "Trade and Industry Secretary". */
const OFFICE_HEAD = /^(?:Secretary|Minister|Commissioner|Chancellor|Spokesman|Spokeswoman|Spokesperson)$/;

/**
 * "said Trade and Industry Secretary Patricia Hewitt", "said Economic and Fiscal Policy Minister Heizo
 * Takenaka": an "and" inside the name of a portfolio, the office's title and a full name after it.
 */
export function joinsPortfolio(tokens: RegExpMatchArray[], i: number): boolean {
  if (tokens[i]![0] !== "and" || i === 0 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]![0])) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]![0]) && !OFFICE_HEAD.test(tokens[j]![0])) j++;
  if (j === i + 1 || j >= tokens.length || !OFFICE_HEAD.test(tokens[j]![0])) return false;
  const name = tokens.slice(j + 1, j + 3).map((t) => t[0]);
  return name.length === 2 && /^\p{Lu}[\p{L}’'-]*$/u.test(name[0]!) && /^\p{Lu}[\p{L}’'-]*[,.;]?$/u.test(name[1]!);
}

/** "said Culture, Media and Sport Secretary Tessa Jowell": a comma in a list of portfolios ending in "and". */
export function listsPortfolio(tokens: RegExpMatchArray[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+,$/u.test(tokens[i]![0])) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (tokens[j]![0] === "and") return joinsPortfolio(tokens, j);
    if (!/^\p{Lu}\p{Ll}+,?$/u.test(tokens[j]![0])) return false;
  }
  return false;
}

/**
 * "said Richard and Judy executive producer Amanda Ross": names joined by "and" before a role and a
 * person's name are what the person works on, not a second speaker.
 */
export function namesBeforeRole(tokens: RegExpMatchArray[], i: number): boolean {
  if (tokens[i]![0] !== "and" || i === 0 || !/^\p{Lu}[\p{L}’'-]*$/u.test(tokens[i - 1]![0])) return false;
  let j = i + 1;
  let names = 0;
  while (j < tokens.length && /^\p{Lu}[\p{L}’'-]*$/u.test(tokens[j]![0]) && names < 3) {
    j++;
    names++;
  }
  let roles = 0;
  while (j < tokens.length && ROLE_WORD.test(tokens[j]![0]) && roles < 3) {
    j++;
    roles++;
  }
  if (names === 0 || roles === 0) return false;
  // Two capitalised words at least, and the phrase ends with them.
  const person = tokens.slice(j, j + 3).map((t) => t[0]);
  return person.length >= 2 && /^\p{Lu}[\p{L}’'-]*$/u.test(person[0]!) && /^\p{Lu}[\p{L}’'-]*[,.;]?$/u.test(person[1]!) && (person.length === 2 || /[,.;]$/.test(person[1]!) || !/^\p{Lu}/u.test(person[2]!));
}

const NEAR_SOMEONE_PAIR = new RegExp(`^(?:${NEAR_SOMEONE})$`);

/**
 * "A source close to the star", "people familiar with the matter", "officials briefed on the talks":
 * the preposition belongs to the description of who speaks.
 */
function closeTo(tokens: RegExpMatchArray[], i: number): boolean {
  // ("Advisers to Mr. Rubio said": whom they advise is not who speaks.)
  if (i >= 1 && tokens[i]![0] === "to" && /^(?:advis[eo]rs?|aides?|allies|ally|confidants?)$/i.test(tokens[i - 1]![0])) return true;
  return i >= 2 && /^\p{L}+$/u.test(tokens[i - 2]![0]) && NEAR_SOMEONE_PAIR.test(`${tokens[i - 1]![0]} ${tokens[i]![0]}`);
}

/**
 * "Kirsten Pfeifer from the CEA", "Ana Ruiz at Fjord Capital", "Tom Hale with the ACLU": where a
 * named person works, after the name and up to the verb, as "of" is ("Nick Brul of BNP Paribas").
 */
function affiliation(tokens: RegExpMatchArray[], i: number): boolean {
  if (!/^(?:from|at|with)$/.test(tokens[i]![0]) || i < 2 || i + 1 >= tokens.length) return false;
  // Two capitalised words before it: a person's name, not one word that may open the sentence.
  if (!/^\p{Lu}[\p{L}’'-]+$/u.test(tokens[i - 1]![0]) || !/^\p{Lu}[\p{L}.’'-]*$/u.test(tokens[i - 2]![0])) return false;
  const rest = tokens.slice(i + 1).map((t) => t[0].replace(/[,]$/, ""));
  if (rest[0] === "the") rest.shift();
  return rest.length > 0 && rest.length <= 6 && /^\p{Lu}/u.test(rest[0]!) && rest.every((w) => /^(?:\p{Lu}[\p{L}.’'&-]*|of|for|and|&)$/u.test(w));
}

/** "The guitarist with US rock band Korn has quit", "the director behind JFK": someone described by their band or work. */
function roleWith(tokens: RegExpMatchArray[], i: number): boolean {
  if (!/^(?:with|behind)$/.test(tokens[i]![0]) || i < 2 || i > 5 || !/^the$/i.test(tokens[0]![0])) return false;
  const role = tokens[i - 1]![0];
  if (!tokens.slice(1, i).every((t) => /^[a-z-]+$/.test(t[0])) || PERSON_ROLE.exec(role)?.[0] !== role) return false;
  const rest = tokens.slice(i + 1);
  return rest.length > 0 && rest.length <= 6 && rest.some((t) => /^\p{Lu}/u.test(t[0]));
}

/** "a source at the club", "insiders within the party": an anonymous source, not the body it is in. */
function sourceInside(tokens: RegExpMatchArray[], i: number): boolean {
  return i >= 1 && /^(?:at|in|within|inside)$/.test(tokens[i]![0]) && /^(?:sources?|insiders?)$/i.test(tokens[i - 1]![0]);
}

/** "The Mail on Sunday", "a poll for the Independent on Sunday": a paper's name, not when. */
function sundayPaper(tokens: RegExpMatchArray[], i: number): boolean {
  return i > 0 && /^(?:Independent|Mail|Scotland|Wales)$/.test(tokens[i - 1]![0]) && /^Sunday\b/.test(tokens[i + 1]?.[0] ?? "");
}

/**
 * "said the Bank of England", "said the Transport and General Workers Union": a body's name goes on
 * past "of" after a word for a body, and past "and" before one (not "Smith of BNP Paribas").
 */
export function bodyGoesOn(tokens: RegExpMatchArray[], i: number, lower: string): boolean {
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.[0] ?? "");
  const body = (k: number) => ORG_WORDS.has((tokens[k]?.[0] ?? "").toLowerCase().replace(/[,.;:!?)]+$/, ""));
  if (!capital(i - 1) || !capital(i + 1)) return false;
  if (lower === "on") return sundayPaper(tokens, i);
  if (lower === "of") return body(i - 1);
  return lower === "and" && [1, 2, 3, 4].some((k) => capital(i + k) && body(i + k));
}

/** "…, say researchers at BDO Stoy Hayward", "analysts from Citigroup": where the experts work is part of who they are. */
export function expertsAt(tokens: RegExpMatchArray[], i: number, lower: string): boolean {
  return /^(?:at|from)$/.test(lower) && i === 1 && /^(?:researchers|analysts|economists|experts|scientists|academics|strategists|consultants)$/i.test(tokens[0]![0]) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "");
}

/**
 * "Chancellor of the Exchequer Gordon Brown", "Secretary of State Ann Hale": an "of" inside a title
 * that a person's first name and surname end.
 */
export function titleOfBeforeName(tokens: RegExpMatchArray[], i: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[i - 1]![0])) return false;
  let j = i + 1;
  if (tokens[j]?.[0] === "the") j++;
  // "Bank of Japan chief Toshihiko Fukui": lowercase role words may stand between.
  for (let k = j, lower = 0; k < Math.min(tokens.length - 1, j + 6); k++) {
    const w = tokens[k]![0];
    if (!/^\p{Lu}[\p{L}’'-]*$/u.test(w) && !(/^[a-z-]+$/.test(w) && ++lower <= 2 && k > j)) return false;
    // A first name we know, or any two capitalised words after a role word ("chief Toshihiko Fukui").
    const afterRole = k > j && /^[a-z-]+$/.test(tokens[k - 1]![0]);
    if ((isFirstName(w) || afterRole) && /^\p{Lu}/u.test(w) && /^\p{Lu}[\p{L}’'-]+[,.;:]?$/u.test(tokens[k + 1]![0]) && k > j && (k + 2 >= tokens.length || !/^\p{Lu}/u.test(tokens[k + 2]![0]))) return true;
  }
  return false;
}
