import type { NextRequest } from "next/server";
import { itemResponse } from "@/lib/web/api";
import { getArticleForApi } from "@/lib/db/articles";
import { articleParamsSchema } from "@/lib/search-params";
import { articleUrl, statementUrl } from "@/lib/urls";

// Answered once, then served from the page cache (lib/web/page-cache.mjs) until an ingest changes the
// corpus, like the page it mirrors. The handler reads nothing from the request but its slug.
export const dynamic = "force-static";
export function generateStaticParams(): { slug: string }[] {
  return []; // answered on its first request
}

export async function GET(_request: NextRequest, { params }: RouteContext<"/api/articles/[slug]">) {
  return itemResponse(params, articleParamsSchema, "article", (p) => getArticleForApi(p.slug), (a) => ({
    slug: a.slug, title: a.title, titleDerived: a.titleDerived, url: articleUrl(a.slug), sourceUrl: a.sourceUrl,
    outlet: a.outlet?.name ?? null, dateline: a.dateline, byline: a.byline, date: a.date, language: a.language,
    statementCount: a.statementCount, paragraphs: a.paragraphs, relatedHeadlines: a.relatedHeadlines,
    statements: a.statements.map((s) => ({ ...s, url: statementUrl(s.id) })),
  }));
}
