import { Prisma } from "@/lib/db/sql";
import type { Dialect, Sql } from "@/lib/db/engine";
import { CARD_JOINS, cardValues } from "@/lib/db/statements/cards";
import { countsPart } from "@/lib/db/statements/facet-counts";
import { conditions, drivingTopic, S, ST, ST_BY_DATE, whereOf, type ResolvedFilters } from "@/lib/db/statements/filters";
import type { Cursor } from "@/lib/domain/cursor";
import type { StatementSort } from "@/lib/domain/filters";

// The one SQL statement that answers a statement list: the page's rows and the total with the
// facets' counts, each as one JSON value. Written once for every engine, with the engine's fragments
// (r.dialect); the bench runs the same text on a plain driver connection as its floor.

/** The sort key columns: Statement's own, or StatementTopic's copy of dateSort when a topic drives the list. */
export interface SortColumns {
  dateSort: Sql;
}

function keysetClause(sort: StatementSort, cursor: Cursor | null, { dateSort }: SortColumns): Sql[] {
  if (!cursor || sort === "relevance") return [];
  const tie = Prisma.sql`(s."articleId" > ${cursor.a} OR (s."articleId" = ${cursor.a} AND s."position" > ${cursor.p}))`;
  if (cursor.k === null) return [Prisma.sql`${dateSort} IS NULL AND ${tie}`];
  // Newest (or oldest) first; unknown years (NULL) last either way.
  const beyond = sort === "date" ? Prisma.sql`${dateSort} < ${cursor.k}` : Prisma.sql`${dateSort} > ${cursor.k}`;
  return [Prisma.sql`(${beyond} OR ${dateSort} IS NULL OR (${dateSort} = ${cursor.k} AND ${tie}))`];
}

/** The rows up to and including the cursor's, in the list's order (keysetClause's complement). */
function uptoClause(sort: Exclude<StatementSort, "relevance">, cursor: Cursor, { dateSort }: SortColumns): Sql {
  const tie = Prisma.sql`(s."articleId" < ${cursor.a} OR (s."articleId" = ${cursor.a} AND s."position" <= ${cursor.p}))`;
  if (cursor.k === null) return Prisma.sql`(${dateSort} IS NOT NULL OR ${tie})`;
  const ahead = sort === "date" ? Prisma.sql`${dateSort} > ${cursor.k}` : Prisma.sql`${dateSort} < ${cursor.k}`;
  return Prisma.sql`(${ahead} OR (${dateSort} = ${cursor.k} AND ${tie}))`;
}

/**
 * orderKeys backwards: unknown years first, then oldest (or newest) first, article and position
 * descending. Newest-first's reverse leans on NULL sorting lowest, as orderKeys does, so that an index
 * read forward one way is read backward the other.
 */
function reverseOrderKeys(sort: Exclude<StatementSort, "relevance">, { dateSort }: SortColumns, d: Dialect): Sql {
  if (sort === "oldest") return Prisma.sql`${dateSort} IS NULL DESC, ${dateSort} DESC, s."articleId" DESC, s."position" DESC`;
  return Prisma.sql`${d.oldestFirstUndatedFirst(dateSort)}, s."articleId" DESC, s."position" DESC`;
}

/**
 * The keys (dateSort, articleId, position) of the row the page before `cursor`'s page starts after:
 * that page is the `take` rows up to and including the cursor's row, so this is the row `take` rows
 * further back. No row: the page before is the first.
 */
export function previousKeyQuery(r: ResolvedFilters, sort: Exclude<StatementSort, "relevance">, cursor: Cursor, take: number): Sql {
  const d = r.dialect;
  const topic = r.match ? null : drivingTopic(r, null);
  const cols: SortColumns = { dateSort: topic !== null ? ST.dateSort : S.dateSort };
  const parts = [...conditions(r, topic !== null ? ST_BY_DATE : S, null, topic !== null ? "source" : "subquery"), uptoClause(sort, cursor, cols)];
  if (r.match) parts.push(Prisma.sql`s."seq" IN (SELECT rid FROM f)`);
  const from =
    topic !== null
      ? Prisma.sql`FROM "StatementTopic" st ${d.orderedJoin} "Statement" s ON s."seq" = st."statementSeq" ${whereOf([Prisma.sql`st."topicId" = ${topic}`, ...parts])}`
      : Prisma.sql`FROM "Statement" s ${whereOf(parts)}`;
  const fts = r.match ? Prisma.sql`WITH f AS MATERIALIZED (${d.statementMatches(r.match, { rank: false, phrases: r.phrases })}) ` : Prisma.empty;
  return Prisma.sql`${fts}SELECT s."dateSort" AS "dateSort", s."articleId" AS "articleId", s."position" AS "position"
    ${from} ORDER BY ${reverseOrderKeys(sort, cols, d)} LIMIT 1 OFFSET ${take}`;
}

