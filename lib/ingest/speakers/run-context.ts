// What the words right around a capitalised run say about what it names: a person joined to
// another by "and", a title that opens on a word for a body.

import { isFirstName } from "../names";

/**
 * "Kostas Kenteris and Katerina Thanou", "Jane Doe and Kwame Asante": a full name joined by "and"
 * to one whose first name we know is a person's too.
 */
export function pairedWithPerson(p: string, start: number, end: number): boolean {
  const after = /^\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(p.slice(end, end + 40));
  if (after && isFirstName(after[1]!)) return true;
  const before = /(?:^|[^\p{L}’'-])(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}’'-]+\s+and\s+$/u.exec(p.slice(Math.max(0, start - 40), start));
  return !!before && isFirstName(before[1]!);
}

/** A word for any body, then a role and a full name: "Party leader Charles Kennedy" is a title, no body called Party. */
export const GENERIC_BODY_TITLE = /^(?:Party|Council|Committee|Group|Union|Club|Board|Company|Government|Department|Ministry)\s+(?:leader|chairman|chairwoman|chair|president|secretary|spokes(?:man|woman|person)|chief|treasurer|whip|manager)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
