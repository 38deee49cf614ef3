import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readDb } from "@/lib/db/client";
import { KIND_CODES, isStatementKind } from "@/lib/domain/kinds";
import { DIM, kindOfCodeSql, UNKNOWN_YEAR, type RollupDimension } from "@/lib/db/rollups";
import { answerFromColumns, columnFilters, parseIntegerList } from "@/lib/db/columns/answer";
import { cachedMatches, cacheMatches, refreshStatementColumns, statementColumns } from "@/lib/db/columns/held";
import { markSnippet, parseSpans, SNIPPET_CLOSE, SNIPPET_OPEN } from "@/lib/db/stored";
import { decodeCursor, encodeCursor, type Cursor } from "@/lib/domain/cursor";
import type { PartialDate } from "@/lib/domain/dates";
import { FUNCTION_WORDS } from "@/lib/domain/words";
import { dateFilter, FACETS, type DateFilter, type FacetName, type StatementFilters, type StatementSort } from "@/lib/domain/filters";
import { articleUrl, statementUrl, withParams, type QueryValue } from "@/lib/urls";

// The one query layer behind /statements, the speaker, topic and date pages, and /api/statements:
// filters combine with AND, repeated values of one filter with OR; facets are counted across the
// many-to-many links, each value carrying the link that toggles it.

export interface StatementCard {
  id: string;
  url: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  speaker: { slug: string; name: string } | null;
  article: { slug: string; title: string; url: string; sourceUrl: string | null; outlet: string | null };
  date: PartialDate;
  topics: string[];
  /** Labels of `topics`, in the same order, for chips. */
  topicLabels: string[];
  /** FTS5 snippet with <mark> around matches (HTML-escaped otherwise); only when searching. */
  snippet: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  href: string;
}

export interface StatementPage {
  items: StatementCard[];
  total: number;
  nextCursor: string | null;
  facets: Record<FacetName, FacetValue[]>;
}

const FACET_LIMIT = 15;

/** Turns what a reader typed into an FTS5 query of quoted terms: no operator of theirs reaches FTS5. */
export function ftsQuery(text: string): string | null {
  const terms = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) return null;
  return terms.slice(0, 16).map((term) => `"${term}"`).join(" ");
}

type Dimension = Exclude<FacetName, "year"> | "date";

/**
 * The filters as the queries use them: each slug becomes its row's id, and a date range of whole
 * calendar years becomes those years, which the rollups count by. An id is an SQL expression: the
 * scalar subquery `(SELECT id FROM Speaker WHERE slug = ?)` when the filter has one slug, so that
 * the whole answer is one statement; looked up beforehand when it has several, because
 * `speakerId IN (1, 2)` lets SQLite walk an index in order where `IN (SELECT …)` made it sort every
 * matching row. A slug that names nothing gives no id (several) or NULL (one): nothing matches.
 */
interface ResolvedFilters extends DateFilter {
  /** null: not filtered on. */
  speaker: Prisma.Sql[] | null;
  topic: Prisma.Sql[] | null;
  outlet: Prisma.Sql[] | null;
  kind: string[] | null;
  /** The FTS5 query when searching. */
  match: string | null;
  /** A q without a searchable word: it matches nothing rather than everything. */
  matchesNothing: boolean;
}

const SLUGGED = { speaker: "Speaker", topic: "Topic", outlet: "Outlet" } as const;

/** The filters resolved: the slugs of filters with several of them looked up in one query, if any. */
async function resolveFilters(filters: StatementFilters): Promise<ResolvedFilters> {
  const dims = Object.keys(SLUGGED) as (keyof typeof SLUGGED)[];
  const lookups = dims
    .filter((dim) => filters[dim].length > 1)
    .map((dim) => Prisma.sql`SELECT ${dim} AS dim, id FROM ${Prisma.raw(SLUGGED[dim])} WHERE slug IN (${Prisma.join(filters[dim])})`);
  const rows = lookups.length
    ? await readDb().$queryRaw<{ dim: string; id: number | bigint }[]>(Prisma.join(lookups, " UNION ALL "))
    : [];
  const ids = (dim: keyof typeof SLUGGED): Prisma.Sql[] | null => {
    const slugs = filters[dim];
    if (slugs.length === 0) return null;
    if (slugs.length === 1) return [Prisma.sql`(SELECT id FROM ${Prisma.raw(SLUGGED[dim])} WHERE slug = ${slugs[0]})`];
    return rows.filter((r) => r.dim === dim).map((r) => Prisma.sql`${Number(r.id)}`);
  };
  const match = filters.q ? ftsQuery(filters.q) : null;
  return {
    speaker: ids("speaker"),
    topic: ids("topic"),
    outlet: ids("outlet"),
    kind: filters.kind.length ? filters.kind : null,
    ...dateFilter(filters),
    match,
    matchesNothing: Boolean(filters.q) && match === null,
  };
}

/**
 * `column IN (values)`, or false when there is no value. One value is `column = value`: SQLite reads
 * `IN ((SELECT …))` as a list subquery, which loses the index order a list is read in.
 */
function inList(column: Prisma.Sql, values: (number | string | Prisma.Sql)[]): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`0`;
  return values.length === 1 ? Prisma.sql`${column} = ${values[0]!}` : Prisma.sql`${column} IN (${Prisma.join(values)})`;
}

/**
 * Where a query reads a statement's filter columns: Statement itself (`s`), StatementTopic's copies
 * (`st`, when a topic drives the query; dateFrom/dateTo then come from a joined `s`), or the
 * full-text matches (`m`).
 */
interface Columns {
  /** How a range of whole years is best put for this source's indexes: the two are equivalent. */
  years: "dateSort" | "publishedYear";
  seq: Prisma.Sql;
  speakerId: Prisma.Sql;
  outletId: Prisma.Sql;
  kind: Prisma.Sql;
  publishedYear: Prisma.Sql;
  dateSort: Prisma.Sql;
  dateFrom: Prisma.Sql;
  dateTo: Prisma.Sql;
}

const columnsOf = (alias: string, years: Columns["years"], key = "seq"): Columns => ({
  years,
  seq: Prisma.raw(`${alias}.${key}`),
  speakerId: Prisma.raw(`${alias}.speakerId`),
  outletId: Prisma.raw(`${alias}.outletId`),
  kind: Prisma.raw(`${alias}.kind`),
  publishedYear: Prisma.raw(`${alias}.publishedYear`),
  dateSort: Prisma.raw(`${alias}.dateSort`),
  dateFrom: Prisma.raw(`${alias}.dateFrom`),
  dateTo: Prisma.raw(`${alias}.dateTo`),
});
const S = columnsOf("s", "dateSort");
/** StatementTopic's copies; the date range columns only on the joined Statement. */
const ST: Columns = { ...columnsOf("st", "publishedYear", "statementSeq"), dateFrom: S.dateFrom, dateTo: S.dateTo };
/** StatementTopic listed in date order: (topicId, dateSort) is the index to read. */
const ST_BY_DATE: Columns = { ...ST, years: "dateSort" };
const M = columnsOf("m", "publishedYear", "rid");

