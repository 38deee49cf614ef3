import type { ArticleInput } from "@/lib/db/write/articles";
import { bump, type Delta } from "@/lib/db/write/counts";
import { dateSort, datePeriod } from "@/lib/domain/dates";

// The rows of one article as ingest writes them: its Article columns, its statements (with copies of
// the article's date and outlet) and their topic links.

const json = (value: unknown): string => JSON.stringify(value);

/** The Article columns ingest writes, for a new or a changed article. */
export function articleRow(input: ArticleInput, slug: string, outletId: number | null) {
  const { article } = input.extracted;
  return {
    slug,
    title: article.title,
    titleDerived: article.titleDerived,
    outletId,
    byline: article.byline,
    sourceUrl: article.sourceUrl,
    dateline: article.dateline,
    publishedYear: article.published.year,
    publishedMonth: article.published.month,
    publishedDay: article.published.day,
    dateSort: dateSort(article.published),
    ...datePeriod(article.published),
    language: article.language,
    text: input.text,
    paragraphs: json(article.paragraphs.map(({ start, end }) => ({ start, end }))),
    relatedHeadlines: json(article.relatedHeadlines.map(({ start, end }) => ({ start, end }))),
    boilerplate: json(article.boilerplate.map(({ start, end }) => ({ start, end }))),
    provenance: json(article.provenance),
    corrections: json(article.corrections ?? []),
    sourceFile: input.sourceFile,
    contentHash: input.contentHash,
    inputHash: input.inputHash,
    extractInput: input.extractInput ?? null,
    statementCount: input.extracted.statements.length,
    retractedAt: null,
  };
}

/** Who each extracted speaker of an article is in the corpus: its own id and the id readers see. */
export interface ArticleSpeakers {
  ids: number[];
  shownIds: number[];
}

/**
 * The Statement, StatementTopic and ArticleTopic rows of one article, counting what they add to the
 * kept counts into `delta`. `addedAt` says when each statement entered the corpus: now for a new id,
 * its first date for an id the article already had (a re-ingest rewrites the row, not the statement).
 */
export function statementRows(
  input: ArticleInput,
  articleId: number,
  outletId: number | null,
  speakers: ArticleSpeakers,
  topicIds: Map<string, number>,
  delta: Delta,
  addedAt: (statementId: string) => Date,
) {
  const { article } = input.extracted;
  const sort = dateSort(article.published);
  const period = datePeriod(article.published);
  const statements = [];
  const statementTopics: { statementId: string; topicId: number }[] = [];
  for (const [position, s] of input.extracted.statements.entries()) {
    const shownId = s.speakerIndex === null ? null : (speakers.shownIds[s.speakerIndex] ?? null);
    statements.push({
      id: s.id,
      articleId,
      position,
      speakerId: shownId,
      extractedSpeakerId: s.speakerIndex === null ? null : (speakers.ids[s.speakerIndex] ?? null),
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      cue: s.cue,
      speakerAsWritten: s.speakerAsWritten,
      speakerStart: s.speakerSpan?.start ?? null,
      speakerEnd: s.speakerSpan?.end ?? null,
      speakerNamedStart: s.speakerNamedSpan?.start ?? null,
      speakerNamedEnd: s.speakerNamedSpan?.end ?? null,
      confidence: s.confidence,
      rule: s.rule,
      corrections: json(s.corrections ?? []),
      dateSort: sort,
      ...period,
      publishedYear: article.published.year,
      outletId,
      addedAt: addedAt(s.id),
    });
    if (shownId !== null) bump(delta.speaker, shownId, 1);
    for (const slugValue of new Set(s.topics)) {
      const topicId = topicIds.get(slugValue)!;
      statementTopics.push({ statementId: s.id, topicId });
      bump(delta.topicStatements, topicId, 1);
    }
  }
  const articleTopics = [];
  for (const slugValue of new Set(input.extracted.topics)) {
    const topicId = topicIds.get(slugValue)!;
    articleTopics.push({ articleId, topicId });
    bump(delta.topicArticles, topicId, 1);
  }
  return { statements, statementTopics, articleTopics };
}

