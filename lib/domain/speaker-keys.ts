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

/**
 * The rule that links a surname-only speaker across the corpus. "p:makei" is "p:makei:vladimir" when
 * that is the only person with that surname and more to their name among `keys`; it stays itself when
 * there are none or several (Bill and Hillary Clinton), since a wrong merge (Bill's words given to
 * Hillary) is worse than a missing one. A gendered surname key ("p:clinton;f") counts only the people
 * whose first name is not of the other gender (`genderOfFirst`, over folded first names): "Mrs.
 * Clinton" is Hillary when Bill is her only other Clinton, and "Mrs. Makei" is never Vladimir. Every
 * key of `keys` maps to its linked key.
 */
export function linkSurnameKeys(keys: Iterable<string>, genderOfFirst: (folded: string) => Gender | null = () => null): Map<string, string> {
  const all = [...new Set(keys)];
  const fullerBySurname = new Map<string, string[]>();
  for (const key of all) {
    const match = /^p:([^:;]+):/.exec(key);
    if (!match) continue;
    fullerBySurname.set(match[1]!, [...(fullerBySurname.get(match[1]!) ?? []), key]);
  }
  const out = new Map<string, string>();
  for (const key of all) {
    const match = /^p:([^:;]+)(?:;([mf]))?$/.exec(key);
    let fuller = match ? fullerBySurname.get(match[1]!) : undefined;
    const gender = match?.[2] === "m" ? "male" : match?.[2] === "f" ? "female" : null;
    if (fuller && gender) {
      fuller = fuller.filter((k) => {
        const theirs = genderOfFirst(firstOfKey(k)!);
        return theirs === null || theirs === gender;
      });
    }
    out.set(key, fuller && fuller.length === 1 ? fuller[0]! : key);
  }
  return out;
}
