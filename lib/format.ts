import type { PartialDate } from "@/lib/ingest/types";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

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
