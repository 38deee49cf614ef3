import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/sql";
import { readDb } from "@/lib/db/client";
import { contains } from "@/lib/db/contains";
import type { Sql } from "@/lib/db/engine";

export interface TopicCard {
  slug: string;
  label: string;
  kind: string;
  statementCount: number;
  articleCount: number;
}

export interface TopicView extends TopicCard {
  speakers: { slug: string; name: string; count: number }[];
}

const topicSelect = { slug: true, label: true, kind: true, statementCount: true, articleCount: true };

export interface TopicPage {
  items: TopicCard[];
  /** Topics matching q, all pages. */
  total: number;
  nextCursor: string | null;
  /** The page before (its cursor: null for the first page), or null on the first page. */
  previous: { cursor: string | null } | null;
}

export interface ListTopicsOptions {
  /** Part of the label, case aside. */
  q?: string | null;
  /** Only curated topics (the taxonomy) or only key phrases. */
  kind?: "curated" | "keyphrase" | null;
  cursor?: string | null;
  /** null: every topic. */
  limit?: number | null;
}

/** Where a page of topics ended, in their order (most statements, then label, then id). */
const topicCursor = z.tuple([z.number().int(), z.string(), z.number().int()]);
type TopicKey = { statementCount: number | bigint; label: string; id: number | bigint };
const encodeTopicCursor = (row: TopicKey) => Buffer.from(JSON.stringify([Number(row.statementCount), row.label, Number(row.id)])).toString("base64url");

function decodeTopicCursor(value: string | null | undefined): z.infer<typeof topicCursor> | null {
  if (!value) return null;
  try {
    const parsed = topicCursor.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Topics that some statement is about, most statements first, a page at a time (keyset on count, label,
 * id). A topic only articles mention (a curated one whose words never fall in a statement's sentence)
 * leads to no statement: it is neither listed nor counted.
 */
export async function listTopics(options: ListTopicsOptions = {}): Promise<TopicPage> {
  const db = readDb();
  const where = [Prisma.sql`t."statementCount" > 0`];
  if (options.q) where.push(contains(Prisma.sql`t."label"`, options.q));
  if (options.kind) where.push(Prisma.sql`t."kind" = ${options.kind}`);
  const after = decodeTopicCursor(options.cursor);
  const limit = options.limit ?? null;
  const rows = (extra: Sql[], order: string, take: number | null, skip = 0) =>
    db.$queryRaw<(TopicCard & { id: number | bigint; statementCount: number | bigint; articleCount: number | bigint })[]>`
      SELECT t."id", t."slug", t."label", t."kind", t."statementCount", t."articleCount" FROM "Topic" t
      WHERE ${Prisma.join([...where, ...extra], " AND ")} ORDER BY ${Prisma.raw(order)}
      ${take === null ? Prisma.empty : Prisma.sql`LIMIT ${take} OFFSET ${skip}`}`;
  const [page, [count], before] = await Promise.all([
    rows(
      after ? [Prisma.sql`(t."statementCount" < ${after[0]} OR (t."statementCount" = ${after[0]} AND (t."label" > ${after[1]} OR (t."label" = ${after[1]} AND t."id" > ${after[2]}))))`] : [],
      `t."statementCount" DESC, t."label", t."id"`,
      limit === null ? null : limit + 1,
    ),
    db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "Topic" t WHERE ${Prisma.join(where, " AND ")}`,
    // The page before is the `limit` topics up to the cursor's: it starts after the one `limit` further back.
    after && limit !== null
      ? rows(
          [Prisma.sql`(t."statementCount" > ${after[0]} OR (t."statementCount" = ${after[0]} AND (t."label" < ${after[1]} OR (t."label" = ${after[1]} AND t."id" <= ${after[2]}))))`],
          `t."statementCount", t."label" DESC, t."id" DESC`,
          1,
          limit,
        )
      : null,
  ]);
  const items = (limit === null ? page : page.slice(0, limit)).map((r) => ({
    slug: r.slug, label: r.label, kind: r.kind, statementCount: Number(r.statementCount), articleCount: Number(r.articleCount),
  }));
  const last = limit !== null && page.length > limit ? page[limit - 1] : undefined;
  return {
    items,
    total: Number(count!.n),
    nextCursor: last ? encodeTopicCursor(last) : null,
    previous: before ? { cursor: before[0] ? encodeTopicCursor(before[0]) : null } : null,
  };
}

export async function getTopic(slug: string): Promise<TopicView | null> {
  const db = readDb();
  const row = await db.topic.findUnique({ where: { slug }, select: { id: true, ...topicSelect } });
  if (!row) return null;
  const speakers = await db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
    SELECT sp."slug", sp."name", count(*) AS n FROM "StatementTopic" st JOIN "Statement" s ON s."id" = st."statementId"
    JOIN "Speaker" sp ON sp."id" = s."speakerId" WHERE st."topicId" = ${row.id}
    GROUP BY sp."id" ORDER BY n DESC, sp."name" LIMIT 20`;
  const { id: _id, ...card } = row;
  return { ...card, speakers: speakers.map((s) => ({ slug: s.slug, name: s.name, count: Number(s.n) })) };
}
