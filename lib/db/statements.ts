import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readDb } from "@/lib/db/client";
import { markSnippet, parseSpans, SNIPPET_CLOSE, SNIPPET_OPEN } from "@/lib/db/stored";
import type { PartialDate } from "@/lib/ingest/types";
import { articleUrl, statementUrl, withParams, type QueryValue } from "@/lib/urls";

// The one query layer behind /statements, the speaker, topic and date pages, and /api/statements:
// filters combine with AND, repeated values of one filter with OR; facets are counted across the
// many-to-many links, each value carrying the link that toggles it.

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

export type StatementSort = "date" | "oldest" | "relevance";

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

export type FacetName = "speaker" | "topic" | "outlet" | "kind" | "year";

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

type Dimension = Exclude<FacetName, "year"> | "date" | "q";

/** The row ids behind the slugs of the speaker, topic and outlet filters. */
interface FilterIds {
  speaker: number[];
  topic: number[];
  outlet: number[];
}

/**
 * Slugs become ids before the main queries run: `speakerId IN (1, 2)` lets SQLite walk the
 * (speakerId, dateSort) index in order, where a slug subquery made it sort every matching row.
 */
async function resolveFilterIds(filters: StatementFilters): Promise<FilterIds> {
  const db = readDb();
  const ids = async (rows: Promise<{ id: number }[]>) => (await rows).map((r) => r.id);
  const [speaker, topic, outlet] = await Promise.all([
    filters.speaker.length ? ids(db.speaker.findMany({ where: { slug: { in: filters.speaker } }, select: { id: true } })) : [],
    filters.topic.length ? ids(db.topic.findMany({ where: { slug: { in: filters.topic } }, select: { id: true } })) : [],
    filters.outlet.length ? ids(db.outlet.findMany({ where: { slug: { in: filters.outlet } }, select: { id: true } })) : [],
  ]);
  return { speaker, topic, outlet };
}

/** `column IN (ids)`, or nothing at all when no slug named a row. */
const inIds = (column: Prisma.Sql, ids: number[]) => (ids.length ? Prisma.sql`${column} IN (${Prisma.join(ids)})` : Prisma.sql`0`);

/** The WHERE clause over `s` (Statement) for all filters but `except`. */
function whereClause(filters: StatementFilters, ids: FilterIds, except?: Dimension): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.speaker.length && except !== "speaker") parts.push(inIds(Prisma.sql`s.speakerId`, ids.speaker));
  if (filters.topic.length && except !== "topic") {
    parts.push(
      ids.topic.length
        ? Prisma.sql`s.id IN (SELECT st.statementId FROM StatementTopic st WHERE st.topicId IN (${Prisma.join(ids.topic)}))`
        : Prisma.sql`0`,
    );
  }
  if (filters.outlet.length && except !== "outlet") parts.push(inIds(Prisma.sql`s.outletId`, ids.outlet));
  if (filters.kind.length && except !== "kind") {
    parts.push(Prisma.sql`s.kind IN (${Prisma.join(filters.kind)})`);
  }
  // dateFrom <= dateTo always, so "dateFrom <= to" changes no answer; it bounds the index range on
  // (dateFrom, dateTo) to the period asked for instead of "from here to the end of the corpus".
  if (filters.from !== null && except !== "date") parts.push(Prisma.sql`s.dateFrom >= ${filters.from}`);
  if (filters.to !== null && except !== "date") parts.push(Prisma.sql`s.dateTo <= ${filters.to} AND s.dateFrom <= ${filters.to}`);
  if (filters.yearUnknown) parts.push(Prisma.sql`s.dateSort IS NULL`);
  const match = filters.q ? ftsQuery(filters.q) : null;
  if (filters.q && except !== "q") {
    // A query with no searchable word matches nothing rather than everything.
    parts.push(match ? Prisma.sql`s.rowid IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ${match})` : Prisma.sql`0`);
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

interface Cursor {
  /** Sort key of the last row: dateSort (null for unknown years) or, for relevance, the offset. */
  k: number | null;
  a: number;
  p: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.k, cursor.a, cursor.p])).toString("base64url");
}

export function decodeCursor(value: string | null): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) && parsed.length === 3 &&
      (parsed[0] === null || Number.isSafeInteger(parsed[0])) && Number.isSafeInteger(parsed[1]) && Number.isSafeInteger(parsed[2])
    ) {
      return { k: parsed[0] as number | null, a: parsed[1] as number, p: parsed[2] as number };
    }
  } catch {
    // falls through: a cursor that does not decode is no cursor
  }
  return null;
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
}

