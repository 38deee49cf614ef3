import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/env";
import type { Cursor } from "@/lib/domain/cursor";
import { dateOfSort, dayRange } from "@/lib/domain/dates";

// A search for a common word matches a large share of the corpus ("people": 95,000 of 1.3 million
// statements at 100k articles), and its facets count every match. SQLite counts them by joining each
// match to its row and its topic links, about 5 µs a match: 600 ms. Here the few columns that filters
// and facets read are held in typed arrays indexed by Statement.seq, as a search engine holds doc values: the
// matches (their seqs) come from FTS5 as one string, and filtering, counting and picking a page are array
// reads, about 50 ns a match. About 38 bytes a statement (50 MB at 1.33 million).
//
// The arrays belong to one corpus version (CorpusState). A query reads the version in the same
// statement as the matches and uses the arrays only when the two agree; otherwise it is answered in
// SQL while a copy of the new version loads in the background. Loading reads on a connection of its
// own, in one read transaction (one snapshot), yielding to the event loop between chunks.

/** dateSort of a statement whose year is not stated. */
export const NO_DATE = -1;

/** id → slug and label of one named dimension (speakers, topics, outlets); ids are small integers. */
export interface Names {
  slugs: (string | undefined)[];
  labels: (string | undefined)[];
  bySlug: Map<string, number>;
}

export interface StatementColumns {
  /** The SQLite file and corpus version the arrays were read from. */
  file: string;
  version: number;
  /** One past the highest seq: every array below has this length (topicStart one more). */
  size: number;
  /** 0 where no statement has the seq. */
  article: Int32Array;
  position: Int32Array;
  /** 0: none. */
  speaker: Int32Array;
  outlet: Int32Array;
  /** Index into `kinds`. */
  kind: Uint8Array;
  kinds: string[];
  /** 0: not stated. */
  year: Int16Array;
  /** NO_DATE when the year is not stated; then dateFrom and dateTo are NO_DATE too. */
  dateSort: Int32Array;
  dateFrom: Int32Array;
  dateTo: Int32Array;
  /** The topics of seq r are topicIds[topicStart[r]] up to (not including) topicIds[topicStart[r + 1]]. */
  topicStart: Int32Array;
  topicIds: Int32Array;
  speakers: Names;
  topics: Names;
  outlets: Names;
  /** Bytes the typed arrays hold. */
  bytes: number;
  /** Recent full-text queries' matches at this version (see cachedMatches). */
  matches: Map<string, Int32Array>;
}

/** Rows read between two turns of the event loop: 5–10 ms of work, so that requests keep being served. */
const CHUNK = 8_192;

type StatementRow = [number, number, number, number | null, number | null, string, number | null];

/**
 * The year and known period of a dateSort (yyyymmdd, month and day 00 when not stated). Statement's
 * publishedYear, dateFrom and dateTo are written from the same article date (writeArticles), so they
 * need not be read: the scan stays on an index a fifth the size of the table, twice as fast.
 */
function periodOf(sort: number): { year: number; from: number; to: number } {
  const range = dayRange(dateOfSort(sort))!;
  return { year: Math.floor(sort / 10_000), from: range.from, to: range.to };
}

function readNames(db: Database.Database, sql: string): Names {
  const names: Names = { slugs: [], labels: [], bySlug: new Map() };
  for (const [id, slug, label] of db.prepare(sql).raw().iterate() as IterableIterator<[number, string, string]>) {
    names.slugs[id] = slug;
    names.labels[id] = label;
    names.bySlug.set(slug, id);
  }
  return names;
}

