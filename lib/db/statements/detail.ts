import "server-only";
import { readDb } from "@/lib/db/client";
import { correctionHistory, type CorrectionRecord } from "@/lib/db/editorial/corrections";
import type { StatementCard } from "@/lib/db/statements/cards";
import { parseSpans } from "@/lib/db/stored";
import { articleUrl, statementUrl } from "@/lib/urls";

// One statement's permalink page: the statement with its speaker, article, the sentences around it
// and why it was attributed.

export interface StatementDetail extends StatementCard {
  cue: string | null;
  confidence: number;
  rule: string;
  speakerAsWritten: string | null;
  speakerSpan: { start: number; end: number } | null;
  /** Where the article names the speaker when the statement's own words do not ("he said"): offsets into the article. */
  speakerNamed: { start: number; end: number } | null;
  corrections: { field: string; note: string; editor?: string }[];
  /** Every correction an editor made on this statement, oldest first: who, when, why, before and after. */
  history: CorrectionRecord[];
  /** The paragraph the statement stands in (offsets into the article, and its text): what an editor may widen its words to. */
  paragraph: { start: number; end: number; text: string };
  speakerDetail: { slug: string; name: string; role: string | null; kind: string; aliases: string[] } | null;
  articleDetail: StatementCard["article"] & { key: string; outletUrl: string | null; titleDerived: boolean };
  /** The sentences around the statement, with the statement's own words marked by offsets. */
  context: { text: string; start: number; end: number; statementStart: number; statementEnd: number };
  /**
   * When the statement's own words do not name the speaker ("he said", "the minister said"): the
   * sentence where the article does, the name marked by offsets into it, and the name's offsets
   * into context.text when the context already shows it.
   */
  namedHere: { text: string; nameStart: number; nameEnd: number; inContext: { start: number; end: number } | null } | null;
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
  const around = sentencesAround(text, paragraphs, start, end, 1);
  return { ...around, statementStart: start - around.start, statementEnd: end - around.start };
}

/** The sentence that holds [start, end) (a name the article gives the speaker), and whether `context` shows it. */
export function namedSentence(
  text: string,
  paragraphs: { start: number; end: number }[],
  start: number,
  end: number,
  context: StatementDetail["context"],
): NonNullable<StatementDetail["namedHere"]> {
  const sentence = sentencesAround(text, paragraphs, start, end, 0);
  return {
    text: sentence.text,
    nameStart: start - sentence.start,
    nameEnd: end - sentence.start,
    inContext: context.start <= start && end <= context.end ? { start: start - context.start, end: end - context.start } : null,
  };
}

/** [start, end) widened to whole sentences and `extra` more on each side, inside the same paragraph, trimmed. */
function sentencesAround(text: string, paragraphs: { start: number; end: number }[], start: number, end: number, extra: number) {
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
  const ctxStart = bounds[Math.max(0, from - extra)]!;
  const ctxEnd = bounds[Math.min(bounds.length - 1, to + extra)]!;
  const slice = text.slice(ctxStart, ctxEnd);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  return { text: trimmed, start: ctxStart + lead, end: ctxStart + lead + trimmed.length };
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
      speakerNamedStart: true,
      speakerNamedEnd: true,
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
  const context = sentenceContext(article.text, paragraphs, row.start, row.end);
  const paragraph = paragraphs.find((p) => p.start <= row.start && row.start < p.end) ?? { start: row.start, end: row.end };
  const history = await correctionHistory(readDb(), { statementId: row.id });
  const named = row.speakerNamedStart !== null && row.speakerNamedEnd !== null ? { start: row.speakerNamedStart, end: row.speakerNamedEnd } : null;
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
    speakerNamed: named,
    corrections: correctionsSchemaLike(row.corrections),
    history,
    paragraph: { ...paragraph, text: article.text.slice(paragraph.start, paragraph.end) },
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
    context,
    namedHere: named && speaker ? namedSentence(article.text, paragraphs, named.start, named.end, context) : null,
  };
}
