// Speaker resolution: turns the words that name a speaker at a statement ("he", "the Belorussian
// minister", "Sergey Lavrov") into one person or organization of the article, with aliases and roles.
// A wrong speaker is worse than none, so every guess that rests on recency alone gets a lower
// confidence, and plural or indefinite sources ("officials", "a senior aide") stay unresolved.

import type { ExtractedSpeaker, Span } from "./types";
import {
  HONORIFICS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  countriesIn,
  countryOf,
  foldName,
  genderOfFirstName,
  genderOfHonorific,
  isFirstName,
  nameParts,
  type Gender,
} from "./names";

/** What speaker resolution needs to know about each statement. */
export interface SpeakerCandidate extends Span {
  speakerAsWritten: string | null;
  speakerSpan: Span | null;
  speakerMode: "phrase" | "sentence-subject" | "previous";
}

export interface SpeakerAssignment {
  speakerIndex: number | null;
  /** Multiplies the statement's confidence: 1 for a name, less for pronouns and role descriptions. */
  confidence: number;
}

interface Entity {
  kind: "person" | "organization";
  /** Folded surname (persons) or folded words (organizations). */
  surname: string;
  first: string | null;
  forms: string[];
  roles: string[];
  countries: Set<string>;
  gender: Gender;
  mentions: number[];
  used: boolean;
}

// A full stop belongs to a name only after an initial or a known abbreviation ("J.", "Sen.", "Jr."):
// in "Vladimir Makei. Makei said" the stop ends a sentence, not a name.
const NAME_TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|Jr|Sr|St|Ft|Mt)\.|\p{Lu}\.|\p{Lu}[\p{L}’'\-]*)`;
const PARTICLE = String.raw`(?:de|van|von|der|den|bin|al|la|le|da|di|del|dos|du|ibn)`;
const CAP_SEQ = new RegExp(`${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN})*`, "gu");
const PERSON_TITLE = /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|prof|rev|president|senator|governor|congressman|congresswoman|minister|secretary|speaker|mayor|judge|justice|ambassador|chairman|chairwoman|leader|director|spokesman|spokeswoman|spokesperson|counterpart|candidate|nominee|sheriff|attorney|commissioner|chancellor|premier|pope|king|queen|prince|princess|vice|former|deputy|acting|chief|foreign|prime|rev)\.?$/i;
const GENERIC_HEADS = /\b(?:officials|aides|advisers|advisors|sources|experts|analysts|critics|supporters|people|voters|observers|residents|authorities|investigators|prosecutors|lawyers|attorneys|others|some|many|most|both|all|several|leaders|lawmakers|members|democrats|republicans|conservatives|liberals|reporters|journalists|activists|economists|strategists|pollsters|staffers|operatives|allies|opponents|rivals|candidates|senators|governors|protesters|demonstrators|americans|polls|surveys|studies|reports|documents|records|emails|data|figures|numbers|one|someone|somebody|nobody|everyone|anyone|friends|colleagues|aides|administration officials|sources|insiders)\s*$/i;
/** Head nouns of descriptions that can refer back to a named person ("the minister", "the billionaire"). */
const PERSON_HEAD =
  /^(?:minister|secretary|president|senator|governor|candidate|nominee|leader|chairman|chairwoman|chair|speaker|mayor|congressman|congresswoman|representative|lawmaker|official|spokesman|spokeswoman|spokesperson|counterpart|head|chief|director|ambassador|envoy|diplomat|general|commander|admiral|judge|justice|attorney|prosecutor|lawyer|mogul|billionaire|businessman|businesswoman|developer|magnate|tycoon|executive|founder|frontrunner|front-runner|contender|hopeful|challenger|incumbent|rival|opponent|populist|socialist|democrat|republican|independent|conservative|liberal|progressive|veteran|star|host|anchor|reporter|columnist|author|writer|economist|strategist|pollster|adviser|advisor|aide|manager|chancellor|premier|king|queen|prince|pope|cleric|pastor|rabbi|bishop|man|woman|politician|statesman|businessman|entrepreneur|investor|activist|organizer|commissioner|sheriff|superintendent|physician|doctor|surgeon|neurosurgeon|professor|analyst|officer|agent|diplomat|envoy|emissary|delegate|whip|moderator|celebrity|actor|actress|comedian|singer|father|mother|wife|husband|son|daughter|brother|sister|grandson|granddaughter)$/;