/**
 * The conditions of every filter but `except` on `c`. `topic` says how the topic filter is met
 * (by the source itself when a topic drives the query). The full-text filter is not among them:
 * each query reaches the matches its own way.
 */
function conditions(r: ResolvedFilters, c: Columns, except: Dimension | null, topic: "source" | "subquery"): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (r.matchesNothing) parts.push(Prisma.sql`0`);
  if (r.speaker && except !== "speaker") parts.push(inList(c.speakerId, r.speaker));
  if (r.topic && except !== "topic" && topic === "subquery") {
    parts.push(
      r.topic.length
        ? Prisma.sql`${c.seq} IN (SELECT sq.statementSeq FROM StatementTopic sq WHERE sq.topicId IN (${Prisma.join(r.topic)}))`
        : Prisma.sql`0`,
    );
  }
  if (r.outlet && except !== "outlet") parts.push(inList(c.outletId, r.outlet));
  if (r.kind && except !== "kind") parts.push(inList(c.kind, r.kind));
  if (except !== "date") {
    // A year Y is dateSort Y0000..Y1231 (month and day 00 when unknown), so the two forms agree;
    // each source gets the one its indexes lead with.
    if (r.years) {
      const { lo, hi } = r.years;
      if (c.years === "dateSort") {
        if (lo !== null) parts.push(Prisma.sql`${c.dateSort} >= ${lo * 10_000}`);
        if (hi !== null) parts.push(Prisma.sql`${c.dateSort} <= ${hi * 10_000 + 1231}`);
      } else if (lo !== null && lo === hi) {
        // Equality, not a range: an index on (…, publishedYear, topicId) then yields topics in order.
        parts.push(Prisma.sql`${c.publishedYear} = ${lo}`);
      } else {
        if (lo !== null) parts.push(Prisma.sql`${c.publishedYear} >= ${lo}`);
        if (hi !== null) parts.push(Prisma.sql`${c.publishedYear} <= ${hi}`);
      }
    }
    // The dateSort bounds change no answer (dateFrom - 101 ≤ dateSort ≤ dateTo for every known
    // date); they let SQLite read just that stretch of a (…, dateSort) index.
    if (r.days) {
      if (r.days.from !== null) parts.push(Prisma.sql`${c.dateFrom} >= ${r.days.from} AND ${c.dateSort} >= ${r.days.from - 101}`);
      if (r.days.to !== null) parts.push(Prisma.sql`${c.dateTo} <= ${r.days.to} AND ${c.dateSort} <= ${r.days.to}`);
    }
  }
  if (r.yearUnknown) parts.push(Prisma.sql`${c.dateSort} IS NULL`);
  return parts;
}

const whereOf = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty);

/** The one topic a query can be driven from (StatementTopic's copies), unless `except`ed. */
const drivingTopic = (r: ResolvedFilters, except: Dimension | null): Prisma.Sql | null =>
  r.topic?.length === 1 && except !== "topic" ? r.topic[0]! : null;

/** The full-text matches (`f`) with their filter columns, read by every count. */
const MATCHES_CTE = Prisma.sql`m AS MATERIALIZED (
    SELECT s.seq AS rid, s.speakerId, s.outletId, s.kind, s.publishedYear, s.dateSort, s.dateFrom, s.dateTo
    FROM f CROSS JOIN Statement s ON s.seq = f.rid)`;

/**
 * FROM … WHERE … of the statements that pass every filter but `except`, exactly, for a count:
 * from the full-text matches when searching, else from StatementTopic when one topic is a filter,
 * else from Statement. Names the source's columns for GROUP BY.
 */
function countSource(r: ResolvedFilters, except: Dimension | null): { from: Prisma.Sql; c: Columns } {
  if (r.match) return { from: Prisma.sql`FROM m ${whereOf(conditions(r, M, except, "subquery"))}`, c: M };
  const topic = drivingTopic(r, except);
  if (topic !== null) {
    const join = r.days && except !== "date" ? Prisma.sql`CROSS JOIN Statement s ON s.seq = st.statementSeq` : Prisma.empty;
    return {
      from: Prisma.sql`FROM StatementTopic st ${join} ${whereOf([Prisma.sql`st.topicId = ${topic}`, ...conditions(r, ST, except, "source")])}`,
      c: ST,
    };
  }
  return { from: Prisma.sql`FROM Statement s ${whereOf(conditions(r, S, except, "subquery"))}`, c: S };
}

/** Statements of every filter but topic, one row per (statement, topic): what the topic facet counts. */
function topicLinksSource(r: ResolvedFilters): Prisma.Sql {
  if (r.match) return Prisma.sql`FROM m CROSS JOIN StatementTopic st ON st.statementSeq = m.rid ${whereOf(conditions(r, M, "topic", "subquery"))}`;
  const join = r.days ? Prisma.sql`CROSS JOIN Statement s ON s.seq = st.statementSeq` : Prisma.empty;
  return Prisma.sql`FROM StatementTopic st ${join} ${whereOf(conditions(r, ST, "topic", "subquery"))}`;
}

interface Row {
  id: string;
  text: string;
  kind: string;
  start: number;
  end: number;
  articleId: number;
  position: number;
  dateSort: number | null;
  speakerSlug: string | null;
  speakerName: string | null;
  articleSlug: string;
  articleTitle: string;
  sourceUrl: string | null;
  outletName: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  snippet: string | null;
  /** [[slug, label], …] when the query reads topics inline (listStatements). */
  topics?: [string, string][] | null;
}

// The columns and joins every statement card is read with.
const CARD_COLUMNS = Prisma.sql`s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort,
  sp.slug AS speakerSlug, sp.name AS speakerName, a.slug AS articleSlug, a.title AS articleTitle,
  a.sourceUrl, o.name AS outletName, a.publishedYear AS year, a.publishedMonth AS month, a.publishedDay AS day`;
const CARD_JOINS = Prisma.sql`JOIN Article a ON a.id = s.articleId
  LEFT JOIN Speaker sp ON sp.id = s.speakerId
  LEFT JOIN Outlet o ON o.id = s.outletId`;
