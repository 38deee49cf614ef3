// Speaker resolution: turns the words that name a speaker at a statement ("he", "the Belorussian
// minister", "Sergey Lavrov") into one person or organization of the article, with aliases and roles.
// A wrong speaker is worse than none, so every guess that rests on recency alone gets a lower
// confidence, and plural or indefinite sources ("officials", "a senior aide") stay unresolved.

import type { ExtractedSpeaker, SpeakerEvidence, SpeakerMode, Span } from "../types";
import { findMentions } from "./mentions";
import { lowerCaseBodyMentions } from "./lower-case-bodies";
import { isPeerageForm } from "./peerage";
import { isNameable, organizationName } from "./nameable";
import { learnGenderFromPronouns } from "./pronoun-gender";
import { Registry, type Discourse, type Entity, type Resolution, type Salience } from "./registry";
import { resolvePhrase } from "./resolve-phrase";
import { PERSON_TITLE } from "./name-runs";
import { COURTESY, asDescription, holdsOtherSportRole, isPersonHead } from "./resolve-role";
import { DOCUMENT_HEADS, ORG_HEADS } from "./org-mentions";
import { sexOfWords } from "./sexed-words";

/** What speaker resolution needs to know about each statement. */
export interface SpeakerCandidate extends Span {
  speakerAsWritten: string | null;
  speakerSpan: Span | null;
  speakerMode: SpeakerMode;
  /** The verb that introduces it ("added"), when there is one. */
  cue?: string | null;
}

export interface SpeakerAssignment {
  speakerIndex: number | null;
  /** What named the speaker: see SpeakerEvidence. */
  evidence: SpeakerEvidence;
  /** Where the article last names the speaker before the statement, when its own words do not. */
  namedAt?: Span | null;
  /** Multiplies the statement's confidence: 1 for a name, less for pronouns and role descriptions. */
  confidence: number;
  /** The name is a surname two people of the article share ("King said", with B.B. and Claudette King). */
  doubted?: boolean;
  /** The words that stand for the speaker, when resolution read more of them than the statement's phrase (a lead's whole description). */
  phrase?: Span;
}

/**
 * Finds every person named in the body, then resolves each statement's speaker phrase to one of them
 * (or to an organization). Returns the speakers actually used, in first-use order.
 */
export function resolveSpeakers(source: string, paragraphs: Span[], statements: SpeakerCandidate[]): {
  speakers: ExtractedSpeaker[];
  assignments: SpeakerAssignment[];
} {
  const reg = new Registry(source);
  // Pronouns and descriptions refer only to someone the article names (nameable.ts).
  const possessives: Discourse["resolved"] = [];
  const salience = [...findMentions(source, paragraphs, reg, possessives), ...lowerCaseBodyMentions(source, paragraphs, reg)].sort((a, b) => a.at - b.at).filter((ev) => isNameable(ev.entity, source));
  for (const e of reg.entities) learnGenderFromPronouns(source, e);
  const d: Discourse = { reg, source, salience, resolved: [], possessives: possessives.filter((ev) => isNameable(ev.entity, source)) };
  return numberSpeakers(reg, assign(statements, d), source);
}