const ORG_DESCRIPTORS = /\b(?:agency|newspaper|network|website|paper|magazine|channel|group|organization|organisation|firm|company|ministry|department|office|committee|institute|foundation|outlet|broadcaster|daily|station|service)\s*$/i;

const PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "del", "dos", "du", "ibn"]);

/** "The", "But", "WASHINGTON ―" before a name; news outlets and agencies are kept. */
function isLeadingFunctionWord(w: string): boolean {
  const bare = w.toLowerCase().replace(/\.$/, "");
  if (ORG_WORDS.has(bare) || PERSON_TITLE.test(w)) return false;
  return NOT_NAME_WORDS.has(bare) || (/^\p{Lu}{3,}$/u.test(w) && !isAcronym(w));
}

function cleanWord(w: string): string {
  const bare = w.replace(/[’']s?$/, "").replace(/[^\p{L}\p{N}.’'-]/gu, "");
  // A sentence-final period is not part of the name; an initial's or a title's is ("J.", "Sen.").
  if (/\.$/.test(bare) && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr)\.$/u.test(bare) && !/^(?:\p{Lu}\.)+$/u.test(bare)) {
    return bare.slice(0, -1);
  }
  return bare;
}

function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(w.replace(/\./g, "")) && w.length <= 8;
}

/** A capitalized run split into leading titles and the name itself. */
function splitTitle(tokens: string[]): { titles: string[]; name: string[] } {
  // Everything up to the last title word is the role: "Texas Senator Ted Cruz", "Atlantic City Mayor
  // Don Guardian", "Russian Foreign Minister Sergey Lavrov".
  let cut = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]!;
    const bare = w.toLowerCase().replace(/\.$/, "");
    if (HONORIFICS.has(bare) || PERSON_TITLE.test(w) || (i === cut && countryOf(bare) !== null)) cut = i + 1;
  }
  return { titles: tokens.slice(0, cut), name: tokens.slice(cut) };
}

function looksLikePersonName(name: string[], titled: boolean): boolean {
  if (name.length === 0 || name.length > 4) return false;
  if (name.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || (isAcronym(w) && !/\./.test(w)))) return false;
  if (name.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/\.$/, "")))) return false;
  if (countriesIn(name.join(" ")).length > 0 && name.length === 1) return false;
  if (titled) return true;
  return name.length >= 2 && isFirstName(name[0]!);
}

class Registry {
  entities: Entity[] = [];
  private byKey = new Map<string, Entity>();

  person(nameWords: string[], at: number, titles: string[], roleText: string | null): Entity | null {
    const form = nameWords.join(" ");
    const parts = nameParts(form);
    if (!parts) return null;
    const surname = foldName(parts.surname) + (parts.suffix ? ` ${parts.suffix}` : "");
    const first = parts.first ? foldName(parts.first) : null;
    let e: Entity | undefined;
    if (first) {
      e = this.byKey.get(`${surname}:${first}`);
      if (!e) {
        // A surname-only person seen earlier becomes this one when no other first name competes.
        const lone = this.byKey.get(`${surname}:`);
        const others = this.entities.filter((x) => x.kind === "person" && x.surname === surname && x.first);
        if (lone && others.length === 0) {
          e = lone;
          e.first = first;
          this.byKey.set(`${surname}:${first}`, e);
        }
      }
    } else {
      e = this.bySurname(surname);
    }
    if (!e) {
      e = { kind: "person", surname, first, forms: [], roles: [], countries: new Set(), gender: null, mentions: [], used: false };
      this.entities.push(e);
      this.byKey.set(`${surname}:${first ?? ""}`, e);
    }
    if (!e.forms.includes(form)) e.forms.push(form);
    e.mentions.push(at);
    const gender = (first ? genderOfFirstName(parts.first!) : null) ?? titles.map(genderOfHonorific).find((g) => g) ?? null;
    if (gender && !e.gender) e.gender = gender;
    const role = [...titles, roleText ?? ""].join(" ").trim();
    if (role) this.addRole(e, role);
    return e;
  }