/**
 * A card as a JSON array, in the order parseRows reads, its topics (in topicsOf's order) included;
 * the snippet is added after it. Runs a subquery per row: meant for a page of rows.
 */
const CARD_VALUES = Prisma.sql`s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort,
  sp.slug, sp.name, a.slug, a.title, a.sourceUrl, o.name, a.publishedYear, a.publishedMonth, a.publishedDay,
  json((SELECT json_group_array(json_array(t.slug, t.label) ORDER BY t.kind <> 'curated', t.slug)
    FROM StatementTopic ct JOIN Topic t ON t.id = ct.topicId WHERE ct.statementId = s.id))`;
function parseRows(json: string): Row[] {
  type Values = [string, string, string, number, number, number, number, number | null, string | null, string | null, string, string,
    string | null, string | null, number | null, number | null, number | null, [string, string][] | null, string | null];
  return (JSON.parse(json) as Values[]).map((v) => ({
    id: v[0], text: v[1], kind: v[2], start: v[3], end: v[4], articleId: v[5], position: v[6], dateSort: v[7],
    speakerSlug: v[8], speakerName: v[9], articleSlug: v[10], articleTitle: v[11], sourceUrl: v[12], outletName: v[13],
    year: v[14], month: v[15], day: v[16], topics: v[17], snippet: v[18],
  }));
}

/** The sort key columns: Statement's own, or StatementTopic's copy of dateSort when a topic drives the list. */
interface SortColumns {
  dateSort: Prisma.Sql;
}

function keysetClause(sort: StatementSort, cursor: Cursor | null, { dateSort }: SortColumns): Prisma.Sql[] {
  if (!cursor || sort === "relevance") return [];
  const tie = Prisma.sql`(s.articleId > ${cursor.a} OR (s.articleId = ${cursor.a} AND s.position > ${cursor.p}))`;
  if (cursor.k === null) return [Prisma.sql`${dateSort} IS NULL AND ${tie}`];
  // Newest (or oldest) first; unknown years (NULL) last either way.
  const beyond = sort === "date" ? Prisma.sql`${dateSort} < ${cursor.k}` : Prisma.sql`${dateSort} > ${cursor.k}`;
  return [Prisma.sql`(${beyond} OR ${dateSort} IS NULL OR (${dateSort} = ${cursor.k} AND ${tie}))`];
}

function orderKeys(sort: Exclude<StatementSort, "relevance">, { dateSort }: SortColumns): Prisma.Sql {
  if (sort === "oldest") return Prisma.sql`${dateSort} IS NULL, ${dateSort} ASC, s.articleId, s.position`;
  return Prisma.sql`${dateSort} DESC, s.articleId, s.position`;
}

export interface ListStatementsOptions {
  filters: StatementFilters;
  sort?: StatementSort | null;
  cursor?: string | null;
  limit?: number;
  /** The page or API path whose query string the facet links and cursors toggle. */
  basePath: string;
  /** Other parameters of that path to keep in facet links (e.g. limit, format). */
  keep?: Record<string, QueryValue>;
  facets?: boolean;
}

/**
 * The page's rows as one JSON value: the page's row ids are chosen first (a MATERIALIZED CTE, so that
 * only they are joined to their article, speaker, outlet and topics), then read as cards. Reads the
 * full-text matches from `f` (rid, rank), which listStatementsQuery defines once for rows and counts.
 */
function rowsPart(r: ResolvedFilters, sort: StatementSort, cursor: Cursor | null, take: number, offset: number): { ctes: Prisma.Sql[]; json: Prisma.Sql } {
  let page: Prisma.Sql;
  let order: Prisma.Sql;
  if (sort === "relevance" && r.match) {
    const rest = conditions(r, S, null, "subquery");
    // Without other filters the page lies among the matches ranked no worse than the one at the page's
    // end, so only those few are joined to Statement for the tie-break, instead of every match.
    const cut = rest.length
      ? Prisma.empty
      : Prisma.sql`AND f.rank <= coalesce((SELECT rank FROM f ORDER BY rank LIMIT 1 OFFSET ${offset + take - 1}), f.rank)`;
    page = Prisma.sql`page AS MATERIALIZED (
        SELECT f.rid, f.rank FROM f CROSS JOIN Statement s ON s.seq = f.rid
        WHERE 1 ${cut} ${rest.length ? Prisma.sql`AND ${Prisma.join(rest, " AND ")}` : Prisma.empty}
        ORDER BY f.rank, s.articleId, s.position LIMIT ${take} OFFSET ${offset})`;
    order = Prisma.sql`page.rank, s.articleId, s.position`;
  } else {
    const dateSort = sort === "relevance" ? "date" : sort;
    const topic = r.match ? null : drivingTopic(r, null);
    const cols: SortColumns = { dateSort: topic !== null ? ST.dateSort : S.dateSort };
    const parts = [...conditions(r, topic !== null ? ST_BY_DATE : S, null, topic !== null ? "source" : "subquery"), ...keysetClause(dateSort, cursor, cols)];
    if (r.match) parts.push(Prisma.sql`s.seq IN (SELECT rid FROM f)`);
    const from =
      topic !== null
        ? Prisma.sql`FROM StatementTopic st CROSS JOIN Statement s ON s.seq = st.statementSeq ${whereOf([Prisma.sql`st.topicId = ${topic}`, ...parts])}`
        : Prisma.sql`FROM Statement s ${whereOf(parts)}`;
    page = Prisma.sql`page AS MATERIALIZED (SELECT s.seq AS rid ${from} ORDER BY ${orderKeys(dateSort, cols)} LIMIT ${take} OFFSET ${offset})`;
    order = orderKeys(dateSort, { dateSort: S.dateSort });
  }
  return { ctes: [page], json: cardsJson(r, order) };
}

/** The rows whose seqs `page` (rid) holds, as cards in one JSON value, in `order`; with snippets when searching. */
function cardsJson(r: ResolvedFilters, order: Prisma.Sql): Prisma.Sql {
  const snippet = r.match
    ? Prisma.sql`(SELECT snippet(statement_fts, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24) FROM statement_fts
        WHERE statement_fts MATCH ${r.match} AND rowid = page.rid)`
    : Prisma.sql`NULL`;
  return Prisma.sql`(SELECT json_group_array(json_array(${CARD_VALUES}, ${snippet}) ORDER BY ${order})
      FROM page CROSS JOIN Statement s ON s.seq = page.rid ${CARD_JOINS})`;
}

