import { Prisma } from "@/lib/db/sql";
import type { Dialect, Sql } from "@/lib/db/engine";
import { dateFilter, NO_SPEAKER, type DateFilter, type FacetName, type StatementFilters } from "@/lib/domain/filters";
import { parseSearchQuery, searchPhrases } from "@/lib/domain/search-query";

// The filters of a statement list as SQL: resolved to ids, then written as conditions on whichever
// source a query reads (Statement, StatementTopic's copies, or the full-text matches). What each
// filter means is lib/domain/filters.ts; lib/db/columns/answer.ts applies the same in memory.

/** What a reader typed (lib/domain/search-query.ts) as the engine's full-text query, or null when it holds no word to look for. */
export function matchQuery(d: Dialect, text: string): string | null {
  const query = parseSearchQuery(text);
  return query ? d.matchSearch(query) : null;
}

export type Dimension = Exclude<FacetName, "year"> | "date";

/**
 * The filters as the queries use them, for one engine: each slug becomes its row's id, and a date
 * range of whole calendar years becomes those years, which the rollups count by. An id is an SQL
 * expression: the scalar subquery `(SELECT "id" FROM "Speaker" WHERE "slug" = ?)` when the filter has
 * one slug, so that the whole answer is one statement; looked up beforehand (slugLookup) when it has
 * several, because `"speakerId" IN (1, 2)` lets SQLite walk an index in order where `IN (SELECT …)`
 * made it sort every matching row. A slug that names nothing gives no id (several) or NULL (one):
 * nothing matches.
 */
export interface ResolvedFilters extends DateFilter {
  dialect: Dialect;
  /** null: not filtered on. */
  speaker: Sql[] | null;
  /** The speaker filter holds NO_SPEAKER: statements with no speaker pass it too (speaker then holds the others' ids). */
  speakerNone: boolean;
  /** The least confidence, or null. */
  minConfidence: number | null;
  topic: Sql[] | null;
  outlet: Sql[] | null;
  kind: string[] | null;
  /** The full-text query when searching. */
  match: string | null;
  /** Its quoted phrases, which a match must hold as written (Dialect.statementMatches). */
  phrases: string[][];
  /** A q without a searchable word: it matches nothing rather than everything. */
  matchesNothing: boolean;
}

const SLUGGED = { speaker: "Speaker", topic: "Topic", outlet: "Outlet" } as const;
type Slugged = keyof typeof SLUGGED;
const table = (dim: Slugged) => Prisma.raw(`"${SLUGGED[dim]}"`);

/** A filter's slugs that name rows: the speaker filter's NO_SPEAKER names none. */
const slugsOf = (filters: StatementFilters, dim: Slugged) => (dim === "speaker" ? filters.speaker.filter((s) => s !== NO_SPEAKER) : filters[dim]);

/**
 * The one statement that looks up the ids (rows of dim, id) of the filters with several slugs (with
 * any, when the dialect says slugsFirst); null when none has.
 */
export function slugLookup(d: Dialect, filters: StatementFilters): Sql | null {
  const lookups = (Object.keys(SLUGGED) as Slugged[])
    .filter((dim) => slugsOf(filters, dim).length > (d.slugsFirst ? 0 : 1))
    .map((dim) => Prisma.sql`SELECT ${dim} AS dim, "id" AS id FROM ${table(dim)} WHERE "slug" IN (${Prisma.join(slugsOf(filters, dim))})`);
  return lookups.length ? Prisma.join(lookups, " UNION ALL ") : null;
}

/** The filters resolved, with the rows slugLookup's statement answered. */
export function resolveFilters(d: Dialect, filters: StatementFilters, looked: { dim: string; id: number | bigint }[]): ResolvedFilters {
  const ids = (dim: Slugged): Sql[] | null => {
    if (filters[dim].length === 0) return null;
    const slugs = slugsOf(filters, dim);
    if (slugs.length === 0) return [];
    if (slugs.length === 1 && !d.slugsFirst) return [Prisma.sql`(SELECT "id" FROM ${table(dim)} WHERE "slug" = ${slugs[0]})`];
    return looked.filter((r) => r.dim === dim).map((r) => Prisma.sql`${Number(r.id)}`);
  };
  const query = filters.q ? parseSearchQuery(filters.q) : null;
  const match = query ? d.matchSearch(query) : null;
  return {
    dialect: d,
    speaker: ids("speaker"),
    speakerNone: filters.speaker.includes(NO_SPEAKER),
    minConfidence: filters.confidence ?? null,
    topic: ids("topic"),
    outlet: ids("outlet"),
    kind: filters.kind.length ? filters.kind : null,
    ...dateFilter(filters),
    match,
    phrases: query ? searchPhrases(query) : [],
    matchesNothing: Boolean(filters.q) && match === null,
  };
}

/**
 * `column IN (values)`, or false when there is no value. One value is `column = value`: SQLite reads
 * `IN ((SELECT …))` as a list subquery, which loses the index order a list is read in.
 */
export function inList(column: Sql, values: (number | string | Sql)[]): Sql {
  if (values.length === 0) return Prisma.sql`FALSE`;
  return values.length === 1 ? Prisma.sql`${column} = ${values[0]!}` : Prisma.sql`${column} IN (${Prisma.join(values)})`;
}

/**
 * Where a query reads a statement's filter columns: Statement itself (`s`), StatementTopic's copies
 * (`st`, when a topic drives the query; dateFrom/dateTo then come from a joined `s`), or the
 * full-text matches (`m`).
 */