/** Reads the columns of the corpus in `file` as it is now. */
export async function readStatementColumns(file: string = databaseFile()): Promise<StatementColumns> {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    db.pragma("cache_size = -16384");
    // One snapshot for the version and every row, however many turns of the event loop the reading takes.
    db.exec("BEGIN");
    const version = (db.prepare("SELECT version FROM CorpusState WHERE id = 1").pluck().get() as number | undefined) ?? 0;
    const size = ((db.prepare("SELECT max(seq) FROM Statement").pluck().get() as number | null) ?? 0) + 1;
    const links = db.prepare("SELECT count(*) FROM StatementTopic WHERE statementSeq IS NOT NULL").pluck().get() as number;
    const c = {
      article: new Int32Array(size),
      position: new Int32Array(size),
      speaker: new Int32Array(size),
      outlet: new Int32Array(size),
      kind: new Uint8Array(size),
      year: new Int16Array(size),
      dateSort: new Int32Array(size).fill(NO_DATE),
      dateFrom: new Int32Array(size).fill(NO_DATE),
      dateTo: new Int32Array(size).fill(NO_DATE),
      topicStart: new Int32Array(size + 1),
      topicIds: new Int32Array(links),
    };
    const kinds: string[] = [];
    const kindIndex = new Map<string, number>();
    let n = 0;
    // Every column read is in this index (with seq, the rowid), which SQLite then scans instead of the table.
    const rows = db
      .prepare(
        `SELECT seq, articleId, position, speakerId, outletId, kind, dateSort
         FROM Statement INDEXED BY Statement_speakerId_dateSort_articleId_position_outletId_kind_idx`,
      )
      .raw()
      .iterate() as IterableIterator<StatementRow>;
    for (const [seq, articleId, position, speakerId, outletId, kind, dateSort] of rows) {
      c.article[seq] = articleId;
      c.position[seq] = position;
      c.speaker[seq] = speakerId ?? 0;
      c.outlet[seq] = outletId ?? 0;
      let k = kindIndex.get(kind);
      if (k === undefined) kindIndex.set(kind, (k = kinds.push(kind) - 1));
      c.kind[seq] = k;
      if (dateSort !== null) {
        const period = periodOf(dateSort);
        c.year[seq] = period.year;
        c.dateSort[seq] = dateSort;
        c.dateFrom[seq] = period.from;
        c.dateTo[seq] = period.to;
      }
      if (++n % CHUNK === 0) await nextTurn();
    }
    // Topic links in seq order (the (statementSeq, topicId) index), into topicStart/topicIds.
    let next = 0;
    let k = 0;
    const topicLinks = db
      .prepare("SELECT statementSeq, topicId FROM StatementTopic WHERE statementSeq IS NOT NULL ORDER BY statementSeq")
      .raw()
      .iterate() as IterableIterator<[number, number]>;
    for (const [seq, topicId] of topicLinks) {
      while (next <= seq) c.topicStart[next++] = k;
      c.topicIds[k++] = topicId;
      if (k % CHUNK === 0) await nextTurn();
    }
    while (next <= size) c.topicStart[next++] = k;
    const speakers = readNames(db, "SELECT id, slug, name FROM Speaker");
    const topics = readNames(db, "SELECT id, slug, label FROM Topic");
    const outlets = readNames(db, "SELECT id, slug, name FROM Outlet");
    db.exec("COMMIT");
    const bytes = Object.values(c).reduce((sum, array) => sum + array.byteLength, 0);
    return { file, version, size, ...c, kinds, speakers, topics, outlets, bytes, matches: new Map() };
  } finally {
    db.close();
  }
}

interface Holder {
  current: StatementColumns | null;
  loading: Promise<StatementColumns> | null;
  /** No background load starts before this time (ms): loads stay a small share of the CPU while ingest runs. */
  notBefore: number;
  enabled: boolean;
}

// One copy per server process, on globalThis so that dev-mode reloads reuse it.
const holder = ((globalThis as unknown as { verbatimStatementColumns?: Holder }).verbatimStatementColumns ??= {
  current: null,
  loading: null,
  notBefore: 0,
  enabled: true,
});

/** The columns last read from the current database, whatever their version (the caller checks it), or null. */
export function statementColumns(): StatementColumns | null {
  const current = holder.current;
  return holder.enabled && current && current.file === databaseFile() ? current : null;
}

/** Reads the columns now and keeps them, waiting for a load already under way first. */
export async function loadStatementColumns(): Promise<StatementColumns> {
  if (holder.loading) await holder.loading.catch(() => null);
  const started = performance.now();
  const loading = readStatementColumns();
  holder.loading = loading;
  try {
    const columns = await loading;
    holder.current = columns;
    // Until about four times the load's own time has passed, a stale copy is not reloaded.
    holder.notBefore = Date.now() + 4 * (performance.now() - started);
    return columns;
  } finally {
    if (holder.loading === loading) holder.loading = null;
  }
}

/**
 * Starts loading the current version in the background, unless a load is under way or one ended a
 * moment ago. A failure (no database yet, say) leaves the SQL answers in place and is retried later.
 */
