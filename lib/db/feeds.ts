import "server-only";
import { readDb } from "@/lib/db/client";
import type { PartialDate } from "@/lib/domain/dates";

export interface FeedEntry {
  id: string;
  text: string;
  speaker: string | null;
  articleTitle: string;
  articleSlug: string;
  outlet: string | null;
  date: PartialDate;
  ingestedAt: Date;
}

export interface Feed {
  title: string;
  entries: FeedEntry[];
}

/** The newest statements (by when they entered the corpus) of one speaker or one topic. */
export async function feedFor(by: { speaker: string } | { topic: string }, limit = 50): Promise<Feed | null> {
  const db = readDb();
  let title: string;
  let where;
  if ("speaker" in by) {
    const speaker = await db.speaker.findUnique({ where: { slug: by.speaker }, select: { id: true, name: true } });
    if (!speaker) return null;
    title = `Verbatim: statements by ${speaker.name}`;
    where = { speakerId: speaker.id };
  } else {
    const topic = await db.topic.findUnique({ where: { slug: by.topic }, select: { id: true, label: true } });
    if (!topic) return null;
    title = `Verbatim: statements on ${topic.label}`;
    where = { topics: { some: { topicId: topic.id } } };
  }
  const rows = await db.statement.findMany({
    where,
    orderBy: [{ article: { ingestedAt: "desc" } }, { dateSort: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      text: true,
      speaker: { select: { name: true } },
      article: {
        select: { title: true, slug: true, ingestedAt: true, publishedYear: true, publishedMonth: true, publishedDay: true, outlet: { select: { name: true } } },
      },
    },
  });
  return {
    title,
    entries: rows.map((r) => ({
      id: r.id,
      text: r.text,
      speaker: r.speaker?.name ?? null,
      articleTitle: r.article.title,
      articleSlug: r.article.slug,
      outlet: r.article.outlet?.name ?? null,
      date: { year: r.article.publishedYear, month: r.article.publishedMonth, day: r.article.publishedDay },
      ingestedAt: r.article.ingestedAt,
    })),
  };
}
