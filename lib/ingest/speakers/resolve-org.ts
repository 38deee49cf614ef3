// References to an organisation named before: "it said", "the company said", "the airline added",
// "the central bank told Reuters", "the report found". Each goes to the organisation last spoken of
// (as a sentence's subject or a statement's speaker) that the description fits; nothing fits, nothing
// is guessed.

import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS } from "../name-lexicons";
import { isCommonWord } from "../common-words";
import { countriesIn, countryNamed, countryOf, foldName, isCapitalCity, isFirstName, isPlaceName } from "../names";
import { nationalGovernment } from "./governments";
import { onePartyNamedBefore } from "./parties";
import { PERSON_TITLE, RUN_OPENERS } from "./name-runs";
import { DOCUMENT_HEADS, ORG_HEADS, orgDescription, orgFits, type OrgDescription } from "./org-mentions";
import { GENERIC_HEADS, PERSON_HEAD } from "./resolve-role";
import type { Discourse, Entity, Resolution, Salience } from "./registry";

/** How far back (characters) an organisation stays in mind for "it" or "the company". */
const REACH = 2500;

/** Organisation events before `at`, latest first: subjects and speakers, then any mention. */
function orgEvents({ salience, resolved }: Discourse, at: number): Salience[] {
  return [...salience, ...resolved].filter((ev) => ev.entity.kind === "organization" && ev.at < at && at - ev.at <= REACH).sort((a, b) => b.at - a.at);
}

const OPENED_ON = /(?:[.!?]["”’]?\s+|\n\s*)((?:The|the)\s+[a-z]+)\s[^.!?\n]*$/;
/** The sentence before opened on "the" and a noun, perhaps after a nation's adjective ("The Japanese government"); "1.6%" ends no sentence. */
const OPENED_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:The|the)\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}+)[\s,](?:[^.!?]|\.\d)*[.!?]["”’]?\s+(?:[^.!?]|\.\d)*$/u;
const OPENED_ON_TEXT_START = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:The|the)\s+[a-z]+)\s[^.!?\n]*$/;

/** "It said", "it warned": the organisation that was last the subject or the speaker. */
export function resolveIt(at: number, d: Discourse): Resolution {
  const r = organisationAsIt(at, d);
  // ("The study, published in the journal JAMA Network Open, examined… ¶ It found": a journal prints
  // what others found, and is not "it".)
  return r.entity && r.entity.mentions.every((m) => /\b(?:journal|published\s+in(?:\s+the)?)\s+$/i.test(d.source.slice(Math.max(0, m - 30), m))) ? { entity: null, confidence: 0.7 } : r;
}

function organisationAsIt(at: number, d: Discourse): Resolution {
  // "The company will have to persuade managers but it said…": the organisation the same sentence
  // opened on, whoever was spoken of before it.
  // (The window opens at a sentence's start only where the text does.)
  const from = Math.max(0, at - 300);
  const sentence = (from === 0 ? OPENED_ON_TEXT_START : OPENED_ON).exec(d.source.slice(from, at));
  if (sentence && headsBody(sentence[1]!)) {
    const opened = resolveOrgDescription(sentence[1]!, at - sentence[0].length + sentence[0].indexOf(sentence[1]!), d);
    if (opened?.entity) return { entity: opened.entity, confidence: 0.75 };
  }
  // "Mr Crosby's statement said: “…” It added:", "…, the report said. It questioned…": right after
  // what a document said, "it" is the document, and speaks for whoever it did.
  const spoken = documentJustBefore(at, d);
  if (spoken) return { entity: spoken, confidence: 0.75 };
  const events = orgEvents(d, at);
  const last = events[0];
  // "Shares in Norvale fell 5% after it warned…", "Even car maker Porsche may join, although it
  // insists…": the one body its own sentence named before it, subject or not.
  const inSentence = soleBodyInSentence(at, d);
  if (inSentence) return { entity: inSentence, confidence: 0.75 };
  if (!last) {
    // "The Japanese government has forecast… ¶ While it predicts a fall, it said…": with no
    // organisation spoken of by name, the one the sentence before opened on.
    const before = OPENED_BEFORE.exec(d.source.slice(Math.max(0, at - 600), at));
    const government = before ? nationalGovernment(before[1]!) : null;
    if (government) return { entity: d.reg.organization(government, at), confidence: 0.7 };
    if (before && headsBody(before[1]!)) {
      const opened = resolveOrgDescription(before[1]!, at - before[0].length + before[0].indexOf(before[1]!), d);
      if (opened?.entity) return { entity: opened.entity, confidence: 0.7 };
    }
    // "Barclays has fined the player. It said…": a bare name that did something, opening the
    // sentence before ("His record One Night will be released" is done to, and no body).
    const body = bareNameBefore(at, d, undefined, true) ?? soleBodyInSentenceBefore(at, d);
    if (body) return { entity: body, confidence: 0.7 };
    return { entity: null, confidence: 0.8 };
  }
  // "The commission, an independent body…, had been asked… But it said": a body described opening
  // the sentence before, after the last body that was a subject or spoke.
  const opening = OPENED_BEFORE.exec(d.source.slice(Math.max(0, at - 600), at));
  const openedAt = opening ? at - opening[0].length + opening[0].indexOf(opening[1]!) : -1;
  if (opening && openedAt > last.at && /^(?:The|the)\s+\p{Ll}+$/u.test(opening[1]!) && ORG_HEADS.has(opening[1]!.split(/\s+/)[1]!)) {
    const opened = resolveOrgDescription(opening[1]!, openedAt, d);
    if (opened?.entity && opened.entity !== last.entity) return { entity: opened.entity, confidence: 0.7 };
  }
  // A person spoken of after the organisation is a likelier topic than "it" refers past, but not
  // one named only in what the organisation just said ("the club said it would allow Mr Glazer…
  // But it said").
  const { previous } = d;
  const inWhatItSaid = (ev: { at: number }) => !!previous && previous.entity === last.entity && ev.at > previous.at && ev.at < (previous.end ?? previous.at);
  const person = [...d.salience, ...d.resolved].some((ev) => ev.entity.kind === "person" && ev.at > last.at && ev.at < at && !inWhatItSaid(ev));
  return person ? { entity: null, confidence: 0.7 } : { entity: last.entity, confidence: 0.8 };
}

