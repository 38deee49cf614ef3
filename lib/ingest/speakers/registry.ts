// The people and organizations of one article, as names are met: one entity per person however the
// name is spelt or shortened ("Vladimir Makey", "Makei"), with the roles, countries and gender the
// text gives them.

import { ORG_WORDS } from "../name-lexicons";
import { ROYAL_TITLE, countriesIn, countryOf, foldName, genderOfFirstName, genderOfHonorific, isFirstName, isPlaceName, nameParts, type Gender, type NameParts } from "../names";
import { PERSON_ROLE, PERSON_TITLE, SURNAME_ARTICLE, isPlaceByItsLastWord, withoutAmpersand } from "./name-runs";
import { initials } from "./org-mentions";
import { formalNamesOf } from "../names-diminutives";
import { sexOfWords } from "./sexed-words";
import { remembered } from "../remembered";
import type { Span } from "../types";

export interface Entity {
  kind: "person" | "organization";
  /** Folded surname (persons) or folded words (organizations). */
  surname: string;
  first: string | null;
  forms: string[];
  roles: string[];
  countries: Set<string>;
  gender: Gender;
  /** A title or a role is written next to one of its names ("Mr. King", "presidential candidate Trump"). */
  titled: boolean;
  /** The first name the article says the person goes by ('John Ellis "Jeb" Bush', "Mr. Bush, known as Jeb"). */
  goesBy?: string;
  mentions: number[];
  /** Where a report, study or survey of this organisation is named ("the Datamonitor report"). */
  issuedAt: number[];
  /** Roles read from a description given to the person on recency alone ("The candidate said…"). */
  guessedRoles?: string[];
  /** The age the article gives the person ("Mr Harlan, 59,"), for "the 59-year-old". */
  age?: number;
}

/** What "the elder X" and "the younger X" call one of two namesakes, in a role or right after the name. */
const PARENT = /^(?:father|mother|dad|mum|mom|grandfather|grandmother|sr\.?|senior)\b/i;
const GENERATIONS: Record<string, RegExp> = { elder: PARENT, older: PARENT, younger: /^(?:son|daughter|grandson|granddaughter|jr\.?|junior)\b/i };

/** Two folded given names of one person: the same, or one short for the other ("mike", "michael"). */
const sameGiven = (a: string, b: string): boolean => a === b || formalNamesOf(a).includes(b) || formalNamesOf(b).includes(a);

// Titles of address and rank before a name that PERSON_TITLE leaves out ("Representative Brooks").
const RANK = /^(?:representative|reps?|sens|govs|amb|atty|hon|supt|insp|det|cmdr|cpl|fr|lord|lady|dame|sir|baroness|baron|earl|duke|duchess|admiral|colonel|captain|sergeant|lieutenant|cardinal|bishop|rabbi|imam|pastor|reverend|councilman|councilwoman|delegate|lawmaker|coach)\.?$/i;

const LEADING_ARTICLE = new RegExp(`^${SURNAME_ARTICLE}`, "u");

/** Last words of events' names: gatherings, not bodies that speak. */
/** "The Fed", "the Met": the word news clips the first word of a body's name to, when the article names the body. */
const CLIPPED = new Map([["Fed", "Federal"], ["Met", "Metropolitan"]]);
const EVENT = /^(?:Convention|Conference|Summit|Games|Olympics|Cup|Championships?|Festival|Show|Awards|Expo|Fair|Marathon|Open)$/;

/** The titles of a knight or a peer, whom British news never calls "Mr" or "Mrs". */
const ENNOBLED = /^(?:Sir|Lord|Lady|Dame|Baroness|Baron)\b/;

/** "SBC Communications", "BT Group": what a firm known by letters adds to them in its full name. */
const CORPORATE_SUFFIX = /^(?:Communications|Group|Holdings|Systems|Corporation|Corp|Inc|plc|PLC|Ltd|Limited|Industries|Technologies|Telecom|Airlines|Airways|Motors|Energy|Pharmaceuticals)$/;

/** Roles that make a woman one a paper calls "Mrs": "mother", "widow", "grandmother-of-five". */
const MARRIED = /\b(?:mother|mum|mom|wife|widow|grandmother|gran|granny|grandma|nan)\b/i;

/** Honorifics that stand before a surname ("Mr Flight"), unlike "Sir Alex". */
const HONORIFIC_BEFORE_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;

