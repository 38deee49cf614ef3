// Who the article names, and where: every capitalised run that is a person (or a known person's
// surname) goes into the registry with the roles written next to it ("his Belarussian counterpart
// Vladimir Makey", "Rich Beeson, the campaign manager,"); the first name of each sentence is salient,
// the people pronouns and descriptions may refer to.

import { CLUB_ENDINGS, HONORIFICS, NOT_NAME_WORDS, ORG_WORDS } from "../name-lexicons";
import { isCommonWord } from "../common-words";
import { countryOf, foldName, isFirstName, isPlaceName, notNameWordAt } from "../names";
import type { Span } from "../types";
import { MODIFIER_TITLE, PERSON_ROLE, PERSON_TITLE, RUN_OPENERS, OFFICE_POSSESSIVE, cleanWord, isAcronym, isLeadingFunctionWord, isLoneFunctionWord, looksLikePersonName, nextCapitalisedRun, placeAfterThe, splitTitle, surnameWord } from "./name-runs";
import { spelledOutAcronyms } from "./acronyms";
import { GENERIC_BODY_TITLE, pairedWithPerson } from "./run-context";
import { FIRM_KIND_BEFORE, ISSUED_AFTER, ISSUED_BEFORE, ORG_HEADS, firmNamedForPerson, firmWordsAfter, memberOf, orgEvidence, pluralVerbAfter } from "./org-mentions";
import { SAID_WHAT_BEFORE, SEXED_APPOSITION, pronounFollows, surnameStandsAlone } from "./unlisted-names";
import { ABOUT_FRONTED, FRONTED, frontedPlaceEnd, inOpeningWords, namedByCopula, roleOpeningEnd } from "./sentence-openings";
import { partyStateAfter } from "./party-state";
import { sexOfWords } from "./sexed-words";
import { appositiveAfter, roleApposedBefore, roleBefore, roleByWhatTheyDo } from "./roles-beside-names";
import { isPersonHead } from "./resolve-role";
import { LEGAL_FORM, type Entity, type Registry, type Salience } from "./registry";
import { addPeerageForm } from "./peerage";
import { styledOffices } from "./styled-offices";
import { remembered } from "../remembered";
import { usedMidSentence } from "./mid-sentence";
import { kinByFirstName, sharedSurname } from "./relatives";

/** A capitalised run that is no person: an organisation if the text says so somewhere. */
interface OrgCandidate {
  at: number;
  words: string;
  key: string;
  subject: boolean;
  /** A report, study or survey of it is named here. */
  issued: boolean;
}

/**
 * "…, but McIlroy is unfazed": a name after "but", before a verb in the singular, is the subject of
 * that clause ("and" mostly joins two subjects of one verb: "he and Manafort introduced").
 */
function butClauseSubject(p: string, start: number, end: number): boolean {
  // ("…but captain Fabien Pelous sees hope": a role may stand between, a verb of thinking follow.)
  const between = /\bbut\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(p.slice(Math.max(0, start - 30), start));
  if (!between || (between[1] && !PERSON_ROLE.test(between[1].trim()))) return false;
  return /^\s+(?:is|was|has|had|remains|\p{Ll}+ed|sees|says|insists|believes|thinks|feels|admits|hopes|knows|wants|expects|claims|argues|warns|accepts|agrees)\b/u.test(p.slice(end, end + 16));
}

/** One or two lower-case words (three when they are one role), then a capital: what may stand between a run and a name. */
function roleWordsBeforeName(after: string): RegExpExecArray | null {
  const m = /^\s+((?!(?:said|says|told|tells|added|adds)\b)[a-z-]+(?:\s+(?!(?:said|says|told|tells|added|adds)\b)[a-z-]+){0,2})\s+\p{Lu}/u.exec(after);
  // ("The Newport-based athlete and team-mates Jason Gardener": no list of people.)
  return m && (m[1]!.split(" ").length < 3 || (PERSON_ROLE.test(m[1]!) && !/\b(?:and|or)\b/.test(m[1]!))) ? m : null;
}

/**
 * "…will grow with 3G, thinks Paolo Pescatore": a person named after an inverted verb of thinking is
 * whom the sentence is from, as much as one opening it (after a verb of saying, the statement's
 * speaker already is).
 */
function afterInvertedVerb(p: string, start: number, end: number, entity: Entity): boolean {
  // ("…, thinks Tom Varden, editor of Net Week, and his deputy Alan Pike": two people think it.)
  if (entity.kind !== "person" || /^[^.!?]*\band\s/.test(p.slice(end, end + 80))) return false;
  const before = /[,”"]\s*(?:thinks|believes|reckons)\s+((?:[\p{Ll}-]+\s+){0,3})$/u.exec(p.slice(Math.max(0, start - 60), start));
  return !!before && (!before[1] || PERSON_ROLE.test(before[1]));
}

/** People who speak for someone named in the possessive before them ("Mr Blair's spokesman"). */
const SPEAKS_FOR = /^[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:man|woman|person)|aides?|advisers?|advisors?|officials?|lawyers?|attorneys?|agents?|representatives?|deputy|secretary|staff|team|wife|husband|son|daughter|father|mother|brother|sister|friend|partner|colleague)\b/u;

/**
 * Registers the people and organisations named in the paragraphs; returns the salient mentions, in
 * text order. People named only in the possessive ("Tony Blair's big speech") are no subject; they
 * go to `possessives` (when given) unless the words after them are someone who speaks for them.
 */