// The columns and joins every statement card is read with.
const CARD_COLUMNS = Prisma.sql`s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort,
  sp.slug AS speakerSlug, sp.name AS speakerName, a.slug AS articleSlug, a.title AS articleTitle,
  a.sourceUrl, o.name AS outletName, a.publishedYear AS year, a.publishedMonth AS month, a.publishedDay AS day`;
const CARD_JOINS = Prisma.sql`JOIN Article a ON a.id = s.articleId
  LEFT JOIN Speaker sp ON sp.id = s.speakerId
  LEFT JOIN Outlet o ON o.id = s.outletId`;

function keysetClause(sort: StatementSort, cursor: Cursor | null): Prisma.Sql {
  if (!cursor || sort === "relevance") return Prisma.empty;
  const tie = Prisma.sql`(s.articleId > ${cursor.a} OR (s.articleId = ${cursor.a} AND s.position > ${cursor.p}))`;
  if (sort === "date") {
    // Newest first; unknown years (NULL) last.
    return cursor.k === null
      ? Prisma.sql`AND s.dateSort IS NULL AND ${tie}`
      : Prisma.sql`AND (s.dateSort < ${cursor.k} OR s.dateSort IS NULL OR (s.dateSort = ${cursor.k} AND ${tie}))`;
  }
  // Oldest first; unknown years still last.
  return cursor.k === null
    ? Prisma.sql`AND s.dateSort IS NULL AND ${tie}`
    : Prisma.sql`AND (s.dateSort > ${cursor.k} OR s.dateSort IS NULL OR (s.dateSort = ${cursor.k} AND ${tie}))`;
}

function orderClause(sort: StatementSort): Prisma.Sql {
  if (sort === "relevance") return Prisma.sql`ORDER BY rank, s.articleId, s.position`;
  if (sort === "oldest") return Prisma.sql`ORDER BY s.dateSort IS NULL, s.dateSort ASC, s.articleId, s.position`;
  return Prisma.sql`ORDER BY s.dateSort DESC, s.articleId, s.position`;
}

const where = (clause: Prisma.Sql) => (clause === Prisma.empty ? Prisma.sql`WHERE 1` : clause);

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