/**
 * The whole answer in one statement (one round trip) and one row: the page (rowsPart) and the total
 * with the facets' values (countsPart), each as one JSON value, which Prisma hands over as one string
 * instead of converting value by value. When searching, the full text is matched once.
 */
function listStatementsQuery(r: ResolvedFilters, sort: StatementSort, cursor: Cursor | null, take: number, offset: number, facets: boolean): Prisma.Sql {
  const rows = rowsPart(r, sort, cursor, take, offset);
  const counts = countsPart(r, facets);
  const fts = r.match
    ? [Prisma.sql`f AS MATERIALIZED (SELECT rowid AS rid${sort === "relevance" ? Prisma.sql`, rank` : Prisma.empty} FROM statement_fts WHERE statement_fts MATCH ${r.match})`]
    : [];
  // Each facet's values in display order: k1, k2 are the sort keys its arm gives them (facetArm).
  return Prisma.sql`WITH ${Prisma.join([...fts, ...rows.ctes, ...counts.ctes])}
    SELECT ${rows.json} AS rows,
      (SELECT json_group_array(json_array(facet, value, label, n) ORDER BY facet, k1, k2)
       FROM (${Prisma.join(counts.arms, "\nUNION ALL ")})) AS counts`;
}

export async function listStatements(options: ListStatementsOptions): Promise<StatementPage> {
  const r = await resolveFilters(options.filters);
  // Newest first unless asked otherwise, searching or not: a search here filters the list by its words
  // (the /search page asks for relevance).
  const sort: StatementSort = options.sort ?? "date";
  const effectiveSort: StatementSort = sort === "relevance" && !r.match ? "date" : sort;
  const limit = options.limit ?? 50;
  const cursor = decodeCursor(options.cursor ?? null);
  const offset = effectiveSort === "relevance" && cursor ? cursor.k ?? 0 : 0;
  const query = { options, r, sort: effectiveSort, cursor, limit, offset };
  if (r.match) {
    const fromColumns = await listFromColumns(query);
    if (fromColumns) return fromColumns;
  }
  const [answer] = await readDb().$queryRaw<{ rows: string; counts: string }[]>(
    listStatementsQuery(r, effectiveSort, cursor, limit + 1, offset, options.facets !== false),
  );
  const counts = (JSON.parse(answer!.counts) as [CountRow["facet"], string | null, string | null, number][]).map(
    ([facet, value, label, n]): CountRow => ({ facet, value, label, n }),
  );
  return statementPage(query, answer!.rows, counts);
}

interface ListQuery {
  options: ListStatementsOptions;
  r: ResolvedFilters;
  sort: StatementSort;
  cursor: Cursor | null;
  limit: number;
  offset: number;
}

/** The page from its rows (limit + 1 of them, as JSON: rowsPart) and its counts. */
function statementPage({ options, sort, limit, offset }: ListQuery, rowsJson: string, counts: CountRow[]): StatementPage {
  const rows = parseRows(rowsJson);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(
          sort === "relevance"
            ? { k: offset + limit, a: 0, p: 0 }
            : { k: numberOrNull(last.dateSort), a: Number(last.articleId), p: Number(last.position) },
        )
      : null;
  const total = Number(counts.find((c) => c.facet === "total")?.n ?? 0);
  return {
    items: page.map((row) => toStatementCard(row, inlineTopics(row.topics))),
    total,
    nextCursor,
    facets: options.facets === false ? { speaker: [], topic: [], outlet: [], kind: [], year: [] } : facetValues(options, counts),
  };
}

/**
 * A full-text query answered from the statement columns held in memory (lib/db/columns):
 * FTS5 gives the matches' seqs, the columns filter and count them and pick a date-ordered page,
 * and only the page's rows are read. Relevance still ranks in SQL (bm25 needs the index), in the
 * statement that gives the matches. Null when the columns are not loaded or not of the version the
 * matches and the page were read at: the caller answers in SQL, and a current copy starts loading.
 */
async function listFromColumns(query: ListQuery): Promise<StatementPage | null> {
  const { options, r, sort, cursor, limit, offset } = query;
  const columns = statementColumns();
  if (!columns || !r.match) {
    refreshStatementColumns();
    return null;
  }
  const db = readDb();
  const version = Prisma.sql`(SELECT version FROM CorpusState WHERE id = 1)`;
  const current = (v: number | bigint | null) => {
    const same = Number(v ?? 0) === columns.version;
    if (!same) refreshStatementColumns();
    return same;
  };
  let rowsJson: string | null = null;
  // Matches a recent query read at this version, if any: the page's own read below checks the version.
  let hits: Int32Array | null = sort === "relevance" ? null : cachedMatches(columns, r.match);
  if (sort === "relevance") {
    const rows = rowsPart(r, sort, cursor, limit + 1, offset);
    const [a] = await db.$queryRaw<{ v: number | bigint | null; hits: string | null; rows: string }[]>`
      WITH f AS MATERIALIZED (SELECT rowid AS rid, rank FROM statement_fts WHERE statement_fts MATCH ${r.match}), ${Prisma.join(rows.ctes)}
      SELECT ${version} AS v, (SELECT group_concat(rid) FROM f) AS hits, ${rows.json} AS rows`;
    if (!current(a!.v)) return null;
    hits = parseIntegerList(a!.hits);
    rowsJson = a!.rows;
  } else if (!hits) {
    const [a] = await db.$queryRaw<{ v: number | bigint | null; hits: string | null }[]>`
      SELECT ${version} AS v, (SELECT group_concat(rowid) FROM statement_fts WHERE statement_fts MATCH ${r.match}) AS hits`;
    if (!current(a!.v)) return null;
    hits = parseIntegerList(a!.hits);
    cacheMatches(columns, r.match, hits);
  }
  const filters = columnFilters(columns, options.filters);
  const counted = answerFromColumns(columns, hits, filters, {
    facets: options.facets !== false,
    facetLimit: FACET_LIMIT,
    page: sort === "relevance" ? null : { sort, cursor, take: limit + 1 },
  });
  if (rowsJson === null) {
    const [b] = await db.$queryRaw<{ v: number | bigint | null; rows: string }[]>`
      WITH page AS MATERIALIZED (SELECT value AS rid FROM json_each(${JSON.stringify(counted.page)}))
      SELECT ${version} AS v, ${cardsJson(r, orderKeys(sort === "oldest" ? "oldest" : "date", S))} AS rows`;
    if (!current(b!.v)) return null;
    rowsJson = b!.rows;
  }
  const counts: CountRow[] = [{ facet: "total", value: null, label: null, n: counted.total }];
  for (const facet of FACETS) for (const [value, label, n] of counted.facets?.[facet] ?? []) counts.push({ facet, value, label, n });
  return statementPage(query, rowsJson, counts);
}

