/**
 * "Sen. Tom Hale, R-Ohio,", "Rep. Ann Vale (D-Calif.)": American news gives a legislator's party and
 * state in one abbreviation, which later descriptions spell out ("the Ohio Republican", "the
 * California Democrat").
 */

const PARTIES: Record<string, string> = { R: "Republican", D: "Democrat", I: "Independent" };

/** AP's abbreviations of state names, and the two-letter postal codes. */
const STATES: Record<string, string> = {
  "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado", "conn": "Connecticut", "del": "Delaware",
  "fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
  "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska",
  "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota",
  "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota", "tenn": "Tennessee",
  "vt": "Vermont", "va": "Virginia", "wash": "Washington", "w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
  "al": "Alabama", "ak": "Alaska", "az": "Arizona", "ar": "Arkansas", "ca": "California", "co": "Colorado", "ct": "Connecticut", "de": "Delaware",
  "fl": "Florida", "hi": "Hawaii", "id": "Idaho", "il": "Illinois", "in": "Indiana", "ia": "Iowa", "ks": "Kansas", "me": "Maine",
  "ma": "Massachusetts", "mi": "Michigan", "mn": "Minnesota", "ms": "Mississippi", "mt": "Montana", "ne": "Nebraska", "nv": "Nevada", "nh": "New Hampshire",
  "nj": "New Jersey", "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota", "oh": "Ohio", "ok": "Oklahoma", "or": "Oregon",
  "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota", "tn": "Tennessee", "tx": "Texas", "ut": "Utah", "wa": "Washington", "wv": "West Virginia",
  "wi": "Wisconsin", "wy": "Wyoming",
};
const FULL = new Set(["Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"]);

/** ", R-Ohio," or " (D-Calif.)" right after a name: "Ohio Republican", "California Democrat"; else null. */
export function partyStateAfter(text: string, end: number): string | null {
  const m = /^(?:,\s+|\s+\()([RDI])-([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+\.?)?)(?=[,)])/.exec(text.slice(end, end + 24));
  if (!m) return null;
  const written = m[2]!.replace(/\.$/, "");
  const state = FULL.has(written) ? written : STATES[written.toLowerCase()];
  return state ? `${state} ${PARTIES[m[1]!]!}` : null;
}
