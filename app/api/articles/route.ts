import { NextResponse, type NextRequest } from "next/server";
import { badRequest, csvResponse, queryObject } from "@/lib/web/api";
import { listArticlesPage } from "@/lib/db/articles";
import { pageApiParamsSchema } from "@/lib/search-params";
import { articleUrl } from "@/lib/urls";

export async function GET(request: NextRequest) {
  const parsed = pageApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const page = await listArticlesPage(parsed.data);
  const items = page.items.map((a) => ({
    slug: a.slug,
    title: a.title,
    titleDerived: a.titleDerived,
    url: articleUrl(a.slug),
    sourceUrl: a.sourceUrl,
    outlet: a.outlet?.name ?? null,
    date: a.date,
    statementCount: a.statementCount,
  }));
  if (parsed.data.format === "csv") {
    return csvResponse(
      "articles",
      ["slug", "title", "title_derived", "url", "source_url", "outlet", "date_year", "date_month", "date_day", "statement_count"],
      items.map((a) => ({
        slug: a.slug, title: a.title, title_derived: a.titleDerived, url: a.url, source_url: a.sourceUrl, outlet: a.outlet,
        date_year: a.date.year, date_month: a.date.month, date_day: a.date.day, statement_count: a.statementCount,
      })),
    );
  }
  return NextResponse.json({ items, total: page.total, nextCursor: page.nextCursor });
}