export class Registry {
  entities: Entity[] = [];
  /** The article's text, where the order of a name's forms is read. */
  constructor(private readonly source = "") {}
  private byKey = new Map<string, Entity>();
  private bySurnameIndex = new Map<string, Entity[]>();
  /** People by each word of their forms but the last ("Ban" of "Ban Ki-moon"), for byNameWord(). */
  private byInnerWord = new Map<string, Entity[]>();
  /** Every word and the initials of every organisation's forms, folded: a name sharing none can be no other form of one. */
  private orgWords = new Set<string>();
  /** Every form of every organisation, split into words (and its initials, both ways), for orgAlias(). */
  private orgForms: { entity: Entity; theirs: string[]; initials: string; firstLetters: string }[] = [];
  /** People by a nickname of more than a first name, lower case, without "the" ('"The Meatball King"'). */
  nicknames = new Map<string, Entity>();

  person(nameWords: readonly string[], at: number, titles: readonly string[], roleText: string | null): Entity | null {
    // "Prince Charles": a royal with one name goes by it with the title (names.ts keeps the two).
    const royal = nameWords.length === 1 && ROYAL_TITLE.test(titles.at(-1) ?? "");
    const form = royal ? `${titles.at(-1)} ${nameWords[0]}` : nameWords.join(" ");
    const named = personName(form);
    if (!named || isPlaceByItsLastWord(nameWords)) return null;
    const { parts, surname, first } = named;
    // "Mr Tolley" and "Jane Tolley" are two people (a husband and wife): never one across genders.
    const gender = named.gender ?? titles.map(genderOfHonorific).find((g) => g) ?? null;
    const compatible = (x: Entity | undefined) => (x && gender && x.gender && x.gender !== gender ? undefined : x);
    let e: Entity | undefined;
    if (first) {
      e = this.byKey.get(`${surname}:${first}`);
      // "Prince Alwaleed" after "Alwaleed bin Talal": the one person of that first name, or of that name alone.
      if (!e && royal) {
        const given = this.entities.filter((x) => x.kind === "person" && x.first === surname);
        e = compatible(given.length === 1 ? given[0] : this.byKey.get(`${surname}:`));
      }
      if (!e) {
        // A surname-only person seen earlier becomes this one when no other first name competes.
        const lone = compatible(this.byKey.get(`${surname}:`));
        const others = this.samePerson(surname).filter((x) => x.first);
        if (lone && others.length === 0) {
          e = lone;
          e.first = first;
          this.byKey.set(`${surname}:${first}`, e);
        }
      }
    } else {
      e = compatible(parts.suffix ? this.bySurname(surname) : this.byNameWord(parts.surname));
      // "Galloway, the senator," after Rep. Dean Galloway and Sen. Ruth Galloway: the one holding it.
      const office = roleText && this.samePerson(surname).length > 1 ? roleText.toLowerCase().split(/\s+/).pop()! : "";
      const holders = office ? this.samePerson(surname).filter((x) => x.roles.some((r) => spelledOutOffice(r).split(/\s+/).includes(office))) : [];
      if (holders.length === 1) e = holders[0];
      // "The elder Cardenas" of a fighter and his father: the one the article called a parent.
      const elder = /\b[Tt]he\s+(elder|older|younger)\s+$/.exec(this.source.slice(Math.max(0, at - 16), at))?.[1];
      const generation = holders.length === 0 && elder && this.samePerson(surname).length > 1 ? GENERATIONS[elder] : undefined;
      const ofGeneration = generation ? this.samePerson(surname).filter((x) => x.roles.some((r) => generation.test(r)) || x.mentions.some((m) => generation.test(this.source.slice(m, m + 80).replace(/^[\p{L}.’' -]+,\s+(?:\p{Lu}[\p{L}-]*[’']s\s+)?/u, "")))) : [];
      if (ofGeneration.length === 1) e = ofGeneration[0];
      // "Prof Tremayne" after Dr Eleanor Tremayne and Professor Ian Tremayne: the one of that title.
      const title = holders.length === 0 && this.samePerson(surname).length > 1 ? titles.map(titleWord).find((t) => t) : undefined;
      const titled = title ? this.samePerson(surname).filter((x) => x.roles.some((r) => r.split(/\s+/).some((w) => titleWord(w) === title))) : [];
      if (titled.length === 1) e = titled[0];
      // "Mrs Sandhu" after "Ms Sandhu" (the daughter) and her mother Kulwinder Sandhu: a woman the
      // article calls "Ms" or "Miss" is not the one it calls "Mrs", nor the other way round.
      const courtesy = titles.map((t) => t.replace(/\.$/, "").toLowerCase()).find((t) => /^(?:mrs|ms|miss)$/.test(t));
      const calledOtherwise = (x: Entity) => x.roles.some((r) => /^(?:mrs|ms|miss)\.?$/i.test(r) && (r.replace(/\.$/, "").toLowerCase() === "mrs") !== (courtesy === "mrs"));
      if (e && courtesy && calledOtherwise(e) && !e.roles.some((r) => r.replace(/\.$/, "").toLowerCase() === courtesy)) {
        const rest = this.samePerson(surname).filter((x) => x !== e && compatible(x) && !calledOtherwise(x));
        if (rest.length === 1) e = rest[0];
      }
      // "Mrs McKenna" after the actress Orla McKenna and "Her mother, Bernie McKenna,": the mother, wife or widow.
      const married = courtesy === "mrs" && this.samePerson(surname).length > 1 ? this.samePerson(surname).filter((x) => x.gender !== "male" && x.roles.some((r) => MARRIED.test(r))) : [];
      if (married.length === 1) e = married[0];
      // A speaker's words read again where the mentions already told namesakes apart.
      const here = this.samePerson(surname).length > 1 ? this.samePerson(surname).filter((x) => x.mentions.some((m) => m >= at && m < at + 20)) : [];
      if (here.length === 1) e = here[0];
      // "Mr Howard" after "Howard Flight", whom the article calls "Mr Flight": an honorific goes
      // before the name someone is called by, so this is another person. ("Mr. Lou" is still Lou
      // Jiwei, whom the article never calls "Mr. Jiwei".)
      if (e && e.first === foldName(parts.surname) && titles.some((t) => HONORIFIC_BEFORE_SURNAME.test(t)) && e.forms.some((f) => foldName(f) === e!.surname)) e = undefined;
      // "Mr Blair" after "Sir Ian Blair" and "Tony Blair": a knight or a peer is never "Mr".
      if (e && titles.some((t) => /^(?:Mr|Mrs|Ms|Miss)\.?$/.test(t)) && e.roles.some((r) => ENNOBLED.test(r))) {
        const plain = this.samePerson(surname).filter((x) => !x.roles.some((r) => ENNOBLED.test(r)) && compatible(x));
        if (plain.length > 0) e = plain.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
      }
      // "Mr. Khan" after "Khizr Khan" and "Ghazala Khan", whose sexes no list knows: the one the
      // article made a man, else nobody yet (a person of the surname alone), never a guess.
      // ("Mr MacLeod" after "Fiona MacLeod" and "Alasdair MacLeod" is the one not known a woman.)
      if (e && gender && !e.gender && this.samePerson(surname).length > 1) e = this.samePerson(surname).find((x) => x.gender === gender);
      // "Mrs Tolley" after "Jane Tolley" and "Mr Tolley": the one of her sex; "Mr MacLeod" after
      // "Fiona MacLeod" and "Alasdair MacLeod", the one the article did not make a woman.
      if (!e && gender) {
        const unknown = this.samePerson(surname).filter((x) => !x.gender);
        e = this.samePerson(surname).find((x) => x.gender === gender) ?? (unknown.length === 1 && this.samePerson(surname).length > 1 ? unknown[0] : undefined);
      }
    }
    // "Mr Baez Silva" is Carlos Baez Silva: a name of two words or more that ends a longer one.
    // ("Hector Cardenas" after "Ruben Cardenas… Cardenas said" is his father: another given name.)
    e ??= this.samePerson(surname).find((x) => compatible(x) && x.forms.some((f) => endsWithWords(f, form) || (endsWithWords(form, f) && (!first || !x.first || sameGiven(first, x.first)))));
    if (!e) {
      e = { kind: "person", surname, first, forms: [], roles: [], countries: new Set(), gender: null, titled: false, mentions: [], issuedAt: [] };
      this.entities.push(e);
      this.bySurnameIndex.set(surname, [...this.samePerson(surname), e]);
      this.byKey.set(`${surname}:${first ?? ""}`, e);
    }
    if (!e.forms.includes(form)) {
      e.forms.push(form);
      for (const word of form.split(/\s+/).slice(0, -1)) {
        const people = this.byInnerWord.get(word);
        if (!people) this.byInnerWord.set(word, [e]);
        else if (!people.includes(e)) people.push(e);
      }
    }
    e.mentions.push(at);
    if (gender && !e.gender) e.gender = gender;
    // "RNC Chief of" + "Staff": a title cut at "of" reads in text order.
    const role = (/\bof$/.test(roleText ?? "") ? [roleText, ...titles] : [...titles, roleText ?? ""]).join(" ").trim();
    if (role) this.addRole(e, role);
    if ((roleText && PERSON_ROLE.test(roleText)) || titles.some((t) => PERSON_TITLE.test(t) || RANK.test(t))) e.titled = true;
    return e;
  }

  /** The people of this surname, indexed as they are registered. */
  private samePerson(surname: string): Entity[] {
    return this.bySurnameIndex.get(surname) ?? [];
  }

  /** Whether another person of the article has this person's surname. */
  sharesSurname(e: Entity): boolean {
    return e.kind === "person" && this.samePerson(e.surname).length > 1;
  }

  bySurname(surname: string): Entity | undefined {
    const same = this.samePerson(surname);
    if (same.length <= 1) return same[0];
    // Several people share the surname (Bill and Hillary Clinton): the most mentioned one is meant.
    return same.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  }

  /**
   * The person goes by `nickname` ("Jeb"): a later "Jeb Bush" is them. Ignored when another person of
   * the surname already has that first name (the text named two people before saying they are one).
   */
  goesBy(e: Entity, nickname: string): void {
    const key = `${e.surname}:${foldName(nickname)}`;
    const other = this.byKey.get(key);
    if (other && other !== e) return;
    this.byKey.set(key, e);
    e.goesBy = nickname;
  }

  /**
   * The person one word of a name stands for: the person of that surname, else the one person with
   * that word elsewhere in a fuller name ("Ban" after "Ban Ki-moon", whose surname comes first).
   */
  byNameWord(word: string): Entity | undefined {
    const bySurname = this.bySurname(foldName(word));
    if (bySurname) return bySurname;
    const people = this.byInnerWord.get(word);
    return people?.length === 1 ? people[0] : undefined;
  }

  /**
   * The organisation a name stands for, made on first sight. One organisation however it is
   * shortened or spelt out: "the Commission" is the European Commission, "Delta" is Delta Airlines,
   * "UNECE" the United Nations Economic Commission for Europe, when the article names only one such.
   */
  organization(name: string, at: number, possessiveName = false): Entity {
    const written = possessiveName ? name : name.replace(/[’']s$/, "");
    const words = this.countryInAcronym(written, at) ? spellOut(written).replace(/^the\s+/i, "") : registeredWords(written);
    if (PARTY_ADJECTIVE.test(words)) return this.organization("Liberal Democrats", at);
    const key = orgLookup(words).key;
    let e = this.byKey.get(key) ?? this.orgAlias(words);
    if (!e) {
      e = { kind: "organization", surname: key, first: null, forms: [], roles: [], countries: new Set(), gender: null, titled: false, mentions: [], issuedAt: [] };
      this.entities.push(e);
    }
    this.byKey.set(key, e);
    if (!e.forms.includes(words)) {
      e.forms.push(words);
      const theirs = words.split(/\s+/);
      this.orgForms.push({ entity: e, theirs, initials: initials(theirs), firstLetters: theirs.map((w) => w[0]).join("") });
      // ("the UK Independence Party", then "UKIP": a country's letters open its initials.)
      if (/^(?:US|UK)$/.test(theirs[0]!) && theirs.length > 2) {
        const lettered = theirs[0] + initials(theirs.slice(1));
        this.orgForms.push({ entity: e, theirs, initials: lettered, firstLetters: lettered });
      }
      for (const w of theirs) this.orgWords.add(foldName(w));
      if (theirs.length > 1) this.orgWords.add(foldName(initials(theirs)));
    }
    e.mentions.push(at);
    return e;
  }

  /**
   * "the UK Independence Party (UKIP)": a country before a body's name is part of it when the
   * initials in brackets after the name, where it is written at `at`, have its letters.
   */
  private countryInAcronym(name: string, at: number): boolean {
    const country = /^(?:the\s+)?(US|UK)\s+(\S.*)$/i.exec(name);
    if (!country) return false;
    const end = this.source.indexOf(name, Math.max(0, at - 4));
    const acronym = end >= 0 && end <= at + 4 ? /^\s*\((\p{Lu}{3,8})\)/u.exec(this.source.slice(end + name.length, end + name.length + 14))?.[1] : undefined;
    return !!acronym && acronym === country[1]!.toUpperCase() + initials(country[2]!.split(/\s+/));
  }

  /** A person known by an office and a place ("Archbishop of Canterbury"), made on first sight. */
  styled(name: string, at: number, gender: Gender): Entity {
    const key = `styled:${name.toLowerCase()}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind: "person", surname: key, first: null, forms: [name], roles: [name.split(" ")[0]!.toLowerCase()], countries: new Set(), gender, titled: true, mentions: [], issuedAt: [] };
      this.entities.push(e);
      this.byKey.set(key, e);
    }
    if (!e.mentions.includes(at)) e.mentions.push(at);
    return e;
  }

  /** An organisation known under a longer or shorter form of these words, when only one fits. */
  orgAlias(words: string): Entity | undefined {
    if (this.orgForms.length === 0) return undefined;
    const { words: mine, bare, acronym, initials: mineInitials } = orgLookup(words);
    const clipOf = CLIPPED.get(bare);
    let found: Entity | undefined;
    for (const form of this.orgForms) {
      const { entity, theirs } = form;
      if (entity === found) continue;
      // "RNC" is the Republican National Committee, never the Convention: an event has no acronym that speaks.
      const fits = acronym
        ? ((form.initials === acronym || form.firstLetters === acronym) && !EVENT.test(theirs.at(-1)!)) || (theirs.length === 2 && theirs[0] === bare && CORPORATE_SUFFIX.test(theirs[1]!)) ||
          // ("BDO" after "BDO Stoy Hayward": the letters that open a body's full name of three words or more;
          // "BBC One" is a channel of the BBC.)
          (theirs.length >= 3 && theirs[0] === bare && !this.namesAThing(theirs, mine) && !branchOf(theirs, mine))
        : (theirs.length === 1 && mineInitials === theirs[0] && /^\p{Lu}{2,7}$/u.test(theirs[0]!) && !EVENT.test(mine.at(-1)!)) || (theirs.length >= 2 && theirs[0] === clipOf) || (theirs.length === 1 && mine.length >= 2 && CLIPPED.get(theirs[0]!) === mine[0]) || (containsRun(theirs, mine) && !this.namesAThing(theirs, mine) && !branchOf(theirs, mine)) || (containsRun(mine, theirs) && !this.namesAThing(mine, theirs) && !branchOf(mine, theirs));
      if (!fits) continue;
      if (found) return undefined;
      found = entity;
    }
    return found;
  }

  /**
   * "The IBM Blue Gene/L" after "IBM", "the Apple Insider website" after "Apple": a name the article
   * has already written in its body, then goes on from with words none of which is a word for a body
   * or a legal form, names the body's product, site or unit, not the body (whichever of the two was
   * registered first). (Written first, or after
   * the headline alone, the longer form is the full name: "Sun offers…" above "Sun Microsystems has…".)
   */
  private namesAThing(longer: readonly string[], known: readonly string[]): boolean {
    if (!known.every((w, i) => w.toLowerCase() === longer[i]!.toLowerCase())) return false;
    const rest = longer.slice(known.length);
    const plain = (w: string) => /^\p{Lu}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !LEGAL_FORM.test(w) && !CORPORATE_SUFFIX.test(w) && !BODY_END.test(w);
    // ("General Motors Acceptance Corp" after "General Motors": a unit with a legal form of its own.)
    if (!rest.every(plain) && !(rest.length >= 2 && LEGAL_FORM.test(rest.at(-1)!) && rest.slice(0, -1).every(plain))) return false;
    const first = this.source.indexOf(longer.join(" "));
    const body = this.source.slice(this.source.indexOf("\n") + 1, first < 0 ? undefined : first);
    return standsAsWords(body, known.join(" "));
  }

  /** The organisation named exactly or by one of its other forms, without registering a mention. */
  knownOrganization(words: string): Entity | undefined {
    if (this.orgForms.length === 0) return undefined;
    const bare = PARTY_ADJECTIVE.test(words) ? "Liberal Democrats" : spellOut(words.replace(/^the\s+/i, "").replace(/[’']s$/, ""));
    const { folded, foldedInitials, key } = orgLookup(bare);
    // "United Nations Economic Commission for Europe" after "UNECE": its initials are the shared word.
    const clipOf = CLIPPED.get(bare);
    if (!folded.some((w) => this.orgWords.has(w)) && !this.orgWords.has(foldedInitials) && !(clipOf && this.orgWords.has(foldName(clipOf)))) return undefined;
    return this.byKey.get(key) ?? this.orgAlias(bare);
  }

  addRole(e: Entity, role: string) {
    const cleaned = role.replace(/^(?:the|a|an|his|her|their|its)\s+/i, "").replace(/\s+/g, " ").trim();
    if (!cleaned || e.roles.includes(cleaned)) return;
    e.roles.push(cleaned);
    for (const c of countriesIn(cleaned)) e.countries.add(c);
    e.gender ??= sexOfWords(cleaned);
  }
}

/** "Suffolk Coastal UKIP" of "UKIP": words before an acronym name a branch of the body, another one. */
const branchOf = (longer: readonly string[], shorter: readonly string[]): boolean =>
  shorter.length === 1 && longer.length > 1 && longer.at(-1) === shorter[0] && /^\p{Lu}{2,7}$/u.test(shorter[0]!);

/** A person's name as the registry keys it: its parts, its surname and first name folded, and the first name's gender. */
interface PersonName {
  parts: NameParts;
  surname: string;
  first: string | null;
  gender: Gender;
}
/** A name's key, worked out once per name. */
const personName = remembered((form): PersonName | null => {
  const parts = nameParts(form);
  if (!parts) return null;
  // ("Bashar al-Assad" … "Assad": the article is no part of the surname others are called by.)
  const first = parts.first ? foldName(parts.first) : null;
  return { parts, surname: foldName(parts.surname.replace(LEADING_ARTICLE, "")) + (parts.suffix ? ` ${parts.suffix}` : ""), first, gender: first ? genderOfFirstName(parts.first!) : null };
});

/** The first word of a body's name that needs its country to say which it is: "Japan's Finance Ministry". */
const PLACE_NAMES_IT = /^(?:Ministry|Department|Government|Foreign|Finance|Interior|Defence|Defense|Home|Treasury|Central|National|Supreme|Justice|Health|Education|Trade|Economy|Economic|Economics|Agriculture|Culture|Environment|Energy|Transport|Industry|Communications|State|Federal|Labour|Labor|Statistics|Statistical|Army|Navy|Air|Police|Parliament|Senate|Embassy|Consulate|Prime|President|Presidential|Cabinet|Election|Electoral|Constitutional|Competition)$/;

/** The words an organisation is registered under, worked out once per name. */
const registeredWords = remembered(
  (name) =>
    // "the US Pew Research Center": a country before an organisation's own name is no part of it.
    // "The New York Times Tuesday": a day after a name is when, not part of the name. "Delta's" is
    // Delta, unless the name itself ends so ("Foster's said").
    spellOut(name)
      .replace(/^the\s+/i, "")
      // "Rival Sony said": what a firm is to another, opening the sentence, is no part of its name.
      .replace(/^(?:Rival|Fellow|Partner|Parent)\s+(?=\p{Lu})/u, "")
      // ("The American Red Cross", "the British Medical Association": an adjective may be its own.)
      .replace(/^(?:US|UK|U\.S\.)\s+(?=\p{Lu}\S*\s+\p{Lu})/u, "")
      .replace(/(\S)\s+(?<!\son\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/, "$1")
      // "February's Ifo figure": a month before a name is when, not part of it ("Sunday" may be: the
      // Sunday Times).
      .replace(/^(?:January|February|March|April|June|July|August|September|October|November|December)(?:[’']s)?\s+(?=\p{Lu})/u, "")
      // ("Sunday's Financial Mail", "the Hindi-language Dainik Jagran", "John Peel's BBC Radio 1 show":
      // a day, a language or a person before a body's name is no part of it; "the Rio de
      // Janeiro-based Banco X", a place of several words too.)
      .replace(/^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s|(?:\p{Lu}\p{Ll}+\s+(?:(?:de|da|do|del|la|le)\s+)?){0,2}\p{Lu}\p{Ll}+-(?:language|based|owned|run|backed|listed|speaking))\s+(?=\p{Lu})/u, "")
      .replace(/^(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}-]+[’']s\s+(?=\p{Lu})/u, (whose, first: string) => (isFirstName(first) ? "" : whose))
      // ("Britain's Orrick Bank", "London's High Court": where a body is is no part of its name,
      // unless the rest names it only with the place: "Japan's Finance Ministry".)
      .replace(/^(\p{Lu}[\p{L}-]*)[’']s\s+(?=(\p{Lu}[\p{L}&-]*)\s+\S)/u, (whose, owner: string, next: string) => ((countryOf(owner) !== null || isPlaceName(owner)) && !PLACE_NAMES_IT.test(next) ? "" : whose)),
);

/** What the registry looks an organisation's name up by, worked out once per name. */
interface OrgLookup {
  words: readonly string[];
  /** The one word without an ampersand between capitals ("S&P" for Standard & Poor's); "" for more words. */
  bare: string;
  /** That word when it is an acronym ("IBM"; "TfL", "DfT": a small letter stands for a small word), else null. */
  acronym: string | null;
  initials: string;
  /** Each word folded without its ampersand, and the initials folded. */
  folded: readonly string[];
  foldedInitials: string;
  key: string;
}
const orgLookup = remembered((name): OrgLookup => {
  const words = name.split(/\s+/);
  const bare = words.length === 1 ? withoutAmpersand(words[0]!) : "";
  return {
    words,
    bare,
    acronym: /^\p{Lu}{2,7}$/u.test(bare) || /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){2,6}$/u.test(bare) ? bare : null,
    initials: initials(words),
    folded: words.map((w) => foldName(withoutAmpersand(w))),
    foldedInitials: foldName(initials(words)),
    key: `org:${name.toLowerCase().split(/\s+/).map(foldName).join(" ")}`,
  };
});

/** Whether `words` stand in `text` with no letter or digit, of any script, right before or after them. */
function standsAsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    // (Two code units each side: a letter may be written as a surrogate pair.)
    if (!LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_OR_DIGIT_FIRST.test(text.slice(at + words.length, at + words.length + 2))) return true;
  }
  return false;
}
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;

/** "Lib Dem officials", "a Liberal Democrat source": the party's adjective stands for the party. */
const PARTY_ADJECTIVE = /^(?:Lib\s+Dem|Liberal\s+Democrat)$/;

/** A name's last word abbreviated, spelt out: "Downing St" is Downing Street, "Acme Corp" Acme Corporation. */
function spellOut(name: string): string {
  return name.replace(/(\S\s+)(St|Co|Corp|Dept)\.?$/, (_, before: string, short: string) => before + ABBREVIATED[short]!);
}
const ABBREVIATED: Record<string, string> = { St: "Street", Co: "Company", Corp: "Corporation", Dept: "Department" };

/** "Carlos Baez Silva" ends with "Baez Silva" (two words or more, a shorter form). */
function endsWithWords(long: string, short: string): boolean {
  const l = long.split(/\s+/);
  const sh = short.split(/\s+/);
  return sh.length >= 2 && sh.length < l.length && sh.every((w, i) => w === l[l.length - sh.length + i]);
}

/** True when `run` stands in `words` as consecutive words, at its start or end ("Delta" in "Delta Airlines"). */
const REGION = /^(?:Europe|Asia|Africa|America|Americas|USA)$/;

/** The last word of a whole body's name: "Oxford University", "Orme Bank", "the Labour Party". */
const BODY_END = /^(?:University|College|School|Bank|Party|Council|Institute|Institution|Association|Commission|Federation|Union|Society|Trust|Foundation|Agency|Ministry|Department|Committee|Club|Church|Hospital|Museum|Library|Office|Service|Authority|Assembly|Parliament|Court|Board|Academy)$/;
/** What a firm's name may end in without naming another body: "Deutsche Bank AG", "Orme Bank plc". */
export const LEGAL_FORM = /^(?:AG|plc|PLC|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.?|SA|S\.A\.|NV|N\.V\.|GmbH|LLC|LLP|Group|Holdings)$/;

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length >= words.length) return false;
  // "China" is no short form of "China Daily", nor "Ireland" of "Bank of Ireland": a country alone speaks for itself.
  if (run.length === 1 && countryOf(run[0]!) !== null) return false;
  // Nor "the Critics' Circle" of "the Critics Circle Theatre Awards": an event a body holds is no body.
  if (EVENT.test(words.at(-1)!) && !EVENT.test(run.at(-1)!)) return false;
  // Nor "Re" of "Munich Re" (read in "Swiss Re"): a word of two letters names no body alone.
  if (run.length === 1 && run[0]!.length <= 2) return false;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // "Yukos USA", "Acme Europe" are the firm's arm in a country or region, another organisation.
  // "Oxford University Library Services" is a part of Oxford University, not what "Oxford University"
  // names: a whole body's name (ending in what it is) that longer words go on from ("AG", "plc" aside).
  const rest = words.slice(run.length);
  // ("The Bank" is the Bank of England, "the Church" the Church of England: one body word before "of".)
  const unit = BODY_END.test(run.at(-1)!) && !rest.every((w) => LEGAL_FORM.test(w)) && !(run.length === 1 && rest[0] === "of");
  // "China Aviation Oil Holding Company" owns China Aviation Oil: a holding company is its parent.
  if (rest[0] === "Holding") return false;
  // Nor "Newcastle" of "Newcastle Evening Chronicle": a paper named after a place is not the place's club.
  if (NEWSPAPER_AFTER_PLACE.test(rest.join(" ")) && run.every((w, i) => same(w, words[i]!))) return false;
  // Nor "BBC" of "BBC One", a body's channel or unit by number.
  if (rest.length === 1 && /^(?:One|Two|Three|Four|Five|\d+)$/.test(rest[0]!)) return false;
  // Nor "Commons" of "Commons home affairs committee" (committees.ts): a house's committee is another body.
  if (words.at(-1) === "committee" && run.at(-1) !== "committee" && /^(?:Commons|Lords|Senate|House|Assembly|Parliament|Scottish|Welsh|European|Irish|London)$/.test(words[0]!)) return false;
  const atStart = run.every((w, i) => same(w, words[i]!)) && !rest.every((w) => countryOf(w) !== null || isPlaceName(w) || REGION.test(w)) && !unit;
  // "Stevenage Labour Party" is the party's branch in a town, not the Labour Party (a country's or a
  // state's is the party: "the Iowa Democratic Party" is who "Democratic Party officials" are there).
  const front = words.slice(0, words.length - run.length);
  const branch = run.length >= 2 && run[0] !== "The" && run.at(-1) === "Party" && front.length <= 2 && front.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && countryOf(w) === null && !isPlaceName(w));
  const atEnd = run.every((w, i) => same(w, words[words.length - run.length + i]!)) && !branch;
  return atStart || atEnd;
}

/** What a newspaper's name goes on with after a place: "Evening Chronicle", "Echo", "Post". */
const NEWSPAPER_AFTER_PLACE = /^(?:(?:Evening|Daily|Sunday|Morning)\s+)?(?:Chronicle|Echo|Post|Times|Herald|Gazette|Mail|Express|Journal|Mirror|Telegraph|Standard|Argus|Courier|Advertiser|Examiner|Record)$/;

export interface Salience {
  at: number;
  entity: Entity;
}

/**
 * The person last spoken of before `at` whose gender does not contradict `gender`, and who passes
 * `keep`, asked only of a person who would be the best so far (a pronoun is resolved against every
 * event of the article: a costly test of each made an article of thousands of voices take seconds).
 */
export function latestCompatible(events: Salience[], at: number, gender: Gender, keep?: (e: Entity) => boolean): Salience | null {
  let best: Salience | null = null;
  // Read from the end (events come in text order, so `keep` is asked of few), the first of equal offsets winning.
  for (let i = events.length - 1; i >= 0; i--) {
    const ev = events[i]!;
    if (ev.at >= at) continue;
    if (ev.entity.kind !== "person") continue;
    if (gender && ev.entity.gender && ev.entity.gender !== gender) continue;
    if ((!best || ev.at >= best.at) && (!keep || keep(ev.entity))) best = ev;
  }
  return best;
}

/** What resolution knows at a statement: the article's entities, who was named where, who spoke where. */
export interface Discourse {
  reg: Registry;
  /** The article's text, which offsets index. */
  source: string;
  /** People named as the first name of a sentence, in text order. */
  salience: Salience[];
  /** Speakers of the statements resolved so far. */
  resolved: Salience[];
  /** The speaker phrase of the statement before, and what it resolved to. */
  previous?: { at: number; phrase: string; entity: Entity | null; end?: number };
  /** People named only in the possessive ("Tony Blair's speech"): a pronoun's last resort. */
  possessives?: Salience[];
  /** Reports and statements that went to an organisation ("the report found"), for the next "the report". */
  documents?: Salience[];
  /** The words of the statement being resolved: who they name is not who says them ("I told Olof"). */
  statement?: Span & { cue?: string | null };
}

export interface Resolution {
  entity: Entity | null;
  confidence: number;
}

/** A role in lower case with its abbreviated office spelt out: "Former Gov." → "former governor". */
const TITLE_WORDS: Record<string, string> = { prof: "professor", professor: "professor", dr: "doctor", doctor: "doctor", sen: "senator", senator: "senator", rep: "representative", representative: "representative", gov: "governor", governor: "governor", gen: "general", general: "general", col: "colonel", colonel: "colonel", capt: "captain", captain: "captain", sgt: "sergeant", sergeant: "sergeant", det: "detective", detective: "detective", insp: "inspector", inspector: "inspector", supt: "superintendent", superintendent: "superintendent", judge: "judge", justice: "justice" };
/** A title before a name, spelt out ("Prof" and "Professor" are "professor"); undefined for any other word. */
const titleWord = (word: string): string | undefined => TITLE_WORDS[word.replace(/\.$/, "").toLowerCase()];

export function spelledOutOffice(role: string): string {
  const lower = role.toLowerCase();
  return lower.includes(".") ? lower.replace(/\bsen\./g, "senator").replace(/\bgov\./g, "governor").replace(/\brep\./g, "representative") : lower;
}
