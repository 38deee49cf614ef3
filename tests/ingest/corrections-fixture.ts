import { parseArticle } from "@/lib/ingest/article/parse-article";
import { parseCorrections, type CorrectionsFile } from "@/lib/ingest/corrections";
import { statementId } from "@/lib/ingest/ids";
import type { ExtractedArticle, ExtractedStatement } from "@/lib/ingest/types";

// One extracted article, and corrections files built for it, for the corrections tests.

export const KEY = "000_lavrov";
const SOURCE = `MOSCOW, June 5. /TASS/. Lavrov said the talks went well. "We agree," Makey said. "We disagree," he said.`;

function statement(text: string, speakerIndex: number | null): ExtractedStatement {
  const start = SOURCE.indexOf(text);
  return {
    id: statementId(KEY, text, 0),
    start,
    end: start + text.length,
    text,
    kind: "direct",
    cue: "said",
    speakerIndex,
    speakerAsWritten: null,
    speakerSpan: null,
    confidence: 0.7,
    rule: "test",
    topics: [],
  };
}

export const TALKS = statement("the talks went well", 0);
export const AGREE = statement('"We agree,"', 1);
export const DISAGREE = statement('"We disagree,"', 1);

export const EXTRACTED: ExtractedArticle = {
  article: parseArticle(SOURCE),
  speakers: [
    { name: "Sergey Lavrov", aliases: ["Lavrov"], role: "Foreign Minister", kind: "person" },
    { name: "Vladimir Makey", aliases: ["Makey"], role: null, kind: "person" },
  ],
  statements: [TALKS, AGREE, DISAGREE],
  topics: [],
};

export function corrections(...entries: unknown[]): CorrectionsFile {
  return parseCorrections(JSON.stringify({ version: 1, corrections: entries }), "corrections.json");
}
