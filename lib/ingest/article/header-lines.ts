// Lines near the top of an article that are metadata, not body: a date line ("16/05/2016",
// "Published: March 3, 2016") and a byline ("By Jane Doe").

import type { PartialDate } from "@/lib/domain/dates";
import { findDate } from "../dates";

const DATE_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+(?:on|at))?|dated?)\s*:?\s*/i;

/** A paragraph that is only a date (optionally labelled "Published:"), or null. */
export function matchDateLine(text: string): PartialDate | null {
  if (text.length > 80) return null;
  const rest = text.replace(DATE_LABEL, "").replace(/\s+/g, " ").trim();
  if (!/\d/.test(rest)) return null;
  const found = findDate(rest);
  if (!found) return null;
  // The date must be (nearly) the whole line; a sentence that mentions a date is body.
  const leftover = (rest.slice(0, found.index) + rest.slice(found.index + found.text.length))
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, "")
    .replace(/\b(?:[AaPp]\.?[Mm]\.?|E[SD]?T|UTC|GMT|[CMP][SD]?T)\b/g, "")
    .replace(/[\d\s.,:|/()–—-]+/g, "");
  return leftover.length <= 3 ? found.date : null;
}

const BYLINE = /^(?:by|by:|byline:|author:|written by)\s+(.+?)\.?$/i;
const BYLINE_NAME = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|del|la|le|bin|al-?\p{L}*))*$/u;

/** "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Associated Press | March 3, 2016". */
export function matchByline(text: string): { byline: string; date: PartialDate | null } | null {
  if (text.length > 160 || text.includes("\n")) return null;
  const match = BYLINE.exec(text.trim());
  if (!match) return null;
  let names = match[1]!;
  let date: PartialDate | null = null;
  const separator = /\s+[|·•—–]\s+|\s+-\s+/.exec(names);
  if (separator) {
    const tail = names.slice(separator.index + separator[0].length);
    date = matchDateLine(tail);
    if (date) names = names.slice(0, separator.index);
  }
  names = names.replace(/[\s,;.]+$/, "");
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/i).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  if (!parts.every((part) => BYLINE_NAME.test(part) && part.split(/\s+/).length <= 6)) return null;
  return { byline: names, date };
}