export function findMentions(source: string, paragraphs: Span[], reg: Registry, possessives?: Salience[]): Salience[] {
  spelledOutAcronyms(source, reg);
  const salience: Salience[] = [];
  styledOffices(source, reg, salience);
  const candidates: OrgCandidate[] = [];
  // Folded names that the text marks as organisations somewhere, with the descriptor that did.
  const orgNames = new Map<string, string>();
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    let sentenceStart = 0;
    // Where the next run is looked for (a nickname read with its run moves it on).
    const scan = { from: 0 };
    let m: RegExpExecArray | null;
    let firstInSentence = true;
    let possessiveEnd = -1;
    // "Back at the store, Qureshi shrugged…": a phrase of place opening the sentence, up to its comma.
    let frontedEnd = frontedPlaceEnd(p, 0);
    // Where a description opening the sentence ends, before the name in apposition to it.
    let describedEnd = roleOpeningEnd(p, 0);
    while ((m = nextCapitalisedRun(p, scan.from))) {
      scan.from = m.index + m[0].length;
      // Only the few characters before the match matter; a sentence end resets "first in sentence".
      if (m.index > sentenceStart && /[.!?]["”’']?\s+$/.test(p.slice(Math.max(sentenceStart, m.index - 4), m.index))) {
        sentenceStart = m.index;
        firstInSentence = true;
        possessiveEnd = -1;
        frontedEnd = frontedPlaceEnd(p, sentenceStart);
        describedEnd = roleOpeningEnd(p, sentenceStart);
      }
      // Past a possessive, only the name its role words lead to opens the sentence ("X's lawyer, Y,"),
      // not one it is said to include ("Electrolux's brands include AEG").
      if (possessiveEnd >= 0 && !/^(?:\s+(?!include[sd]?\b)[a-z-]+){1,3},?\s+$/.test(p.slice(possessiveEnd, m.index))) firstInSentence = false;
      possessiveEnd = -1;
      const first = firstInSentence && m.index >= describedEnd;
      const entity = quotedNickname(p, m, para.start, reg, scan) ?? kinByFirstName(p, m, para.start, reg, salience) ?? personMention(p, m, para.start, reg, source);
      // "At Mercy Valley Children's Hospital in Mansfield, doctors…": a fronted phrase names no
      // subject, but a body named in it is one "the hospital" may mean later.
      if (m.index < frontedEnd) {
        const org = entity ? null : orgRun(p, m, para.start);
        if (org?.inherent) {
          candidates.push({ at: org.at, words: org.words, key: org.key, subject: false, issued: false });
          if (!orgNames.has(org.key)) orgNames.set(org.key, "");
        }
        continue;
      }
      // ("Former Castlebridge striker turned pundit Dean Rafferty": the name after the role is the subject.)
      if (!entity && /^(?:Former|Ex)\s+\S+$/.test(m[0]) && FORMER_WHOSE_ROLE.test(p.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // "Kestrel's lawyer, Anna Voss, said": a possessive is no subject; the name after it may be.
      const possessive = /(?:[’']s|s[’'])$/.test(m[0]);
      if (possessive && first) possessiveEnd = m.index + m[0].length;
      if (entity && possessive) {
        if (possessives && !SPEAKS_FOR.test(p.slice(m.index + m[0].length - 2, m.index + m[0].length + 40))) possessives.push({ at: para.start + m.index, entity });
        continue;
      }
      if (entity) {
        knownAs(p.slice(m.index + m[0].length, m.index + m[0].length + 60), entity, reg);
        sharedSurname(p, m, para.start, entity, reg);
        // "Love Island contestant Megan Doyle has…", "Blair ally Tom Reade said": a name before a
        // role and another name qualifies the role; the name after it is the subject.
        if (first && qualifiesRoleOfName(p, m.index + m[0].length)) continue;
        // "Of Hepburn, she said…", "On Trump, Mr Kasich said…": whom a fronted phrase is about is no subject.
        if (first && ABOUT_FRONTED.test(m[0]) && p.charCodeAt(m.index + m[0].length) === 44) continue;
        if (first || butClauseSubject(p, m.index, m.index + m[0].length) || afterInvertedVerb(p, m.index, m.index + m[0].length, entity) || (entity.kind === "person" && namedByCopula(p, sentenceStart, m.index))) salience.push({ at: para.start + m.index, entity });
      } else {
        // "One woman, Vera Lapp, found…", "The judge, Mary Hale, said": the name in apposition
        // to a description that opens the sentence is its subject.
        // ("The leader of Pellingham council, Dominic Achterberg,": a name inside it is no subject either.)
        const next70 = p.slice(m.index + m[0].length, m.index + m[0].length + 70);
        const described = next70.includes(",") && ownWordsAreOpeners(m[0]) ? /^\s+[\p{Ll}-]+(?:\s+[\p{L}’'-]+){0,4},\s+(?=\p{Lu})/u.exec(next70) : null;
        if (described) {
          describedEnd = m.index + m[0].length + described[0].length;
          continue;
        }
        // ("Party leader Charles Kennedy", "Council leader Ann Vale": a word for a body opening a title is no body.)
        // ("Separate figures showed…", "Party strategists claim…": an ordinary word opening the
        // sentence before whose figures or people they are, never capitalised elsewhere, is no name.)
        // "German airline Kestrel…", "Chelsea boss Jose Mourinho…": a run that names nobody before
        // a role and a name leaves the subject to that name.
        // "…spokesperson said Ms Hale": a speech verb ends the role words; the name after it is an object.
        // ("Conservative shadow home secretary David Davis": three words when they are a role.)
        const beforeName = roleWordsBeforeName(p.slice(m.index + m[0].length, m.index + m[0].length + 40));
        // ("Shadow Treasury chief secretary George Osborne": an opposition post, no body of its own.)
        const shadowPost = !!beforeName && /^Shadow\s/.test(m[0]);
        const org = shadowPost || GENERIC_BODY_TITLE.test(p.slice(m.index, m.index + 60)) || modifierOpening(p, m, source) ? null : (orgRun(p, m, para.start) ?? firmWithFirstName(p, m, para.start, reg));
        // Not a verb phrase: in "The coach initially backed Beatty", Beatty is no subject.
        const verbal = !!beforeName && /(?:^|\s)(?:[a-z-]+(?:ly|ed)|to|by|with|for|against|from|of|at|in|on|beat|beats|met|meets)(?:\s|$)/.test(beforeName[1]!);
        if (!org && beforeName && !verbal) continue;
        // "Wada chairman Dick Pound said", "Soap star Kerry Vane said": the run before the role words
        // is no subject; the person is (a role word we know, or a full name after the words).
        const roleNext = !!beforeName && (PERSON_ROLE.test(beforeName[1]!) || fullNameAt(p, m.index + m[0].length + beforeName[0].length - 1));
        // ("Channel Tunnel operator Eurotunnel said": what the firm named next runs is no subject.)
        const kindNext = !!org && !!beforeName && ORG_HEADS.has(beforeName[1]!.split(" ").at(-1)!);
        // "its South Yorkshire factory", "their Leeds office": a place the owner has, no organisation.
        if (org && /\b(?:its|their|our)\s+$/.test(p.slice(Math.max(0, m.index - 7), m.index)) && /^\s+\p{Ll}/u.test(p.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
        if (org) {
          const end = m.index + m[0].length;
          // ("a report by MPs": members, no body.)
          const issued = !/^\p{Lu}{2,}s$/u.test(org.words) && (ISSUED_AFTER.test(p.slice(end, end + 60)) || ISSUED_BEFORE.test(p.slice(Math.max(0, m.index - 160), m.index)));
          candidates.push({ at: org.at, words: org.words, key: org.key, subject: first && !roleNext && !kindNext, issued });
          // ("Bookmaker William Hill has…": the kind of firm opening the sentence says so too.)
          const kind = m[0].split(" ")[0]!;
          // ("Irish publishing group Independent News & Media": a name that says it is a body may
          // still be described, and the description is what "the group" refers back by.)
          const evidence = org.inherent ? (orgEvidence(p, m.index, m.index + m[0].length) || "") : (orgEvidence(p, m.index, m.index + m[0].length) ?? (FIRM_ONLY_KIND.test(kind) ? kind.toLowerCase() : null) ?? (roleNext ? memberOf(beforeName![1]!, org.words) : null));
          if (evidence !== null && !orgNames.get(org.key)) orgNames.set(org.key, evidence);
        }
        if (roleNext || kindNext) continue;
        // "In the chamber, Andrew Tyre asked…", "On Monday, …": a fronted adverbial is no subject.
        if (FRONTED.test(p.slice(sentenceStart, m.index + m[0].length + 2))) continue;
      }
      // "An umbrella organisation called the Disasters Emergency Committee has…": the name a
      // description opening the sentence is called by is its subject.
      if (!entity && first && CALLED_NEXT.test(p.slice(m.index + m[0].length, m.index + m[0].length + 60)) && ownWordsAreOpeners(m[0])) continue;
      if (!possessive && m.index >= describedEnd) firstInSentence = false;
    }
  }
  // Names the text marks as organisations first, then their other forms ("the Commission" after
  // "the European Commission", wherever each stands).
  const marked = candidates.filter((c) => c.issued || orgNames.has(c.key));
  if (marked.length === 0) return salience;
  const markedSet = new Set(marked);
  for (const c of [...marked, ...candidates.filter((c) => !markedSet.has(c))]) {
    if (!markedSet.has(c) && !reg.knownOrganization(c.words)) continue;
    const e = reg.organization(c.words, c.at);
    const descriptor = orgNames.get(c.key);
    // "carmaker Next", "Oasis singer Liam Gallagher": what kind of body it is, written beside it, says
    // the word is a name, ordinary word or not.
    if (descriptor) {
      reg.addRole(e, descriptor);
      e.titled = true;
    }
    if (c.subject) salience.push({ at: c.at, entity: e });
    if (c.issued) e.issuedAt.push(c.at);
  }
  return salience.sort((a, b) => a.at - b.at);
}


/** Whether a role and a full name follow `end`: " contestant Megan Doyle", " ally Tom Reade". */
function qualifiesRoleOfName(p: string, end: number): boolean {
  const role = /^\s+(?:([a-z-]+)\s+)?([a-z-]+)\s+(?=\p{Lu})/u.exec(p.slice(end, end + 40));
  if (!role || !fullNameAt(p, end + role[0].length)) return false;
  // "Tom Rooney blasted referee Mike Dean": a verb before the role makes the first name its subject.
  if (role[1] && /^(?:[a-z-]+(?:ed|ly)|beat|met|told|hit|took|gave|left|sent|sought|fought|caught|taught|brought|thought|led|won|lost|saw|urged|backs|beats|meets|hits|slams|blasts|praises|urges|thanks)$/.test(role[1])) return false;
  // A role word we know, or a noun for a person by its ending ("contestant", "supporter", "activist").
  const head = role[2]!;
  return (PERSON_ROLE.test(head) || isPersonHead(head) || (head.length >= 6 && /(?:ant|ent|er|or|ist|ee|ian)$/.test(head) && !/^(?:after|over|under|never|rather|whether|either|neither|together|against|behind|beyond)$/.test(head))) && !/^\s+(?:[a-z-]+\s+)?(?:said|says|told|tells|added|adds|and|or|but|to|by|with|for|from|of|at|in|on)\s/.test(role[0]);
}

/** Whether a name of two words or more starts at `at`: "Kerry Vane" in "Soap star Kerry Vane". */
const fullNameAt = (p: string, at: number): boolean => /^\p{Lu}[\p{L}’'-]*\s+\p{Lu}/u.test(p.slice(at, at + 40));

const orgKey = (words: string) => words.toLowerCase().split(/\s+/).map(foldName).join(" ");

/** What a capitalised run's words alone say of the person it may name. */
interface PersonRun {
  titles: readonly string[];
  name: readonly string[];
  /** The run ends in a possessive ("Tony Blair's"). */
  possessive: boolean;
  /** Where the name's words start in the run: past an inner possessive ("Chelsea's William Garron"). */
  offset: number;
  /** Whether the name looks like a person's, with a title or role beside it and without. */
  personIfTitled: boolean;
  personUntitled: boolean;
}

/** A run taken apart: as a person's name, and (when asked) as an organisation's. */
interface RunWords {
  person: PersonRun | null;
  org?: OrgRunWords | null;
}

// Runs repeat within an article and across a corpus ("Trump", "The", "Sen. Ted Cruz"): each is taken
// apart once. Bounded like the other caches of names.
const runWords = remembered((run): RunWords => ({ person: parsePersonRun(run) }));

function parsePersonRun(run: string): PersonRun | null {
  if (isLoneFunctionWord(run)) return null;
  const all = run.split(/\s+/);
  // "Chelsea's William Garron", "BlazeTV’s Glenn Beck": the name after the last inner possessive.
  const inner = all.slice(0, -1).findLastIndex((w) => /^\p{Lu}.*(?:[’']s|s[’'])$/u.test(w));
  const tokens = all.slice(inner + 1);
  // "Marks & Spencer", "Dock & Harbour Workers' Union": an ampersand joins the names of a firm
  // (before a possessive, the firm's: "Ernst & Young's Sanjay Mehta").
  if (tokens.includes("&")) return null;
  const possessive = /[’']s$/.test(tokens[tokens.length - 1]!);
  const cleaned = tokens.map(cleanWord).filter(Boolean);
  // Sentence-initial function words are capitalized too: "The", "But", "Sen." stay out.
  while (cleaned.length && NOT_NAME_WORDS.has(cleaned[0]!.toLowerCase().replace(/\.$/, "")) && !PERSON_TITLE.test(cleaned[0]!) && isLeadingFunctionWord(cleaned[0]!, cleaned[1])) cleaned.shift();
  if (!cleaned.length) return null;
  // "WAYNE Rooney blasted…": a tabloid sets a story's first word in capitals; a first name so set is no acronym.
  const shouted = cleaned.length >= 2 && /^\p{Lu}{3,}$/u.test(cleaned[0]!) && /^\p{Lu}\p{Ll}/u.test(cleaned[1]!) ? cleaned[0]![0] + cleaned[0]!.slice(1).toLowerCase() : null;
  if (shouted && isFirstName(shouted)) cleaned[0] = shouted;
  const { titles, name } = splitTitle(cleaned);
  if (/^The\s/.test(run) && placeAfterThe(titles)) return null;
  while (name.length > 1 && /^(?:Jr|Sr|II|III)\.?$/.test(name[name.length - 1]!) === false && notNameWordAt(name, name.length - 1)) name.pop();
  const offset = inner < 0 ? 0 : run.indexOf(tokens[0]!, all.slice(0, inner + 1).join(" ").length);
  return { titles, name, possessive, offset, personIfTitled: looksLikePersonName(name, true), personUntitled: looksLikePersonName(name, false) };
}

/** The person a capitalised run names, registered with the roles written next to it, or null. */
function personMention(p: string, m: RegExpExecArray, base: number, reg: Registry, source: string): Entity | null {
  const run = runWords(m[0]).person;
  if (!run) return null;
  const { titles, name, possessive } = run;
  // "Former Castlebridge striker turned pundit Dean Rafferty", "Former Chelsea boss Jose Mourinho":
  // the one word after "Former" is whom the person played or worked for, not a person.
  if (name.length === 1 && titles.length > 0 && titles.every((t) => /^(?:Former|Ex)$/i.test(t)) && FORMER_WHOSE_ROLE.test(p.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
  const at = base + m.index + run.offset;
  // Roles are read where a name is introduced; a repeated mention of a known person rarely adds one.
  const surname = surnameWord(name);
  const known = surname ? reg.byNameWord(surname) : undefined;
  const roleText = known && known.roles.length > 0 && titles.length === 0 ? null : roleBefore(p, m.index);
  // "Ann Vale, the secretary general of the Harbour Council,": a role in apposition says a person is named.
  const app = appositiveAfter(p, m.index + m[0].length);
  // Closed by a comma: "Significantly, the judge said" is a sentence's opening word and its subject.
  // "Chanwit Boonyarat, a former Crucible semi-finalist,": a noun for someone who does something, too.
  const described = !!app && app.closed && (PERSON_ROLE.test(app.role) || /\p{Ll}(?:ist|ian)$/u.test(app.role));
  // "Mirza, the first Indian woman to win a title,": a woman or a man in apposition, however long, is a person of that sex.
  const sexed = p.charCodeAt(m.index + m[0].length) === 44 ? SEXED_APPOSITION.exec(p.slice(m.index + m[0].length, m.index + m[0].length + 50))?.[1] : undefined;
  // A place before the name is no title: "Berlin Film Festival" names nobody, "Russian Foreign Minister" does.
  // "Strazzabosco’s lawyer, Lorcan Tibbetts, blasted…": a full name in apposition to a role.
  const apposed = name.length >= 2 && p.charCodeAt(m.index + m[0].length) === 44 && p.charCodeAt(m.index - 2) === 44 ? roleApposedBefore(p, m.index) : null;
  // "with Ridley Scott set to direct": what someone is to do says a person is named too.
  const doing = !possessive ? roleByWhatTheyDo(p, m.index, m.index + m[0].length) : null;
  const titledBy = titles.some((w) => countryOf(w) === null && !(name.length === 1 && MODIFIER_TITLE.test(w))) || !!roleText || described || !!sexed || (!!known && !!surname) || !!apposed || !!doing;
  // A full name whose first name no list of ours knows, and nothing yet to say it is a person's:
  // "Demetrios Kallergis, 44, opened…" (an age in commas), "…,” said climatologist Erdenechimeg
  // Lkhagvasuren" (the one who speaks, after a word for what they do), or a surname used alone.
  const unlisted = name.length >= 2 && !titledBy && !isFirstName(name[0]!) && run.personIfTitled;
  const titled =
    titledBy ||
    (unlisted &&
      ((!possessive && /^,\s+(?:[1-9]\d?|1[01]\d),/.test(p.slice(m.index + m[0].length, m.index + m[0].length + 8))) ||
        SAID_WHAT_BEFORE.test(p.slice(Math.max(0, m.index - 50), m.index)) ||
        (name.length === 2 && !possessive && (surnameStandsAlone(source, name) || pronounFollows(source, name, at, base + m.index + m[0].length))) ||
        (name.length === 2 && pairedWithPerson(p, m.index, m.index + m[0].length))));
  let entity: Entity | null = null;
  // "market analyst Datamonitor", "the Datamonitor report": one word named like an organisation is one.
  if (name.length === 1 && !known && !titles.some((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""))) && orgEvidence(p, m.index, m.index + m[0].length) !== null) return null;
  // ("Laura Ashley, which is due to report": a firm named after a person; "Sutton Marsh are through": a club.)
  if (!known && titles.length === 0 && (firmNamedForPerson(p, m.index, m.index + m[0].length) || (!roleText && /(?:^|[.!?]["”’']?\s+)$/.test(p.slice(Math.max(0, m.index - 3), m.index)) && pluralVerbAfter(p, m.index, m.index + m[0].length)))) return null;
  // "Scott's company Scott Free", "building group James Hardie": a name right after a word for a business is the business's.
  // ("Bookmaker William Hill has stopped…": the word for the business may open the sentence, inside the run.)
  if (name.length >= 2 && (titles.length === 0 ? BUSINESS_BEFORE.test(p.slice(Math.max(0, m.index - 14), m.index)) : titles.length === 1 && FIRM_ONLY_KIND.test(titles[0]!))) return null;
  // ("Galloway, the senator,": the role in apposition tells namesakes apart.)
  const role = roleText ?? (name.length === 1 && app ? app.role : null);
  if (titled ? run.personIfTitled : run.personUntitled) {
    entity = reg.person(name, at, titles, role);
  } else if (!!surname && !possessive) {
    if (known) entity = reg.person(name, at, titles, role);
  } else if (!!surname && possessive) {
    if (known) known.mentions.push(at);
  }
  // "Mr Harlan, 59, who…": the age, for "the 59-year-old" later.
  // "Wilk, the 31-year-old Polish centre-back,": an age in apposition too.
  const age = entity ? /^,\s+(?:(\d{1,3}),|(?:the|a|an)\s+(\d{1,3})-year-old\b)/.exec(p.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
  if (entity && age && !possessive) entity.age ??= Number(age[1] ?? age[2]);
  if (entity && !possessive) addPeerageForm(entity, titles, name, p, m.index + m[0].length);
  if (entity && apposed) reg.addRole(entity, apposed);
  // ("Her mother, Bernie McKenna,": the relative's word says her sex, over a list's guess from the first name.)
  if (entity && apposed && entity.mentions.length === 1) entity.gender = sexOfWords(apposed) ?? entity.gender;
  if (entity && sexed && !possessive) entity.gender ??= /^(?:woman|girl)$/.test(sexed) ? "female" : "male";
  const partyState = entity ? partyStateAfter(p, m.index + m[0].length) : null;
  if (entity && partyState) reg.addRole(entity, partyState);
  if (entity && doing) reg.addRole(entity, doing);
  if (entity && app && (app.closed || !inOpeningWords(p, m.index))) {
    reg.addRole(entity, app.role);
    if (described) entity.titled = true;
  }
  return entity;
}

/** What an opening word may qualify: figures, a report, or people of a kind ("Party strategists"). */
const QUALIFIED_NOUN = /^\s+(?:[a-z]+\s+)?(?:figures|data|statistics|report|study|survey|research|poll|estimates|sources|officials|leaders|chiefs|members|insiders|[a-z]{3,}(?:ists|ers|ors|ians))\b/;

/**
 * "Separate figures…", "Party strategists claim…", "Economic growth figures…": one ordinary word
 * opening a sentence before a noun it qualifies, which the article never capitalises inside a
 * sentence, is an adjective or a noun's modifier, not a body's name ("Shell figures showed" stays
 * Shell's where the article also writes "helped Shell").
 */
function modifierOpening(p: string, m: RegExpExecArray, source: string): boolean {
  const word = m[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word.toLowerCase())) return false;
  if (m.index > 0 && !/[.!?]["”’']?\s+$/.test(p.slice(Math.max(0, m.index - 4), m.index))) return false;
  if (!QUALIFIED_NOUN.test(p.slice(m.index + word.length, m.index + word.length + 40))) return false;
  return !usedMidSentence(source, word);
}

/** Words for a business, which no person's name follows: "company ", "record label ". */
const BUSINESS_BEFORE = /\b(?:firm|company|bank|group|label|studio|agency|consultancy|retailer|chain|insurer|carrier|broker|publisher|outfit|lender|airline|subsidiary|conglomerate|corporation|bookmaker|housebuilder|homebuilder|supermarket|grocer|brewer|carmaker|drugmaker|chipmaker)\s+$/;

/** A kind of business no person is, opening a sentence before the name: "Bookmaker William Hill" (not "Publisher Felix Dennis"). */
const FIRM_ONLY_KIND = /^(?:Bookmaker|Housebuilder|Homebuilder|Supermarket|Grocer|Brewer|Carmaker|Automaker|Drugmaker|Chipmaker|Retailer|Insurer|Airline|Conglomerate)$/;

/** " striker turned pundit Dean", " boss Jose": a person's role words after a name, then another name. */
const FORMER_WHOSE_ROLE = new RegExp(String.raw`^\s+(?:${PERSON_ROLE.source.replace(/^\\b|\\b$/g, "")})\b(?:\s+[a-z-]+){0,3}\s+\p{Lu}\p{Ll}`, "iu");

/**
 * 'John Ellis "Jeb" Bush': a name with a nickname in quotation marks is one person, who goes by the
 * nickname. Registers the whole name and moves the scan past it; null when the run is no such name.
 */
function quotedNickname(p: string, m: RegExpExecArray, base: number, reg: Registry, scan: { from: number }): Entity | null {
  // ('Rocco "The Meatball King" DiStefano': a nickname of up to three words, maybe after "The".)
  const after = /^\s+(?:''|["“‘'])(?:The\s+)?(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}.]*){0,2})(?:''|["”’'])\s+(\p{Lu}[\p{L}’'-]+)/u.exec(p.slice(m.index + m[0].length, m.index + m[0].length + 60));
  // (Between a first name and a surname any word is a nickname: "Brian 'Head' Welch".)
  if (!after || (NOT_NAME_WORDS.has(after[1]!.toLowerCase()) && !(after[2] === "" && isFirstName(m[0]))) || PERSON_TITLE.test(after[1]!)) return null;
  const words = [...m[0].split(/\s+/).map(cleanWord).filter(Boolean), cleanWord(after[3]!)];
  while (words.length && RUN_OPENERS.test(words[0]!)) words.shift();
  const { titles, name } = splitTitle(words);
  // 'Demetrios "Jimmy D" Kallergis': a first name we do not list, known by one we do; 'chef Rocco "The
  // Meatball King" DiStefano': or a role before the name.
  if (name.length < 2 || !(isFirstName(name[0]!) || isFirstName(after[1]!) || (titles.length === 0 && roleBefore(p, m.index) !== null))) return null;
  const entity = reg.person(name, base + m.index, titles, null);
  if (!entity) return null;
  // A nickname of two words ("Jimmy D") is no first name to call him by.
  // ("Brian 'Head' Welch": a word of English is a nickname, no first name to call him by.)
  if (!after[2] && !/^\s+(?:''|["“‘'])The\s/.test(after[0]) && (isFirstName(after[1]!) || !isCommonWord(after[1]!.toLowerCase()))) reg.goesBy(entity, after[1]!);
  // Anything longer is a name the article may call them by later ("the Meatball King vowed…").
  else reg.nicknames.set(`${after[1]}${after[2]}`.toLowerCase().replace(/\s+/g, " "), entity);
  scan.from = m.index + m[0].length + after[0].length;
  return entity;
}

/** "Mr. Bush, known as Jeb,": the person just named goes by that first name. */
function knownAs(after: string, entity: Entity, reg: Registry): void {
  if (entity.kind !== "person") return;
  // One word and the end of the phrase: "known as Lord of the Dance" is a title, not a first name.
  const known = /^,?\s+(?:(?:also|better|widely)\s+)?known\s+as\s+(?:''|["“‘'])?(\p{Lu}\p{Ll}+)(?:''|["”’'])?[,.;)]/u.exec(after);
  if (known && !NOT_NAME_WORDS.has(known[1]!.toLowerCase()) && !PERSON_TITLE.test(known[1]!)) reg.goesBy(entity, known[1]!);
}

/** What a capitalised run's words alone say of the organisation it may name. */
interface OrgRunWords {
  /** Its words, without the ones that open a sentence or say where it is based. */
  kept: readonly string[];
  /** Its words alone say it is an organisation ("Council", "IBM"). */
  inherent: boolean;
  /** The run without a closing possessive's "'s". */
  rawLength: number;
  /** Where the kept words start in the run. */
  offset: number;
  /** The kept words, joined, and their key. */
  words: string;
  key: string;
}

function parseOrgRun(run: string): OrgRunWords | null {
  if (isLoneFunctionWord(run)) return null;
  const raw = run.replace(/[’']s$/, "");
  // "IBM's Power chip": a name in the possessive owns what follows it; it alone is the organisation.
  // Not before an organisation's own name ("Ukraine's Foreign Ministry", "Kestrel's Harbour Bank").
  const all = raw.split(/\s+/);
  // "Novartis' Sandoz business": an s-final name's possessive too.
  // Not a plural noun's ("the Music Managers' Forum").
  const owner = all.findIndex((w, i) => i < all.length - 1 && (/^\p{Lu}\S*[’']s$/u.test(w) || (/^\p{Lu}\S*s[’']$/u.test(w) && !isCommonWord(w.slice(0, -1).toLowerCase()))) && !all.slice(i + 1).some((x) => ORG_WORDS.has(x.toLowerCase())));
  // "Mr. Obama's Supreme Court nominee": a person's possessive never starts a body's name.
  const personOwner = HONORIFICS.has(all[0]!.toLowerCase().replace(/\.$/, "")) || PERSON_TITLE.test(all[0]!) ? all.findIndex((w, i) => i > 0 && i < all.length - 1 && /[’']s$/.test(w)) : -1;
  const tokens = personOwner > 0 ? all.slice(personOwner + 1) : owner >= 0 ? [...all.slice(0, owner), all[owner]!.replace(/[’']s$|(?<=s)[’']$/, "")] : all;
  let skip = 0;
  // "Ireland-based Elan", "Labour-run Ashworth Council": where a body is based, or who runs it, is no part of its name.
  // "On Thursday Rangers said": the day before the name is no part of it either (but "The Sunday Times" is a name).
  // ("On Thursday Intel announced": the day opens a run of its own; a paper's name may begin with Sunday only.)
  const day = (i: number) => /^(?:Yesterday|Today|Tonight)$/.test(tokens[i]!) || (i > 0 && /^(?:On|Since|By|Until|From|Last|This|Next|Every)$/.test(tokens[i - 1]!) && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tokens[i]!)) || (i === 0 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/.test(tokens[i]!));
  // "Former Albion TV presenter…": what someone was is no part of a name.
  // "Car-maker Honda", "Chipmaker Intel": what kind of firm, capitalised because it opens the sentence.
  while (skip < tokens.length && (RUN_OPENERS.test(tokens[skip]!) || /^(?:Former|Ex)$/.test(tokens[skip]!) || (skip < tokens.length - 1 && (PLACED.test(tokens[skip]!) || day(skip) || (skip === 0 && FIRM_KIND.test(tokens[0]!)))))) skip++;
  // ("San Francisco-based US Court of Appeals": a place of two or three words, too.)
  const placed = tokens.findIndex((w, i) => i > skip && i <= skip + 2 && i < tokens.length - 1 && PLACED.test(w));
  if (placed > 0) skip = placed + 1;
  // "Hitachi's Mechanical Engineering Research Laboratory": a body of the owner's, written so, keeps
  // the possessive, so it is never taken for the owner itself ("Foster's Group" is Foster's).
  const ownersBody = personOwner < 0 && owner < 0;
  const ownersWord = (w: string, i: number, ws: string[]) =>
    ownersBody && i < ws.length - 1 && /^\p{Lu}[\p{L}.-]*[’']s$/u.test(w) && !OFFICE_POSSESSIVE.test(w) && !ws.slice(i + 1).every((x) => LEGAL_FORM.test(x));
  const kept = tokens.slice(skip).map((w, i, ws) => (w === "&" || ownersWord(w, i, ws) ? w : cleanWord(w))).filter(Boolean);
  // "…by Delta Airlines I am…": a pronoun after the name is no part of it.
  while (kept.length > 1 && /^(?:I|He|She|It|We|They)$/.test(kept[kept.length - 1]!)) kept.pop();
  if (!kept.length || kept.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()))) return null;
  // "Conservative Party Co-Chairman" is a role, not the party.
  if (PERSON_TITLE.test(kept[kept.length - 1]!) || /(?:man|woman|person|chair|leader|chief|executive|secretary|boss)$/i.test(kept[kept.length - 1]!)) return null;
  if (kept.length === 1 && (isFirstName(kept[0]!) || countryOf(kept[0]!) !== null || isPlaceName(kept[0]!))) return null;
  // "Munich-based", "London-listed": an adjective made of a place.
  if (/-(?:based|born|listed|owned|led|backed|made|registered)$/i.test(kept[kept.length - 1]!)) return null;
  // "Pre-tax profits rose", "Full-year sales": a compound opening a sentence.
  // ("The Nokia-sponsored research" is Nokia's.)
  const sponsor = kept.length === 1 ? /^(\p{Lu}[\p{L}&]*)-(?:sponsored|funded|commissioned)$/u.exec(kept[0]!) : null;
  if (sponsor) kept[0] = sponsor[1]!;
  else if (kept.length === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}[\p{Ll}-]*$/u.test(kept[0]!)) return null;
  // ("Tennis Australia", "British Cycling", "England Hockey": a sport and a nation name its governing body; "Tarrant County Public Health" is a body.)
  const sportBody = kept.length === 2 && kept.some((w) => SPORT.test(w)) && kept.some((w) => countryOf(w) !== null || /^(?:England|Scotland|Wales|Ireland|Scottish|Welsh|Irish|English)$/.test(w));
  const inherent = sportBody || kept.some((w) => ORG_WORDS.has(w.toLowerCase()) && !PERSON_TITLE.test(w)) || (kept.length === 1 && isAcronym(kept[0]!) && kept[0]!.length >= 3) || (kept.length >= 3 && / Public Health$/.test(kept.join(" ")));
  const words = kept.join(" ");
  return { kept, inherent, rawLength: raw.length, offset: run.indexOf(kept[0]!), words, key: orgKey(words) };
}

/**
 * "helped Renault boost its profits", "Renault's core market": a word that is also a first name names
 * a firm when the words after it could only be said of one, and the article names nobody by it.
 */
function firmWithFirstName(p: string, m: RegExpExecArray, base: number, reg: Registry): { at: number; words: string; key: string; inherent: boolean } | null {
  const word = m[0].replace(/[’']s$/, "");
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) || !isFirstName(word) || reg.byNameWord(word)) return null;
  if (!firmWordsAfter(p, m.index + m[0].length) && !FIRM_KIND_BEFORE.test(p.slice(Math.max(0, m.index - 16), m.index)) && !pluralVerbAfter(p, m.index, m.index + m[0].length)) return null;
  return { at: base + m.index, words: word, key: orgKey(word), inherent: false };
}

/** A party's name before the capitalised name of a brief: "Liberal Democrat Treasury", "Lib Dem Home Affairs". */
const PARTY_BEFORE_PORTFOLIO = /^(Liberal Democrats?|Lib Dems?|Labour|Conservatives?|Tory|SNP|Plaid Cymru|UKIP|Green)\s+(?!Party\b)\p{Lu}/u;

/** Words for a kind of firm that open a sentence before its name: "Car-maker", "Chipmaker", "Retailer". */
const FIRM_KIND = /^(?:\p{Lu}\p{Ll}+-maker|Chipmaker|Carmaker|Automaker|Drugmaker|Retailer|Broadcaster|Publisher|Supermarket|Insurer|Lender|Bookmaker|Brewer|Conglomerate|Housebuilder|Homebuilder|Grocer|Airline)$/u;

/** A run that may name an organisation: its words without a leading "The", and whether its words alone say so. */
function orgRun(p: string, m: RegExpExecArray, base: number): { at: number; words: string; key: string; inherent: boolean } | null {
  const parsed = runWords(m[0]);
  if (parsed.org === undefined) parsed.org = parseOrgRun(m[0]);
  const run = parsed.org;
  if (!run) return null;
  const { kept, inherent } = run;
  const end = m.index + run.rawLength;
  const at = base + m.index + run.offset;
  // "the Liberal Democrat Treasury spokesman": the party's spokesman on the Treasury, not a body
  // called "Liberal Democrat Treasury".
  const party = PARTY_BEFORE_PORTFOLIO.exec(run.words);
  if (party && /^\s+spokes(?:man|woman|person)\b/.test(p.slice(end, end + 16))) return { at, words: party[1]!, key: orgKey(party[1]!), inherent: true };
  // "Wexcombe district council": British papers write a council's kind in lower case.
  const council = /^\s+((?:district|borough|county|city|town|parish|metropolitan|unitary)\s+)?council\b/.exec(p.slice(end, end + 40));
  if (council && !ORG_WORDS.has(kept[kept.length - 1]!.toLowerCase())) {
    const words = `${run.words}${council[0].replace(/\s+/g, " ")}`;
    return { at, words, key: orgKey(words), inherent: true };
  }
  // "United Nations Economic Commission for Europe": an organisation's name runs on past "for"/"of".
  // Not after a club's name ("…joined Rangers for Scotland's sake"), nor past a possessive ("Strathclyde University's Fraser of…").
  const ofPart = inherent && !CLUB_ENDINGS.includes(kept[kept.length - 1]!.toLowerCase()) && !/[’']s\s/.test(m[0]) ? /^\s+(?:for|of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(p.slice(end, end + 80)) : null;
  // "the Transport and General Workers Union": and back over "and" to the words before it.
  const andPart = inherent && run.offset === 0 ? /(?:^|[^\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+and\s+$/u.exec(p.slice(Math.max(0, m.index - 40), m.index)) : null;
  const joined = andPart ? andPart[1]!.split(/\s+/).filter((w, i) => i > 0 || !RUN_OPENERS.test(w)) : [];
  // Only where the word before "and" is a word of English and the name after it ends in a word for a
  // body ("Food and Drug Administration"), never two names ("Disney and ABC", "IMF and World Bank",
  // "the New York Times and Los Angeles Times").
  const before = joined.at(-1)?.toLowerCase() ?? "";
  // ("Devon and Cornwall Police", "Avon and Somerset Constabulary": a force of two counties.)
  const joins = (joined.length === 1 && kept.length === 2 && /^(?:Police|Constabulary)$/.test(kept[1]!) && !isFirstName(joined[0]!)) || (joined.length > 0 && !isFirstName(joined[0]!) && isCommonWord(before) && !ORG_WORDS.has(before) && !NEWSPAPER_WORD.test(before) && (ORG_HEADS.has(kept.at(-1)!.toLowerCase()) || kept.at(-1) === "Project"));
  if (andPart && joins && !ofPart) {
    const words = `${joined.join(" ")} and ${run.words}`;
    return { at: base + m.index - (andPart[0].length - andPart[0].indexOf(joined[0]!)), words, key: orgKey(words), inherent };
  }
  const words = ofPart ? `${run.words} ${ofPart[0].trim()}` : run.words;
  // "the Anti-Phishing Working group", "the Association of British insurers": a name that stops on an
  // -ing form or a nation's adjective goes on to the lower-case noun that British style leaves it.
  const last = words.split(" ").at(-1)!;
  const noun = /^\p{Lu}\p{Ll}+$/u.test(last) && (/ing$/.test(last) || (countryOf(last) !== null && !isPlaceName(last) && last !== "Britain")) ? /^\s+(group|committee|council|forum|alliance|coalition|panel|association|union|board|society|federation|[a-z]{3,}(?:ers|ors|ists))\b/.exec(p.slice(end + (ofPart?.[0].length ?? 0), end + (ofPart?.[0].length ?? 0) + 30)) : null;
  if (noun) return { at, words: `${words} ${noun[1]}`, key: orgKey(`${words} ${noun[1]}`), inherent: true };
  return { at, words, key: ofPart ? orgKey(words) : run.key, inherent };
}

/** Sports whose governing bodies are named by a nation and the sport ("Cricket Australia", "UK Athletics"). */
const SPORT = /^(?:Tennis|Cricket|Rugby|Athletics|Swimming|Cycling|Hockey|Football|Golf|Rowing|Sailing|Gymnastics|Netball|Basketball|Boxing|Badminton|Squash|Triathlon|Volleyball|Skiing|Snowsport|Equestrian|Judo|Taekwondo|Archery|Canoeing)$/;

/** The words newspapers' names end in ("the New York Times and Los Angeles Times" are two). */
const NEWSPAPER_WORD = /^(?:times|post|news|journal|telegraph|guardian|mail|mirror|express|herald|tribune|observer|independent|star|sun|record|standard|chronicle|gazette)$/;

/** "… umbrella organisation called the …": a description that a name follows. */
const CALLED_NEXT = /^\s+(?:[\p{Ll}-]+\s+){1,3}(?:called|named)\s+(?:the\s+)?\p{Lu}/u;


/** "Ireland-based", "Labour-run": where a body is based, or who runs it, before its name. */
const PLACED = /-(?:based|listed|owned|registered|headquartered|run|led|controlled)$/i;

/** "One", "The", "But the": a run of the words that open sentences, naming nothing. */
const ownWordsAreOpeners = (run: string): boolean => run.split(/\s+/).every((w) => RUN_OPENERS.test(w) || /^(?:One|Another|A|An)$/.test(w));
