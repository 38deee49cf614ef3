import type { Db } from "@/lib/db/client";
import { linkSurnameKeys, surnameCandidates, surnameOfKey } from "@/lib/domain/speaker-keys";
import { courtesyGender, hasDebris, isFragmentName, roleProblem, type Gender } from "@/lib/domain/speaker-names";
import { genderOfFoldedFirstName } from "@/lib/ingest/names";
import { formalNamesOf } from "@/lib/ingest/names-diminutives";

// The speaker audit (npm run speakers:audit): what the corpus's speakers look like to a reader, one
// count a problem class, with examples. The first four classes are what ingest guarantees never to
// keep (lib/domain/speaker-names.ts) or what extraction should never produce; the others are signs of
// identity going wrong (two speakers for one person, one speaker for two).

export interface AuditClass {
  id: string;
  label: string;
  /** A class the corpus should never have: the audit fails when it has any. */
  mustBeZero: boolean;
  count: number;
  examples: string[];
}

interface LiveSpeaker {
  id: number;
  key: string;
  name: string;
  role: string | null;
  kind: string;
  mergedIntoId: number | null;
}

/** Every class of the audit over the speakers that some statement was extracted for, with up to `examples` examples each. */
export async function auditSpeakers(db: Db, examples = 8): Promise<AuditClass[]> {
  const speakers: LiveSpeaker[] = (
    await db.speaker.findMany({
      select: { id: true, key: true, name: true, role: true, kind: true, mergedIntoId: true, _count: { select: { extracted: true } } },
      orderBy: { id: "asc" },
    })
  ).filter((s) => s._count.extracted > 0);
  const live = new Set(speakers.map((s) => s.id));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const aliases = (await db.speakerAlias.findMany({ select: { speakerId: true, alias: true }, orderBy: { id: "asc" } })).filter((a) => live.has(a.speakerId));
  // One word, not an acronym ("ICE"), and not a surname a courtesy title marks as a person's ("Mr. Gray").
  const single = speakers.filter((s) => /^\p{L}+$/u.test(s.name) && s.name !== s.name.toUpperCase() && !(s.role && roleProblem(s.role) === "honorific"));
  const usage = await lowercaseUsage(db, new Set(single.map((s) => s.name.toLowerCase())));
  const problemRole = (s: LiveSpeaker, problem: string) => s.role !== null && roleProblem(s.role) === problem;
  const show = (s: LiveSpeaker) => (s.role ? `${s.name} (${s.role})` : s.name);
  const cls = (id: string, label: string, mustBeZero: boolean, found: string[]): AuditClass => ({ id, label, mustBeZero, count: found.length, examples: found.slice(0, examples) });
  return [
    cls("common-word-names", "speakers named by a single common word", true, single.filter((s) => isCommonWord(usage.get(s.name.toLowerCase())) && !namesBody(s, usage.get(s.name.toLowerCase())!)).map(show)),
    cls("fragment-names", "speakers whose name is a fragment", true, speakers.filter((s) => isFragmentName(s.name, s.kind)).map(show)),
    cls("debris-aliases", "aliases with punctuation debris", true, aliases.filter((a) => hasDebris(a.alias)).map((a) => `${a.alias} (of ${byId.get(a.speakerId)!.name})`)),
    cls("honorific-roles", "roles that are an honorific alone", true, speakers.filter((s) => problemRole(s, "honorific")).map(show)),
    cls("fragment-roles", "roles that are fragments", false, speakers.filter((s) => problemRole(s, "fragment")).map(show)),
    cls("probable-duplicates", "probable duplicates (same surname, compatible first name)", false, probableDuplicates(speakers)),
    cls("cross-gender", "statements or merges across genders", false, [...crossGenderMerges(speakers, byId), ...(await crossGenderStatements(db, byId))]),
    cls("ambiguous-surnames", "surname-only speakers left apart (several candidates; not an error)", false, ambiguousSurnames(speakers)),
  ];
}

interface WordUsage {
  lower: number;
  capital: number;
  /** Capitalised inside a sentence and on its own: after a small letter or a comma, before no other capitalised word ("rival Orange said"). */
  alone: number;
}

/**
 * "Orange (phone giant)", "Variety": an organisation named by a word of English is a name when the
 * article said what kind of body it is, or when the corpus writes the word capitalised on its own
 * inside sentences as often as in lower case ("told Variety"). "Party" from "Party strategists" is
 * neither.
 */
const namesBody = (s: LiveSpeaker, usage: WordUsage): boolean => s.kind === "organization" && (s.role !== null || usage.alone >= usage.lower);