export async function listStatements(options: ListStatementsOptions): Promise<StatementPage> {
  const db = readDb();
  const { filters } = options;
  const match = filters.q ? ftsQuery(filters.q) : null;
  const sort: StatementSort = options.sort ?? (match ? "relevance" : "date");
  const effectiveSort: StatementSort = sort === "relevance" && !match ? "date" : sort;
  const limit = options.limit ?? 50;
  const cursor = decodeCursor(options.cursor ?? null);
  const ids = await resolveFilterIds(filters);
  const filter = where(whereClause(filters, ids));

  const searching = match !== null;
  const rankJoin = searching
    ? Prisma.sql`JOIN (SELECT rowid AS rid, bm25(statement_fts) AS rank, snippet(statement_fts, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24) AS snip FROM statement_fts WHERE statement_fts MATCH ${match}) f ON f.rid = s.rowid`
    : Prisma.empty;
  const offset = effectiveSort === "relevance" && cursor ? cursor.k ?? 0 : 0;

  const rowsQuery = db.$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, ${searching ? Prisma.sql`f.snip` : Prisma.sql`NULL`} AS snippet
    FROM Statement s ${CARD_JOINS}
    ${rankJoin}
    ${filter} ${keysetClause(effectiveSort, cursor)}
    ${orderClause(effectiveSort)}
    LIMIT ${limit + 1} OFFSET ${offset}`;
  const totalQuery = db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM Statement s ${filter}`;
  const [rows, totalRows, facets] = await Promise.all([
    rowsQuery,
    totalQuery,
    options.facets === false ? Promise.resolve(null) : statementFacets(options, ids),
  ]);

  const page = rows.slice(0, limit);
  const topics = await topicsOf(page.map((r) => r.id));
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(
          effectiveSort === "relevance"
            ? { k: offset + limit, a: 0, p: 0 }
            : { k: last.dateSort, a: last.articleId, p: last.position },
        )
      : null;
  return {
    items: page.map((row) => toStatementCard(row, topics.get(row.id) ?? [])),
    total: Number(totalRows[0]?.n ?? 0),
    nextCursor,
    facets: facets ?? { speaker: [], topic: [], outlet: [], kind: [], year: [] },
  };
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
export function filterParams(filters: StatementFilters): Record<string, QueryValue> {
  const day = (n: number | null) => (n === null ? null : `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`);
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

async function statementFacets(options: ListStatementsOptions, ids: FilterIds): Promise<Record<FacetName, FacetValue[]>> {
  const db = readDb();
  const { filters } = options;
  const href = (next: StatementFilters) => withParams(options.basePath, { ...filterParams(next), ...options.keep });
  type CountRow = { value: string | null; label: string | null; n: bigint | number };

  // Each facet counts under every filter but its own, so that a reader can widen a choice (a OR b).
  const [speakers, topics, outlets, kinds, years] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      SELECT sp.slug AS value, sp.name AS label, count(*) AS n FROM Statement s JOIN Speaker sp ON sp.id = s.speakerId
      ${where(whereClause(filters, ids, "speaker"))} GROUP BY s.speakerId ORDER BY n DESC, label LIMIT ${FACET_LIMIT}`,
    db.$queryRaw<CountRow[]>`
      SELECT t.slug AS value, t.label AS label, count(*) AS n FROM StatementTopic st
      JOIN Statement s ON s.id = st.statementId JOIN Topic t ON t.id = st.topicId
      ${where(whereClause(filters, ids, "topic"))} GROUP BY st.topicId ORDER BY n DESC, label LIMIT ${FACET_LIMIT}`,
    db.$queryRaw<CountRow[]>`
      SELECT o.slug AS value, o.name AS label, count(*) AS n FROM Statement s JOIN Outlet o ON o.id = s.outletId
      ${where(whereClause(filters, ids, "outlet"))} GROUP BY s.outletId ORDER BY n DESC, label LIMIT ${FACET_LIMIT}`,
    db.$queryRaw<CountRow[]>`
      SELECT s.kind AS value, s.kind AS label, count(*) AS n FROM Statement s
      ${where(whereClause(filters, ids, "kind"))} GROUP BY s.kind ORDER BY n DESC`,
    db.$queryRaw<CountRow[]>`
      SELECT CAST(s.publishedYear AS TEXT) AS value, NULL AS label, count(*) AS n FROM Statement s
      ${where(whereClause(filters, ids, "date"))} GROUP BY s.publishedYear ORDER BY s.publishedYear IS NULL, s.publishedYear DESC`,
  ]);

  const values = (rows: CountRow[], selected: string[], name: "speaker" | "topic" | "outlet" | "kind"): FacetValue[] => {
    const out: FacetValue[] = rows
      .filter((r): r is CountRow & { value: string } => r.value !== null)
      .map((r) => ({
        value: r.value,
        label: r.label ?? r.value,
        count: Number(r.n),
        selected: selected.includes(r.value),
        href: href({ ...filters, [name]: toggle(selected, r.value) }),
      }));
    // A selected value stays visible (and removable) even when it is outside the top counts.
    for (const value of selected) {
      if (!out.some((v) => v.value === value)) {
        out.push({ value, label: value, count: 0, selected: true, href: href({ ...filters, [name]: toggle(selected, value) }) });
      }
    }
    return out;
  };

  const yearValues: FacetValue[] = years.map((r) => {
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
          : href({ ...filters, from: selected ? null : range!.from, to: selected ? null : range!.to }),
    };
  });

  return {
    speaker: values(speakers, filters.speaker, "speaker"),
    topic: values(topics, filters.topic, "topic"),
    outlet: values(outlets, filters.outlet, "outlet"),
    kind: values(kinds, filters.kind, "kind"),
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
const STOP = new Set(
  "about above after again against also among and any are because been before being between both but can could did does doing during each even ever every for from had has have having her here hers him his how however into its just like made make many more most much must near neither nor not now off once only other our ours out over own said same says she should since some such than that the their theirs them then there these they this those through too under until upon very was were what when where which while who whom why will with within would yet you your".split(" "),
);

export function keywords(text: string, max = 12): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 4 || STOP.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max).map(([w]) => w);
}

/** Other statements of the same speaker sharing a topic with this one, newest first. */
export async function moreFromSpeaker(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  if (!detail.speaker || detail.topics.length === 0) return [];
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM Statement s ${CARD_JOINS}
    WHERE sp.slug = ${detail.speaker.slug} AND s.id <> ${detail.id}
      AND s.id IN (SELECT st.statementId FROM StatementTopic st JOIN Topic t ON t.id = st.topicId WHERE t.slug IN (${Prisma.join(detail.topics)}))
    ORDER BY s.dateSort DESC, s.articleId, s.position LIMIT ${limit}`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}

/** Statements in other articles that say something close (full-text similarity on key words). */
export async function similarStatements(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  const words = keywords(detail.text);
  if (words.length === 0) return [];
  const match = words.map((w) => `"${w}"`).join(" OR ");
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM (SELECT rowid AS rid, bm25(statement_fts) AS rank FROM statement_fts WHERE statement_fts MATCH ${match} ORDER BY rank LIMIT 200) f
    JOIN Statement s ON s.rowid = f.rid ${CARD_JOINS}
    WHERE a.slug <> ${detail.article.slug}
    ORDER BY f.rank LIMIT ${limit}`;
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
