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
  /** Only statements whose year is not stated (the /dates/unknown-year page). */
  yearUnknown?: boolean;
}

export const NO_FILTERS: StatementFilters = { speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, q: null };

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