/** How often each word is written in lower case in the corpus's articles, and how often capitalised. */
async function lowercaseUsage(db: Db, words: Set<string>): Promise<Map<string, WordUsage>> {
  const out = new Map<string, WordUsage>();
  if (words.size === 0) return out;
  // In pages: a large corpus's texts do not fit in memory at once.
  for (let cursor = 0; ; ) {
    const page = await db.article.findMany({ where: { id: { gt: cursor }, retractedAt: null }, select: { id: true, text: true }, orderBy: { id: "asc" }, take: 500 });
    if (page.length === 0) return out;
    cursor = page.at(-1)!.id;
    for (const { text } of page) {
      for (const m of text.matchAll(/\p{L}+/gu)) {
        const word = m[0];
        const lower = word.toLowerCase();
        if (!words.has(lower)) continue;
        const seen = out.get(lower) ?? { lower: 0, capital: 0, alone: 0 };
        if (word === lower) seen.lower++;
        else seen.capital++;
        const end = m.index + word.length;
        if (word !== lower && /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) seen.alone++;
        out.set(lower, seen);
      }
    }
  }
}

/**
 * A word the corpus uses as an ordinary word: written in lower case often, not only by accident
 * ("house", "police", "whenever" are; "trump" and "bush" in a political corpus are not).
 */
const isCommonWord = (usage: WordUsage | undefined): boolean => !!usage && usage.lower >= 3 && usage.lower * 10 >= usage.capital;

const genderOfKey = (key: string): Gender | null => {
  const gendered = /^p:[^:;]+;([mf])$/.exec(key);
  if (gendered) return gendered[1] === "m" ? "male" : "female";
  const first = /^p:[^:;]+:([^:]+)/.exec(key)?.[1];
  return first ? genderOfFoldedFirstName(first) : null;
};

/** First names one person may go by: a short form of the other (three letters or more), or a diminutive of it. */
function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return formalNamesOf(a).includes(b) || formalNamesOf(b).includes(a);
}

/** Fully named people of one surname whose first names may be one person's ("Dan" and "Daniel"). */
function probableDuplicates(speakers: LiveSpeaker[]): string[] {
  const bySurname = new Map<string, LiveSpeaker[]>();
  for (const s of speakers) {
    if (s.mergedIntoId !== null || !/^p:[^:;]+:[^:]+$/.test(s.key)) continue;
    bySurname.set(surnameOfKey(s.key)!, [...(bySurname.get(surnameOfKey(s.key)!) ?? []), s]);
  }
  const out: string[] = [];
  for (const group of bySurname.values()) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (compatibleFirstNames(a.key.split(":")[2]!, b.key.split(":")[2]!)) out.push(`${a.name} / ${b.name}`);
      }
    }
  }
  return out;
}

/** Speakers shown under a speaker of the other gender ("Mrs. Makei" merged into Vladimir Makei). */
function crossGenderMerges(speakers: LiveSpeaker[], byId: Map<number, LiveSpeaker>): string[] {
  return speakers.flatMap((s) => {
    const target = s.mergedIntoId === null ? undefined : byId.get(s.mergedIntoId);
    if (!target) return [];
    const theirs = genderOfKey(s.key) ?? (s.role ? courtesyGender(s.role.split(/\s+/)[0]!) : null) ?? null;
    const targets = genderOfKey(target.key);
    return theirs && targets && theirs !== targets ? [`${s.name}${s.role ? ` (${s.role})` : ""} merged into ${target.name}`] : [];
  });
}

/** Statements whose text names the speaker with a courtesy title of the other gender ("Mrs. Clinton said", under Bill Clinton). */
async function crossGenderStatements(db: Db, byId: Map<number, LiveSpeaker>): Promise<string[]> {
  const titled = await db.statement.findMany({
    where: { OR: ["Mr.", "Mrs.", "Ms.", "Miss ", "Mr ", "Mrs ", "Ms "].map((t) => ({ speakerAsWritten: { startsWith: t } })), speakerId: { not: null } },
    select: { id: true, speakerAsWritten: true, speakerId: true },
    orderBy: { seq: "asc" },
  });
  return titled.flatMap((st) => {
    const speaker = byId.get(st.speakerId!);
    // ("Mr Eavis' daughter Emily", "Mrs Smith's son": the titled name is whose relative speaks.)
    const written = /^\S+\s+\S*(?:[’']s?|s[’'])\s+\S/u.test(st.speakerAsWritten!) ? undefined : courtesyGender(st.speakerAsWritten!.split(/\s+/)[0]!);
    const theirs = speaker ? genderOfKey(speaker.key) : null;
    return speaker && written && theirs && written !== theirs ? [`"${st.speakerAsWritten}" under ${speaker.name} (statement ${st.id})`] : [];
  });
}

/** Surname-only speakers the link rule leaves apart, with the people they might be. */
function ambiguousSurnames(speakers: LiveSpeaker[]): string[] {
  const linked = linkSurnameKeys(
    speakers.filter((s) => s.kind === "person").map((s) => s.key),
    genderOfFoldedFirstName,
    formalNamesOf,
  );
  const people = speakers.filter((s) => s.kind === "person" && s.mergedIntoId === null);
  return people.flatMap((s) => {
    if (!/^p:[^:;]+(?:;[mf])?$/.test(s.key) || linked.get(s.key) !== s.key) return [];
    const keys = new Set(surnameCandidates(s.key, people.map((p) => p.key), genderOfFoldedFirstName));
    const candidates = people.filter((p) => keys.has(p.key));
    return candidates.length > 1 ? [`${s.name} (${candidates.map((c) => c.name).join(", ")})`] : [];
  });
}
