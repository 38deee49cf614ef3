import "server-only";
import { readDb, readDialect } from "@/lib/db/client";
import { correctionHistory, type CorrectionRecord } from "@/lib/db/editorial/corrections";
import { markSnippet, parseSpans } from "@/lib/db/stored";
import type { PartialDate } from "@/lib/domain/dates";
import type { Span } from "@/lib/ingest/types";
import { z } from "zod";

// Read side of articles: view models for the list and the reader, never raw rows.


export interface OutletRef {
  slug: string;
  name: string;
  url: string | null;
}

export interface ArticleCard {
  slug: string;
  title: string;
  titleDerived: boolean;
  outlet: OutletRef | null;
  dateline: string | null;
  date: PartialDate;
  statementCount: number;
}

export interface StatementMark {
  id: string;
  kind: string;
  speaker: { slug: string; name: string } | null;
}

/** A run of paragraph text, highlighted when it belongs to a statement. */
export interface Segment {
  text: string;
  statement: StatementMark | null;
  /** True on the first piece of a statement: that piece carries the anchor. */
  anchor: boolean;
  /** True on the last piece of a statement: the speaker's tag follows it. */
  last: boolean;
}

export interface ArticleView extends ArticleCard {
  key: string;
  byline: string | null;
  sourceUrl: string | null;
  language: string;
  provenance: Record<string, string>;
  paragraphs: Segment[][];
  relatedHeadlines: string[];
  boilerplate: string[];
  retracted: boolean;
  /** Editors' corrections of the article itself (title, date), oldest first. */
  history: CorrectionRecord[];
}

const cardSelect = {
  slug: true,
  title: true,
  titleDerived: true,
  dateline: true,
  publishedYear: true,
  publishedMonth: true,
  publishedDay: true,
  statementCount: true,
  outlet: { select: { slug: true, name: true, url: true } },
} as const;

type CardRow = {
  slug: string;
  title: string;
  titleDerived: boolean;
  dateline: string | null;
  publishedYear: number | null;
  publishedMonth: number | null;
  publishedDay: number | null;
  statementCount: number;
  outlet: OutletRef | null;
};

function toArticleCard(row: CardRow): ArticleCard {
  return {
    slug: row.slug,
    title: row.title,
    titleDerived: row.titleDerived,
    outlet: row.outlet,
    dateline: row.dateline,
    date: { year: row.publishedYear, month: row.publishedMonth, day: row.publishedDay },
    statementCount: row.statementCount,
  };
}

export type ArticleSort = "date" | "title";

export interface ArticleFilters {
  outlet?: string | null;
  year?: number | "unknown" | null;
}

export const ARTICLES_PER_PAGE = 100;

export async function listArticles(options: { sort: ArticleSort; limit?: number; page?: number } & ArticleFilters): Promise<{
  items: ArticleCard[];
  total: number;
}> {
  const db = readDb();
  const where = {
    retractedAt: null,
    ...(options.outlet ? { outlet: { slug: options.outlet } } : {}),
    ...(options.year === "unknown" ? { publishedYear: null } : options.year ? { publishedYear: options.year } : {}),
  };
  // Newest first; articles without a known year come last, then by title.
  const orderBy =
    options.sort === "title"
      ? [{ title: "asc" as const }, { key: "asc" as const }]
      : [{ dateSort: { sort: "desc" as const, nulls: "last" as const } }, { title: "asc" as const }];
  const take = options.limit ?? ARTICLES_PER_PAGE;
  const [rows, total] = await Promise.all([
    db.article.findMany({ where, select: cardSelect, orderBy, take, skip: ((options.page ?? 1) - 1) * take }),
    db.article.count({ where }),
  ]);
  return { items: rows.map(toArticleCard), total };
}

