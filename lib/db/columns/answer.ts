import type { Cursor } from "@/lib/domain/cursor";
import { dateFilter, insideDateRange, NO_SPEAKER, type DateFilter, type StatementFilters } from "@/lib/domain/filters";
import { NO_DATE, type Names, type StatementColumns } from "@/lib/db/columns/columns";

// A full-text query answered from the statement columns: its matches (seqs, from the engine's
// full-text index) filtered, counted per facet and paged in the arrays. The same answer as the SQL of
// lib/db/statements, which tests/db/facets.test.ts checks; what the filters mean is lib/domain/filters.

/** The filters of a query as the columns hold them: null where not filtered on; an empty list matches nothing. */
export interface ColumnFilters extends DateFilter {
  speaker: number[] | null;
  topic: number[] | null;
  outlet: number[] | null;
  kind: number[] | null;
}

/**
 * Each filter's slugs as ids: a slug that names nothing is left out (a filter left with none matches
 * nothing). NO_SPEAKER is speaker 0, which the columns hold for a statement without one.
 */
export function columnFilters(c: StatementColumns, f: StatementFilters): ColumnFilters {
  const ids = (names: Names, slugs: string[], none?: string) =>
    slugs.length ? slugs.flatMap((slug) => (slug === none ? [0] : names.bySlug.has(slug) ? [names.bySlug.get(slug)!] : [])) : null;
  return {
    speaker: ids(c.speakers, f.speaker, NO_SPEAKER),
    topic: ids(c.topics, f.topic),
    outlet: ids(c.outlets, f.outlet),
    kind: f.kind.length ? f.kind.flatMap((k) => (c.kinds.includes(k) ? [c.kinds.indexOf(k)] : [])) : null,
    ...dateFilter(f),
  };
}

/** The integers of a comma-separated list (Dialect.integerList), in one pass, without a string per number. */
export function parseIntegerList(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  // At most one number every two characters.
  const out = new Int32Array((list.length + 1) >> 1);
  let n = 0;
  let value = 0;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code === 44) {
      out[n++] = value;
      value = 0;
    } else value = value * 10 + (code - 48);
  }
  out[n++] = value;
  return out.subarray(0, n);
}

export type ColumnSort = "date" | "oldest";

/** The facet's counted values in display order, each [value, label, count]; value null for the unknown year and for no speaker. */
export type FacetRows = [string | null, string | null, number][];

export interface ColumnAnswer {
  total: number;
  facets: { speaker: FacetRows; topic: FacetRows; outlet: FacetRows; kind: FacetRows; year: FacetRows } | null;
  /** The page's seqs in order (only when a page was asked for). */
  page: number[];
}

// A failed filter's bit; a statement failing exactly one filter still counts in that filter's facet.
const SPEAKER = 1;
const TOPIC = 2;
const OUTLET = 4;
const KIND = 8;
const DATE = 16;

/** Which filters (bits) statement r fails. */
class FilterTest {
  private readonly speakers;
  private readonly topics;
  private readonly outlets;
  private readonly kinds;
  private readonly dated: boolean;

  constructor(
    private readonly c: StatementColumns,
    private readonly f: ColumnFilters,
  ) {
    this.speakers = f.speaker && new Set(f.speaker);
    this.topics = f.topic && new Set(f.topic);
    this.outlets = f.outlet && new Set(f.outlet);
    this.kinds = f.kind && new Set(f.kind);
    this.dated = f.years !== null || f.days !== null;
  }

  failed(r: number): number {
    const c = this.c;
    let failed = 0;
    if (this.speakers && !this.speakers.has(c.speaker[r]!)) failed |= SPEAKER;
    if (this.outlets && !this.outlets.has(c.outlet[r]!)) failed |= OUTLET;
    if (this.kinds && !this.kinds.has(c.kind[r]!)) failed |= KIND;
    if (this.topics) {
      let any = false;
      for (let t = c.topicStart[r]!; t < c.topicStart[r + 1]! && !any; t++) any = this.topics.has(c.topicIds[t]!);
      if (!any) failed |= TOPIC;
    }
    if (this.dated) {
      const year = c.year[r]!;
      if (!insideDateRange(this.f, year === 0 ? null : year, c.dateFrom[r]!, c.dateTo[r]!)) failed |= DATE;
    }
    return failed;
  }
}

/**
 * The best `take` statements after the cursor in the list's order: newest (or oldest) first, unknown
 * years last, then article and position. `backward`: the `take` statements up to and including the
 * cursor's, last first (what the page before the cursor's ends with).
 */
class PageKeeper {
  readonly rows: number[] = [];
  private readonly newest: boolean;
  private readonly cursor: Cursor | null;

  constructor(
    private readonly c: StatementColumns,
    private readonly page: { sort: ColumnSort; cursor: Cursor | null; take: number; backward?: boolean },
  ) {
    this.newest = page.sort !== "oldest";
    this.cursor = page.cursor;
  }

  private before(a: number, b: number): boolean {
    return this.page.backward ? this.inOrder(b, a) : this.inOrder(a, b);
  }

  private inRange(r: number): boolean {
    return this.page.backward ? this.cursor !== null && !this.afterCursor(r) : this.afterCursor(r);
  }

  private inOrder(a: number, b: number): boolean {
    const c = this.c;
    const da = c.dateSort[a]!;
    const db = c.dateSort[b]!;
    if (da !== db) return db === NO_DATE || (da !== NO_DATE && (this.newest ? da > db : da < db));
    const aa = c.article[a]!;
    const ab = c.article[b]!;
    return aa !== ab ? aa < ab : c.position[a]! < c.position[b]!;
  }

