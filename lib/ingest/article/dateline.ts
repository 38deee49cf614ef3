// The dateline opening the first body paragraph: "MOSCOW, June 5. /TASS/.", "WASHINGTON (AP) —",
// "BUENA PARK, Calif. -". It is metadata (a place, maybe a date and an agency), not words anybody
// said, so the paragraph's span starts after it.

import type { PartialDate } from "@/lib/domain/dates";
import { findDate } from "../dates";
import type { Span } from "../types";
import type { Block } from "./paragraphs";

export interface Dateline {
  place: string;
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

// All-caps labels that open a story the way a place does ("EXCLUSIVE — Trump said…").
const NOT_PLACES = new Set(
  "EXCLUSIVE BREAKING UPDATE UPDATED WATCH LOOK BOOM VIDEO PHOTOS OPINION ANALYSIS EDITORIAL COMMENTARY REVIEW LIVE FLASHBACK NEW JUST IN".split(
    " ",
  ),
);

export function matchDateline(text: string, block: Block): Dateline | null {
  const head = text.slice(block.start, Math.min(block.end, block.start + 160));
  const match = DATELINE.exec(head);
  if (!match?.groups) return null;
  const place = match.groups.place!;
  if ((place.match(/\p{Lu}/gu) ?? []).length < 3 || NOT_PLACES.has(place.trim())) return null;
  const agency = (match.groups.agency ?? match.groups.agency2 ?? "").trim() || null;
  const region = match.groups.region ? match.groups.region.replace(/^,\s*/, "") : null;
  const date = match.groups.date ? findDate(match.groups.date)?.date ?? null : null;
  const placeText = titleCasePlace(place.trim());
  const asWritten = place.trim() + (region ? `, ${region}` : "");
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
