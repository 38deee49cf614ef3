// What stands in apposition between a subject and its verb, as the subject finder (subjects.ts)
// weighs it: a person's role ("BA's chief executive"), an organisation a person is from, what a body
// is to someone, and which comma opens the last appositive.

import { ORG_WORDS } from "../name-lexicons";
import { PERSON_ROLE } from "../speakers/name-runs";
import { isPersonHead } from "../speakers/resolve-role";

/** "Global Sports Communications, Chepkemei's management company, said": what a body is to someone, in apposition. */
export const OWNERS_BODY = /^\p{Lu}[\p{L}.&-]*[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|group|agency|label|publisher|sponsor|sponsors|owner|owners|parent|subsidiary|regulator|charity|organisation|organization|body|union|association|club)$/u;

/** "Colin Ashby, Seaport Hotel Association, said": the organisation a person is from, in apposition. */
export function orgAppositive(appositive: string): boolean {
  const words = appositive.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|&)$/.test(w)) && ORG_WORDS.has(words.at(-1)!.toLowerCase());
}

/** "European outreach coordinator for…", "Labour housing spokesman": a capitalised adjective, then a role. */
export const ROLE_OPENING = /^(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:[\p{Ll}-]+\s+){0,3}(?:coordinator|director|manager|officer|spokes(?:man|woman|person)|analyst|economist|adviser|advisor|editor|correspondent|secretary|minister|chairman|chairwoman|president|executive|head|chief|leader|expert|researcher|professor|lecturer|consultant|campaigner|lawyer|member|representative|organi[sz]er|official|councillor|councilor|convenor|convener|chair|founder|trustee|commissioner|superintendent|inspector)\b/u;

/** "…from Dayton, Ohio", "…in Albany, N.Y.": a place and the region after its comma. */
const PLACE_BEFORE_COMMA = /\b(?:from|in|of|at|near|outside)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*$/u;
const REGION_AFTER_COMMA = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s*){1,3}$/u;

/**
 * The comma that opens the last appositive of `left`, passing over the comma between a place and its
 * region ("Ann Ruiz, a nurse from Tulsa, Oklahoma,"): that one stands inside the appositive.
 */
export function appositiveComma(left: string): number {
  let comma = left.lastIndexOf(",");
  while (comma > 0 && (digitGrouping(left, comma) || (REGION_AFTER_COMMA.test(left.slice(comma + 1)) && PLACE_BEFORE_COMMA.test(left.slice(0, comma))) || inList(left, comma))) {
    comma = left.lastIndexOf(",", comma - 1);
  }
  return comma;
}

/** "the £30,000 prize", "1,200 workers": a comma inside a number. */
const digitGrouping = (left: string, comma: number) => /\d/.test(left[comma - 1] ?? "") && /^\d{3}\b/.test(left.slice(comma + 1, comma + 5));

/** "…whose labels include Harbour, Kestrel and Northvale": a comma between names of a list. */
const LIST_TAIL = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+)*(?:and|or)\s+(?:\p{Lu}[\p{L}.’'-]*\s*)+$/u;
const LIST_ITEM = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s*)+,/u;

function inList(left: string, comma: number): boolean {
  if (!/\p{Lu}[\p{L}.’'-]*$/u.test(left.slice(0, comma))) return false;
  const rest = left.slice(comma + 1);
  return LIST_TAIL.test(rest) || (LIST_ITEM.test(rest) && LIST_TAIL.test(rest.slice(rest.indexOf(",") + 1)));
}

/**
 * "BA's chief executive", "Capgemini's principal consultant on RFID", "Tory shadow work and pensions
 * secretary", "EA's vice president of sales in Europe": capitalised words first (an organisation's, a
 * party), then words that end in a person's role, and what the role is of.
 */
export function roleAppositive(appositive: string): boolean {
  if (!/^\p{Lu}/u.test(appositive)) return false;
  // "Jarek's younger sister and a fellow band member": two roles joined, each one a role.
  const joined = /^(.+?)\s+and\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(appositive);
  if (joined && roleAppositive(joined[1]!) && (PERSON_ROLE.test(joined[2]!) || isPersonHead(joined[2]!))) return true;
  const prep = /\s(?:of|to|at|for|on|in|with)\s/.exec(appositive);
  const words = (prep ? appositive.slice(0, prep.index) : appositive).split(/\s+/);
  if (words.length < 2 || words.length > 7 || (prep && appositive.slice(prep.index).split(/\s+/).length > 10)) return false;
  if (!words.slice(0, -1).every((w) => /^(?:\p{Lu}[\p{L}&.-]*(?:[’']s?)?|\d+|[\p{Ll}-]+|&)$/u.test(w))) return false;
  // ("Group Economist at Halifax": a role may be written with a capital.)
  const head = words.at(-1)!.toLowerCase();
  return /^\p{L}[\p{Ll}-]+$/u.test(words.at(-1)!) && (PERSON_ROLE.test(head) || isPersonHead(head) || APPOSITIVE_ROLE_HEAD.test(head));
}

/** Roles that name no one on their own ("the consultant said" needs a name) but do after a name. */
const APPOSITIVE_ROLE_HEAD = /^(?:\p{Ll}+ologist|consultant|specialist|expert|engineer|planner|architect|partner|principal|fellow|lecturer|campaigner|organi[sz]er|coordinator|co-ordinator|trustee|governor|mayor|ambassador)$/u;
