import { NextResponse, type NextRequest } from "next/server";
import { badRequest, csvResponse, queryObject } from "@/lib/web/api";
import { listTopics } from "@/lib/db/topics";
import { topicApiParamsSchema } from "@/lib/search-params";

export async function GET(request: NextRequest) {
  const parsed = topicApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const items = (await listTopics({ q: parsed.data.q })).items.map((t) => ({ slug: t.slug, label: t.label, statementCount: t.statementCount, articleCount: t.articleCount }));
  if (parsed.data.format === "csv") {
    return csvResponse("topics", ["slug", "label", "statement_count", "article_count"],
      items.map((t) => ({ slug: t.slug, label: t.label, statement_count: t.statementCount, article_count: t.articleCount })));
  }
  return NextResponse.json({ items });
}