export function orderKeys(sort: Exclude<StatementSort, "relevance">, { dateSort }: SortColumns, d: Dialect): Sql {
  if (sort === "oldest") return Prisma.sql`${dateSort} IS NULL, ${dateSort} ASC, s."articleId", s."position"`;
  return Prisma.sql`${d.newestFirst(dateSort)}, s."articleId", s."position"`;
}

/**
 * The page's rows as one JSON value: the page's row ids are chosen first (a MATERIALIZED CTE, so that
 * only they are joined to their article, speaker, outlet and topics), then read as cards. Reads the
 * full-text matches from `f` (rid, rank), which listStatementsQuery defines once for rows and counts.
 */
export function rowsPart(r: ResolvedFilters, sort: StatementSort, cursor: Cursor | null, take: number, offset: number): { ctes: Sql[]; json: Sql } {
  const d = r.dialect;
  let page: Sql;
  let order: Sql;
  if (sort === "relevance" && r.match) {
    const rest = conditions(r, S, null, "subquery");
    // Without other filters the page lies among the matches ranked no worse than the one at the page's
    // end, so only those few are joined to Statement for the tie-break, instead of every match.
    const cut = rest.length
      ? Prisma.empty
      : Prisma.sql`AND f.rank <= coalesce((SELECT rank FROM f ORDER BY rank LIMIT 1 OFFSET ${offset + take - 1}), f.rank)`;
    page = Prisma.sql`page AS MATERIALIZED (
        SELECT f.rid, f.rank FROM f ${d.orderedJoin} "Statement" s ON s."seq" = f.rid
        WHERE TRUE ${cut} ${rest.length ? Prisma.sql`AND ${Prisma.join(rest, " AND ")}` : Prisma.empty}
        ORDER BY f.rank, s."articleId", s."position" LIMIT ${take} OFFSET ${offset})`;
    order = Prisma.sql`page.rank, s."articleId", s."position"`;
  } else {
    const dateSort = sort === "relevance" ? "date" : sort;
    const topic = r.match ? null : drivingTopic(r, null);
    const cols: SortColumns = { dateSort: topic !== null ? ST.dateSort : S.dateSort };
    const parts = [...conditions(r, topic !== null ? ST_BY_DATE : S, null, topic !== null ? "source" : "subquery"), ...keysetClause(dateSort, cursor, cols)];
    if (r.match) parts.push(Prisma.sql`s."seq" IN (SELECT rid FROM f)`);
    const from =
      topic !== null
        ? Prisma.sql`FROM "StatementTopic" st ${d.orderedJoin} "Statement" s ON s."seq" = st."statementSeq" ${whereOf([Prisma.sql`st."topicId" = ${topic}`, ...parts])}`
        : Prisma.sql`FROM "Statement" s ${whereOf(parts)}`;
    page = Prisma.sql`page AS MATERIALIZED (SELECT s."seq" AS rid ${from} ORDER BY ${orderKeys(dateSort, cols, d)} LIMIT ${take} OFFSET ${offset})`;
    order = orderKeys(dateSort, { dateSort: S.dateSort }, d);
  }
  return { ctes: [page], json: cardsJson(r, order) };
}

/** The rows whose seqs `page` (rid) holds, as cards in one JSON value, in `order`; with snippets when searching. */
export function cardsJson(r: ResolvedFilters, order: Sql): Sql {
  const d = r.dialect;
  const snippet = r.match ? d.statementSnippet(r.match, Prisma.sql`page.rid`) : Prisma.sql`NULL`;
  return Prisma.sql`(SELECT ${d.jsonArrayAgg(d.jsonArray([...cardValues(d), snippet]), order)}
      FROM page ${d.orderedJoin} "Statement" s ON s."seq" = page.rid ${CARD_JOINS})`;
}

/**
 * The whole answer in one statement (one round trip) and one row: the page (rowsPart) and the total
 * with the facets' values (countsPart), each as one JSON value, which Prisma hands over as one string
 * instead of converting value by value. When searching, the full text is matched once.
 */
export function listStatementsQuery(r: ResolvedFilters, sort: StatementSort, cursor: Cursor | null, take: number, offset: number, facets: boolean): Sql {
  const d = r.dialect;
  const rows = rowsPart(r, sort, cursor, take, offset);
  const counts = countsPart(r, facets);
  const fts = r.match ? [Prisma.sql`f AS MATERIALIZED (${d.statementMatches(r.match, { rank: sort === "relevance", phrases: r.phrases })})`] : [];
  const countRow = d.jsonArray([Prisma.sql`facet`, Prisma.sql`value`, Prisma.sql`label`, Prisma.sql`n`]);
  // Each facet's values in display order: k1, k2 are the sort keys its arm gives them (facetArm).
  return Prisma.sql`WITH ${Prisma.join([...fts, ...rows.ctes, ...counts.ctes])}
    SELECT ${rows.json} AS rows,
      (SELECT ${d.jsonArrayAgg(countRow, Prisma.sql`facet, k1, k2`)}
       FROM (${Prisma.join(counts.arms, "\nUNION ALL ")}) AS arms) AS counts`;
}