  private afterCursor(r: number): boolean {
    const { c, cursor } = this;
    if (!cursor) return true;
    const d = c.dateSort[r]!;
    const tie = c.article[r]! > cursor.a || (c.article[r] === cursor.a && c.position[r]! > cursor.p);
    if (cursor.k === null) return d === NO_DATE && tie;
    if (d === NO_DATE || (this.newest ? d < cursor.k : d > cursor.k)) return true;
    return d === cursor.k && tie;
  }

  offer(r: number): void {
    const best = this.rows;
    if (!this.inRange(r) || (best.length >= this.page.take && !this.before(r, best[best.length - 1]!))) return;
    let at = best.length;
    while (at > 0 && this.before(r, best[at - 1]!)) at--;
    best.splice(at, 0, r);
    if (best.length > this.page.take) best.pop();
  }
}

/** Binary order, as SQLite compares labels (UTF-16 code units agree with UTF-8 bytes outside the surrogates). */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `limit` values with the highest counts, ties by label, as the SQL orders facet values. Keeps
 * just the best `limit` while reading the counts: a busy facet has thousands of values.
 */
function topNamed(counts: Int32Array, names: Names, limit: number): FacetRows {
  const rows: FacetRows = [];
  const ahead = (n: number, label: string, row: FacetRows[number]) => n > row[2] || (n === row[2] && binary(label, row[1]!) < 0);
  for (let id = 1; id < counts.length; id++) {
    const n = counts[id]!;
    if (n === 0 || (rows.length === limit && n < rows[limit - 1]![2])) continue;
    const slug = names.slugs[id];
    if (slug === undefined) continue;
    const label = names.labels[id]!;
    if (rows.length === limit && !ahead(n, label, rows[limit - 1]!)) continue;
    let at = rows.length;
    while (at > 0 && ahead(n, label, rows[at - 1]!)) at--;
    rows.splice(at, 0, [slug, label, n]);
    if (rows.length > limit) rows.pop();
  }
  return rows;
}

/** Each facet's counts: a statement counts in every facet when it passes every filter, else in the one facet whose filter alone it fails. */
class FacetCounter {
  private readonly speaker;
  private readonly topic;
  private readonly outlet;
  private readonly kind;
  // Years ingest accepts lie below 3000 (0: not stated).
  private readonly year = new Int32Array(3000);

  constructor(private readonly c: StatementColumns) {
    this.speaker = new Int32Array(c.speakers.slugs.length);
    this.topic = new Int32Array(c.topics.slugs.length);
    this.outlet = new Int32Array(c.outlets.slugs.length);
    this.kind = new Int32Array(c.kinds.length);
  }

  count(r: number, failed: number): void {
    if ((failed & (failed - 1)) !== 0) return;
    const c = this.c;
    if (failed === 0 || failed === SPEAKER) this.speaker[c.speaker[r]!]!++;
    if (failed === 0 || failed === OUTLET) this.outlet[c.outlet[r]!]!++;
    if (failed === 0 || failed === KIND) this.kind[c.kind[r]!]!++;
    if (failed === 0 || failed === DATE) this.year[c.year[r]!]!++;
    if (failed === 0 || failed === TOPIC) for (let t = c.topicStart[r]!; t < c.topicStart[r + 1]!; t++) this.topic[c.topicIds[t]!]!++;
  }

  rows(limit: number): NonNullable<ColumnAnswer["facets"]> {
    const c = this.c;
    const kindRows: FacetRows = c.kinds
      .map((kind, i): [string, string, number] => [kind, kind, this.kind[i]!])
      .filter((row) => row[2] > 0)
      .sort((a, b) => b[2] - a[2] || binary(a[0], b[0]));
    // Years newest first, the unknown year last.
    const yearRows: FacetRows = [];
    for (let year = this.year.length - 1; year > 0; year--) if (this.year[year]! > 0) yearRows.push([String(year), null, this.year[year]!]);
    if (this.year[0]! > 0) yearRows.push([null, null, this.year[0]!]);
    const speaker = topNamed(this.speaker, c.speakers, limit);
    if (this.speaker[0]! > 0) speaker.push([null, null, this.speaker[0]!]);
    return {
      speaker,
      topic: topNamed(this.topic, c.topics, limit),
      outlet: topNamed(this.outlet, c.outlets, limit),
      kind: kindRows,
      year: yearRows,
    };
  }
}

/**
 * Filters the matches `hits`, counts the total and (with `facets`) each facet under every filter but
 * its own, and picks the page when `page` asks for one: `take` rows in the sort's order after the cursor.
 */
export function answerFromColumns(
  c: StatementColumns,
  hits: Int32Array,
  f: ColumnFilters,
  options: { facets: boolean; facetLimit: number; page: { sort: ColumnSort; cursor: Cursor | null; take: number; backward?: boolean } | null },
): ColumnAnswer {
  const test = new FilterTest(c, f);
  const keeper = options.page ? new PageKeeper(c, options.page) : null;
  const counter = options.facets ? new FacetCounter(c) : null;
  let total = 0;
  for (let i = 0; i < hits.length; i++) {
    const r = hits[i]!;
    if (r >= c.size || c.article[r] === 0) continue;
    if (f.yearUnknown && c.dateSort[r] !== NO_DATE) continue;
    const failed = test.failed(r);
    if (failed === 0) {
      total++;
      keeper?.offer(r);
    }
    counter?.count(r, failed);
  }
  return { total, facets: counter ? counter.rows(options.facetLimit) : null, page: keeper ? keeper.rows : [] };
}

/** The cursor that ends at statement r (seq): its list keys. */
export const cursorAt = (c: StatementColumns, r: number): Cursor => ({
  k: c.dateSort[r] === NO_DATE ? null : c.dateSort[r]!,
  a: c.article[r]!,
  p: c.position[r]!,
});
