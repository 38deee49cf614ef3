// Speaker keys: how the corpus knows that two names are one speaker. A person's key is their folded
// surname, then their folded first name when the text gives one, then a suffix ("p:makei:vladimir",
// "p:trump:donald:jr"); a surname alone has a key of its own ("p:makei"); an organization's key is
// its folded words ("o:belta"). lib/ingest/names.ts folds names into keys; this is what keys mean.

/** "makei" for the person keys "p:makei" and "p:makei:vladimir"; null for organizations. */
export function surnameOfKey(key: string): string | null {
  const match = /^p:([^:]+)/.exec(key);
  return match ? match[1]! : null;
}

/** The key of a name given by its surname alone. */
export const surnameOnlyKey = (surname: string): string => `p:${surname}`;

/**
 * The keys of people with a first name (or suffix) under one surname-only key, as a key range:
 * "p:makei:…" sorts between "p:makei:" and "p:makei;" (";" follows ":").
 */
export const fullerKeysRange = (surnameKey: string): { gte: string; lt: string } => ({ gte: `${surnameKey}:`, lt: `${surnameKey};` });

/**
 * The rule that links a surname-only speaker across the corpus: "p:makei" is "p:makei:vladimir" when
 * that is the only person with that surname and more to their name among `keys`; it stays itself
 * when there are none or several (Bill and Hillary Clinton), since a wrong merge (Bill's words given
 * to Hillary) is worse than a missing one. Every key of `keys` maps to its linked key.
 */
export function linkSurnameKeys(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const fullerBySurname = new Map<string, string[]>();
  for (const key of all) {
    const match = /^p:([^:]+):/.exec(key);
    if (!match) continue;
    fullerBySurname.set(match[1]!, [...(fullerBySurname.get(match[1]!) ?? []), key]);
  }
  const out = new Map<string, string>();
  for (const key of all) {
    const match = /^p:([^:]+)$/.exec(key);
    const fuller = match ? fullerBySurname.get(match[1]!) : undefined;
    out.set(key, fuller && fuller.length === 1 ? fuller[0]! : key);
  }
  return out;
}
