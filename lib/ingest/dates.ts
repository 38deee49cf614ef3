import * as chrono from "chrono-node";
import { daysInMonth, type PartialDate } from "@/lib/domain/dates";

// Dates in news text come in many shapes ("June 5", "16/05/2016", "Sept. 12, 2015 at 10:00 AM ET",
// "2016-03-03T10:00:00Z"); chrono-node already knows them, and it reports which parts it actually read
// (isCertain) versus filled in from the reference date — exactly what a PartialDate needs: a part the
// text does not state stays null, so a missing year is shown as unknown, never invented.

// chrono fills unstated parts from a reference date. The ingest core must not read the clock, so the
// reference is fixed; only parts chrono marks as certain are kept, so its value never leaks out.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

// Month-first chrono: "Aug. 24" is August 24th. The day-first (en.GB) casual parser reads it as
// August 2024, so day-first parsing is kept for all-numeric dates only.
const monthFirst = chrono.en.casual;
// Strict day-first: "16/05/2016" is 16 May; ambiguous "05/06/2016" is 5 June (international order,
// as in the Cuba Si seed). chrono still falls back to month-first when the first number exceeds 12.
const dayFirst = new chrono.en.Chrono(chrono.en.configuration.createConfiguration(true, true));

const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
const ISO_PARTIAL = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
// Relative expressions ("yesterday", "last week", "Friday") depend on a date the text does not give.
const RELATIVE_TAG = /casualReference|relativeDate|Relative|CasualDate/;

export interface FoundDate {
  date: PartialDate;
  /** Offsets of the date expression within the parsed string. */
  index: number;
  text: string;
}

/** A month's name or abbreviation, or numbers joined as dates are ("16/05", "5.3.", "2016-05"). */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\s*[/.\-]\s*\d/i;

/** The first absolute date stated in `text`, with only the parts the text states; null if none. */
export function findDate(text: string): FoundDate | null {
  const iso = ISO_PARTIAL.exec(text);
  if (iso) {
    const date = isoDate(iso);
    if (date) return { date, index: text.search(/\d/), text: text.trim() };
  }
  // A date needs a month, by name or by number beside another: without one chrono has nothing to find.
  if (!DATE_HINT.test(text)) return null;
  const parser = NUMERIC_DATE.test(text) ? dayFirst : monthFirst;
  for (const result of parser.parse(text, REFERENCE)) {
    const tags = [...result.tags()].join(" ");
    if (RELATIVE_TAG.test(tags)) continue;
    const start = result.start;
    // A date needs at least a month; bare times ("5:30 p.m.") or weekdays do not count.
    if (!start.isCertain("month")) continue;
    const date: PartialDate = {
      year: start.isCertain("year") ? start.get("year") : null,
      month: start.get("month"),
      day: start.isCertain("day") ? start.get("day") : null,
    };
    if (!isPlausible(date)) continue;
    return { date, index: result.index, text: result.text };
  }
  return null;
}

/** Parses a stand-alone date value (sidecar cells: "2015-11-11", "2016", "May 2016", "16/05/2016"). */
export function parsePartialDate(value: string): PartialDate | null {
  const found = findDate(value);
  return found ? found.date : null;
}

function isoDate(match: RegExpExecArray): PartialDate | null {
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const date = { year, month, day };
  return isPlausible(date) ? date : null;
}

function isPlausible(date: PartialDate): boolean {
  if (date.year !== null && (date.year < 1000 || date.year > 2999)) return false;
  if (date.month !== null && (date.month < 1 || date.month > 12)) return false;
  if (date.day !== null) {
    if (date.day < 1 || date.day > 31) return false;
    // Without a year, check against a leap year so that "February 29" passes.
    const year = date.year ?? 2000;
    if (date.month !== null && date.day > daysInMonth(year, date.month)) return false;
  }
  return true;
}

const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// News sites put the publication date in their article paths: /2016/06/05/, /2020/mar/03/ (the
// Guardian), /2016-06-05/ or -20160605. A year alone in a path ("/2016/") is too often something else
// (an archive page, a number in a slug) to be read as a date; a year and a month are.
const URL_DATES = [
  /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\/(0?[1-9]|[12]\d|3[01]))?(?=\/|$|[?#])/i,
  /[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$|[?#])/,
];

/** The publication date an article's URL states in its path, or null. */
export function dateFromUrl(url: string): PartialDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const monthText = match[2]!.toLowerCase();
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTH_ABBREVIATIONS.indexOf(monthText) + 1;
    const date: PartialDate = { year: Number(match[1]), month, day: match[3] === undefined ? null : Number(match[3]) };
    if (isPlausible(date)) return date;
  }
  return null;
}