/** Each statement's speaker phrase, resolved in text order (a resolved speaker is salient for the next). */
function assign(statements: SpeakerCandidate[], d: Discourse): SpeakerAssignment[] {
  const { reg } = d;
  const assignments: SpeakerAssignment[] = [];
  // "But the chancellor said A and said B": one phrase, the subject of both cues, names one speaker.
  // Read again for the second, it could name another (whoever A spoke of has been named since).
  const byPhraseAt = new Map<number, Resolution>();
  for (const st of statements) {
    // "However a spokesman", "But the minister": a sentence's connective is no part of who speaks.
    const phrase = st.speakerAsWritten?.replace(/^(?:However|But|And|Yet|Meanwhile|Still|Instead|Indeed|Now|Also),?\s+(?=\S)/, "") ?? null;
    const at = st.speakerSpan?.start ?? st.start;
    if (st.speakerMode === "previous") {
      const prev = assignments[assignments.length - 1];
      assignments.push(
        prev && prev.speakerIndex !== null
          ? { speakerIndex: prev.speakerIndex, evidence: "previous", confidence: prev.confidence * 0.9, namedAt: prev.namedAt ?? namedBy(statements[assignments.length - 1]) }
          : { speakerIndex: null, evidence: "none", confidence: 0.5 },
      );
      continue;
    }
    if (!phrase) {
      assignments.push({ speakerIndex: null, evidence: "none", confidence: 0.8 });
      continue;
    }
    d.statement = st;
    const before = st.speakerSpan ? byPhraseAt.get(st.speakerSpan.start) : undefined;
    const nicknamed = reg.nicknames.get(phrase.replace(/^the\s+/i, "").toLowerCase().replace(/\s+/g, " "));
    let found = before?.entity ? before : nicknamed ? { entity: nicknamed, confidence: 0.85 } : resolvePhrase(phrase, at, d);
    // Where the first reading found nobody, a second is taken only on more than recency.
    if (before && !before.entity && found.confidence < 0.8) found = before;
    if (st.speakerSpan) byPhraseAt.set(st.speakerSpan.start, found);
    const r = found.entity && !isNameable(found.entity, d.source) ? { entity: null, confidence: 0.7 } : found;
    if (r.entity) d.resolved.push({ at, entity: r.entity });
    // "Dana Kurtz said… The cause was pneumonia, she said": whom "she" speaks as is a woman, so the
    // next "he" is someone else.
    if (r.entity?.kind === "person" && !r.entity.gender && /^(?:he|she)$/i.test(phrase)) r.entity.gender = /^she$/i.test(phrase) ? "female" : "male";
    d.previous = { at, phrase, entity: r.entity, end: Math.max(st.end, at + phrase.length) };
    const evidence = r.entity ? evidenceOf(phrase, r.entity) : "none";
    if (r.entity?.kind === "organization") learnOrgDescription(r.entity, phrase, at, d);
    const namedAt = r.entity && evidence !== "name" ? namingMention(d.source, r.entity, at) : null;
    const doubted = evidence === "name" && !!r.entity && reg.sharesSurname(r.entity) && !/\s/.test(phrase.trim().replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+/, ""));
    assignments.push({ speakerIndex: r.entity ? reg.entities.indexOf(r.entity) : null, evidence, confidence: r.confidence, namedAt, doubted });
  }
  reportsNamedLater(statements, assignments, d);
  peopleNamedLater(statements, assignments, d);
  officeNamedNext(statements, assignments, d);
  organisationNamedLater(statements, assignments, d);
  return assignments;
}

/**
 * "The report found… Sir John said… The report also said": a report (minutes, a survey…) that went to
 * an organisation is that organisation's for the next "the report", however far on.
 */
function learnOrgDescription(e: Entity, phrase: string, at: number, d: Discourse) {
  // ("The Bank's minutes said… However, the minutes showed": a report named with its body's name too.)
  if (DOCUMENT_HEADS.test(phrase.trim().split(/\s+/).at(-1)!.toLowerCase())) (d.documents ??= []).push({ at, entity: e });
}