export function refreshStatementColumns(): void {
  if (!holder.enabled || holder.loading || Date.now() < holder.notBefore) return;
  loadStatementColumns().catch((error: unknown) => {
    holder.notBefore = Date.now() + 10_000;
    // Searches stay right (answered in SQL), only slower: worth a line in the server's log.
    console.error(`statement columns not loaded (full-text facets are counted in SQL): ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Tests: whether the query layer may use (and load) the columns; off drops the copy held. */
export function setStatementColumnsEnabled(enabled: boolean): void {
  holder.enabled = enabled;
  if (!enabled) holder.current = null;
}

/** At most this many bytes of match seqs are kept per version: 80 searches for a word as common as "people" at 100k. */
const MATCH_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The matches of an FTS5 query at the columns' version, when a recent query asked for the same: a
 * reader who searches, then pages on or clicks a facet, runs the same words again and again, and
 * reading 95,000 matches from FTS5 is about half of such a query's time (7 of 18 ms at 100k). They belong to the columns
 * object, so a new version starts with none.
 */
export function cachedMatches(c: StatementColumns, match: string): Int32Array | null {
  const hits = c.matches.get(match);
  if (!hits) return null;
  // Most recently used last: the first entries are the ones to drop.
  c.matches.delete(match);
  c.matches.set(match, hits);
  return hits;
}

export function cacheMatches(c: StatementColumns, match: string, hits: Int32Array): void {
  const own = hits.slice();
  c.matches.set(match, own);
  let bytes = 0;
  for (const h of c.matches.values()) bytes += h.byteLength;
  for (const [key, h] of c.matches) {
    if (bytes <= MATCH_CACHE_BYTES) break;
    c.matches.delete(key);
    bytes -= h.byteLength;
  }
}

/** The filters of a query as the columns hold them: null where not filtered on; an empty list matches nothing. */
export interface ColumnFilters {
  speaker: number[] | null;
  topic: number[] | null;
  outlet: number[] | null;
  kind: number[] | null;
  /** Whole years, on the year column (both bounds inclusive, null: open). */
  years: { lo: number | null; hi: number | null } | null;
  /** Any other range, yyyymmdd: the statement's known period lies inside it. */
  days: { from: number | null; to: number | null } | null;
  yearUnknown: boolean;
}

/** Each filter's slugs as ids: a slug that names nothing is left out (a filter left with none matches nothing). */
export function columnFilters(
  c: StatementColumns,
  f: { speaker: string[]; topic: string[]; outlet: string[]; kind: string[] },
  dates: Pick<ColumnFilters, "years" | "days" | "yearUnknown">,
): ColumnFilters {
  const ids = (names: Names, slugs: string[]) =>
    slugs.length ? slugs.flatMap((slug) => (names.bySlug.has(slug) ? [names.bySlug.get(slug)!] : [])) : null;
  return {
    speaker: ids(c.speakers, f.speaker),
    topic: ids(c.topics, f.topic),
    outlet: ids(c.outlets, f.outlet),
    kind: f.kind.length ? f.kind.flatMap((k) => (c.kinds.includes(k) ? [c.kinds.indexOf(k)] : [])) : null,
    ...dates,
  };
}

/** The seqs of a comma-separated list (SQLite's group_concat), in one pass, without a string per number. */
export function parseRowids(list: string | null): Int32Array {
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

/** The facet's counted values in display order, each [value, label, count]; value null for the unknown year. */
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

/** Binary order, as SQLite compares labels (UTF-16 code units agree with UTF-8 bytes outside the surrogates). */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `limit` values with the highest counts, ties by label, as facetArm orders them in SQL. Keeps
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

/**
 * Filters the matches `hits`, counts the total and (with `facets`) each facet under every filter but
 * its own, and picks the page when `page` asks for one: `take` rows in the sort's order after the cursor.
 * The same answer as the SQL of lib/db/statements.ts, which tests/db/facets.test.ts checks.
 */
export function answerFromColumns(
  c: StatementColumns,
  hits: Int32Array,
  f: ColumnFilters,
  options: { facets: boolean; facetLimit: number; page: { sort: ColumnSort; cursor: Cursor | null; take: number } | null },
): ColumnAnswer {
  const maxId = (names: Names) => names.slugs.length;
  const speakerCounts = new Int32Array(maxId(c.speakers));
  const topicCounts = new Int32Array(maxId(c.topics));
  const outletCounts = new Int32Array(maxId(c.outlets));
  const kindCounts = new Int32Array(c.kinds.length);
  // Years ingest accepts lie below 3000 (0: not stated).
  const yearCounts = new Int32Array(3000);
  const speakers = f.speaker && new Set(f.speaker);
  const topics = f.topic && new Set(f.topic);
  const outlets = f.outlet && new Set(f.outlet);
  const kinds = f.kind && new Set(f.kind);
  const { years, days } = f;
  const page = options.page;
  const best: number[] = [];
  const newest = page?.sort !== "oldest";
  // Whether seq a comes before seq b: newest (or oldest) first, unknown years last, then article and position.
  const before = (a: number, b: number): boolean => {
    const da = c.dateSort[a]!;
    const db = c.dateSort[b]!;
    if (da !== db) return db === NO_DATE || (da !== NO_DATE && (newest ? da > db : da < db));
    const aa = c.article[a]!;
    const ab = c.article[b]!;
    return aa !== ab ? aa < ab : c.position[a]! < c.position[b]!;
  };
  const cursor = page?.cursor ?? null;
  const afterCursor = (r: number): boolean => {
    if (!cursor) return true;
    const d = c.dateSort[r]!;
    const tie = c.article[r]! > cursor.a || (c.article[r] === cursor.a && c.position[r]! > cursor.p);
    if (cursor.k === null) return d === NO_DATE && tie;
    if (d === NO_DATE || (newest ? d < cursor.k : d > cursor.k)) return true;
    return d === cursor.k && tie;
  };
  let total = 0;
  for (let i = 0; i < hits.length; i++) {
    const r = hits[i]!;
    if (r >= c.size || c.article[r] === 0) continue;
    const dateSort = c.dateSort[r]!;
    if (f.yearUnknown && dateSort !== NO_DATE) continue;
    let failed = 0;
    if (speakers && !speakers.has(c.speaker[r]!)) failed |= SPEAKER;
    if (outlets && !outlets.has(c.outlet[r]!)) failed |= OUTLET;
    if (kinds && !kinds.has(c.kind[r]!)) failed |= KIND;
    if (topics) {
      let any = false;
      for (let t = c.topicStart[r]!; t < c.topicStart[r + 1]! && !any; t++) any = topics.has(c.topicIds[t]!);
      if (!any) failed |= TOPIC;
    }
    if (years) {
      const y = c.year[r]!;
      if (y === 0 || (years.lo !== null && y < years.lo) || (years.hi !== null && y > years.hi)) failed |= DATE;
    }
    if (days) {
      // As the SQL has it: the known period inside the range (an unknown date is inside no range).
      if (dateSort === NO_DATE || (days.from !== null && c.dateFrom[r]! < days.from) || (days.to !== null && c.dateTo[r]! > days.to)) failed |= DATE;
    }
    if (failed === 0) {
      total++;
      if (page && afterCursor(r) && (best.length < page.take || before(r, best[best.length - 1]!))) {
        let at = best.length;
        while (at > 0 && before(r, best[at - 1]!)) at--;
        best.splice(at, 0, r);
        if (best.length > page.take) best.pop();
      }
    }
    if (!options.facets || (failed & (failed - 1)) !== 0) continue;
    // Passing every filter, or all but one: counted in every facet, or in that one's.
    if (failed === 0 || failed === SPEAKER) speakerCounts[c.speaker[r]!]!++;
    if (failed === 0 || failed === OUTLET) outletCounts[c.outlet[r]!]!++;
    if (failed === 0 || failed === KIND) kindCounts[c.kind[r]!]!++;
    if (failed === 0 || failed === DATE) yearCounts[c.year[r]!]!++;
    if (failed === 0 || failed === TOPIC) for (let t = c.topicStart[r]!; t < c.topicStart[r + 1]!; t++) topicCounts[c.topicIds[t]!]!++;
  }
  if (!options.facets) return { total, facets: null, page: best };
  const kindRows: FacetRows = c.kinds
    .map((kind, i): [string, string, number] => [kind, kind, kindCounts[i]!])
    .filter((row) => row[2] > 0)
    .sort((a, b) => b[2] - a[2] || binary(a[0], b[0]));
  // Years newest first, the unknown year last.
  const yearRows: FacetRows = [];
  for (let year = yearCounts.length - 1; year > 0; year--) if (yearCounts[year]! > 0) yearRows.push([String(year), null, yearCounts[year]!]);
  if (yearCounts[0]! > 0) yearRows.push([null, null, yearCounts[0]!]);
  return {
    total,
    facets: {
      speaker: topNamed(speakerCounts, c.speakers, options.facetLimit),
      topic: topNamed(topicCounts, c.topics, options.facetLimit),
      outlet: topNamed(outletCounts, c.outlets, options.facetLimit),
      kind: kindRows,
      year: yearRows,
    },
    page: best,
  };
}