export interface Columns {
  /** How a range of whole years is best put for this source's indexes: the two are equivalent. */
  years: "dateSort" | "publishedYear";
  seq: Sql;
  speakerId: Sql;
  outletId: Sql;
  kind: Sql;
  publishedYear: Sql;
  dateSort: Sql;
  dateFrom: Sql;
  dateTo: Sql;
  confidence: Sql;
}

const columnsOf = (alias: string, years: Columns["years"], key = "seq"): Columns => {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return {
    years,
    seq: column(key),
    speakerId: column("speakerId"),
    outletId: column("outletId"),
    kind: column("kind"),
    publishedYear: column("publishedYear"),
    dateSort: column("dateSort"),
    dateFrom: column("dateFrom"),
    dateTo: column("dateTo"),
    confidence: column("confidence"),
  };
};
export const S = columnsOf("s", "dateSort");
/** StatementTopic's copies; the date range and confidence columns only on the joined Statement. */
export const ST: Columns = { ...columnsOf("st", "publishedYear", "statementSeq"), dateFrom: S.dateFrom, dateTo: S.dateTo, confidence: S.confidence };
/** StatementTopic listed in date order: (topicId, dateSort) is the index to read. */
export const ST_BY_DATE: Columns = { ...ST, years: "dateSort" };
export const M = columnsOf("m", "publishedYear", "rid");

/** The conditions of the date part of the filters on `c` (not their yearUnknown part). */
function dateConditions(r: ResolvedFilters, c: Columns): Sql[] {
  const parts: Sql[] = [];
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
  return parts;
}

/**
 * The conditions of every filter but `except` on `c`. `topic` says how the topic filter is met
 * (by the source itself when a topic drives the query). The full-text filter is not among them:
 * each query reaches the matches its own way.
 */
export function conditions(r: ResolvedFilters, c: Columns, except: Dimension | null, topic: "source" | "subquery"): Sql[] {
  const parts: Sql[] = [];
  if (r.matchesNothing) parts.push(Prisma.sql`FALSE`);
  if (r.speaker && except !== "speaker") {
    const named = inList(c.speakerId, r.speaker);
    parts.push(!r.speakerNone ? named : r.speaker.length ? Prisma.sql`(${named} OR ${c.speakerId} IS NULL)` : Prisma.sql`${c.speakerId} IS NULL`);
  }
  if (r.topic && except !== "topic" && topic === "subquery") {
    parts.push(
      r.topic.length
        ? Prisma.sql`${c.seq} IN (SELECT sq."statementSeq" FROM "StatementTopic" sq WHERE sq."topicId" IN (${Prisma.join(r.topic)}))`
        : Prisma.sql`FALSE`,
    );
  }
  if (r.outlet && except !== "outlet") parts.push(inList(c.outletId, r.outlet));
  if (r.kind && except !== "kind") parts.push(inList(c.kind, r.kind));
  if (except !== "date") parts.push(...dateConditions(r, c));
  if (r.yearUnknown) parts.push(Prisma.sql`${c.dateSort} IS NULL`);
  if (r.minConfidence !== null) parts.push(Prisma.sql`${c.confidence} >= ${r.minConfidence}`);
  return parts;
}

export const whereOf = (parts: Sql[]) => (parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty);

/** The one topic a query can be driven from (StatementTopic's copies), unless `except`ed. */
export const drivingTopic = (r: ResolvedFilters, except: Dimension | null): Sql | null =>
  r.topic?.length === 1 && except !== "topic" ? r.topic[0]! : null;

/** The full-text matches (`f`) with their filter columns (`m`), read by every count. */
export const matchesCte = (d: Dialect) => Prisma.sql`m AS MATERIALIZED (
    SELECT s."seq" AS rid, s."speakerId", s."outletId", s."kind", s."publishedYear", s."dateSort", s."dateFrom", s."dateTo", s."confidence"
    FROM f ${d.orderedJoin} "Statement" s ON s."seq" = f.rid)`;

/** Statement (`s`) joined to StatementTopic's rows (`st`): their date range columns. */
const statementOfLink = (d: Dialect) => Prisma.sql`${d.orderedJoin} "Statement" s ON s."seq" = st."statementSeq"`;

/**
 * FROM … WHERE … of the statements that pass every filter but `except`, exactly, for a count:
 * from the full-text matches when searching, else from StatementTopic when one topic is a filter,
 * else from Statement. Names the source's columns for GROUP BY.
 */
export function countSource(r: ResolvedFilters, except: Dimension | null): { from: Sql; c: Columns } {
  if (r.match) return { from: Prisma.sql`FROM m ${whereOf(conditions(r, M, except, "subquery"))}`, c: M };
  const topic = drivingTopic(r, except);
  if (topic !== null) {
    const join = (r.days && except !== "date") || r.minConfidence !== null ? statementOfLink(r.dialect) : Prisma.empty;
    return {
      from: Prisma.sql`FROM "StatementTopic" st ${join} ${whereOf([Prisma.sql`st."topicId" = ${topic}`, ...conditions(r, ST, except, "source")])}`,
      c: ST,
    };
  }
  return { from: Prisma.sql`FROM "Statement" s ${whereOf(conditions(r, S, except, "subquery"))}`, c: S };
}

/** Statements of every filter but topic, one row per (statement, topic): what the topic facet counts. */
export function topicLinksSource(r: ResolvedFilters): Sql {
  const d = r.dialect;
  if (r.match) {
    return Prisma.sql`FROM m ${d.orderedJoin} "StatementTopic" st ON st."statementSeq" = m.rid ${whereOf(conditions(r, M, "topic", "subquery"))}`;
  }
  const join = r.days || r.minConfidence !== null ? statementOfLink(d) : Prisma.empty;
  return Prisma.sql`FROM "StatementTopic" st ${join} ${whereOf(conditions(r, ST, "topic", "subquery"))}`;
}
