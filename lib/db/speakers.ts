import "server-only";
import { readDb } from "@/lib/db/client";

export interface SpeakerCard {
  slug: string;
  name: string;
  role: string | null;
  kind: string;
  aliases: string[];
  statementCount: number;
}

export interface SpeakerView extends SpeakerCard {
  topics: { slug: string; label: string; count: number }[];
  coSpeakers: { slug: string; name: string; articles: number }[];
  articleCount: number;
}

type SpeakerRow = { slug: string; name: string; role: string | null; kind: string; statementCount: number; aliases: { alias: string }[] };

const toSpeakerCard = (row: SpeakerRow): SpeakerCard => ({
  slug: row.slug,
  name: row.name,
  role: row.role,
  kind: row.kind,
  aliases: row.aliases.map((a) => a.alias).filter((a) => a !== row.name),
  statementCount: row.statementCount,
});

const speakerSelect = {
  slug: true,
  name: true,
  role: true,
  kind: true,
  statementCount: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" as const } },
};

export async function listSpeakers(options: { limit?: number } = {}): Promise<SpeakerCard[]> {
  const rows = await readDb().speaker.findMany({
    where: { statementCount: { gt: 0 }, mergedIntoId: null },
    select: speakerSelect,
    orderBy: [{ statementCount: "desc" }, { name: "asc" }],
    take: options.limit ?? 500,
  });
  return rows.map(toSpeakerCard);
}

export async function getSpeaker(slug: string): Promise<SpeakerView | null> {
  const db = readDb();
  const row = await db.speaker.findUnique({ where: { slug }, select: { id: true, ...speakerSelect } });
  if (!row) return null;
  const [topics, coSpeakers, articles] = await Promise.all([
    db.$queryRaw<{ slug: string; label: string; n: bigint | number }[]>`
      SELECT t.slug, t.label, count(*) AS n FROM Statement s JOIN StatementTopic st ON st.statementId = s.id
      JOIN Topic t ON t.id = st.topicId WHERE s.speakerId = ${row.id}
      GROUP BY t.id ORDER BY n DESC, t.label LIMIT 20`,
    db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
      SELECT sp.slug, sp.name, count(DISTINCT s2.articleId) AS n
      FROM (SELECT DISTINCT articleId FROM Statement WHERE speakerId = ${row.id}) mine
      JOIN Statement s2 ON s2.articleId = mine.articleId JOIN Speaker sp ON sp.id = s2.speakerId
      WHERE s2.speakerId <> ${row.id}
      GROUP BY sp.id ORDER BY n DESC, sp.name LIMIT 20`,
    db.$queryRaw<{ n: bigint | number }[]>`SELECT count(DISTINCT articleId) AS n FROM Statement WHERE speakerId = ${row.id}`,
  ]);
  return {
    ...toSpeakerCard(row),
    topics: topics.map((t) => ({ slug: t.slug, label: t.label, count: Number(t.n) })),
    coSpeakers: coSpeakers.map((c) => ({ slug: c.slug, name: c.name, articles: Number(c.n) })),
    articleCount: Number(articles[0]?.n ?? 0),
  };
}