function inlineTopics(topics: [string, string][] | null | undefined): TopicRef[] {
  return (topics ?? []).map(([slug, label]) => ({ slug, label }));
}

function toStatementCard(row: Row, topics: TopicRef[]): StatementCard {
  return {
    id: row.id,
    url: statementUrl(row.id),
    text: row.text,
    kind: row.kind,
    start: Number(row.start),
    end: Number(row.end),
    speaker: row.speakerSlug && row.speakerName ? { slug: row.speakerSlug, name: row.speakerName } : null,
    article: {
      slug: row.articleSlug,
      title: row.articleTitle,
      url: articleUrl(row.articleSlug),
      sourceUrl: row.sourceUrl,
      outlet: row.outletName,
    },
    date: { year: numberOrNull(row.year), month: numberOrNull(row.month), day: numberOrNull(row.day) },
    topics: topics.map((t) => t.slug),
    topicLabels: topics.map((t) => t.label),
    snippet: row.snippet === null ? null : markSnippet(row.snippet),
  };
}

const numberOrNull = (value: number | bigint | null): number | null => (value === null ? null : Number(value));

type TopicRef = { slug: string; label: string };

/** Topics of each statement, curated topics before key phrases, then by slug. */
async function topicsOf(ids: string[]): Promise<Map<string, TopicRef[]>> {
  const map = new Map<string, TopicRef[]>();
  if (ids.length === 0) return map;
  const rows = await readDb().$queryRaw<{ statementId: string; slug: string; label: string }[]>`
    SELECT st.statementId, t.slug, t.label FROM StatementTopic st JOIN Topic t ON t.id = st.topicId
    WHERE st.statementId IN (${Prisma.join(ids)}) ORDER BY t.kind <> 'curated', t.slug`;
  for (const row of rows) map.set(row.statementId, [...(map.get(row.statementId) ?? []), { slug: row.slug, label: row.label }]);
  return map;
}

/** The filters as query parameters, in a fixed order, so that links are stable. */
const day = (n: number | null) => (n === null ? null : `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`);

