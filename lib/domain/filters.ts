// What a reader can filter statements by, and what the filters mean, the same for every page, the
// API, the query layer and the in-memory columns: different filters combine with AND, repeated
// values of one filter with OR, and a date range holds a statement only when the whole period its
// article's date can mean lies inside the range.

export interface StatementFilters {
  speaker: string[];
  topic: string[];
  outlet: string[];
  kind: string[];
  /** yyyymmdd, inclusive; a statement matches only when its whole known period lies inside. */
  from: number | null;
  to: number | null;
  q: string | null;
  /** "unknown": only statements whose year is not stated (year=unknown, the /dates/unknown-year page). */
  year?: "unknown" | null;
  /** The least confidence a statement's attribution may have (0–1), inclusive; null: any. */
  confidence?: number | null;
}

export const NO_FILTERS: StatementFilters = { speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, q: null };

/**
 * The speaker filter's value for statements whose speaker was not identified ("Critics said", a
 * passive): a slug no speaker can take (lib/db/write/speakers.ts skips it), so it sits among the
 * speakers' slugs and ORs with them like any other value.
 */
export const NO_SPEAKER = "none";

/** The confidence thresholds the statement page offers (any value 0–1 is accepted in the URL). */
export const CONFIDENCE_STEPS = [0.5, 0.7, 0.9] as const;

export const STATEMENT_SORTS = ["date", "oldest", "relevance"] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];

export const FACETS = ["speaker", "topic", "outlet", "kind", "year"] as const;
export type FacetName = (typeof FACETS)[number];

/**
 * A date range's years when it runs from 1 January to 31 December, else null. A statement's known
 * period lies inside its own year (dateFrom ≥ Y0101, dateTo ≤ Y1231), so such a range holds exactly
 * the statements of those years: `publishedYear BETWEEN lo AND hi`, which the rollups count by.
 */
export function wholeYears(from: number | null, to: number | null): { lo: number | null; hi: number | null } | null {
  if (from === null && to === null) return null;
  if ((from !== null && from % 10_000 !== 101) || (to !== null && to % 10_000 !== 1231)) return null;
  return { lo: from === null ? null : Math.floor(from / 10_000), hi: to === null ? null : Math.floor(to / 10_000) };
}

/**
 * The date part of the filters as every query applies it: a range of whole calendar years (`years`,
 * which the rollups count by), any other range of days (`days`), or only statements whose year is not
 * stated (`yearUnknown`, which may combine with either).
 */
export interface DateFilter {
  /** 1 January of `lo` to 31 December of `hi` (null: open). */
  years: { lo: number | null; hi: number | null } | null;
  /** Any other range, yyyymmdd, inclusive (null: open). */
  days: { from: number | null; to: number | null } | null;
  yearUnknown: boolean;
}

export function dateFilter(filters: Pick<StatementFilters, "from" | "to" | "year">): DateFilter {
  const years = wholeYears(filters.from, filters.to);
  return {
    years,
    days: years || (filters.from === null && filters.to === null) ? null : { from: filters.from, to: filters.to },
    yearUnknown: filters.year === "unknown",
  };
}

/**
 * Whether a statement passes the date range of `filter` (not its yearUnknown part): its year inside
 * the whole years, or its known period (`from`..`to`, yyyymmdd) inside the days. A statement whose year
 * is not stated (`year` null) lies inside no range.
 */
export function insideDateRange(filter: DateFilter, year: number | null, from: number, to: number): boolean {
  const { years, days } = filter;
  if (years && (year === null || (years.lo !== null && year < years.lo) || (years.hi !== null && year > years.hi))) return false;
  if (days && (year === null || (days.from !== null && from < days.from) || (days.to !== null && to > days.to))) return false;
  return true;
}