  bySurname(surname: string): Entity | undefined {
    const same = this.entities.filter((x) => x.kind === "person" && x.surname === surname);
    if (same.length <= 1) return same[0];
    // Several people share the surname (Bill and Hillary Clinton): the most mentioned one is meant.
    return same.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  }

  organization(name: string, at: number): Entity {
    const words = name.replace(/^the\s+/i, "").replace(/[’']s$/, "");
    const key = `org:${words.toLowerCase().split(/\s+/).map(foldName).join(" ")}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind: "organization", surname: key, first: null, forms: [], roles: [], countries: new Set(), gender: null, mentions: [], used: false };
      this.entities.push(e);
      this.byKey.set(key, e);
    }
    if (!e.forms.includes(words)) e.forms.push(words);
    e.mentions.push(at);
    return e;
  }

  addRole(e: Entity, role: string) {
    const cleaned = role.replace(/^(?:the|a|an|his|her|their|its)\s+/i, "").replace(/\s+/g, " ").trim();
    if (!cleaned || e.roles.includes(cleaned)) return;
    e.roles.push(cleaned);
    for (const c of countriesIn(cleaned)) e.countries.add(c);
    if (/\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|first lady|wife|mother|daughter|sister|actress)\b/i.test(cleaned) && !e.gender) e.gender = "female";
    if (/\b(?:spokesman|congressman|chairman|businessman|husband|father|son|brother)\b/i.test(cleaned) && !e.gender) e.gender = "male";
  }
}

interface Salience {
  at: number;
  entity: Entity;
}

/** The lowercase role words right before a name ("his Belarussian counterpart", "presidential candidate"). */
function roleBefore(text: string, at: number): string | null {
  // Cheap test first: a role is a word right before the name ("counterpart Vladimir Makey").
  const prev = text.charCodeAt(at - 1);
  if (prev !== 32 || !/\p{L}/u.test(text[at - 2] ?? "")) return null;
  const left = text.slice(Math.max(0, at - 60), at);
  if (!/\s$/.test(left)) return null;
  const words: string[] = [];
  for (const w of left.trimEnd().split(/\s+/).slice(-4).reverse()) {
    if (!/^[\p{L}-]+$/u.test(w)) break;
    words.unshift(w);
  }
  if (words.length === 0) return null;
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^(?:the|a|an|his|her|their|its|our|of|and|said|says|told|with|by|to|for|from|in|on|at|as|that|who|is|was|has|had|when|while|but)$/i.test(w)) break;
    kept.unshift(w);
  }
  if (kept.length === 0) return null;
  const role = kept.join(" ");
  return /\b(?:counterpart|minister|spokes\w+|candidate|nominee|senator|governor|secretary|president|director|chairman|chairwoman|adviser|advisor|aide|leader|manager|strategist|official|mogul|billionaire|businessman|front-?runner|rival|opponent|host|anchor|attorney|lawyer|ambassador|envoy|chief|head|founder|executive|professor|analyst|speaker|mayor|representative|congressman|congresswoman|wife|husband|daughter|son)\b/i.test(role)
    ? role
    : null;
}

function appositiveAfter(text: string, end: number): string | null {
  const m = /^,\s+((?:the|a|an)\s+[^,.;:“"]{3,80}?)(?=[,.;]|\s+(?:said|says|told|who)\b)/iu.exec(text.slice(end, end + 100));
  return m ? m[1]! : null;
}

/**
 * Finds every person named in the body, then resolves each statement's speaker phrase to one of them
 * (or to an organization). Returns the speakers actually used, in first-use order.
 */
export function resolveSpeakers(source: string, paragraphs: Span[], statements: SpeakerCandidate[]): {
  speakers: ExtractedSpeaker[];
  assignments: SpeakerAssignment[];
} {
  const reg = new Registry();
  const salience: Salience[] = [];

  // 1. People named in the text, with the roles written next to them.
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    let sentenceStart = 0;
    CAP_SEQ.lastIndex = 0;
    let m: RegExpExecArray | null;
    let firstInSentence = true;
    while ((m = CAP_SEQ.exec(p))) {
      // Only the few characters before the match matter; a sentence end resets "first in sentence".
      if (m.index > sentenceStart && /[.!?]["”’']?\s+$/.test(p.slice(Math.max(sentenceStart, m.index - 4), m.index))) {
        sentenceStart = m.index;
        firstInSentence = true;
      }
      const tokens = m[0].split(/\s+/);
      const possessive = /[’']s$/.test(tokens[tokens.length - 1]!);
      const cleaned = tokens.map(cleanWord).filter(Boolean);
      // Sentence-initial function words are capitalized too: "The", "But", "Sen." stay out.
      while (cleaned.length && NOT_NAME_WORDS.has(cleaned[0]!.toLowerCase().replace(/\.$/, "")) && !PERSON_TITLE.test(cleaned[0]!)) cleaned.shift();
      if (!cleaned.length) continue;
      const { titles, name } = splitTitle(cleaned);
      while (name.length > 1 && /^(?:Jr|Sr|II|III)\.?$/.test(name[name.length - 1]!) === false && NOT_NAME_WORDS.has(name[name.length - 1]!.toLowerCase())) name.pop();
      const at = para.start + m.index;
      // Roles are read where a name is introduced; a repeated mention of a known person rarely adds one.
      const known = name.length === 1 ? reg.bySurname(foldName(name[0]!)) : undefined;
      const roleText = known && known.roles.length > 0 && titles.length === 0 ? null : roleBefore(p, m.index);
      const titled = titles.length > 0 || !!roleText || (!!known && name.length === 1);
      let entity: Entity | null = null;
      if (looksLikePersonName(name, titled)) {
        entity = reg.person(name, at, titles, roleText);
      } else if (name.length === 1 && !possessive) {
        const surname = foldName(name[0]!);
        const known = reg.bySurname(surname);
        if (known) entity = reg.person(name, at, titles, roleText);
      } else if (name.length === 1 && possessive) {
        const known = reg.bySurname(foldName(name[0]!));
        if (known) known.mentions.push(at);
      }
      if (entity) {
        const app = appositiveAfter(p, m.index + m[0].length);
        if (app) reg.addRole(entity, app);
        if (firstInSentence) salience.push({ at, entity });
      }
      firstInSentence = false;
    }
  }

  // 2. Each statement's speaker phrase.
  const assignments: SpeakerAssignment[] = [];
  const resolvedEvents: Salience[] = [];
  for (const st of statements) {
    const phrase = st.speakerAsWritten;
    const at = st.speakerSpan?.start ?? st.start;
    if (st.speakerMode === "previous") {
      const prev = assignments[assignments.length - 1];
      assignments.push(prev ? { speakerIndex: prev.speakerIndex, confidence: prev.confidence * 0.9 } : { speakerIndex: null, confidence: 0.5 });
      continue;
    }
    if (!phrase) {
      assignments.push({ speakerIndex: null, confidence: 0.8 });
      continue;
    }
    const r = resolvePhrase(phrase, at, reg, salience, resolvedEvents);
    if (r.entity) {
      r.entity.used = true;
      resolvedEvents.push({ at, entity: r.entity });
    }
    assignments.push({ speakerIndex: r.entity ? reg.entities.indexOf(r.entity) : null, confidence: r.confidence });
  }

  // 3. Keep only the entities that speak, numbered in order of first use.
  const order = new Map<number, number>();
  const speakers: ExtractedSpeaker[] = [];
  for (const a of assignments) {
    if (a.speakerIndex === null || order.has(a.speakerIndex)) continue;
    const e = reg.entities[a.speakerIndex]!;
    order.set(a.speakerIndex, speakers.length);
    speakers.push(toSpeaker(e));
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

function toSpeaker(e: Entity): ExtractedSpeaker {
  // The fullest form names the speaker; among equally full forms, the surname spelling the article
  // uses most ("Makei" twice, "Makey" once: "Vladimir Makei"), then the first written.
  const surnameCount = new Map<string, number>();
  for (const f of e.forms) {
    const last = f.split(/\s+/).at(-1)!;
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  const score = (f: string) => f.split(/\s+/).length * 100 + (surnameCount.get(f.split(/\s+/).at(-1)!) ?? 0);
  const name = e.forms.reduce((a, b) => (score(b) > score(a) ? b : a), e.forms[0]!);
  const role = e.roles.reduce<string | null>((a, b) => (a === null || roleRank(b) > roleRank(a) ? b : a), null);
  return { name, aliases: e.forms.filter((f) => f !== name), role, kind: e.kind };
}

function latestCompatible(events: Salience[], at: number, gender: Gender, filter?: (e: Entity) => boolean): Salience | null {
  let best: Salience | null = null;
  for (const ev of events) {
    if (ev.at >= at) continue;
    if (ev.entity.kind !== "person") continue;
    if (gender && ev.entity.gender && ev.entity.gender !== gender) continue;
    if (filter && !filter(ev.entity)) continue;
    if (!best || ev.at > best.at) best = ev;
  }
  return best;
}

function resolvePhrase(
  phrase: string,
  at: number,
  reg: Registry,
  salience: Salience[],
  resolved: Salience[],
): { entity: Entity | null; confidence: number } {
  const text = phrase.trim().replace(/[.,]$/, "");
  const lower = text.toLowerCase();

  // Pronouns: the latest person spoken of as a subject or quoted, of a matching gender.
  if (/^(?:he|she|him)$/.test(lower)) {
    const gender: Gender = lower === "she" ? "female" : "male";
    const events = [...salience, ...resolved];
    const hit = latestCompatible(events, at, gender);
    if (!hit) return { entity: null, confidence: 0.6 };
    const exact = hit.entity.gender === gender;
    return { entity: hit.entity, confidence: exact ? 0.9 : 0.8 };
  }
  if (/^(?:i|we|they|it|you|one|this|that)$/.test(lower)) return { entity: null, confidence: 0.8 };
  // "Sources said", "Russians say": a group, not someone.
  if (!/\s/.test(text) && (GENERIC_HEADS.test(lower) || (countriesIn(text.replace(/s$/, "")).length > 0 && !reg.bySurname(foldName(text))))) {
    return { entity: null, confidence: 0.7 };
  }

  // "Rep. Tom Cole of Oklahoma", "Gov. Terry Branstad of Iowa": the person comes before "of".
  const ofPlace = /^(.*?\p{Lu}[\p{L}’'-]+)\s+of\s+(?:the\s+)?\p{Lu}[^,]*$/u.exec(text);
  if (ofPlace) {
    const before = ofPlace[1]!.split(/\s+/).map(cleanWord).filter(Boolean);
    while (before.length && isLeadingFunctionWord(before[0]!)) before.shift();
    const { titles, name } = splitTitle(before);
    if (looksLikePersonName(name, titles.length > 0) || (name.length === 1 && reg.bySurname(foldName(name[0]!)))) {
      return resolvePhrase(ofPlace[1]!, at, reg, salience, resolved);
    }
  }

  // "the Florida Department of State", "the Republican Party of Wyoming": one organization.
  const orgOf = /((?:\p{Lu}[\p{L}’'.&-]*\s+)*\p{Lu}[\p{L}’'.&-]*)\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*)+)$/u.exec(text);
  if (orgOf && orgOf[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()) && !PERSON_TITLE.test(w))) {
    const first = orgOf[1]!.split(/\s+/);
    while (first.length > 1 && isLeadingFunctionWord(first[0]!)) first.shift();
    return { entity: reg.organization(`${first.join(" ")} of ${orgOf[2]!.trim()}`, at), confidence: 0.9 };
  }

  const tokens = text.split(/\s+/);
  const lastWord = tokens[tokens.length - 1]!;
  const lastIsCap = /^\p{Lu}/u.test(lastWord);

  // Capitalized runs in the phrase; the head is the last one when the phrase ends with it.
  const runs = [...text.matchAll(CAP_SEQ)];
  const headRun = runs.length ? runs[runs.length - 1]! : null;
  const headEndsPhrase = headRun ? headRun.index! + headRun[0].length >= text.replace(/[’']s$/, "").length - 1 : false;

  if (headRun && lastIsCap && headEndsPhrase && !/[’']s$/.test(lastWord)) {
    // "BlazeTV’s Glenn Beck": the name after the last possessive.
    const rawTokens = headRun[0].split(/\s+/);
    let possessiveAt = -1;
    for (let i = 0; i < rawTokens.length - 1; i++) if (/[’']s$/.test(rawTokens[i]!)) possessiveAt = i;
    const runTokens = rawTokens.slice(possessiveAt + 1).map(cleanWord).filter(Boolean);
    while (runTokens.length && isLeadingFunctionWord(runTokens[0]!)) runTokens.shift();
    const { titles, name } = splitTitle(runTokens);
    const descriptor = text.slice(0, headRun.index).trim();
    // "Cuban" is Mark Cuban when the article has named him.
    const knownSurname = name.length === 1 && !!reg.bySurname(foldName(name[0]!));
    const countryOnly =
      !knownSurname && name.length >= 1 && countriesIn(name.join(" ")).length > 0 && name.every((w) => countryOf(w) !== null || /^(?:of|the)$/i.test(w));
    if (countryOnly || name.length === 0) {
      return resolveRole(text, at, reg, salience, resolved);
    }
    const orgLike =
      [...titles, ...name].some((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !PERSON_TITLE.test(w)) ||
      (name.length === 1 && isAcronym(name[0]!)) ||
      ORG_DESCRIPTORS.test(descriptor) ||
      /^the\s/i.test(text) && titles.length === 0 && !/\b(?:minister|secretary|president|senator|governor|spokes\w+|counterpart)\b/i.test(descriptor);
    if (orgLike && (titles.length === 0 || ![...titles].some((w) => PERSON_TITLE.test(w)))) {
      const e = reg.organization([...titles, ...name].join(" "), at);
      const role = descriptor.replace(/^(?:the|a|an)\s+/i, "");
      if (role) reg.addRole(e, role);
      return { entity: e, confidence: 0.9 };
    }
    // "Ms. White" is a name; "Republicans" alone is not.
    const honorific = titles.some((w) => /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|rev)\.?$/i.test(w));
    if (!honorific && !knownSurname && name.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase()))) {
      return { entity: null, confidence: 0.7 };
    }
    const e = reg.person(name, at, titles, descriptor || null);
    if (!e) return { entity: null, confidence: 0.7 };
    return { entity: e, confidence: name.length >= 2 || e.first ? 1 : 0.95 };
  }

  // "the Clinton campaign", "a Trump spokesman", "a Gallup poll", "the Bush administration": the
  // organization speaks (a spokesman's words are the campaign's, a poll's findings the pollster's).
  if (headRun && !lastIsCap || (headRun && /[’']s$/.test(lastWord))) {
    const tail = text.slice(headRun.index! + headRun[0].length).replace(/^[’']s\b/, "").trim().toLowerCase();
    const runTokens = headRun[0].replace(/[’']s$/, "").split(/\s+/).map(cleanWord).filter(Boolean);
    while (runTokens.length && isLeadingFunctionWord(runTokens[0]!)) runTokens.shift();
    if (runTokens.length === 0 || /^(?:his|her|their|its|my|our)\s/i.test(text)) return resolveRole(text, at, reg, salience, resolved);
    if (countriesIn(runTokens.join(" ")).length > 0 && runTokens.every((w) => countryOf(w) !== null)) return resolveRole(text, at, reg, salience, resolved);
    const runName = runTokens.join(" ");
    const lastName = runTokens[runTokens.length - 1]!;
    const person = reg.bySurname(foldName(lastName));
    const orgHead = /\b(administration|campaign|camp|team|staff|family|foundation|organization|government|office|committee|party)\b/.exec(tail);
    if (orgHead) {
      return { entity: reg.organization(`${person ? lastName : runName} ${orgHead[1]}`, at), confidence: 0.8 };
    }
    // "a State Department official", "a Carrier executive": the organization speaks through them.
    if (!person && /^(?:an?|one)\s/i.test(text) && /^(?:(?:senior|top|former|current|longtime|high-ranking|administration)\s+)*(?:officials?|executives?|sources?|employees?|staffers?|representatives?)$/.test(tail) && !runTokens.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) {
      return { entity: reg.organization(runName, at), confidence: 0.75 };
    }
    if (/\b(?:spokes(?:man|woman|person|people|men)|aides?|advisers?|advisors?|strategists?|staffers?|press secretary|communications director|campaign manager|surrogates?|operatives?)\b/.test(tail)) {
      const e = person ? reg.organization(`${lastName} campaign`, at) : reg.organization(runName, at);
      return { entity: e, confidence: 0.8 };
    }
    if (/\b(?:poll|polls|polling|survey|surveys|analysis|report|reports|filings?|records?|research|study|studies|readout|data|average|tally|count|review|statement|release|memo|letter|projections?|estimates?|website|site|article|story|editorial|investigation|audit|documents?)\b/.test(tail) && !person) {
      return { entity: reg.organization(runName, at), confidence: 0.8 };
    }
    if (runTokens.some((w) => ORG_WORDS.has(w.toLowerCase())) && !/^(?:a|an)\s/i.test(text) && !person) {
      return { entity: reg.organization(runName, at), confidence: 0.85 };
    }
    return resolveRole(text, at, reg, salience, resolved);
  }

  return resolveRole(text, at, reg, salience, resolved);
}

/** "the minister", "the Russian minister", "the Foreign Minister of Belarus", "the GOP front-runner". */
function resolveRole(
  text: string,
  at: number,
  reg: Registry,
  salience: Salience[],
  resolved: Salience[],
): { entity: Entity | null; confidence: number } {
  const lower = text.toLowerCase();
  if (!/^(?:the|this|that)\s/.test(lower)) return { entity: null, confidence: 0.7 };
  if (GENERIC_HEADS.test(lower)) return { entity: null, confidence: 0.7 };
  const head = (lower.split(/\s+of\s+/)[0] ?? lower).split(/\s+/).pop() ?? "";
  // Only a description of a person can stand for a named person ("the Sanders interview" cannot).
  if (!PERSON_HEAD.test(head)) return { entity: null, confidence: 0.7 };
  if (/s$/.test(head) && !/(?:ss|us|is)$/.test(head)) return { entity: null, confidence: 0.7 };
  if (/^(?:statement|report|poll|survey|study|campaign|committee|group|agency|department|office|ministry|administration|court|newspaper|network|website|paper|magazine|letter|memo|document|release|book|ad|video|post|tweet|website|organization|firm|company|party|bill|law|white|house|senate)$/.test(head)) {
    return { entity: null, confidence: 0.7 };
  }
  const countries = countriesIn(text);
  const gender: Gender = /\b(?:woman|spokeswoman|congresswoman|chairwoman|businesswoman|lady|mother|wife|daughter)\b/.test(lower)
    ? "female"
    : /\b(?:man|spokesman|congressman|chairman|businessman|husband|father|son)\b/.test(lower)
      ? "male"
      : null;
  const compatible = (e: Entity) => {
    if (countries.length && e.countries.size && !countries.some((c) => e.countries.has(c))) return false;
    return true;
  };
  const contentWords = lower
    .replace(/^(?:the|this|that)\s+/, "")
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && !/^(?:of|the|and|former|new|top|senior)$/.test(w));
  const events = [...salience, ...resolved].filter((ev) => ev.at < at && ev.entity.kind === "person" && compatible(ev.entity));
  // Score who fits: known role words shared with the description, a matching country, and recency
  // (the person last spoken of is usually the one meant by "the minister").
  const latest = latestCompatible(events, at, gender);
  let entity: Entity | null = null;
  let bestScore = -1;
  let bestAt = -1;
  let evidence = 0;
  const seen = new Set<Entity>();
  for (const ev of [...events].sort((a, b) => b.at - a.at)) {
    if (seen.has(ev.entity)) continue;
    seen.add(ev.entity);
    if (gender && ev.entity.gender && ev.entity.gender !== gender) continue;
    const roleWords = ev.entity.roles.join(" ").toLowerCase();
    let fit = 0;
    for (const w of contentWords) if (roleWords.includes(w)) fit++;
    if (countries.length && countries.some((c) => ev.entity.countries.has(c))) fit += 2;
    const score = fit + (latest && latest.entity === ev.entity ? 1.5 : 0);
    if (score > bestScore || (score === bestScore && ev.at > bestAt)) {
      entity = ev.entity;
      bestScore = score;
      bestAt = ev.at;
      evidence = fit;
    }
  }
  if (entity && evidence === 0) {
    // With nothing but recency to go on, only the speaker of the statement just before (close by)
    // is a safe guess: "Vladimir Makei said… “…,” the minister said."
    const last = resolved.filter((ev) => ev.at < at).pop();
    if (!last || last.entity !== entity || at - last.at > 700) entity = null;
  }
  const confidence = entity ? (evidence > 0 ? 0.85 : 0.65) : 0.65;
  if (entity) {
    // What the description says is now known about the person ("the Belorussian minister").
    reg.addRole(entity, text);
  }
  return { entity, confidence };
}
