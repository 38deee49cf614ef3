import "server-only";
import { Prisma } from "@/lib/db/sql";
import { readDb, readDialect } from "@/lib/db/client";
import { answerFromColumns, columnFilters, cursorAt, parseIntegerList } from "@/lib/db/columns/answer";
import { cachedMatches, cacheMatches, refreshStatementColumns, statementColumns } from "@/lib/db/columns/held";
import { CARD_COLUMNS, CARD_JOINS, inlineTopics, numberOrNull, parseRows, toStatementCard, topicsOf, type Row, type StatementCard } from "@/lib/db/statements/cards";
import { FACET_LIMIT, type CountRow } from "@/lib/db/statements/facet-counts";
import { facetValues, filterChips, type FacetValue, type FilterChip } from "@/lib/db/statements/facet-links";
import { matchQuery, resolveFilters, S, slugLookup, type ResolvedFilters } from "@/lib/db/statements/filters";
import { cardsJson, listStatementsQuery, orderKeys, previousKeyQuery, rowsPart } from "@/lib/db/statements/list-query";
import { decodeCursor, encodeCursor, type Cursor } from "@/lib/domain/cursor";
import { FACETS, NO_SPEAKER, type FacetName, type StatementFilters, type StatementSort } from "@/lib/domain/filters";
import type { QueryValue } from "@/lib/urls";

// The one query layer behind /statements, the speaker, topic and date pages, and /api/statements:
// filters combine with AND, repeated values of one filter with OR; facets are counted across the
// many-to-many links, each value carrying the link that toggles it.

