import type { StatementRow } from "@/lib/db/statements";
import type { Download, DownloadFormat } from "@/lib/web/export";
import { siteOrigin } from "@/lib/web/site-url";
import { speakerUrl } from "@/lib/urls";

// Statements as a researcher's file: one row a statement, with how it was attributed and absolute
// links, so that a row pasted anywhere still leads back to its permalink and its article.

export const STATEMENT_CSV_COLUMNS = [
  "id", "url", "text", "kind", "speaker_slug", "speaker_name", "speaker_url", "speaker_as_written", "speaker_named_start",
  "speaker_named_end", "cue", "rule", "confidence",
  "article_slug", "article_title", "article_url", "article_source_url", "article_outlet", "date_year", "date_month", "date_day",
  "topics", "start", "end",
] as const;

/** A statement row with its site links made absolute. */
function absolute(s: StatementRow, origin: string) {
  return {
    ...s,
    url: origin + s.url,
    speaker: s.speaker && { ...s.speaker, url: origin + speakerUrl(s.speaker.slug) },
    article: { ...s.article, url: origin + s.article.url },
  };
}

export function statementDownload(format: DownloadFormat): Download<StatementRow> {
  const origin = siteOrigin();
  return {
    name: "statements",
    format,
    columns: STATEMENT_CSV_COLUMNS,
    csvRow: (row) => {
      const s = absolute(row, origin);
      return {
        id: s.id, url: s.url, text: s.text, kind: s.kind,
        speaker_slug: s.speaker?.slug, speaker_name: s.speaker?.name, speaker_url: s.speaker?.url,
        speaker_as_written: s.speakerAsWritten, speaker_named_start: s.speakerNamed?.start, speaker_named_end: s.speakerNamed?.end,
        cue: s.cue, rule: s.rule, confidence: s.confidence,
        article_slug: s.article.slug, article_title: s.article.title, article_url: s.article.url,
        article_source_url: s.article.sourceUrl, article_outlet: s.article.outlet,
        date_year: s.date.year, date_month: s.date.month, date_day: s.date.day,
        topics: s.topics, start: s.start, end: s.end,
      };
    },
    jsonLine: (row) => absolute(row, origin),
  };
}
