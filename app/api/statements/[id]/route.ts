import type { NextRequest } from "next/server";
import { itemResponse } from "@/lib/web/api";
import { getStatement } from "@/lib/db/statements";
import { statementParamsSchema } from "@/lib/search-params";

// Answered once, then served from the page cache (lib/web/page-cache.mjs) until an ingest changes the
// corpus, like the page it mirrors. The handler reads nothing from the request but its id.
export const dynamic = "force-static";
export function generateStaticParams(): { id: string }[] {
  return []; // answered on its first request
}

export async function GET(_request: NextRequest, { params }: RouteContext<"/api/statements/[id]">) {
  return itemResponse(params, statementParamsSchema, "statement", (p) => getStatement(p.id), (s) => ({
    id: s.id, url: s.url, text: s.text, kind: s.kind, speaker: s.speaker, article: s.article, date: s.date,
    topics: s.topics, start: s.start, end: s.end,
    context: s.context.text, cue: s.cue, speakerAsWritten: s.speakerAsWritten, speakerNamed: s.speakerNamed, rule: s.rule,
    confidence: s.confidence, corrections: s.corrections, history: s.history,
  }));
}