export interface StatementPage {
  items: StatementCard[];
  total: number;
  nextCursor: string | null;
  /** The page before this one (its cursor: null for the first page), or null on the first page. */
  previous: { cursor: string | null } | null;
  facets: Record<FacetName, FacetValue[]>;
  /** The filters in force, each removable. */
  chips: FilterChip[];
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

/** What a reader typed as a full-text query for the engine the pages read from (null: no word in it). */
export const ftsQuery = (text: string): string | null => matchQuery(readDialect(), text);

/** The filters resolved for the engine the pages read from: the slugs of filters with several looked up first. */
export async function resolveForReading(filters: StatementFilters): Promise<ResolvedFilters> {
  const lookup = slugLookup(readDialect(), filters);
  const looked = lookup ? await readDb().$queryRaw<{ dim: string; id: number | bigint }[]>(lookup) : [];
  return resolveFilters(readDialect(), filters, looked);
}

export async function listStatements(options: ListStatementsOptions): Promise<StatementPage> {
  const r = await resolveForReading(options.filters);
  // Newest first unless asked otherwise, searching or not: a search here filters the list by its words
  // (the /search page asks for relevance).
  const sort: StatementSort = options.sort ?? "date";
  const effectiveSort: StatementSort = sort === "relevance" && !r.match ? "date" : sort;
  const limit = options.limit ?? 50;
  const cursor = decodeCursor(options.cursor ?? null);
  const offset = effectiveSort === "relevance" && cursor ? cursor.k ?? 0 : 0;
  const query = { options, r, sort: effectiveSort, cursor, limit, offset };
  // The columns do not hold confidence: a filter on it is answered in SQL.
  if (r.match && r.minConfidence === null) {
    const fromColumns = await listFromColumns(query);
    if (fromColumns) return fromColumns;
  }
  const [[answer], previous] = await Promise.all([
    readDb().$queryRaw<{ rows: string; counts: string }[]>(listStatementsQuery(r, effectiveSort, cursor, limit + 1, offset, options.facets !== false)),
    previousPage(query),
  ]);
  const counts = (JSON.parse(answer!.counts) as [CountRow["facet"], string | null, string | null, number][]).map(
    ([facet, value, label, n]): CountRow => ({ facet, value, label, n }),
  );
  return statementPage(query, answer!.rows, [...counts, ...(await selectedOutsideTop(options, counts))], previous);
}

/** The page before the cursor's (relevance: `limit` rows fewer), read in SQL. */
async function previousPage({ r, sort, cursor, limit, offset }: ListQuery): Promise<StatementPage["previous"]> {
  if (!cursor) return null;
  if (sort === "relevance") return { cursor: offset - limit > 0 ? encodeCursor({ k: offset - limit, a: 0, p: 0 }) : null };
  const [row] = await readDb().$queryRaw<{ dateSort: number | bigint | null; articleId: number | bigint; position: number | bigint }[]>(
    previousKeyQuery(r, sort, cursor, limit),
  );
  return { cursor: row ? encodeCursor({ k: numberOrNull(row.dateSort), a: Number(row.articleId), p: Number(row.position) }) : null };
}

const NAMED = ["speaker", "topic", "outlet"] as const;

/** The names of the slugs of a filter that name a row. */
async function labelsOf(dim: (typeof NAMED)[number], slugs: string[]): Promise<Map<string, string>> {
  const db = readDb();
  const where = { slug: { in: slugs } };
  const rows =
    dim === "speaker"
      ? (await db.speaker.findMany({ where, select: { slug: true, name: true } })).map((r) => [r.slug, r.name] as const)
      : dim === "topic"
        ? (await db.topic.findMany({ where, select: { slug: true, label: true } })).map((r) => [r.slug, r.label] as const)
        : (await db.outlet.findMany({ where, select: { slug: true, name: true } })).map((r) => [r.slug, r.name] as const);
  return new Map(rows);
}

/**
 * Count rows for the chosen speakers, topics and outlets that the facets' top values left out: their
 * name and their real count (the statements of the other filters with that value), so that a chosen
 * filter never shows as its slug with 0. A slug that names nothing gets no row: facetValues marks it
 * unknown.
 */
async function selectedOutsideTop(options: ListStatementsOptions, counts: CountRow[]): Promise<CountRow[]> {
  if (options.facets === false) return [];
  const rows = await Promise.all(
    NAMED.map(async (dim) => {
      const missing = options.filters[dim].filter((v) => !(dim === "speaker" && v === NO_SPEAKER) && !counts.some((c) => c.facet === dim && c.value === v)).slice(0, 10);
      if (missing.length === 0) return [];
      const labels = await labelsOf(dim, missing);
      return Promise.all(
        [...labels].map(async ([value, label]): Promise<CountRow> => {
          const alone = await listStatements({ ...options, filters: { ...options.filters, [dim]: [value] }, cursor: null, limit: 1, facets: false });
          return { facet: dim, value, label, n: alone.total };
        }),
      );
    }),
  );
  return rows.flat();
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
function statementPage({ options, sort, limit, offset }: ListQuery, rowsJson: string, counts: CountRow[], previous: StatementPage["previous"]): StatementPage {
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
  const facets = options.facets === false ? { speaker: [], topic: [], outlet: [], kind: [], year: [] } : facetValues(options, counts);
  return {
    items: page.map((row) => toStatementCard(row, inlineTopics(row.topics))),
    total,
    nextCursor,
    previous,
    facets,
    chips: options.facets === false ? [] : filterChips(options, facets),
  };
}

/**
 * A full-text query answered from the statement columns held in memory (lib/db/columns): the
 * full-text index gives the matches' seqs, the columns filter and count them and pick a date-ordered
 * page, and only the page's rows are read. Relevance still ranks in SQL (ranking needs the index), in
 * the statement that gives the matches. Null when the columns are not loaded or not of the version the
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
  const d = r.dialect;
  const version = Prisma.sql`(SELECT "version" FROM "CorpusState" WHERE "id" = 1)`;
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
      WITH f AS MATERIALIZED (${d.statementMatches(r.match, { rank: true, phrases: r.phrases })}), ${Prisma.join(rows.ctes)}
      SELECT ${version} AS v, (SELECT ${d.integerList(Prisma.sql`rid`)} FROM f) AS hits, ${rows.json} AS rows`;
    if (!current(a!.v)) return null;
    hits = parseIntegerList(a!.hits);
    rowsJson = a!.rows;
  } else if (!hits) {
    const [a] = await db.$queryRaw<{ v: number | bigint | null; hits: string | null }[]>`
      SELECT ${version} AS v, (SELECT ${d.integerList(Prisma.sql`rid`)} FROM (${d.statementMatches(r.match, { rank: false, phrases: r.phrases })}) AS matches) AS hits`;
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
      WITH page AS MATERIALIZED (SELECT ${d.jsonItem("p", null, "integer")} AS rid FROM ${d.jsonRows(JSON.stringify(counted.page), "p")})
      SELECT ${version} AS v, ${cardsJson(r, orderKeys(sort === "oldest" ? "oldest" : "date", S, d))} AS rows`;
    if (!current(b!.v)) return null;
    rowsJson = b!.rows;
  }
  const counts: CountRow[] = [{ facet: "total", value: null, label: null, n: counted.total }];
  for (const facet of FACETS) for (const [value, label, n] of counted.facets?.[facet] ?? []) counts.push({ facet, value, label, n });
  let previous: StatementPage["previous"] = null;
  if (cursor && sort !== "relevance") {
    // The rows up to the cursor's, last first: the one `limit` rows back ends the page before the previous.
    const back = answerFromColumns(columns, hits, filters, { facets: false, facetLimit: 0, page: { sort, cursor, take: limit + 1, backward: true } }).page;
    previous = { cursor: back.length > limit ? encodeCursor(cursorAt(columns, back[limit]!)) : null };
  } else if (cursor) previous = await previousPage(query);
  return statementPage(query, rowsJson, [...counts, ...(await selectedOutsideTop(options, counts))], previous);
}

/** The statements of one article, in reading order. */
export async function listStatementsOfArticle(articleSlug: string): Promise<StatementCard[]> {
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM "Statement" s ${CARD_JOINS}
    WHERE a."slug" = ${articleSlug} ORDER BY s."position"`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}
