// Speaker keys: how the corpus knows that two names are one speaker. A person's key is their folded
// surname, then their folded first name when the text gives one, then a suffix ("p:makei:vladimir",
// "p:trump:donald:jr"); a surname alone has a key of its own ("p:makei"), and a surname with a
// gendered courtesy title one per gender ("Mrs. Clinton" is "p:clinton;f", "Mr. Trump" "p:trump;m");
// an organization's key is its folded words ("o:belta"). lib/ingest/names.ts folds names into keys;
// this is what keys mean.

import type { Gender } from "@/lib/domain/speaker-names";

/** "makei" for the person keys "p:makei", "p:makei;m" and "p:makei:vladimir"; null for organizations. */
export function surnameOfKey(key: string): string | null {
  const match = /^p:([^:;]+)/.exec(key);
  return match ? match[1]! : null;
}

/** The key of a name given by its surname alone. */
export const surnameOnlyKey = (surname: string): string => `p:${surname}`;

/** "p:trump", "p:clinton;f": a key of a person named by surname alone. */
export const isSurnameOnlyKey = (key: string): boolean => /^p:[^:;]+(?:;[mf])?$/.test(key);

/** The key of a surname with a gendered courtesy title ("Mrs. Clinton"): ";" sorts past every fuller key. */
export const genderedSurnameKey = (surname: string, gender: Gender): string => `p:${surname};${gender === "male" ? "m" : "f"}`;

/** Every surname-only key of a surname: bare, and with each gender. */
export const surnameOnlyKeys = (surname: string): string[] => [surnameOnlyKey(surname), genderedSurnameKey(surname, "male"), genderedSurnameKey(surname, "female")];

/**
 * The keys of people with a first name (or suffix) under one surname, as a key range: "p:makei:…"
 * sorts between "p:makei:" and "p:makei;" (";" follows ":").
 */
export const fullerKeysRange = (surname: string): { gte: string; lt: string } => ({ gte: `${surnameOnlyKey(surname)}:`, lt: `${surnameOnlyKey(surname)};` });

/** The folded first name of a fuller key ("p:clinton:hilari" → "hilari"); null for any other key. */
const firstOfKey = (key: string): string | null => /^p:[^:;]+:([^:]+)/.exec(key)?.[1] ?? null;

/** "p:clinton;f" → "female", "p:clinton" → null. */
const genderOfSurnameKey = (key: string): Gender | null => (key.endsWith(";m") ? "male" : key.endsWith(";f") ? "female" : null);

/**
 * The people a surname-only key may stand for among `fuller` (keys of people with more to their name):
 * those of its surname, and for a gendered key ("p:clinton;f") only those whose first name is not of
 * the other gender (`genderOfFirst`, over folded first names). Empty for any other key.
 */
export function surnameCandidates(key: string, fuller: Iterable<string>, genderOfFirst: (folded: string) => Gender | null): string[] {
  const surname = /^p:([^:;]+)(?:;[mf])?$/.exec(key)?.[1];
  if (!surname) return [];
  const gender = genderOfSurnameKey(key);
  return [...fuller].filter((k) => {
    if (!k.startsWith(`p:${surname}:`)) return false;
    const theirs = gender ? genderOfFirst(firstOfKey(k)!) : null;
    return theirs === null || theirs === gender;
  });
}

/** "p:king:pete" → { surname: "king", first: "pete", rest: "" }; "p:trump:donald:jr" has rest ":jr". */
const fullerParts = (key: string) => {
  const m = /^p:([^:;]+):([^:]+)(.*)$/.exec(key);
  return m ? { surname: m[1]!, first: m[2]!, rest: m[3]! } : null;
};

/**
 * The people a key with a short first name may be ("p:king:pete" may be "p:king:peter"): keys of the
 * same surname and suffix whose first name it is short for (`formalOf`, over folded first names) and
 * whose gender does not contradict it.
 */
export function shortNameCandidates(
  key: string,
  fuller: Iterable<string>,
  genderOfFirst: (folded: string) => Gender | null,
  formalOf: (folded: string) => readonly string[],
): string[] {
  const mine = fullerParts(key);
  if (!mine) return [];
  const formal = formalOf(mine.first);
  if (formal.length === 0) return [];
  const gender = genderOfFirst(mine.first);
  return [...fuller].filter((k) => {
    const theirs = fullerParts(k);
    if (!theirs || theirs.surname !== mine.surname || theirs.rest !== mine.rest || !formal.includes(theirs.first)) return false;
    const g = genderOfFirst(theirs.first);
    return !gender || !g || gender === g;
  });
}

/**
 * The rule that links speakers across the corpus, one person per group of keys when the evidence
 * allows. A key with a short first name ("p:king:pete") is the key of the name it is short for
 * ("p:king:peter") when exactly one person of the surname has such a name (`formalOf`): "Pete King"
 * is Peter T. King, but "Chris Shelton" stays apart when the corpus has a Christopher and a Christine
 * Shelton. A surname-only key ("p:makei") is the one person with that surname and more to their name
 * (short names counted as the person they link to); it stays itself when there are none or several
 * (Bill and Hillary Clinton), since a wrong merge (Bill's words given to Hillary) is worse than a
 * missing one. A gendered surname key ("p:clinton;f") counts only the people whose first name is not
 * of the other gender (surnameCandidates): "Mrs. Clinton" is Hillary when Bill is her only other
 * Clinton, and "Mrs. Makei" is never Vladimir. Every key of `keys` maps to its linked key.
 */
export function linkSurnameKeys(
  keys: Iterable<string>,
  genderOfFirst: (folded: string) => Gender | null = () => null,
  formalOf: (folded: string) => readonly string[] = () => [],
): Map<string, string> {
  const all = [...new Set(keys)];
  const fullerBySurname = new Map<string, string[]>();
  for (const key of all) {
    const surname = /^p:([^:;]+):/.exec(key)?.[1];
    if (surname) fullerBySurname.set(surname, [...(fullerBySurname.get(surname) ?? []), key]);
  }
  const out = new Map<string, string>();
  for (const key of all) {
    const shorter = shortNameCandidates(key, fullerBySurname.get(surnameOfKey(key) ?? "") ?? [], genderOfFirst, formalOf);
    if (shorter.length === 1) out.set(key, shorter[0]!);
  }
  const short = new Set(out.keys());
  for (const key of all) {
    if (short.has(key)) continue;
    const people = (fullerBySurname.get(surnameOfKey(key) ?? "") ?? []).filter((k) => !short.has(k));
    const candidates = surnameCandidates(key, people, genderOfFirst);
    out.set(key, candidates.length === 1 ? candidates[0]! : key);
  }
  return out;
}