/** "A school caretaker … says", "An Oxford student has said": someone described, not yet named. */
const INDEFINITE_PERSON = /^[Aa]n?\s+(?!(?:[\p{L}-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|source|aide|insider|representative|friend|member|statement|report|study|survey|poll|analysis|review|eyewitness|onlooker|bystander|passer-by|fan|pal|diner|reveller|partygoer)\b)\S/u;

/** "Kostas Kenteris' lawyer", "His agent": someone's lawyer or aide (never a spokesman, whom news leaves unnamed). */
const OWNED_PERSON = /^(?:(?:His|Her|Their)|((?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+)(?:[’']s?))\s+(?:[\p{Ll}-]+\s+){0,2}(?:lawyer|solicitor|barrister|attorney|agent|associate|aide|adviser|advisor|manager|coach|doctor|wife|husband|partner|brother|sister|son|daughter|father|mother|friend|colleague|deputy|successor|predecessor)(?:\s|$)/u;

/**
 * News leads open on a description ("A school caretaker suspended over posts on his blog says he has
 * been sacked") and name the person at the start of the next sentence ("Tom Arden, who writes as…, said…"):
 * the person named first, right after the lead, is the one described. Only for the article's first
 * statement (or its second, when nobody spoke the first) and a full name; never for a spokesman or a
 * source, whom news leaves unnamed.
 */
function peopleNamedLater(statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse): void {
  for (let i = 0; i < 2 && i < statements.length && assignments[i]!.speakerIndex === null; i++) if (leadNamedLater(i, statements, assignments, d)) return;
}

function leadNamedLater(i: number, statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse): boolean {
  const st = statements[i]!;
  if (!st.speakerSpan) return false;
  // The sentence opens on the description, whatever phrase before the verb was read as the speaker
  // ("A school caretaker suspended over posts on his blog says…"); after the words, the speaker
  // phrase alone ("A pizza-maker torched a rival's shop, prosecutors charged" describes no speaker).
  const paragraphStart = st.start < st.speakerSpan.start ? st.speakerSpan.start : d.source.lastIndexOf("\n", st.speakerSpan.start) + 1;
  const lead = d.source.slice(paragraphStart, st.speakerSpan.end);
  // (Past the first statement, only a sentence that opens on the speaker's words.)
  if (i > 0 && lead.trim() !== st.speakerAsWritten?.trim()) return false;
  // "Kostas Kenteris' lawyer has called for…", "Her agent says…": someone's lawyer, not yet named.
  const owned = OWNED_PERSON.exec(lead);
  // "The Federal Reserve head said…" in a lead that names nobody before it: the person named next.
  // "The Trade and Industry Secretary has said…": an office written with capitals is one too (not
  // "The lifelong Republican").
  // ("The former chief financial officer at US telecoms firm WorldCom", "The guitarist with US rock band Korn": the role before "at".)
  // ("The new health minister for Wales says…": the role before "for" or "of" too.)
  // ("Scotland's first minister has told…": a country's office is a description too.)
  const definite = /^[Tt]he\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:at|with|behind|for|of)\s+\S.*)?$/u.exec(asDescription(st.speakerAsWritten?.trim() ?? "") ?? st.speakerAsWritten?.trim() ?? "");
  const head = definite?.[1] ?? "";
  const described = (/^\p{Lu}/u.test(head) ? PERSON_TITLE.test(head) : isPersonHead(head)) && !d.salience.some((ev) => ev.at < st.start && ev.entity.kind === "person");
  // ("A New York appeals court has told…": a body described, no person.)
  const body = ORG_HEADS.has(st.speakerAsWritten?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "");
  if ((!INDEFINITE_PERSON.test(lead) && !owned && !described) || body || /[.!?]\s/.test(lead)) return false;
  let next = d.salience.find((ev) => ev.at >= st.end);
  if (!next || next.at - st.end > 300 || next.entity.kind !== "person" || !(next.entity.first || next.entity.titled)) return false;
  // "…angering a sheriff who says he was tricked. C-Murder, a former member of rap group Tru… said
  // Jefferson Parish Sheriff Harry Lee": someone introduced by what they are is the one named next
  // as that, not whoever is named first with another role.
  // ("The man who said he got The Aviator off the ground": a man is anyone.)
  const who = /^\s+who\b/.test(d.source.slice(st.speakerSpan.end, st.speakerSpan.end + 5)) && /^(?:a|an)\s/i.test(st.speakerAsWritten?.trim() ?? "") ? st.speakerAsWritten!.trim().split(/\s+/).at(-1)!.toLowerCase() : undefined;
  const fits = (e: Entity) => e.roles.some((role) => role.toLowerCase().split(/[\s-]+/).includes(who!));
  if (who && isPersonHead(who) && !/^(?:man|woman|person)$/.test(who) && next.entity.roles.length > 0 && !fits(next.entity)) {
    next = d.salience.find((ev) => ev.at >= st.end && ev.at - st.end <= 600 && ev.entity.kind === "person" && fits(ev.entity));
    if (!next) return false;
  }
  // Not the owner named again ("Kenteris' lawyer … Kenteris").
  if (owned?.[1] && next.entity.forms.some((f) => f.split(/\s+/).includes(owned[1]!.split(/\s+/).at(-1)!))) return false;
  const pronoun = /\b(?:she|her)\b/i.test(d.source.slice(st.start, st.end)) ? "female" : /\b(?:he|his|him)\b/i.test(d.source.slice(st.start, st.end)) ? "male" : null;
  if (pronoun && next.entity.gender && next.entity.gender !== pronoun) return false;
  // (Nor a woman for "the grandfather-of-five".)
  const sex = sexOfWords(st.speakerAsWritten ?? "");
  if (sex && next.entity.gender && next.entity.gender !== sex) return false;
  // "…,” the quarterback said. Coach Dan Kowalczyk said…": not someone the article gives another sport's role.
  if (described && holdsOtherSportRole(next.entity, head.toLowerCase())) return false;
  // The name is the evidence a reader needs: it stands after the statement, not before.
  const namedAt = nameAtMention(d.source, next.entity, next.at);
  // The description is the whole lead before the verb, not the last noun the extractor took ("his blog").
  // ("a sheriff who says…": the words before "who" alone.)
  const phrase = who || (described && !owned && !INDEFINITE_PERSON.test(lead)) ? undefined : { start: paragraphStart + (lead.length - lead.trimStart().length), end: st.speakerSpan.end };
  assignments[i] = { speakerIndex: d.reg.entities.indexOf(next.entity), evidence: "description", confidence: 0.65, namedAt, ...(phrase ? { phrase } : {}) };
  return true;
}

/** "France's finance minister", "the Brazilian foreign minister": an office of a country or the article's own. */
const OFFICE_DESCRIBED = /^(?:[Tt]he\s+|\p{Lu}[\p{L}-]+[’']s\s+)(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+)$/u;

/**
 * "Meanwhile, France's finance minister has said the world faced… Herve Gaymard said he would…":
 * an office nobody in the article held so far, and a full name the next sentence opens with, met
 * for the first time there. Never when the name comes with a role the office contradicts, nor when
 * someone named before could hold the office.
 */
function officeNamedNext(statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse): void {
  statements.forEach((st, i) => {
    const a = assignments[i]!;
    if (a.speakerIndex !== null || st.speakerMode !== "phrase" || !st.speakerSpan || !st.speakerAsWritten) return;
    const phrase = asDescription(st.speakerAsWritten.trim()) ?? st.speakerAsWritten.trim();
    const head = OFFICE_DESCRIBED.exec(phrase)?.[1];
    if (!head || !/^(?:minister|secretary|president|chancellor|governor|ambassador|spokes(?:man|woman)|chairman|chairwoman|chief|director|commissioner)$/.test(head)) return;
    // '"…," the economy minister said. "…," said economy minister Heizo Takenaka': the next
    // statement's speaker, met there for the first time, with the office in the words naming him.
    const later = statements[i + 1];
    const laterIndex = assignments[i + 1]?.speakerIndex;
    const words = phrase.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
    if (later && laterIndex !== null && laterIndex !== undefined && later.start - st.end <= 300 && later.speakerAsWritten?.toLowerCase().includes(words)) {
      const e = d.reg.entities[laterIndex]!;
      if (e.kind === "person" && !e.mentions.some((m) => m < st.start)) {
        assignments[i] = { speakerIndex: laterIndex, evidence: "description", confidence: 0.6, namedAt: assignments[i + 1]!.namedAt };
        return;
      }
    }
    // The statement's sentence ends before the name: the name opens the next one.
    const next = d.salience.find((ev) => ev.at >= st.end);
    if (!next || next.entity.kind !== "person" || !next.entity.first || next.at - st.end > 200) return;
    const between = d.source.slice(st.end, next.at);
    if (!/[.!?]["”’']?\s+$/.test(between) || /[.!?]["”’']?\s+\S[^]*[.!?]\s/.test(between)) return;
    if (next.entity.mentions.some((m) => m < st.start)) return;
    // (A courtesy title is no role: "Dr Maleeha Lodhi" may be the high commissioner.)
    const roles = next.entity.roles.filter((r) => !COURTESY.test(r));
    if (roles.length > 0 && !roles.some((r) => r.toLowerCase().includes(head))) return;
    assignments[i] = { speakerIndex: d.reg.entities.indexOf(next.entity), evidence: "description", confidence: 0.6, namedAt: nameAtMention(d.source, next.entity, next.at) };
  });
}

/** "one of the world's leading credit rating agencies", "a consumer watchdog": an organisation described, not named. */
const INDEFINITE_ORGANISATION = /^(?:an?|one\s+of\s+the)\s+(?:[\p{L}’'-]+\s+){0,5}(?:agency|agencies|firm|firms|company|companies|group|groups|charity|charities|watchdog|watchdogs|organisation|organisations|organization|organizations|institute|think[\s-]tank|think[\s-]tanks|consultancy|consultancies)$/iu;

/** "the UK's public spending watchdog", "the country's biggest carmaker": a body described, not named (its head one of ORG_HEADS). */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{L}’'-]+\s+){0,4}([\p{Ll}-]+)$/iu;

/**
 * "…is no longer a risky investment, one of the world's leading credit rating agencies says." and,
 * in the next sentence, "Standard & Poor's has upgraded…": the lead's organisation is the one the
 * article names first after it. Only for the article's first statement.
 */
function organisationNamedLater(statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse): void {
  const st = statements[0];
  if (!st || assignments[0]!.speakerIndex !== null || !st.speakerAsWritten) return;
  // "…, the UK's public spending watchdog has said." in a lead that names no organisation before it.
  const head = DEFINITE_DESCRIPTION.exec(st.speakerAsWritten.trim())?.[1];
  const described = !!head && ORG_HEADS.has(head) && !d.reg.entities.some((e) => e.kind === "organization" && e.mentions.some((m) => m < st.start));
  if (!INDEFINITE_ORGANISATION.test(st.speakerAsWritten.trim()) && !described) return;
  const next = d.salience.find((ev) => ev.at >= st.end) ?? null;
  // ("…, says the education watchdog. ¶ Faith schools were singled out by Ofsted chief, David Bell":
  // a body whose head speaks next is the one described, as a subject would be.)
  const headed = described && (!next || next.entity.kind !== "organization") ? bodyOfHeadNext(st.end, d) : null;
  if (headed) {
    assignments[0] = { speakerIndex: d.reg.entities.indexOf(headed.entity), evidence: "description", confidence: 0.65, namedAt: nameAtMention(d.source, headed.entity, headed.at) };
    return;
  }
  if (!next || next.at - st.end > 300 || next.entity.kind !== "organization") return;
  // ("A US firm has said it is in talks with luxury goods group LVMH… LVMH has been selling…": a
  // body newly described is not one the statement's own words name.)
  if (INDEFINITE_ORGANISATION.test(st.speakerAsWritten.trim()) && next.entity.mentions.some((m) => m >= st.start && m < st.end)) return;
  // ("The statistical office said" is no bank named next: an office only one whose name says so.)
  if (head === "office" && !next.entity.forms.some((f) => /\bOffice\b/.test(f))) return;
  // ("…, a charity has warned. ¶ The WTO is to end its… Christian Aid condemned the move, saying…":
  // of the bodies named next, the one that speaks first.)
  const speaking = speaksFirst(statements, assignments, d, st.end);
  const chosen = speaking && speaking !== next.entity ? d.salience.find((ev) => ev.entity === speaking && ev.at >= st.end && ev.at - st.end <= 300) : undefined;
  const body = chosen ?? next;
  assignments[0] = { speakerIndex: d.reg.entities.indexOf(body.entity), evidence: "description", confidence: 0.65, namedAt: nameAtMention(d.source, body.entity, body.at) };
}

/** The organisation that speaks the first statement after `from` that has a speaker, within 600 characters. */
function speaksFirst(statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse, from: number): Entity | null {
  const i = statements.findIndex((s, k) => k > 0 && s.start >= from && assignments[k]!.speakerIndex !== null);
  const e = i > 0 && statements[i]!.start - from <= 600 ? d.reg.entities[assignments[i]!.speakerIndex!] : undefined;
  return e?.kind === "organization" ? e : null;
}

/** The first body named within 300 characters after `from` as its head's ("Ofsted chief David Bell"). */
function bodyOfHeadNext(from: number, d: Discourse): Salience | null {
  let first: Salience | null = null;
  for (const e of d.reg.entities) {
    if (e.kind !== "organization") continue;
    for (const m of e.mentions) if (m >= from && m - from <= 300 && (!first || m < first.at)) first = { at: m, entity: e };
  }
  if (!first) return null;
  const name = first.entity.forms.find((f) => d.source.startsWith(f, first!.at)) ?? "";
  return name && /^[’']?s?,?\s+(?:chief|head|boss|director|chairman|chairwoman|spokes(?:man|woman|person))\b/.test(d.source.slice(first.at + name.length, first.at + name.length + 30)) ? first : null;
}

/**
 * "a report says", "suggests a new study into search habits", "an influential survey", "research
 * suggests", "figures have shown", "new data": a document not yet said to be anyone's ("a new
 * report*": a footnote's mark after it too).
 */
const INDEFINITE_DOCUMENT =
  /^(?:(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}(?:report|study|survey|poll|analysis|review|research\s+paper)(?:\s+(?:into|on|about|of)\s+[^A-Z]*)?|(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest|[Ff]resh|[Oo]fficial|[Pp]rovisional|[Gg]overnment)\s+)?(?:[Rr]esearch|[Ff]igures|[Dd]ata|[Ss]tatistics|[Ff]indings))\*?$/;

/**
 * News leads open on "X, a report says" and name whose report it is in the next sentences ("The
 * report, by the Fenwick Institute…", "Fenwick Institute found…"): the organisation that speaks first
 * after it, close by, issued it. Nothing is guessed when a person speaks first.
 */
function reportsNamedLater(statements: SpeakerCandidate[], assignments: SpeakerAssignment[], d: Discourse): void {
  statements.forEach((st, i) => {
    if (assignments[i]!.speakerIndex !== null || !st.speakerAsWritten || !INDEFINITE_DOCUMENT.test(st.speakerAsWritten.trim())) return;
    // "When PwC conducted the same survey…", "The report, by the Fenwick Institute…": said to be its maker.
    const maker = d.reg.entities.findIndex((e) => e.kind === "organization" && e.issuedAt.some((at) => at > st.end && at - st.end < 800));
    if (maker >= 0) {
      assignments[i] = { speakerIndex: maker, evidence: "description", confidence: 0.65, namedAt: null };
      return;
    }
    // ("New figures showed a fall… The Bank said it had acted": figures and research are said to be a
    // body's only in so many words; the body that speaks next may be answering them.)
    if (!/^(?:[Aa]n?|[Oo]ne)\s/.test(st.speakerAsWritten.trim())) return;
    for (let j = i + 1; j < statements.length && j <= i + 3 && statements[j]!.start - st.end < 800; j++) {
      const next = assignments[j]!;
      if (next.speakerIndex === null) continue;
      if (d.reg.entities[next.speakerIndex]!.kind !== "organization") return;
      assignments[i] = { speakerIndex: next.speakerIndex, evidence: "description", confidence: 0.65, namedAt: namedBy(statements[j]) };
      return;
    }
  });
}

/** Where a statement's own words named its speaker by name, if they did. */
function namedBy(st: SpeakerCandidate | undefined): Span | null {
  return st?.speakerSpan && st.speakerAsWritten && evidenceOf(st.speakerAsWritten) === "name" ? st.speakerSpan : null;
}

/**
 * The last place before `at` where the article names the entity (one of its forms written out):
 * the evidence a reader needs when the statement only says "he" or "the minister".
 */
function namingMention(source: string, e: Entity, at: number): Span | null {
  for (let i = e.mentions.length - 1; i >= 0; i--) {
    const m = e.mentions[i]!;
    if (m >= at) continue;
    const name = nameAtMention(source, e, m);
    if (name && name.start < at) return name;
  }
  return null;
}

/** The longest of the entity's names written at a mention, which starts where its titles do ("Russian Foreign Minister Sergey Lavrov"). */
function nameAtMention(source: string, e: Entity, m: number): Span | null {
  const run = source.slice(m, m + 120);
  for (const form of [...e.forms].sort((a, b) => b.length - a.length)) {
    const i = run.indexOf(form);
    if (i >= 0) return { start: m + i, end: m + i + form.length };
  }
  return null;
}

/** How the words at a statement named its (resolved) speaker. */
function evidenceOf(phrase: string, entity?: Entity): SpeakerEvidence {
  const text = asDescription(phrase.trim()) ?? phrase.trim();
  // A relative "who", or an age in commas ("King, 30, who said"), stands for a name as a pronoun does.
  if (/^(?:he|she|him|her|who|\d{1,3})$/i.test(text)) return "pronoun";
  // ("The Lib Dems say… They said": a body as "they" is as sure as "it", no surer.)
  if (/^it$/i.test(text) || (/^they$/i.test(text) && entity?.kind === "organization")) return "it";
  if (/^they$/i.test(text)) return "pronoun";
  if (/^(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{Ll}\d-]+(?:\s+[\p{Ll}\d-]+)*$/u.test(text)) return "description";
  // "The MEP", "the PM": a member or an office by its letters.
  if (entity?.kind === "person" && /^[Tt]he\s+(?:MP|MEP|MSP|MLA|PM)$/.test(text)) return "description";
  // ("The MPs said" after their committee: its members, described.)
  if (/^[Tt]he\s+(?:MPs|MEPs|MSPs)$/.test(text)) return "description";
  // "The Arsenal boss", "the former Beatle", "the Cardinal", "the attorney general of New York":
  // capitalised words that are none of the speaker's names.
  if (entity && /^[Tt]he\s/.test(text) && (/\s[\p{Ll}\d-]+$/u.test(text) || /^[Tt]he\s+(?:(?:former|ex-?)\s*\S+|\p{Lu}\p{Ll}+)$/u.test(text) || (entity.kind === "person" && /\s+of\s/.test(text)))) {
    const names = new Set(entity.forms.flatMap((f) => f.toLowerCase().split(/\s+/)));
    const capitals = text.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w));
    if (!capitals.some((w) => names.has(w.toLowerCase().replace(/[’']s$/, "")))) return "description";
  }
  return "name";
}

/** Keeps only the entities that speak, numbered in order of first use. */
function numberSpeakers(reg: Registry, assignments: SpeakerAssignment[], source: string): { speakers: ExtractedSpeaker[]; assignments: SpeakerAssignment[] } {
  const order = new Map<number, number>();
  const speakers: ExtractedSpeaker[] = [];
  for (const a of assignments) {
    if (a.speakerIndex === null || order.has(a.speakerIndex)) continue;
    const e = reg.entities[a.speakerIndex]!;
    order.set(a.speakerIndex, speakers.length);
    speakers.push(toSpeaker(e, source));
  }
  return {
    speakers,
    assignments: assignments.map((a) => ({ ...a, speakerIndex: a.speakerIndex === null ? null : order.get(a.speakerIndex)! })),
  };
}

// A role that says what someone is ("foreign minister"), not how they relate to someone else.
const OFFICE = /\b(?:minister|president|secretary|senator|governor|mayor|spokes\w+|ambassador|envoy|chairman|chairwoman|director|chief|head|leader|candidate|nominee|representative|congress\w+|agency|official)\b/i;
const RELATIONAL = /\b(?:counterpart|rival|opponent|wife|husband|daughter|son|friend)\b/i;

function roleRank(role: string): number {
  return (OFFICE.test(role) ? 4 : 0) + (RELATIONAL.test(role) ? 0 : 2) + (/\p{Lu}/u.test(role) ? 1 : 0);
}

/** What a body's branch or site is called after its name, in lower case: "SEC Boston office", "Acme Leeds plant". */
const UNIT_LAST = /\s(?:office|branch|bureau|division|unit|plant|factory|subsidiary|arm)$/;

function toSpeaker(e: Entity, source: string): ExtractedSpeaker {
  // The fullest form names the speaker; among equally full forms, the surname spelling the article
  // uses most ("Makei" twice, "Makey" once: "Vladimir Makei"), then the first written.
  const surnameCount = new Map<string, number>();
  for (const f of e.forms) {
    const last = f.split(/\s+/).at(-1)!;
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  const score = (f: string) => f.split(/\s+/).length * 100 + (surnameCount.get(f.split(/\s+/).at(-1)!) ?? 0);
  // ("Lord Kinnock of Bedwellty" is Neil Kinnock where the article gives his first name.)
  // ("the SEC's Boston office" is a part of the SEC, which names it.)
  const named = e.first ? e.forms.filter((f) => !isPeerageForm(f)) : e.kind === "organization" ? e.forms.filter((f) => !UNIT_LAST.test(f)) : e.forms;
  const longest = (named.length ? named : e.forms).reduce((a, b) => (score(b) > score(a) ? b : a));
  const fullest = e.kind === "organization" ? settledName(e.forms, longest, source) : longest;
  const name = e.kind === "organization" ? organizationName(fullest, source) : e.goesBy ? goesByName(e.goesBy, fullest) : unshouted(fullest, e.forms);
  const role = e.roles.reduce<string | null>((a, b) => (a === null || roleRank(b) > roleRank(a) ? b : a), null);
  return { name, aliases: [...new Set([fullest, ...e.forms])].filter((f) => f !== name), role, kind: e.kind };
}

/**
 * "Comic book company Marvel … Marvel's profits … by Marvel TV and movie productions … Marvel said":
 * a longer form written once, after the article had settled on a shorter one it goes on writing, is
 * no fuller name of the organisation (news gives the full name first).
 */
function settledName(forms: string[], longest: string, source: string): string {
  const shorter = forms.find((f) => f !== longest && longest.startsWith(`${f} `));
  if (!shorter) return longest;
  const count = (text: string, f: string) => text.split(f).length - 1;
  if (count(source, longest) !== 1 || count(source, shorter) - 1 < 3) return longest;
  // Written on its own twice in the body before the longer form (a headline's "Sun offers…" before
  // "Sun Microsystems has launched…" settles nothing).
  const first = source.indexOf(longest);
  const body = source.slice(source.indexOf("\n") + 1, first);
  return count(body, shorter) >= 2 ? shorter : longest;
}

const SHOUTED = /^(?=\p{Lu}{2}|\p{Lu}[’'-])\p{Lu}+(?:[’'-]\p{Lu}+)*$/u;

/**
 * "INNES BALGOWNIE", as a tabloid's first line prints a name, is Innes Balgownie when the article
 * also writes the name in lower case ("Balgownie said"): each word as written there, or else in
 * capitals only where a name has them.
 */
function unshouted(name: string, forms: string[]): string {
  const words = name.split(/\s+/);
  const named = words.filter((w) => !/^(?:[IVX]+|JR|SR)\.?$/.test(w));
  if (named.length < 2 || !named.every((w) => SHOUTED.test(w))) return name;
  const written = new Map(forms.flatMap((f) => f.split(/\s+/)).filter((w) => !SHOUTED.test(w) && /\p{Ll}/u.test(w)).map((w) => [w.toUpperCase(), w]));
  // Only when the article writes one of the words in lower case too: "USA TODAY" stays as it is.
  if (!named.some((w) => written.has(w))) return name;
  return words.map((w) => (named.includes(w) ? (written.get(w) ?? w.toLowerCase().replace(/(^|[’'-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())) : w)).join(" ");
}

/** 'John Ellis "Jeb" Bush' is named as he goes by: "Jeb Bush" (any suffix kept), "John Ellis Bush" an alias. */
function goesByName(nickname: string, fullest: string): string {
  const words = fullest.split(/\s+/);
  const suffix = /^(?:Jr|Sr|II|III|IV)\.?$/.test(words.at(-1)!) && words.length > 2 ? ` ${words.at(-1)}` : "";
  return `${nickname} ${words.at(suffix ? -2 : -1)}${suffix}`;
}
