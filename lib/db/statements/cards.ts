import { Prisma } from "@/lib/db/sql";
import { readDb } from "@/lib/db/client";
import type { Dialect, Sql } from "@/lib/db/engine";
import { markSnippet } from "@/lib/db/stored";
import type { PartialDate } from "@/lib/domain/dates";
import { articleUrl, statementUrl } from "@/lib/urls";

// A statement as lists show it (a card): the columns and joins it is read with, and its view model.

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
  /** The text around the matches, <mark>ed (HTML-escaped otherwise); only when searching. */
  snippet: string | null;
}

export interface Row {
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
export const CARD_COLUMNS = Prisma.sql`s."id", s."text", s."kind", s."start", s."end", s."articleId", s."position", s."dateSort",
  sp."slug" AS "speakerSlug", sp."name" AS "speakerName", a."slug" AS "articleSlug", a."title" AS "articleTitle",
  a."sourceUrl", o."name" AS "outletName", a."publishedYear" AS year, a."publishedMonth" AS month, a."publishedDay" AS day`;
export const CARD_JOINS = Prisma.sql`JOIN "Article" a ON a."id" = s."articleId"
  LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
  LEFT JOIN "Outlet" o ON o."id" = s."outletId"`;

/** A statement's topics in the order cards show them: curated topics before key phrases, then by slug. */
const TOPIC_ORDER = Prisma.sql`t."kind" <> 'curated', t."slug"`;

/**
 * A card's values for a JSON array, in the order parseRows reads, its topics (in topicsOf's order)
 * included; the snippet goes after them. Runs a subquery per row: meant for a page of rows.
 */
export function cardValues(d: Dialect): Sql[] {
  const topics = Prisma.sql`(SELECT ${d.jsonArrayAgg(d.jsonArray([Prisma.sql`t."slug"`, Prisma.sql`t."label"`]), TOPIC_ORDER)}
    FROM "StatementTopic" ct JOIN "Topic" t ON t."id" = ct."topicId" WHERE ct."statementId" = s."id")`;
  const columns = `s."id", s."text", s."kind", s."start", s."end", s."articleId", s."position", s."dateSort",
    sp."slug", sp."name", a."slug", a."title", a."sourceUrl", o."name", a."publishedYear", a."publishedMonth", a."publishedDay"`;
  return [Prisma.raw(columns), d.jsonNested(topics)];
}

export function parseRows(json: string): Row[] {
  type Values = [string, string, string, number, number, number, number, number | null, string | null, string | null, string, string,
    string | null, string | null, number | null, number | null, number | null, [string, string][] | null, string | null];
  return (JSON.parse(json) as Values[]).map((v) => ({
    id: v[0], text: v[1], kind: v[2], start: v[3], end: v[4], articleId: v[5], position: v[6], dateSort: v[7],
    speakerSlug: v[8], speakerName: v[9], articleSlug: v[10], articleTitle: v[11], sourceUrl: v[12], outletName: v[13],
    year: v[14], month: v[15], day: v[16], topics: v[17], snippet: v[18],
  }));
}

export function inlineTopics(topics: [string, string][] | null | undefined): TopicRef[] {
  return (topics ?? []).map(([slug, label]) => ({ slug, label }));
}

export function toStatementCard(row: Row, topics: TopicRef[]): StatementCard {
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

export const numberOrNull = (value: number | bigint | null): number | null => (value === null ? null : Number(value));

export type TopicRef = { slug: string; label: string };

/** Topics of each statement, curated topics before key phrases, then by slug. */
export async function topicsOf(ids: string[]): Promise<Map<string, TopicRef[]>> {
  const map = new Map<string, TopicRef[]>();
  if (ids.length === 0) return map;
  const rows = await readDb().$queryRaw<{ statementId: string; slug: string; label: string }[]>`
    SELECT st."statementId", t."slug", t."label" FROM "StatementTopic" st JOIN "Topic" t ON t."id" = st."topicId"
    WHERE st."statementId" IN (${Prisma.join(ids)}) ORDER BY ${TOPIC_ORDER}`;
  for (const row of rows) map.set(row.statementId, [...(map.get(row.statementId) ?? []), { slug: row.slug, label: row.label }]);
  return map;
}
