// Dates as Verbatim knows them: a publication date whose parts are null when the article does not
// state them, the period such a date can mean, and how it is written for readers. Shared by ingest,
// the database and the pages; pure.

/** A date whose parts are null when the article does not state them (TASS: "June 5", no year). */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export const UNKNOWN_DATE: PartialDate = { year: null, month: null, day: null };

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** The last day of a month (February 29 in a leap year). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first and last day a partial date can mean, as yyyymmdd numbers (May 2016: 20160501..20160531);
 * null when the year is unknown, since such a date lies in no range at all.
 */
export function dayRange(date: PartialDate): { from: number; to: number } | null {
  if (date.year === null) return null;
  const base = date.year * 10_000;
  if (date.month === null) return { from: base + 101, to: base + 1231 };
  if (date.day === null) return { from: base + date.month * 100 + 1, to: base + date.month * 100 + daysInMonth(date.year, date.month) };
  const day = base + date.month * 100 + date.day;
  return { from: day, to: day };
}

/** The sort key of a date, yyyymmdd with 00 for an unstated month or day; null when the year is unknown. */
export function dateSort(date: PartialDate): number | null {
  if (date.year === null) return null;
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

/** The period a partial date can mean, as the Article and Statement columns store it. */
export function datePeriod(date: PartialDate): { dateFrom: number | null; dateTo: number | null } {
  const range = dayRange(date);
  return { dateFrom: range?.from ?? null, dateTo: range?.to ?? null };
}

/** The date a dateSort key stands for (the inverse of dateSort). */
export function dateOfSort(sort: number): PartialDate {
  const month = Math.floor(sort / 100) % 100;
  const day = sort % 100;
  return { year: Math.floor(sort / 10_000), month: month || null, day: day || null };
}

/** yyyymmdd as "YYYY-MM-DD", as query strings write a day. */
export function isoDay(yyyymmdd: number): string {
  const text = String(yyyymmdd).padStart(8, "0");
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** "YYYY-MM-DD" as yyyymmdd when it is a real calendar day; null otherwise. */
export function parseIsoDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return y * 10_000 + m * 100 + d;
}

/**
 * A date with its precision: "16 May 2016", "May 2016", "2016", and — when the article does not say
 * the year — "5 June, year not stated". Never a guessed year.
 */
export function formatDate(date: PartialDate): string {
  const { year, month, day } = date;
  if (year === null) {
    if (month === null) return "Date not stated";
    return `${day ? `${day} ` : ""}${monthName(month)}, year not stated`;
  }
  if (month === null) return String(year);
  return `${day ? `${day} ` : ""}${monthName(month)} ${year}`;
}

/** ISO 8601 with only the known parts (2016, 2016-05, 2016-05-16), for <time dateTime> and feeds. */
export function isoDate(date: PartialDate): string | null {
  if (date.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  let iso = String(date.year).padStart(4, "0");
  if (date.month) {
    iso += `-${pad(date.month)}`;
    if (date.day) iso += `-${pad(date.day)}`;
  }
  return iso;
}

/** The periods of the same precision just before and after `date` (day, month or year); null for an unknown year. */
export function adjacentPeriods(date: PartialDate): { previous: PartialDate; next: PartialDate } | null {
  const { year, month, day } = date;
  if (year === null) return null;
  if (month === null) return { previous: { year: year - 1, month: null, day: null }, next: { year: year + 1, month: null, day: null } };
  if (day === null) {
    const shift = (by: number): PartialDate => {
      const d = new Date(Date.UTC(year, month - 1 + by, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: null };
    };
    return { previous: shift(-1), next: shift(1) };
  }
  const shift = (by: number): PartialDate => {
    const d = new Date(Date.UTC(year, month - 1, day + by));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };
  return { previous: shift(-1), next: shift(1) };
}