export function filterParams(filters: StatementFilters): Record<string, QueryValue> {
  return {
    q: filters.q,
    speaker: filters.speaker,
    topic: filters.topic,
    outlet: filters.outlet,
    kind: filters.kind,
    from: day(filters.from),
    to: day(filters.to),
  };
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

type CountRow = { facet: FacetName | "total"; value: string | null; label: string | null; n: number };

/** A filter as FacetCount holds it: its dimension and a condition on a value column. */
interface RollupFilter {
  dim: RollupDimension;
  values: (column: Prisma.Sql) => Prisma.Sql;
  /** The value when there is just one (an index then reads that facet in count order). */
  single: Prisma.Sql | number | null;
}

const rollupList = (dim: RollupDimension, values: (Prisma.Sql | number)[]): RollupFilter => ({
  dim,
  values: (column) => inList(column, values),
  single: values.length === 1 ? values[0]! : null,
});

/**
 * Every filter but `except` as FacetCount can count it, or null when one cannot be: full text, a
 * date range that is not whole years, more than one topic (a statement with two of them would count
 * twice), two conditions on the year. Speakers, outlets and kinds take any number of values, since a
 * statement has one of each. A kind FacetCount does not know matches nothing, as in the statements:
 * adjustRollups refuses to store one.
 */
function rollupFilters(r: ResolvedFilters, except: Dimension | null): RollupFilter[] | null {
  if (r.match || r.matchesNothing || r.days) return null;
  const out: RollupFilter[] = [];
  if (r.speaker && except !== "speaker") out.push(rollupList("speaker", r.speaker));
  if (r.topic && except !== "topic") {
    if (r.topic.length > 1) return null;
    out.push(rollupList("topic", r.topic));
  }
  if (r.outlet && except !== "outlet") out.push(rollupList("outlet", r.outlet));
  if (r.kind && except !== "kind") out.push(rollupList("kind", [...new Set(r.kind.flatMap((k) => (isStatementKind(k) ? [KIND_CODES[k]] : [])))]));
  const years = except !== "date" ? r.years : null;
  if (years && r.yearUnknown) return null;
  if (years) {
    const { lo, hi } = years;
    out.push({
      dim: "year",
      // Known years only: UNKNOWN_YEAR (0) lies below every year ingest accepts (1000–2999).
      values: (column) => Prisma.sql`${column} >= ${Math.max(lo ?? 1, 1)}${hi === null ? Prisma.empty : Prisma.sql` AND ${column} <= ${hi}`}`,
      single: lo !== null && lo === hi ? lo : null,
    });
  }
  if (r.yearUnknown) out.push(rollupList("year", [UNKNOWN_YEAR]));
  return out;
}

/** The facet's counts as (v, n) from FacetCount: `v` the value, under at most one other filter. */
function rollupCounts(filters: RollupFilter[], facet: FacetName, valueOf: (column: Prisma.Sql) => Prisma.Sql): Prisma.Sql | null {
  // A filter on the facet's own dimension (the unknown-year page's year facet) keeps just its values.
  const own = filters.filter((f) => f.dim === facet);
  const others = filters.filter((f) => f.dim !== facet);
  if (others.length > 1) return null;
  const by = others[0];
  const key = Prisma.join(
    [Prisma.sql`fc.filterDim = ${by ? DIM[by.dim] : DIM.none}`, Prisma.sql`fc.facetDim = ${DIM[facet]}`, ...own.map((f) => f.values(Prisma.sql`fc.facetValue`))],
    " AND ",
  );
  if (!by || by.single !== null) {
    // Flattened into the outer query, so SQLite walks (filterDim, filterValue, facetDim, n) in count order.
    return Prisma.sql`(SELECT ${valueOf(Prisma.sql`fc.facetValue`)} AS v, fc.n AS n FROM FacetCount fc
      WHERE ${key} AND fc.filterValue = ${by?.single ?? 0})`;
  }
  return Prisma.sql`(SELECT ${valueOf(Prisma.sql`fc.facetValue`)} AS v, sum(fc.n) AS n FROM FacetCount fc
    WHERE ${key} AND ${by.values(Prisma.sql`fc.filterValue`)} GROUP BY fc.facetValue)`;
}

/** The number of statements that pass every filter, when FacetCount holds it (up to two filters). */
function totalFromRollup(r: ResolvedFilters): Prisma.Sql | null {
  const filters = rollupFilters(r, null);
  if (!filters || filters.length > 2 || new Set(filters.map((f) => f.dim)).size < filters.length) return null;
  const [a, b] = filters;
  // Every statement has exactly one kind: their counts add up to all statements.
  if (!a) return Prisma.sql`(SELECT coalesce(sum(n), 0) FROM FacetCount WHERE filterDim = ${DIM.none} AND filterValue = 0 AND facetDim = ${DIM.kind})`;
  if (!b) {
    return Prisma.sql`(SELECT coalesce(sum(n), 0) FROM FacetCount
      WHERE filterDim = ${DIM.none} AND filterValue = 0 AND facetDim = ${DIM[a.dim]} AND ${a.values(Prisma.sql`facetValue`)})`;
  }
  return Prisma.sql`(SELECT coalesce(sum(n), 0) FROM FacetCount
    WHERE filterDim = ${DIM[a.dim]} AND ${a.values(Prisma.sql`filterValue`)} AND facetDim = ${DIM[b.dim]} AND ${b.values(Prisma.sql`facetValue`)})`;
}

const NAMED = {
  speaker: { table: "Speaker", label: "name" },
  topic: { table: "Topic", label: "label" },
  outlet: { table: "Outlet", label: "name" },
} as const;

/** Whether a filter is on the facet's own dimension (which its counts then leave out). */
function filteredOn(r: ResolvedFilters, facet: FacetName): boolean {
  return facet === "year" ? r.years !== null || r.days !== null : r[facet] !== null;
}

/** The column a facet groups by, on a source. */
const facetColumn = (c: Columns, facet: Exclude<FacetName, "topic">) =>
  ({ speaker: c.speakerId, outlet: c.outletId, kind: c.kind, year: c.publishedYear })[facet];

/** The facet's (v, n) from FacetCount, when its other filters are one dimension FacetCount holds. */
function rollupFacetCounts(r: ResolvedFilters, facet: FacetName): Prisma.Sql | null {
  const filters = rollupFilters(r, facet === "year" ? "date" : facet);
  const valueOf = (column: Prisma.Sql) =>
    facet === "kind" ? Prisma.raw(kindOfCodeSql(column.sql)) : facet === "year" ? Prisma.sql`nullif(${column}, ${UNKNOWN_YEAR})` : column;
  return filters && rollupCounts(filters, facet, valueOf);
}

/** The facet's (v, n) counted over the statements that pass every filter but its own. */
function exactCounts(r: ResolvedFilters, facet: FacetName): Prisma.Sql {
  if (facet === "topic") return Prisma.sql`(SELECT st.topicId AS v, count(*) AS n ${topicLinksSource(r)} GROUP BY st.topicId)`;
  const { from, c } = countSource(r, facet === "year" ? "date" : facet);
  const column = facetColumn(c, facet);
  return Prisma.sql`(SELECT ${column} AS v, count(*) AS n ${from} GROUP BY ${column})`;
}

/**
 * One facet's values from its counts (v, n), with the keys (k1, k2) that put them in display order:
 * count descending then label (the top FACET_LIMIT of them for speakers, topics and outlets), or
 * years newest first with the unknown year last.
 */
function facetArm(facet: FacetName, x: Prisma.Sql): Prisma.Sql {
  if (facet === "kind") return Prisma.sql`SELECT 'kind' AS facet, x.v AS value, x.v AS label, x.n AS n, -x.n AS k1, x.v AS k2 FROM ${x} x`;
  if (facet === "year") {
    return Prisma.sql`SELECT 'year' AS facet, CAST(x.v AS TEXT) AS value, NULL AS label, x.n AS n, x.v IS NULL AS k1, -x.v AS k2 FROM ${x} x`;
  }
  const { table, label } = NAMED[facet];
  return Prisma.sql`SELECT * FROM (SELECT ${facet} AS facet, d.slug AS value, d.${Prisma.raw(label)} AS label, x.n AS n, -x.n AS k1, d.${Prisma.raw(label)} AS k2
    FROM ${x} x JOIN ${Prisma.raw(table)} d ON d.id = x.v ORDER BY x.n DESC, label LIMIT ${FACET_LIMIT})`;
}

/**
 * The total and the five facets in one statement (one round trip). Each facet counts under every
 * filter but its own, so that a reader can widen a choice (a OR b): from FacetCount when its other
 * filters are one dimension, else counted. The counted facets whose own dimension is not a filter
 * all count the same statements (those that pass every filter), so they share one scan: a cube
 * grouped by their columns, which each then sums (with the total, when it is counted too).
 */
function countsPart(r: ResolvedFilters, facets: boolean): { ctes: Prisma.Sql[]; arms: Prisma.Sql[] } {
  const rollupTotal = totalFromRollup(r);
  const fromRollup = new Map(FACETS.map((facet) => [facet, facets ? rollupFacetCounts(r, facet) : null]));
  const cubed = facets
    ? FACETS.filter((f): f is Exclude<FacetName, "topic"> => f !== "topic" && !fromRollup.get(f) && !filteredOn(r, f))
    : [];
  // The matches alone are counted off `f`; with facets or other filters they need their columns (`m`).
  const matchesOnly = r.match !== null && conditions(r, M, null, "subquery").length === 0;
  const ctes = r.match && (facets || !matchesOnly) ? [MATCHES_CTE] : [];
  let total = rollupTotal ?? (matchesOnly && !facets ? Prisma.sql`(SELECT count(*) FROM f)` : null);
  const counts = new Map<FacetName, Prisma.Sql>();
  if (cubed.length + (total ? 0 : 1) >= 2) {
    const { from, c } = countSource(r, null);
    const columns = cubed.map((f) => Prisma.sql`${facetColumn(c, f)} AS ${Prisma.raw(f)}`);
    ctes.push(Prisma.sql`cube AS MATERIALIZED (SELECT ${Prisma.join(columns)}, count(*) AS n ${from} GROUP BY ${Prisma.raw(cubed.map((_, i) => i + 1).join(", "))})`);
    total ??= Prisma.sql`(SELECT coalesce(sum(n), 0) FROM cube)`;
    for (const f of cubed) counts.set(f, Prisma.sql`(SELECT ${Prisma.raw(f)} AS v, sum(n) AS n FROM cube GROUP BY ${Prisma.raw(f)})`);
  }
  total ??= Prisma.sql`(SELECT count(*) ${countSource(r, null).from})`;
  const arms = [Prisma.sql`SELECT 'total' AS facet, NULL AS value, NULL AS label, ${total} AS n, 0 AS k1, NULL AS k2`];
  if (facets) for (const facet of FACETS) arms.push(facetArm(facet, fromRollup.get(facet) ?? counts.get(facet) ?? exactCounts(r, facet)));
  return { ctes, arms };
}

function facetValues(options: ListStatementsOptions, counts: CountRow[]): Record<FacetName, FacetValue[]> {
  const { filters } = options;
  const keep = options.keep ?? {};
  const current = { ...filterParams(filters), ...keep };
  // The current parameters with some filters changed (the parameters in `keep` stay as they are).
  const href = (changes: Record<string, QueryValue>) => {
    const params = { ...current };
    for (const [key, value] of Object.entries(changes)) if (!(key in keep)) params[key] = value;
    return withParams(options.basePath, params);
  };
  const of = (facet: FacetName) => counts.filter((c) => c.facet === facet);

  const values = (rows: CountRow[], selected: string[], name: "speaker" | "topic" | "outlet" | "kind"): FacetValue[] => {
    const out: FacetValue[] = rows
      .filter((r): r is CountRow & { value: string } => r.value !== null)
      .map((r) => ({
        value: String(r.value),
        label: r.label ?? String(r.value),
        count: Number(r.n),
        selected: selected.includes(String(r.value)),
        href: href({ [name]: toggle(selected, String(r.value)) }),
      }));
    // A selected value stays visible (and removable) even when it is outside the top counts.
    for (const value of selected) {
      if (!out.some((v) => v.value === value)) {
        out.push({ value, label: value, count: 0, selected: true, href: href({ [name]: toggle(selected, value) }) });
      }
    }
    return out;
  };

  const yearValues: FacetValue[] = of("year").map((r) => {
    const year = r.value === null ? null : Number(r.value);
    const range = year === null ? null : { from: year * 10_000 + 101, to: year * 10_000 + 1231 };
    const selected = range !== null && filters.from === range.from && filters.to === range.to;
    return {
      value: year === null ? "unknown" : String(year),
      label: year === null ? "Year not stated" : String(year),
      count: Number(r.n),
      selected,
      // Unknown-year statements never match a date range: that value links to their own page instead.
      href:
        year === null
          ? "/dates/unknown-year"
          : href({ from: day(selected ? null : range!.from), to: day(selected ? null : range!.to) }),
    };
  });

  return {
    speaker: values(of("speaker"), filters.speaker, "speaker"),
    topic: values(of("topic"), filters.topic, "topic"),
    outlet: values(of("outlet"), filters.outlet, "outlet"),
    kind: values(of("kind"), filters.kind, "kind"),
    year: yearValues,
  };
}

export interface StatementDetail extends StatementCard {
  cue: string | null;
  confidence: number;
  rule: string;
  speakerAsWritten: string | null;
  speakerSpan: { start: number; end: number } | null;
  corrections: { field: string; note: string; editor?: string }[];
  speakerDetail: { slug: string; name: string; role: string | null; kind: string; aliases: string[] } | null;
  articleDetail: StatementCard["article"] & { key: string; outletUrl: string | null; titleDerived: boolean };
  /** The sentences around the statement, with the statement's own words marked by offsets. */
  context: { text: string; start: number; end: number; statementStart: number; statementEnd: number };
}

const correctionsSchemaLike = (value: string): StatementDetail["corrections"] => {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as StatementDetail["corrections"]) : [];
  } catch {
    return [];
  }
};

