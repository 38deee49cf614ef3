import type { NextRequest } from "next/server";
import { filteredFeed } from "@/lib/db/feeds";
import { statementFeedParamsSchema, statementsFeedHref, statementsHref } from "@/lib/search-params";
import { statementsFeedUrl, statementsUrl } from "@/lib/urls";
import { badRequest, queryObject } from "@/lib/web/api";
import { atomFeed } from "@/lib/web/atom";
import { siteOrigin } from "@/lib/web/site-url";

/** The Atom feed of any statement list: the same filters as /statements, a bad one a 400, a slug that names nothing a 404. */
export async function GET(request: NextRequest) {
  const parsed = statementFeedParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const filters = parsed.data;
  const feed = await filteredFeed(filters);
  if (!feed) return new Response("Not found: a speaker, topic or outlet of this feed names nothing\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(atomFeed(feed, siteOrigin(), statementsFeedHref(statementsFeedUrl(), filters), statementsHref(statementsUrl(), filters)), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