/** "The company", "the report": a body, or a document that speaks for one. */
const headsBody = (words: string) => {
  const head = words.split(/\s+/).at(-1)!;
  return ORG_HEADS.has(head) || DOCUMENT_HEADS.test(head);
};

/** What the statement before resolved to, when its speaker was a document and it ended in the sentence before `at`. */
function documentJustBefore(at: number, { previous, source }: Discourse): Entity | null {
  if (!previous?.entity || previous.at >= at || !DOCUMENT_HEADS.test(previous.phrase.trim().split(/\s+/).at(-1)!.toLowerCase())) return null;
  // (From the statement's last characters: a quotation's own full stop is a boundary.)
  const between = source.slice(Math.max(previous.at, (previous.end ?? previous.at) - 2), at + 1);
  return between.length <= 400 && [...between.matchAll(/[.!?:]["”’']?\s+(?=\S)/g)].length <= 1 ? previous.entity : null;
}

/** The one organisation named in the sentence of `at` before it, with no person named there; else null. */
function soleBodyInSentence(at: number, d: Discourse): Entity | null {
  const window = d.source.slice(Math.max(0, at - 300), at);
  const bound = [...window.matchAll(/[.!?]["”’']?\s+|\n/g)].pop();
  const start = at - window.length + (bound ? bound.index + bound[0].length : 0);
  if (!bound && at > 300) return null;
  // (Not one named in the reported words: "…the UK's presidency of the EU, said a spokesman".)
  const own = (m: number) => m >= start && m < at && !(d.statement && m >= d.statement.start && m < d.statement.end);
  const named = d.reg.entities.filter((e) => e.mentions.some(own));
  return named.length === 1 && named[0]!.kind === "organization" ? named[0]! : null;
}

/**
 * "There was an outcry when the Sentencing Guidelines Council published its proposals. It had
 * suggested…": "it" opening a sentence after one that named one organisation and nobody else.
 */
function soleBodyInSentenceBefore(at: number, d: Discourse): Entity | null {
  const window = d.source.slice(Math.max(0, at - 400), at);
  const bounds = [...window.matchAll(/[.!?]["”’']?\s+|\n/g)];
  const end = bounds.at(-1);
  if (!end || end.index + end[0].length !== window.length) return null;
  const prev = bounds.at(-2);
  if (!prev && at > 400) return null;
  const [start, stop] = [at - window.length + (prev ? prev.index + prev[0].length : 0), at - window.length + end.index];
  const named = d.reg.entities.filter((e) => e.mentions.some((m) => m >= start && m < stop));
  return named.length === 1 && named[0]!.kind === "organization" ? named[0]! : null;
}

/**
 * "Despite giving their backing, the Conservatives insisted they would… ¶ They said…": "they" is a
 * party British news names in the plural, when it was the last subject or speaker, close before, and
 * nobody was named since. Any other "they" is nobody in particular.
 */
export function resolveThey(at: number, d: Discourse, resolveAt?: (phrase: string, at: number) => Resolution): Resolution {
  const named = resolveAt ? partyEndingSentenceBefore(at, d.source, resolveAt) : null;
  if (named) return { entity: named, confidence: 0.7 };
  const last = orgEvents(d, at)[0];
  const since = (ev: Salience) => ev.at > last!.at && ev.at < at && ev.entity !== last!.entity;
  // ("Chelsea have confirmed…", "Liverpool are ready…": British news gives a club or a team a plural verb.)
  // ("…, the MPs said. They said… they said": a committee's members, who spoke as the committee.)
  const party = last && at - last.at <= (isCommittee(last.entity) ? 700 : 400) ? (PLURAL_PARTY.exec(d.source.slice(last.at, last.at + 30)) ?? PLURAL_VERB_AFTER.exec(d.source.slice(last.at, last.at + 60)) ?? (isCommittee(last.entity) ? (MEMBERS.exec(d.source.slice(last.at, last.at + 30)) ?? /^[Tt]hey\b/.exec(d.source.slice(last.at, last.at + 5))) : null)) : null;
  if (!party || [...d.salience, ...d.resolved].some(since)) return { entity: null, confidence: 0.8 };
  // ("… the Lib Dems said. Ministers deny they have been… Instead, they say": the ones since.)
  for (const m of d.source.slice(last!.at + party[0].length, at).matchAll(/(?:^|[.!?]["”’']?\s+|\n)(?:The\s+)?(\p{L}+s)\s/gu)) if (GENERIC_HEADS.test(m[1]!)) return { entity: null, confidence: 0.8 };
  return { entity: last!.entity, confidence: 0.7 };
}

/**
 * "…is expected to be opposed by the Liberal Democrats. They have said…": a party named in the plural
 * as the last name of the sentence right before "they" opens one.
 */
function partyEndingSentenceBefore(at: number, source: string, resolveAt: (phrase: string, at: number) => Resolution): Entity | null {
  const from = Math.max(0, at - 40);
  const before = PLURAL_PARTY_ENDING.exec(source.slice(from, at));
  const r = before ? resolveAt(before[0], from + before.index) : null;
  return r?.entity?.kind === "organization" ? r.entity : null;
}

/**
 * "…, the environment select committee said. The MPs said…": the members of a committee that just
 * spoke speak as the committee; null when no committee spoke last among bodies, close before.
 */
export function committeeOfMembers(text: string, at: number, d: Discourse): Resolution | null {
  if (MEMBERS.exec(text)?.[0].length !== text.length) return null;
  const last = orgEvents(d, at)[0];
  return last && at - last.at <= 800 && isCommittee(last.entity) ? { entity: last.entity, confidence: 0.7 } : null;
}

/**
 * "The study, from the Centre for Economic Policy Research… “…,” the authors say": a report's authors
 * speak for the body the article said issued it last; null when no body issued one before.
 */
export function authorsOfReport(text: string, at: number, d: Discourse): Resolution | null {
  if (!/^the\s+(?:(?:report|study|paper|survey|research)[’']s\s+)?(?:authors|researchers)$/i.test(text)) return null;
  let latest: { entity: Entity; at: number } | null = null;
  for (const e of d.reg.entities) for (const m of e.kind === "organization" ? e.issuedAt : []) if (m < at && (!latest || m > latest.at)) latest = { entity: e, at: m };
  return latest ? { entity: latest.entity, confidence: 0.7 } : null;
}

/** "The MPs", "MPs", "committee members": the members of a committee, as a speaker phrase opens. */
const MEMBERS = /^(?:[Tt]he\s+)?(?:MPs|MEPs|MSPs|peers|committee\s+members)\b/;
const isCommittee = (e: Entity) => e.forms.some((f) => /\bcommittee\b/i.test(f));

/** A name and a plural verb: "Chelsea have", "Manchester United are". */
const PLURAL_VERB_AFTER = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}.&’'-]*(?=\s+(?:have|are|were|say|insist|believe|want|hope|claim|deny|admit)\b)/u;

/** A party named in the plural, as British news writes it. */
const PLURAL_PARTY_NAME = String.raw`(?:[Tt]he\s+)?(?:Conservatives|Tories|Lib\s+Dems|Liberal\s+Democrats|Greens)`;
const PLURAL_PARTY = new RegExp(`^${PLURAL_PARTY_NAME}\\b`);
/** The same, ending the sentence right before: "…opposed by the Liberal Democrats. " */
const PLURAL_PARTY_ENDING = new RegExp(`${PLURAL_PARTY_NAME}(?=\\.["”’']?\\s+$)`);

/** Institutions British and American news name by one word before "spokesman". */
const INSTITUTIONS = /^(?:Treasury|Palace|Pentagon|Kremlin|Vatican|Commons|Lords|Cabinet\s+Office|Home\s+Office|Foreign\s+Office|Downing\s+Street|No\s+10|White\s+House|State\s+Department|Justice\s+Department|Met|Scotland\s+Yard|Whitehall|Elysee|Bundesbank)$/;

const SPOKESPERSON = /^(?:an?|the|one|its)\s+(?:(?:company|official|senior|chief|press)\s+)?(?:spokes(?:man|woman|person)|rep|representative|publicist)(?:\s+for\s+(.+))?$/i;

/**
 * "A lawyer representing Mr Doherty", "lawyers acting for the company", "an agent for the
 * player": someone who speaks for whom the words after name, as a spokesperson does.
 */
const COUNSEL_FOR = /^(?:(?:an?|the|one|two|three|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:lawyers?|solicitors?|attorneys?|barristers?|counsel|agents?)\s+(?:for|representing|acting\s+for|on\s+behalf\s+of)\s+(.+)$/i;

/**
 * "a spokesperson for the ministry", "a spokesman", "the spokeswoman": someone speaking for an
 * organisation, which is the speaker. The organisation is the one named after "for", or else the
 * one last spoken of, unless a person was spoken of since (a person's spokesman speaks for nobody
 * the article can name as the speaker). Null when the phrase is no such description, or names
 * someone after "for" who is no organisation the article knows (the phrase is then read whole).
 */
export function resolveSpokesperson(text: string, at: number, d: Discourse, resolveFor: (phrase: string) => Resolution): Resolution | null {
  // "A council spokesperson", "a club spokesman": whoever "the council", "the club" stands for.
  const kind = /^(?:an?|the|one)\s+([a-z]+)\s+spokes(?:man|woman|person)$/i.exec(text.trim())?.[1]?.toLowerCase();
  if (kind && kind !== "company" && ORG_HEADS.has(kind)) return resolveOrgDescription(`the ${kind}`, at, d) ?? { entity: null, confidence: 0.7 };
  // "The executive spokeswoman" after "the Scottish Executive": the one body the article names so
  // ("a Twitter spokesman" is read below, as a name).
  if (kind && /^\S+\s+[a-z]+\s/.test(text.trim())) {
    const bodies = d.reg.entities.filter((e) => e.kind === "organization" && e.mentions.some((m) => m < at) && e.forms.some((f) => f.split(/\s+/).length > 1 && f.split(/\s+/).at(-1)!.toLowerCase() === kind));
    if (bodies.length === 1) return { entity: bodies[0]!, confidence: 0.75 };
  }
  // "A Labour spokesman", "a Conservative spokeswoman": a British party, as its plural names it ("the Tory
  // spokesman" may be one the article named).
  const party = /^(?:[Aa]n?|[Oo]ne)\s+(?:senior\s+)?(Labour|Conservative|Tory|Lib\s+Dem|Liberal\s+Democrat)(?:\s+[Pp]arty)?\s+spokes(?:man|woman|person)$/.exec(text.trim())?.[1];
  if (party) return resolveFor(party === "Labour" ? "Labour" : party === "Conservative" || party === "Tory" ? "the Conservatives" : `${party}s`);
  // "A Treasury spokesperson", "a Palace spokesman": an institution named before the word, not a person.
  const institution = /^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+((?:\p{Lu}[\p{L}&’'-]*\s+){0,2}\p{Lu}[\p{L}&’'-]*)\s+spokes(?:man|woman|person)$/u.exec(text.trim())?.[1];
  if (institution && INSTITUTIONS.test(institution)) return { entity: d.reg.knownOrganization(institution) ?? d.reg.organization(institution, at), confidence: 0.8 };
  // "Treasury officials have said": its officials speak for it too, and it is a name, though
  // "Treasury" is a word (nameable.ts).
  const officials = /^(?:(?:senior|top)\s+)?((?:\p{Lu}[\p{L}&’'-]*\s+){0,2}\p{Lu}[\p{L}&’'-]*)\s+officials$/u.exec(text.trim())?.[1];
  if (officials && INSTITUTIONS.test(officials)) {
    const e = d.reg.knownOrganization(officials) ?? d.reg.organization(officials, at);
    e.titled = true;
    return { entity: e, confidence: 0.75 };
  }
  // ("- A spokesperson for Okoro said": a list's dash is no part of the phrase.)
  const m = SPOKESPERSON.exec(text.trim().replace(/^[-–—•*]\s*/, "")) ?? COUNSEL_FOR.exec(text.trim());
  if (!m) return null;
  if (m[1]) {
    // "a spokesman for Platte River": the organisation. "A spokesman for Senator Ann Hale" or "for
    // the Taoiseach" speaks for that person and is not them, as "Mr Blair's spokesman" is not Mr
    // Blair: nobody named. (A word the article
    // took for a surname alone or a name of no known sex, "a spokesman for Toho", "for Platte River",
    // is read as a whole, as before.)
    const r = resolveFor(m[1]);
    // ("A spokesman for Mr Blair", "for the Minister for Climate": an honorific or an office says it is a person's.)
    if (r.entity?.kind === "person" && ((r.entity.first && (r.entity.gender || r.entity.mentions.some((m) => m < at - 30))) || HONORIFICS.has(m[1].trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, "")) || (/^the\s/i.test(m[1].trim()) && PERSON_HEAD.test(m[1].trim().replace(/\s+(?:for|of)\s.*$/i, "").split(/\s+/).at(-1)!.toLowerCase())))) return { entity: null, confidence: 0.8 };
    if (r.entity) return r.entity.kind === "organization" ? { entity: r.entity, confidence: r.confidence } : null;
    // "a spokeswoman for YouTube": a name nobody knows yet, with no first name or title to make it a
    // person's, is the organisation the spokeswoman speaks for.
    const name = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}\p{N}.&’'-]*){0,4})$/u.exec(m[1].trim())?.[1];
    const first = name?.split(/\s+/)[0] ?? "";
    if (name && !isFirstName(first) && !PERSON_TITLE.test(first) && !HONORIFICS.has(first.toLowerCase().replace(/\.$/, ""))) return { entity: d.reg.organization(name, at), confidence: 0.8 };
    return null;
  }
  // "A spokeswoman for the Lyric Theatre said… '…,' the spokeswoman said": the one spoken of before,
  // for whoever she was named as speaking for (a person's: nobody).
  const word = /^the\s+(spokes(?:man|woman|person)|rep|representative|publicist)$/i.exec(text.trim())?.[1];
  const before = word ? [...d.source.slice(Math.max(0, at - 1500), at).matchAll(new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}&’'-]+\s+){0,3}?${word}(?:\s+for\s+(?:(?:the\s+)?\p{Lu}[\p{L}&’'.-]*(?:\s+(?:of|and|for|&|\p{Lu}[\p{L}&’'.-]*))*|the\s+\p{Ll}+))?`, "gu"))].at(-1) : undefined;
  const earlier = before ? resolveFor(before[0].replace(/\s+(?:of|and|for|&)$/, "")) : null;
  if (earlier && (earlier.entity || earlier.confidence >= 0.7)) return earlier;
  const r = resolveIt(at, d);
  return r.entity ? { entity: r.entity, confidence: 0.7 } : r;
}

/**
 * "The Ofcom spokesman said… “…,” he said": "he" or "she" right after a body's spokesperson spoke,
 * with nobody named since, is that spokesperson, whose words are the body's. Null otherwise.
 */
export function spokespersonGoesOn(pronoun: string, at: number, d: Discourse): Resolution | null {
  const prev = d.previous;
  // (Not "the Tory spokesman": the shadow minister the article named; "a Tory spokesman" is the party's.)
  const kind = prev?.entity?.kind === "organization" && !PARTY_SPOKESPERSON.test(prev.phrase) ? /\bspokes(man|woman|person)$/i.exec(prev.phrase.trim())?.[1]?.toLowerCase() : undefined;
  if (!kind || (kind === "man" && pronoun === "she") || (kind === "woman" && pronoun !== "she")) return null;
  const end = prev!.end ?? prev!.at;
  if (at < end || at - end > 600 || [...d.salience, ...d.resolved].some((ev) => ev.entity.kind === "person" && ev.at > prev!.at && ev.at < at)) return null;
  // Only in the sentence after (what the quotations say aside).
  const between = d.source.slice(Math.max(prev!.at, end - 2), at + 1).replace(/["“][^"”]*["”]/g, "");
  return [...between.matchAll(/[.!?:]["”’']?\s+(?=\S)/g)].length <= 1 ? { entity: prev!.entity, confidence: 0.7 } : null;
}

const PARTY_SPOKESPERSON = /^[Tt]he\s+(?:Tory|Conservative|Labour|Lib\s+Dem|Liberal\s+Democrat|SNP|Plaid|UKIP|Green|Democratic|Republican|GOP)\s+(?:[a-z-]+\s+)*spokes/;

/** "the company", "the central bank", "the report": the latest organisation the description fits, or null when it is no such description. */
export function resolveOrgDescription(text: string, at: number, d: Discourse): Resolution | null {
  const desc = orgDescription(text);
  if (!desc) return null;
  if (desc.document && desc.head === "statement" && desc.modifiers.length === 0) {
    // "X said in a statement… “…,” the statement continued": the statement just quoted is X's.
    // Only the statement just before, and only when it was named ("the party said" left unnamed ends it).
    const last = d.previous;
    if (last?.entity && last.at < at && at - last.at <= 600 && /\b(?:in|issued|released|put out)\s+a\s+(?:\w+\s+)?statement\b/i.test(d.source.slice(Math.max(0, last.at - 200), at))) return { entity: last.entity, confidence: 0.75 };
  }
  if (desc.document) return resolveDocument(at, d);
  // "Colorado State University… the Colorado centre": the one body named before whose name holds the place.
  const placed = desc.place ? d.reg.entities.filter((e) => e.kind === "organization" && e.mentions.some((m) => m < at) && e.forms.some((f) => f.includes(desc.place!))) : [];
  if (placed.length === 1) return { entity: placed[0]!, confidence: 0.75 };
  let best: { entity: Entity; fit: "name" | "role" | "any" } | null = null;
  const seen = new Set<Entity>();
  for (const ev of orgEvents(d, at)) {
    if (seen.has(ev.entity)) continue;
    seen.add(ev.entity);
    const fit = orgFits(desc, ev.entity.forms, ev.entity.roles);
    if (fit && (!best || (best.fit === "any" && fit !== "any"))) best = { entity: ev.entity, fit };
    if (best && best.fit !== "any") break;
  }
  // A description the organisation's name or descriptor shares ("the airline" for "airline
  // Lufthansa") is surer than "the company" for whichever organisation came last.
  if (!best) {
    // No organisation fitting was a subject or a speaker: the latest one mentioned at all whose name
    // says what the description does ("the authority" for the Transit Authority, not the council
    // mentioned since), else the latest of that kind.
    let latest: { entity: Entity; at: number; fit: "name" | "role" | "any" } | null = null;
    for (const e of d.reg.entities) {
      if (e.kind !== "organization") continue;
      const fit = orgFits(desc, e.forms, e.roles);
      const last = e.mentions.filter((m) => m < at && at - m <= REACH).pop();
      if (fit && last !== undefined && (!latest || FIT_RANK[fit] > FIT_RANK[latest.fit] || (FIT_RANK[fit] === FIT_RANK[latest.fit] && last > latest.at))) latest = { entity: e, at: last, fit };
    }
    if (latest) return { entity: latest.entity, confidence: latest.fit === "any" ? 0.7 : 0.75 };
    // "The trust said…" pages after "North Pennine Hospitals NHS Foundation Trust" was named: the
    // only body named before whose name says what the description does, however far back.
    const named = d.reg.entities.filter((e) => e.kind === "organization" && e.mentions.some((m) => m < at) && orgFits(desc, e.forms, e.roles) === "name");
    if (named.length === 1) return { entity: named[0]!, confidence: 0.7 };
    const justSpoke = bodyThatJustSpoke(desc, at, d);
    if (justSpoke) return { entity: justSpoke, confidence: 0.65 };
    const party = desc.head === "party" && desc.modifiers.length === 0 ? onePartyNamedBefore(d.source, at) : null;
    if (party) return { entity: d.reg.organization(party, at), confidence: 0.65 };
    // ("The German company" may be a body placed nowhere yet, never one placed elsewhere; "the
    // statistical office" only one whose name says office.)
    const subject = desc.head === "office" ? undefined : bareNameBefore(at, d, desc);
    const placed = subject ? countriesIn(`${subject.forms.join(" ")} ${subject.roles.join(" ")}`) : [];
    if (subject && (placed.length === 0 || desc.nationality.every((c) => placed.includes(c)))) return { entity: subject, confidence: 0.65 };
    const unplaced = desc.nationality.length > 0 ? onlyUnplaced(desc, at, d) : null;
    if (unplaced) return { entity: unplaced, confidence: 0.65 };
    // ("Producer Kevin Wallace said… added the producer": no body is; a person given the role is.)
    if (PERSON_HEAD.test(desc.head) && d.reg.entities.some((e) => e.kind === "person" && e.mentions.some((m) => m < at) && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(desc.head)))) return null;
    return { entity: null, confidence: 0.7 };
  }
  return { entity: best.entity, confidence: best.fit === "any" ? 0.75 : 0.85 };
}

const FIT_RANK = { name: 2, role: 1, any: 0 } as const;

/**
 * "…, according to BT. The telecoms giant said…", "…, the FBI said. … according to the agency":
 * a description nothing the article said of any body fits, right after a body spoke, with no other
 * body named since, is that body when the article has said nothing of what kind of body it is.
 */
function bodyThatJustSpoke(desc: OrgDescription, at: number, { previous, reg }: Discourse): Entity | null {
  const body = previous?.entity;
  if (body?.kind !== "organization" || previous!.at >= at || at - (previous!.end ?? previous!.at) > 300 || body.roles.length > 0) return null;
  // (Not a country, "the website" after "Canada said"; nor a party before "the information commissioner's office".)
  if (body.forms.some((f) => isPlaceName(f) || countryOf(f) !== null) || desc.modifiers.some((w) => /[’']s$/.test(w))) return null;
  if (OTHER_KIND_OF_BODY.test(body.forms.join(" ")) && !body.forms.join(" ").toLowerCase().includes(desc.head)) return null;
  // (Named since it spoke, not in what it said: "According to the FT, Deutsche Boerse will… The newspaper said".)
  const since = reg.entities.some((e) => e !== body && e.mentions.some((m) => m > (previous!.end ?? previous!.at) && m < at));
  return since ? null : body;
}

/** Words that make a name another kind of body than a firm ("The Orme Association"). */
const OTHER_KIND_OF_BODY = /\b(?:Association|Institute|Institution|Union|Party|Council|Committee|Commission|Foundation|University|College|School|League|Federation|Agency|Department|Ministry|Office|Bureau|Court|Police|Army|Government|Parliament|Assembly|Society|Trust|Board|Authority)\b/;

/**
 * "Electrolux saw its shares rise… The Swedish firm said": when no organisation is placed in the
 * description's country, the one organisation of its kind mentioned before it that the article
 * places nowhere; none when there are several.
 */
function onlyUnplaced(desc: OrgDescription, at: number, d: Discourse): Entity | null {
  const anywhere = { ...desc, nationality: [] };
  let found: Entity | null = null;
  for (const e of d.reg.entities) {
    if (e.kind !== "organization" || !e.mentions.some((m) => m < at && at - m <= REACH)) continue;
    if (countriesIn(`${e.forms.join(" ")} ${e.roles.join(" ")}`).length > 0 || !orgFits(anywhere, e.forms, e.roles)) continue;
    // "The Orme Association" is no "German company": a name that says it is another kind of body.
    if (OTHER_KIND_OF_BODY.test(e.forms[0]!) && !e.forms[0]!.toLowerCase().includes(desc.head)) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/**
 * "The report said": the organisation that issued a report the article names ("the Datamonitor
 * report", "a report by the IMF"), the latest before it or else the only one in the article.
 */
function resolveDocument(at: number, { reg, previous, documents }: Discourse): Resolution {
  const issuers = reg.entities.filter((e) => e.kind === "organization" && e.issuedAt.length > 0);
  let latest: { entity: Entity; at: number } | null = null;
  for (const e of issuers) for (const m of e.issuedAt) if (m < at && (!latest || m > latest.at)) latest = { entity: e, at: m };
  if (latest) return { entity: latest.entity, confidence: 0.75 };
  // "The watchdog said… It said… The report said": no report named before it, the body whose
  // statements come just before is the one reporting.
  if (previous?.entity?.kind === "organization" && previous.at < at && at - previous.at <= 600) return { entity: previous.entity, confidence: 0.7 };
  // "The report found… Sir John said… The report also said": the body the last report went to.
  const given = (documents ?? []).filter((doc) => doc.at < at).pop();
  if (given) return { entity: given.entity, confidence: 0.7 };
  return issuers.length === 1 ? { entity: issuers[0]!, confidence: 0.65 } : { entity: null, confidence: 0.7 };
}

/** Where a sentence opens ("At the fair, Siemens showed off…", "Internet portal Lycos has made…"), the name before its verb. */
const OPENING_NAME =
  /^(?:(?:At|In|On|During|After|Before|Earlier|Later|Meanwhile|Last\s+\p{L}+|This\s+\p{L}+)\b[^,.!?]{0,40},\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,2}?)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})\s+(?:has|have|had|is|was|will|would|rose|fell|grew|made|took|saw|won|lost|cut|hit|sold|bought|paid|spent|kept|held|set|put|became|began|\p{Ll}{2,}(?:s|ed))\b/u;

/**
 * "Internet portal Lycos has made a screensaver. The net firm estimates…": a description of an
 * organisation right after a sentence that opened on a bare name (no word in it says what kind of
 * body it is, and it is no person or place) describes that name: it is the organisation. Only the
 * sentence just before (or the one before that, past a sentence naming nobody), and only when the
 * description found no organisation the article had named.
 */
function bareNameBefore(at: number, d: Discourse, desc?: OrgDescription, actedOnly = false): Entity | null {
  const from = Math.max(0, at - 500);
  // One character past `at`: a boundary right before it is one only with the text it opens.
  const window = d.source.slice(from, at + 1);
  const bounds = [...window.matchAll(/(?:[.!?]["”’']?\s+|\n\s*)(?=\S)/g)].map((m) => from + m.index + m[0].length);
  if (bounds.length === 0) return null;
  // The sentence of `at` opens at the last boundary; the one before it at the boundary before that.
  const current = bounds.at(-1)!;
  let previous = bounds.length > 1 ? bounds.at(-2)! : from === 0 ? 0 : -1;
  if (previous < 0) return null;
  // "Kestrel Foods has bought a rival. The deal makes it the biggest baker. The firm said…": past a
  // sentence that names nobody (no capital after its first word), the one before it.
  const between = d.source.slice(previous, current);
  const earlier = bounds.length > 2 ? bounds.at(-3)! : bounds.length === 2 && from === 0 ? 0 : -1;
  if (!actedOnly && earlier >= 0 && earlier < previous && !/\s\p{Lu}|["“”]/u.test(between.trimEnd()) && !OPENING_NAME.test(between)) previous = earlier;
  // ("Barclays, which runs the game, has fined…": for "it", the clause after the name is left out;
  // it stands after the name, so the name's offset holds.)
  const sentence = actedOnly ? d.source.slice(previous, current).replace(/^((?:The\s+)?\p{Lu}[^,.!?]{0,60}),\s+which\s[^,.!?]{1,100},/u, "$1") : d.source.slice(previous, current);
  const m = OPENING_NAME.exec(sentence);
  // (For "it", the name itself opens the sentence: not "The forecast from Tokyo shows…".)
  if (actedOnly && (!m || !/^(?:The\s+)?$/.test(m[0].slice(0, m[0].indexOf(m[1]!))) || isCapitalCity(m[1]!) || !ACTED.test(sentence.slice(m[0].indexOf(m[1]!) + m[1]!.length)))) return null;
  if (!m) return soleBodyNamed(sentence, previous, d, desc);
  // ("Kestrix and Norvale saw their shares rise": two bodies, of which the description is either.)
  if (/\b(?:and|or)\s+$/.test(m[0].slice(0, m[0].indexOf(m[1]!)))) return null;
  // ("On Monday Ofcom fined…": a day before the name, with no comma, is not part of it.)
  const name = m[1]!.replace(/^(?:(?:On|By|Last|This|Next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?=\p{Lu})/u, "");
  const words = name.split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, "")))) return null;
  if (isFirstName(words[0]!) || PERSON_TITLE.test(words[0]!) || isPlaceName(name) || isCapitalCity(name) || countryNamed(name)) return null;
  if (words.length === 1 && isCommonWord(name)) return null;
  const known = d.reg.knownOrganization(name);
  if (known) return known;
  if (d.reg.entities.some((e) => e.kind === "person" && e.forms.some((f) => f.split(/\s+/).at(-1) === words.at(-1) || foldName(f) === foldName(name)))) return null;
  return d.reg.organization(name, previous + m.index + m[0].indexOf(name));
}

/** A verb in the active voice right after a name: "has fined", "cut", "warned" (not "will be released", "was bought"). */
const ACTED = /^\s+(?:has|have|had)\s+(?!been\b)\p{Ll}+(?:ed|en|t)\b|^\s+(?!(?:is|was|were|are|will|would|could|may|might|has|have|had)\b)\p{Ll}+(?:ed|s)\b/u;

/** A name in a sentence: capitalised words, perhaps joined by "of", "for", "and" ("Ministry of Defence"). */
const NAME_IN_SENTENCE = /(?<![\p{L}\p{N}’'.-])\p{Lu}[\p{L}\p{N}&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}&’'-]*)*/gu;

/**
 * "The player has been fined by Ofcom. The body said…", "Mark Hewitt, the player, was fined by the
 * Football Association. The governing body said…": when the sentence before did not open on a name,
 * the one name in it that the sentence marks as a body's: the agent after "by", a name followed by
 * ", which", or one with a word for a body in it. Two such names, and none is read.
 */
function soleBodyNamed(sentence: string, offset: number, d: Discourse, desc?: OrgDescription): Entity | null {
  let found: { name: string; at: number } | null = null;
  for (const m of sentence.matchAll(NAME_IN_SENTENCE)) {
    const words = m[0].split(/\s+/);
    let skip = 0;
    while (skip < words.length && RUN_OPENERS.test(words[skip]!)) skip++;
    const own = words.slice(skip);
    if (own.length === 0) continue;
    const name = own.join(" ");
    const before = sentence.slice(Math.max(0, m.index - 8), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const marked = /\bby\s+(?:the\s+)?$/.test(before) || /^,\s+which\b/.test(after) || own.some((w) => ORG_WORDS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()));
    if (!marked) continue;
    // ("The newspaper" is not the Electoral College: a name that says what it is must fit.)
    if (desc && own.some((w) => ORG_WORDS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase())) && !orgFits(desc, [name], [])) continue;
    // No owner ("Trump's"), headline, day, place or person.
    if (/[’']s?$/.test(name) || (own.length > 1 && own.every((w) => !/\p{Ll}/u.test(w))) || NOT_NAME_WORDS.has(name.toLowerCase())) continue;
    if (isPlaceName(name) || countryNamed(name) || isCapitalCity(name) || (own.length === 1 && isCommonWord(name.toLowerCase()))) continue;
    if (isFirstName(own[0]!) || PERSON_TITLE.test(own[0]!) || HONORIFICS.has(own[0]!.toLowerCase().replace(/\.$/, ""))) continue;
    if (d.reg.entities.some((e) => e.kind === "person" && e.forms.some((f) => f.split(/\s+/).at(-1) === own.at(-1)))) continue;
    // A name that could be a person's nobody knows ("Lleyton Hewitt"), and no word says what it is.
    if (own.length >= 2 && own.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()))) return null;
    if (found && found.name !== name) return null;
    found = { name, at: offset + m.index + m[0].indexOf(own[0]!) };
  }
  if (!found) return null;
  return d.reg.knownOrganization(found.name) ?? d.reg.organization(found.name, found.at);
}

/**
 * "West Yorkshire police confirmed", "Los Angeles police said": a place's police force, which British
 * and American papers write with a small "p". Null for "The police", "Local police", "Riot police".
 */
export function placePolice(text: string, at: number, d: Discourse): Resolution | null {
  // "Police said", "the police said" after "…, Nottinghamshire Police said": the one force the article named.
  if (/^(?:[Tt]he\s+)?[Pp]olice$/.test(text)) {
    const forces = d.reg.entities.filter((e) => e.kind === "organization" && e.mentions.some((m) => m < at) && e.forms.some((f) => /\b(?:Police|police|Constabulary)(?:\s+(?:Service|Department|Force))?$/.test(f) && f.split(/\s+/).length > 1));
    return forces.length === 1 ? { entity: forces[0]!, confidence: 0.75 } : null;
  }
  const force = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})police$/u.exec(text);
  if (!force) return null;
  const place = force[1]!.trim().split(/\s+/);
  if (/^(?:The|A|An|Its|Their|His|Her|Our|This|That)$/.test(place[0]!) || PERSON_TITLE.test(place[0]!) || (place.length === 1 && isCommonWord(place[0]!.toLowerCase()))) return null;
  const name = `${force[1]!.trim()} police`;
  return { entity: d.reg.knownOrganization(name) ?? d.reg.organization(name, at), confidence: 0.85 };
}

/** "according to The Mail on Sunday", "Scotland on Sunday said": a Sunday paper's name, not a day. */
export function sundayPaper(text: string, at: number, d: Discourse): Resolution | null {
  const paper = /^(?:[Tt]he\s+)?((?:\p{Lu}\p{L}+\s+){1,2}on\s+Sunday)$/u.exec(text);
  return paper ? { entity: d.reg.organization(paper[1]!, at), confidence: 0.85 } : null;
}

/** "In a tweet, the city of Nice urged…": a city, a town or a county speaking is its council, named "City of Nice". */
export function placeAsBody(text: string, at: number, d: Discourse): Resolution | null {
  const place = /^the\s+(city|town|borough|county)\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/iu.exec(text);
  return place ? { entity: d.reg.organization(`${place[1]![0]!.toUpperCase()}${place[1]!.slice(1).toLowerCase()} of ${place[2]}`, at), confidence: 0.8 } : null;
}

/**
 * "No 10 said", "A Number 10 spokeswoman": the prime minister's office at Downing Street, under that
 * name when the article writes it, else as written.
 */
export function numberTen(text: string, at: number, d: Discourse): Resolution | null {
  const m = /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(No\.?|Number)\s+(10|Ten)(?:\s+spokes(?:man|woman|person))?$/.exec(text);
  if (!m) return null;
  // (One name for however the article writes it: the first it writes.)
  const first = /\b(No\.?|Number)\s+(10|Ten)\b/.exec(d.source) ?? m;
  const name = /Downing\s+Street/.test(d.source) ? "Downing Street" : `${first[1]!.replace(".", "")} ${first[2]}`;
  return { entity: d.reg.knownOrganization(name) ?? d.reg.organization(name, at), confidence: 0.85 };
}