/** Widens [start, end) to whole sentences, one more on each side, inside the same paragraph. */
export function sentenceContext(
  text: string,
  paragraphs: { start: number; end: number }[],
  start: number,
  end: number,
): StatementDetail["context"] {
  const paragraph = paragraphs.find((p) => p.start <= start && start < p.end) ?? { start, end };
  const paraEnd = Math.max(paragraph.end, end);
  const body = text.slice(paragraph.start, paraEnd);
  const bounds: number[] = [];
  for (const s of new Intl.Segmenter("en", { granularity: "sentence" }).segment(body)) bounds.push(paragraph.start + s.index);
  bounds.push(paraEnd);
  let from = 0;
  while (from + 1 < bounds.length && bounds[from + 1]! <= start) from++;
  let to = bounds.length - 1;
  while (to - 1 >= 0 && bounds[to - 1]! >= end) to--;
  const ctxStart = bounds[Math.max(0, from - 1)]!;
  const ctxEnd = bounds[Math.min(bounds.length - 1, to + 1)]!;
  const slice = text.slice(ctxStart, ctxEnd);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  return {
    text: trimmed,
    start: ctxStart + lead,
    end: ctxStart + lead + trimmed.length,
    statementStart: start - (ctxStart + lead),
    statementEnd: end - (ctxStart + lead),
  };
}

