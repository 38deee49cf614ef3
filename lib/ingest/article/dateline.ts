// The dateline opening the first body paragraph: "MOSCOW, June 5. /TASS/.", "WASHINGTON (AP) —",
// "BUENA PARK, Calif. -", "LONDON, March 3, 2019.", "Paris (AFP) -", "Boston (CNN) --", or an
// agency credit alone glued to the first word ("(CNN)Blues legend…"). It is metadata (a place, maybe
// a date and an agency), not words anybody said, so the paragraph's span starts after it.

import type { PartialDate } from "@/lib/domain/dates";
import { findDate } from "../dates";
import { lookupOutlet } from "../outlets";
import type { Span } from "../types";
import type { Block } from "./paragraphs";

export interface Dateline {
  /** Null for an agency credit with no place ("(CNN)Blues legend…"). */
  place: string | null;
  asWritten: string;
  span: Span;
  /** Where the body text starts after the dateline prefix. */
  bodyStart: number;
  date: PartialDate | null;
  agency: string | null;
}

// Place: up to four all-caps words ("MOSCOW", "NEW YORK", "ST. LOUIS"), an optional region
// (", Va.", ", N.H.", ", Belarus"), an optional date (", June 5", ", Aug. 24", ", 16 May"), an optional
// agency credit ("/TASS/", "(AP)", "(Reuters)") and a separator (dash, colon, or the credit's period).
// Spaces in datelines are often no-break spaces ("WASHINGTON\u00a0— …").
const SP = "[ \\t\\u00a0]";
export const DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’]*(?:(?:${SP}|-)\\p{Lu}[\\p{Lu}\\p{M}.'’]*){0,3})` +
    `(?<region>,${SP}*\\p{Lu}[\\p{L}.]*(?:${SP}\\p{Lu}[\\p{L}.]*)?)?` +
    `(?:,${SP}*(?<date>(?:\\p{L}{3,9}\\.?${SP}+\\d{1,2}|\\d{1,2}${SP}+\\p{L}{3,9}\\.?)(?:,?${SP}+\\d{4})?))?` +
    `${SP}*\\.?${SP}*` +
    `(?:(?:/(?<agency>[^/\\n]{2,30})/|\\((?<agency2>[^()\\n]{2,30})\\))${SP}*[.:]?${SP}*(?:[—–]|--?)?` +
    `|${SP}+(?:[—–]|--?))` +
    `${SP}*(?=[\"“‘'\\p{L}\\p{N}]|$)`,
  "u",
);

// An all-caps place and a date, then a full stop, a dash or the end of the line: "LONDON, March 3,
// 2019. The prime minister…", "LONDON, March 3, 2019 — …", or the dateline on a line of its own.
const DATE_FORM = `(?:\\p{L}{3,9}\\.?${SP}+\\d{1,2}|\\d{1,2}${SP}+\\p{L}{3,9}\\.?)(?:,?${SP}+\\d{4})?`;
const DATED_DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’]*(?:(?:${SP}|-)\\p{Lu}[\\p{Lu}\\p{M}.'’]*){0,3})` +
    `(?<region>,${SP}*\\p{Lu}[\\p{L}.]*(?:${SP}\\p{Lu}[\\p{L}.]*)?)?` +
    `,${SP}*(?<date>${DATE_FORM})` +
    `(?:${SP}*\\.${SP}+(?=[\"“‘'\\p{Lu}])|${SP}*\\.?${SP}*$|${SP}+(?:[—–]|--?)${SP}*(?=[\"“‘'\\p{L}\\p{N}]))`,
  "u",
);

// A place written in title case is a dateline only with an agency's credit and a dash after it, as
// AFP and CNN write them ("Paris (AFP) -", "Boston (CNN) --"): otherwise it is a sentence's subject.
const CREDITED_PLACE = new RegExp(
  `^(?<place>\\p{Lu}\\p{Ll}+(?:(?:${SP}|-)\\p{Lu}\\p{Ll}+){0,2})` +
    `(?<region>,${SP}*\\p{Lu}[\\p{L}.]*)?(?:,${SP}*(?<date>${DATE_FORM}))?` +
    `${SP}*\\((?<agency>[^()\\n]{2,30})\\)${SP}*[.:]?${SP}*(?:[—–]|--?)${SP}*(?=[\"“‘'\\p{L}\\p{N}])`,
  "u",
);

// An agency credit opening the text with no place, often glued to the first word: "(CNN)Blues legend…".
const CREDIT_ONLY = new RegExp(`^\\((?<agency>[^()\\n]{2,30})\\)${SP}*(?:[—–]|--?)?${SP}*(?=[\"“‘'\\p{L}\\p{N}])`, "u");

/** A credit in parentheses names an agency when it is a known outlet or an all-caps name (CNN, NPR). */
function isAgency(credit: string): boolean {
  return lookupOutlet(credit) !== null || /^\p{Lu}{2,6}$/u.test(credit);
}

// All-caps labels that open a story the way a place does ("EXCLUSIVE — Trump said…").
const NOT_PLACES = new Set(
  "EXCLUSIVE BREAKING UPDATE UPDATED WATCH LOOK BOOM VIDEO PHOTOS OPINION ANALYSIS EDITORIAL COMMENTARY REVIEW LIVE FLASHBACK NEW JUST IN".split(
    " ",
  ),
);

export function matchDateline(text: string, block: Block): Dateline | null {
  const head = text.slice(block.start, Math.min(block.end, block.start + 160));
  const match = DATELINE.exec(head) ?? DATED_DATELINE.exec(head);
  if (match?.groups) {
    const place = match.groups.place!;
    if ((place.match(/\p{Lu}/gu) ?? []).length < 3 || NOT_PLACES.has(place.trim())) return null;
    return toDateline(block, match, (match.groups.agency ?? match.groups.agency2 ?? "").trim() || null);
  }
  const credited = CREDITED_PLACE.exec(head);
  if (credited?.groups && isAgency(credited.groups.agency!.trim())) return toDateline(block, credited, credited.groups.agency!.trim());
  const credit = CREDIT_ONLY.exec(head);
  if (credit?.groups && isAgency(credit.groups.agency!.trim())) {
    return { place: null, asWritten: "", span: { start: block.start, end: block.start }, bodyStart: block.start + credit[0].length, date: null, agency: credit.groups.agency!.trim() };
  }
  return null;
}

/** Whether a paragraph opens with a dateline that has a credit or a date: a lede, never a headline. */
export function opensWithDateline(text: string): boolean {
  const head = text.slice(0, 160);
  const plain = DATELINE.exec(head);
  if (plain?.groups && (plain.groups.agency || plain.groups.agency2 || plain.groups.date)) return true;
  const credited = CREDITED_PLACE.exec(head) ?? CREDIT_ONLY.exec(head);
  return DATED_DATELINE.test(head) || (!!credited?.groups && isAgency(credited.groups.agency!.trim()));
}

function toDateline(block: Block, match: RegExpExecArray, agency: string | null): Dateline {
  const place = match.groups!.place!.trim();
  const region = match.groups!.region ? match.groups!.region.replace(/^,\s*/, "") : null;
  const date = match.groups!.date ? (findDate(match.groups!.date)?.date ?? null) : null;
  const placeText = titleCasePlace(place);
  const asWritten = place + (region ? `, ${region}` : "");
  return {
    place: region ? `${placeText}, ${region}` : placeText,
    asWritten,
    span: { start: block.start, end: block.start + asWritten.length },
    bodyStart: block.start + match[0].length,
    date,
    agency,
  };
}

const LOWERCASE_PLACE_WORDS = new Set(["de", "del", "la", "le", "of", "on", "upon", "am", "an", "der"]);

/** "MOSCOW" → "Moscow", "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis". */
function titleCasePlace(place: string): string {
  return place
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, index) =>
      index > 0 && LOWERCASE_PLACE_WORDS.has(word) ? word : word.replace(/^(\p{L})/u, (c) => c.toUpperCase()),
    )
    .join("");
}
