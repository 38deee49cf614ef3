import type { Db } from "@/lib/db/client";

// The whole corpus as one JSON document in a fixed order, without timestamps or row ids: two exports
// of the same corpus are byte-identical, so a diff shows exactly what an ingest changed.

const parse = (value: string): unknown => JSON.parse(value);

export async function exportCorpus(db: Db): Promise<string> {
  const [articles, speakers, topics, statements, redirects] = await Promise.all([
    db.article.findMany({
      orderBy: { key: "asc" },
      select: {
        key: true, slug: true, title: true, titleDerived: true, byline: true, sourceUrl: true, dateline: true,
        publishedYear: true, publishedMonth: true, publishedDay: true, language: true, text: true, paragraphs: true,
        relatedHeadlines: true, boilerplate: true, provenance: true, corrections: true, sourceFile: true,
        contentHash: true, retractedAt: true,
        outlet: { select: { slug: true, name: true, url: true } },
        topics: { select: { topic: { select: { slug: true } } } },
      },
    }),
    db.speaker.findMany({
      orderBy: { key: "asc" },
      select: { key: true, slug: true, name: true, role: true, kind: true, aliases: { select: { alias: true } } },
    }),
    db.topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, label: true, kind: true } }),
    db.statement.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true, position: true, text: true, start: true, end: true, kind: true, cue: true, speakerAsWritten: true,
        speakerStart: true, speakerEnd: true, speakerNamedStart: true, speakerNamedEnd: true, confidence: true, rule: true, corrections: true,
        article: { select: { key: true } },
        speaker: { select: { key: true } },
        topics: { select: { topic: { select: { slug: true } } } },
      },
    }),
    db.redirect.findMany({ orderBy: [{ kind: "asc" }, { fromId: "asc" }], select: { kind: true, fromId: true, toId: true, reason: true } }),
  ]);
  const slugs = (list: { topic: { slug: string } }[]) => list.map((t) => t.topic.slug).sort();
  const document = {
    articles: articles.map(({ publishedYear, publishedMonth, publishedDay, retractedAt, topics: t, ...a }) => ({
      ...a,
      published: { year: publishedYear, month: publishedMonth, day: publishedDay },
      retracted: retractedAt !== null,
      paragraphs: parse(a.paragraphs),
      relatedHeadlines: parse(a.relatedHeadlines),
      boilerplate: parse(a.boilerplate),
      provenance: parse(a.provenance),
      corrections: parse(a.corrections),
      topics: slugs(t),
    })),
    speakers: speakers.map((s) => ({ ...s, aliases: s.aliases.map((a) => a.alias).sort() })),
    topics,
    statements: statements.map(({ article, speaker, topics: t, corrections, ...s }) => ({
      ...s,
      article: article.key,
      speaker: speaker?.key ?? null,
      corrections: parse(corrections),
      topics: slugs(t),
    })),
    redirects,
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}