export async function getStatement(id: string): Promise<StatementDetail | null> {
  const row = await readDb().statement.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      kind: true,
      start: true,
      end: true,
      cue: true,
      confidence: true,
      rule: true,
      speakerAsWritten: true,
      speakerStart: true,
      speakerEnd: true,
      corrections: true,
      speaker: { select: { slug: true, name: true, role: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } },
      topics: { select: { topic: { select: { slug: true, label: true } } }, orderBy: { topic: { slug: "asc" } } },
      article: {
        select: {
          key: true,
          slug: true,
          title: true,
          titleDerived: true,
          sourceUrl: true,
          text: true,
          paragraphs: true,
          publishedYear: true,
          publishedMonth: true,
          publishedDay: true,
          outlet: { select: { name: true, url: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { article, speaker } = row;
  const paragraphs = parseSpans(article.paragraphs);
  return {
    id: row.id,
    url: statementUrl(row.id),
    text: row.text,
    kind: row.kind,
    start: row.start,
    end: row.end,
    speaker: speaker ? { slug: speaker.slug, name: speaker.name } : null,
    article: { slug: article.slug, title: article.title, url: articleUrl(article.slug), sourceUrl: article.sourceUrl, outlet: article.outlet?.name ?? null },
    date: { year: article.publishedYear, month: article.publishedMonth, day: article.publishedDay },
    topics: row.topics.map((t) => t.topic.slug),
    topicLabels: row.topics.map((t) => t.topic.label),
    snippet: null,
    cue: row.cue,
    confidence: row.confidence,
    rule: row.rule,
    speakerAsWritten: row.speakerAsWritten,
    speakerSpan: row.speakerStart !== null && row.speakerEnd !== null ? { start: row.speakerStart, end: row.speakerEnd } : null,
    corrections: correctionsSchemaLike(row.corrections),
    speakerDetail: speaker
      ? { slug: speaker.slug, name: speaker.name, role: speaker.role, kind: speaker.kind, aliases: speaker.aliases.map((a) => a.alias).filter((a) => a !== speaker.name) }
      : null,
    articleDetail: {
      slug: article.slug,
      title: article.title,
      url: articleUrl(article.slug),
      sourceUrl: article.sourceUrl,
      outlet: article.outlet?.name ?? null,
      outletUrl: article.outlet?.url ?? null,
      key: article.key,
      titleDerived: article.titleDerived,
    },
    context: sentenceContext(article.text, paragraphs, row.start, row.end),
  };
}

/** Words worth matching on when looking for similar statements: no stop words, no short words. */
const STOP = new Set([...FUNCTION_WORDS, ..."above doing ever having hers near neither ours theirs upon within".split(" ")]);

export function keywords(text: string, max = 12): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 4 || STOP.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max).map(([w]) => w);
}

/**
 * Other statements of the same speaker sharing a topic with this one, newest first.
 *
 * Read per topic off StatementTopic's (topicId, speakerId, dateSort DESC) index rather than by
 * listing every statement of the topic (110,000 for the busiest at 100k articles): each topic gives
 * its `limit` + 1 newest statements of the speaker (+ 1: this statement may be among them), all
 * statements of the last day taken included, since the order breaks ties on the day by article and
 * position, which the index does not hold. The newest `limit` of the union are the newest overall.
 * `since` is NULL when the topic has no more than `limit` + 1 such statements, or the last of them
 * has no date (undated statements sort last): then the topic gives all of them.
 */
export async function moreFromSpeaker(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  if (!detail.speaker || detail.topics.length === 0) return [];
  const rows = await readDb().$queryRaw<Row[]>`
    WITH pick AS MATERIALIZED (
      SELECT t.id AS topicId, sp.id AS speakerId,
        (SELECT b.dateSort FROM StatementTopic b WHERE b.topicId = t.id AND b.speakerId = sp.id
         ORDER BY b.dateSort DESC LIMIT 1 OFFSET ${limit}) AS since
      FROM Topic t CROSS JOIN Speaker sp
      WHERE t.slug IN (${Prisma.join(detail.topics)}) AND sp.slug = ${detail.speaker.slug}
    )
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM Statement s ${CARD_JOINS}
    WHERE s.seq IN (
      SELECT st.statementSeq FROM pick CROSS JOIN StatementTopic st ON st.topicId = pick.topicId AND st.speakerId = pick.speakerId
      WHERE st.dateSort >= pick.since
      UNION ALL
      SELECT st.statementSeq FROM pick CROSS JOIN StatementTopic st ON st.topicId = pick.topicId AND st.speakerId = pick.speakerId
      WHERE pick.since IS NULL
    ) AND s.id <> ${detail.id}
    ORDER BY s.dateSort DESC, s.articleId, s.position LIMIT ${limit}`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}

/**
 * Similar statements are ranked by bm25 over the statement's rarer key words only. bm25 scores every
 * statement the query matches, and a common word ("people": 95,000 statements at 100k articles)
 * made that cost 100–500 ms; a common word also adds almost nothing to bm25's score (its IDF is
 * low), so leaving it out barely changes the ranking. A word is rare when fewer than RARE_WORD_LIMIT
 * statements hold it, and words are taken rarest first while together they match at most
 * SIMILAR_CANDIDATE_LIMIT statements: the ranking never scores more than that.
 */
const RARE_WORD_LIMIT = 1000;
const SIMILAR_CANDIDATE_LIMIT = 1500;
/** With no rare word, the statements holding all of this many of its least common words are shown. */
const COMMON_WORDS_TOGETHER = 3;

/** How many statements hold each word, counted up to RARE_WORD_LIMIT (a count that reaches it means "common"). */
async function wordFrequencies(words: string[]): Promise<number[]> {
  // One statement for all the words; each count stops reading the word's doclist at the limit.
  const counts = Prisma.join(
    words.map((w) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM statement_fts WHERE statement_fts MATCH ${`"${w}"`} LIMIT ${RARE_WORD_LIMIT}))`),
  );
  const [row] = await readDb().$queryRaw<Record<string, bigint | number>[]>`SELECT json_array(${counts}) AS counts`;
  return JSON.parse(String(row!.counts)) as number[];
}

/**
 * The FTS5 query similarStatements runs, and whether it is ranked: the rarest words, ORed, while
 * together they match few enough statements; otherwise the least common words ANDed (statements
 * holding all of them), which needs no ranking of everything holding any of them.
 */
export function similarityQuery(words: string[], frequencies: number[]): { match: string; ranked: boolean } | null {
  const byRarity = words.map((word, i) => ({ word, n: frequencies[i] ?? 0 })).filter((w) => w.n > 0).sort((a, b) => a.n - b.n);
  const quote = (w: { word: string }) => `"${w.word}"`;
  const rare: typeof byRarity = [];
  let candidates = 0;
  for (const w of byRarity) {
    if (w.n >= RARE_WORD_LIMIT || candidates + w.n > SIMILAR_CANDIDATE_LIMIT) break;
    rare.push(w);
    candidates += w.n;
  }
  if (rare.length > 0) return { match: rare.map(quote).join(" OR "), ranked: true };
  if (byRarity.length === 0) return null;
  return { match: byRarity.slice(0, COMMON_WORDS_TOGETHER).map(quote).join(" AND "), ranked: false };
}

/**
 * Statements in other articles that say something close: full-text similarity on the statement's
 * rarer key words (see RARE_WORD_LIMIT); failing those, statements sharing its least common words,
 * newest first.
 */
export async function similarStatements(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  const words = keywords(detail.text);
  if (words.length === 0) return [];
  const query = similarityQuery(words, await wordFrequencies(words));
  if (!query) return [];
  const candidates = query.ranked
    ? Prisma.sql`SELECT rowid AS rid, bm25(statement_fts) AS rank FROM statement_fts WHERE statement_fts MATCH ${query.match} ORDER BY rank LIMIT 200`
    : Prisma.sql`SELECT rowid AS rid, 0 AS rank FROM statement_fts WHERE statement_fts MATCH ${query.match} ORDER BY rowid DESC LIMIT 200`;
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM (${candidates}) f
    JOIN Statement s ON s.seq = f.rid ${CARD_JOINS}
    WHERE a.slug <> ${detail.article.slug}
    ORDER BY f.rank, s.dateSort DESC, s.articleId, s.position LIMIT ${limit}`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}

/** The statements of one article, in reading order. */
export async function listStatementsOfArticle(articleSlug: string): Promise<StatementCard[]> {
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM Statement s ${CARD_JOINS}
    WHERE a.slug = ${articleSlug} ORDER BY s.position`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}
