import "server-only";
import { readDb } from "@/lib/db/client";

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

export async function listTopics(): Promise<TopicCard[]> {
  return readDb().topic.findMany({
    where: { OR: [{ statementCount: { gt: 0 } }, { articleCount: { gt: 0 } }] },
    select: topicSelect,
    orderBy: [{ statementCount: "desc" }, { label: "asc" }],
  });
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