/** Outlets and years with their article counts, for the article list's filters. */
export async function articleFacets(): Promise<{
  outlets: { slug: string; name: string; count: number }[];
  years: { year: number | null; count: number }[];
}> {
  const db = readDb();
  const [outlets, years] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
      SELECT o."slug", o."name", count(*) AS n FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE a."retractedAt" IS NULL GROUP BY o."id" ORDER BY n DESC, o."name" LIMIT 50`,
    db.$queryRaw<{ y: number | bigint | null; n: bigint | number }[]>`
      SELECT "publishedYear" AS y, count(*) AS n FROM "Article" WHERE "retractedAt" IS NULL
      GROUP BY "publishedYear" ORDER BY "publishedYear" IS NULL, "publishedYear" DESC`,
  ]);
  return {
    outlets: outlets.map((o) => ({ slug: o.slug, name: o.name, count: Number(o.n) })),
    years: years.map((y) => ({ year: y.y === null ? null : Number(y.y), count: Number(y.n) })),
  };
}

/** What the reader and the API read of an article besides its card: its text and where things are in it. */
const bodySelect = {
  ...cardSelect,
  key: true,
  byline: true,
  sourceUrl: true,
  language: true,
  text: true,
  paragraphs: true,
  relatedHeadlines: true,
  retractedAt: true,
} as const;

type BodyRow = CardRow & { key: string; byline: string | null; sourceUrl: string | null; language: string; text: string; relatedHeadlines: string };

/** What the reader and the API both say of an article besides its card: key, source, byline, language, related headlines. */
function articleHead(row: BodyRow) {
  return {
    ...toArticleCard(row),
    key: row.key,
    sourceUrl: row.sourceUrl,
    byline: row.byline,
    language: row.language,
    relatedHeadlines: parseSpans(row.relatedHeadlines).map((p) => row.text.slice(p.start, p.end)),
  };
}

export async function getArticle(slug: string): Promise<ArticleView | null> {
  const row = await readDb().article.findUnique({
    where: { slug },
    select: {
      ...bodySelect,
      provenance: true,
      boilerplate: true,
      statements: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          kind: true,
          speaker: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...articleHead(row),
    provenance: z.record(z.string(), z.string()).parse(JSON.parse(row.provenance)),
    paragraphs: parseSpans(row.paragraphs).map((p) => segmentParagraph(row.text, p, row.statements)),
    boilerplate: parseSpans(row.boilerplate).map((s) => row.text.slice(s.start, s.end)),
    retracted: row.retractedAt !== null,
    history: await correctionHistory(readDb(), { articleKey: row.key, statementId: null }),
  };
}

/** Cuts a paragraph into plain and highlighted runs; a statement crossing paragraphs is cut too. */
export function segmentParagraph(
  text: string,
  paragraph: Span,
  statements: readonly (Span & StatementMark)[],
): Segment[] {
  const segments: Segment[] = [];
  let at = paragraph.start;
  const inside = statements
    .filter((s) => s.end > paragraph.start && s.start < paragraph.end)
    .sort((a, b) => a.start - b.start);
  for (const s of inside) {
    const start = Math.max(s.start, paragraph.start, at);
    const end = Math.min(s.end, paragraph.end);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), statement: null, anchor: false, last: false });
    const { id, kind, speaker } = s;
    segments.push({ text: text.slice(start, end), statement: { id, kind, speaker }, anchor: start === s.start, last: end === s.end });
    at = end;
  }
  if (at < paragraph.end) segments.push({ text: text.slice(at, paragraph.end), statement: null, anchor: false, last: false });
  return segments;
}

export async function countCorpus(): Promise<{ articles: number; statements: number; speakers: number; topics: number }> {
  const db = readDb();
  const [articles, statements, speakers, topics] = await Promise.all([
    db.article.count({ where: { retractedAt: null } }),
    db.statement.count(),
    db.speaker.count({ where: { statementCount: { gt: 0 } } }),
    db.topic.count({ where: { statementCount: { gt: 0 } } }),
  ]);
  return { articles, statements, speakers, topics };
}

export interface ArticleHit extends ArticleCard {
  /** The text around the matches, HTML-escaped, with <mark> around them. */
  snippet: string;
}

/** Full-text search over article titles and texts, best first (titles weigh more). `match` is ftsQuery's. */
export async function searchArticles(match: string, limit = 20): Promise<{ items: ArticleHit[]; total: number }> {
  const db = readDb();
  const d = readDialect();
  const [rows, total] = await Promise.all([
    db.$queryRaw<{ id: number; snip: string }[]>(d.articleMatches(match, limit)),
    db.$queryRaw<{ n: bigint | number }[]>(d.articleMatchCount(match)),
  ]);
  const ids = rows.map((r) => Number(r.id));
  const cards = await db.article.findMany({ where: { id: { in: ids }, retractedAt: null }, select: { id: true, ...cardSelect } });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items: ArticleHit[] = [];
  for (const row of rows) {
    const card = byId.get(Number(row.id));
    if (card) items.push({ ...toArticleCard(card), snippet: markSnippet(row.snip) });
  }
  return { items, total: Number(total[0]?.n ?? 0) };
}

export interface ArticleApiItem extends ArticleCard {
  key: string;
  sourceUrl: string | null;
}

/** Articles newest first (unknown years last), a page at a time; the cursor is the last article's key. */
export async function listArticlesPage(options: { limit: number; cursor: string | null }): Promise<{
  items: ArticleApiItem[];
  total: number;
  nextCursor: string | null;
}> {
  const db = readDb();
  const where = { retractedAt: null };
  const afterKey = options.cursor ? Buffer.from(options.cursor, "base64url").toString("utf8") : null;
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      select: { ...cardSelect, key: true, sourceUrl: true },
      orderBy: [{ dateSort: { sort: "desc", nulls: "last" } }, { key: "asc" }],
      take: options.limit + 1,
      ...(afterKey ? { cursor: { key: afterKey }, skip: 1 } : {}),
    }),
    db.article.count({ where }),
  ]);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...toArticleCard(row), key: row.key, sourceUrl: row.sourceUrl })),
    total,
    nextCursor: rows.length > options.limit && last ? Buffer.from(last.key).toString("base64url") : null,
  };
}

/** The article with its paragraphs and statements, for the API. */
export async function getArticleForApi(slug: string) {
  const db = readDb();
  const row = await db.article.findUnique({
    where: { slug },
    select: {
      ...bodySelect,
      statements: {
        orderBy: { position: "asc" },
        select: { id: true, text: true, kind: true, start: true, end: true, cue: true, speaker: { select: { slug: true, name: true } } },
      },
    },
  });
  if (!row || row.retractedAt) return null;
  const { relatedHeadlines, ...head } = articleHead(row);
  return {
    ...head,
    paragraphs: parseSpans(row.paragraphs).map((p) => ({ ...p, text: row.text.slice(p.start, p.end) })),
    relatedHeadlines,
    statements: row.statements,
  };
}

/**
 * How many statements of each (speaker, topic) pair of an article, on each side of its date, another
 * article's statements are looked for among.
 */
const NEAREST_PER_PAIR = 25;

/**
 * Other articles quoting the same speakers on the same topics as this one, around the same time: most
 * overlap first.
 *
 * For each (speaker, topic) pair the article quotes, only the pair's NEAREST_PER_PAIR statements
 * dated at or before the article and as many after it are compared (whole days: a day's statements
 * are all in or all out), read off StatementTopic's (topicId, speakerId, dateSort) index. Counting
 * every statement of each pair read all of a busy speaker's statements on a busy topic, several times
 * over (seconds in a large corpus: docs/performance.md); and another report of the same news is one from the same days,
 * not the one that quoted the same speaker on the same topic most often over the years. An article
 * without a date compares with each pair's newest statements; statements without a date are never
 * compared.
 */
export async function alsoReportedBy(slug: string, limit = 6): Promise<(ArticleCard & { shared: number })[]> {
  const db = readDb();
  const join = readDialect().orderedJoin;
  const rows = await db.$queryRaw<{ id: number; shared: bigint | number }[]>`
    WITH art AS MATERIALIZED (SELECT "id" AS id, coalesce("dateSort", 99999999) AS day FROM "Article" WHERE "slug" = ${slug}),
    mine AS MATERIALIZED (
      SELECT DISTINCT st."speakerId" AS speaker, st."topicId" AS topic FROM art ${join} "Statement" s ON s."articleId" = art.id
      JOIN "StatementTopic" st ON st."statementId" = s."id"
      WHERE st."speakerId" IS NOT NULL
    ),
    span AS MATERIALIZED (
      SELECT mine.speaker, mine.topic,
        (SELECT b."dateSort" FROM "StatementTopic" b WHERE b."topicId" = mine.topic AND b."speakerId" = mine.speaker
         AND b."dateSort" <= art.day ORDER BY b."dateSort" DESC LIMIT 1 OFFSET ${NEAREST_PER_PAIR - 1}) AS first_day,
        (SELECT b."dateSort" FROM "StatementTopic" b WHERE b."topicId" = mine.topic AND b."speakerId" = mine.speaker
         AND b."dateSort" > art.day ORDER BY b."dateSort" LIMIT 1 OFFSET ${NEAREST_PER_PAIR - 1}) AS last_day
      FROM mine CROSS JOIN art
    )
    SELECT s."articleId" AS id, count(DISTINCT s."id") AS shared
    FROM span ${join} "StatementTopic" st ON st."topicId" = span.topic AND st."speakerId" = span.speaker
      AND st."dateSort" BETWEEN coalesce(span.first_day, 0) AND coalesce(span.last_day, 99999999)
    JOIN "Statement" s ON s."seq" = st."statementSeq"
    WHERE s."articleId" <> (SELECT id FROM art)
    GROUP BY s."articleId" ORDER BY shared DESC, s."articleId" LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const cards = await db.article.findMany({
    where: { id: { in: rows.map((r) => Number(r.id)) }, retractedAt: null },
    select: { id: true, ...cardSelect },
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const card = byId.get(Number(r.id));
    return card ? [{ ...toArticleCard(card), shared: Number(r.shared) }] : [];
  });
}
