import { NextResponse, type NextRequest } from "next/server";
import { findRedirect } from "@/lib/db/corpus-reads.mjs";
import { BAD_ENCODING, decodable, goneHtml, goneJson } from "@/lib/web/retired-urls.mjs";
import type { RedirectKind } from "@/lib/domain/redirects";
import { articleUrl, speakerUrl, topicUrl } from "@/lib/urls";

// URLs never break: a retired article slug, speaker slug or topic slug answers 301 to its successor,
// or 410 Gone with a page saying so. Only these few routes consult the (tiny, indexed) redirect
// table; everything else passes straight through. The lookup runs before the page cache on every
// request for these routes, so it is a plain driver read (lib/db/corpus-reads.mjs), not Prisma.
// Retired statement ids are answered by scripts/serve.mjs instead, in front of Next.js: passing a
// request through this proxy halves the rate at which cached permalink pages are served.

const ROUTES: { pattern: RegExp; kind: RedirectKind; to: (id: string, rest: string) => string }[] = [
  { pattern: /^\/articles\/([a-z0-9-]{1,200})(\/?)$/, kind: "article", to: (id) => articleUrl(id) },
  { pattern: /^\/api\/articles\/([a-z0-9-]{1,200})(\/?)$/, kind: "article", to: (id) => `/api${articleUrl(id)}` },
  { pattern: /^\/speakers\/([a-z0-9-]{1,200})(\/feed\.xml)?$/, kind: "speaker", to: (id, rest) => `${speakerUrl(id)}${rest}` },
  { pattern: /^\/topics\/([a-z0-9-]{1,200})(\/feed\.xml)?$/, kind: "topic", to: (id, rest) => `${topicUrl(id)}${rest}` },
];

function gone(what: RedirectKind, reason: string, api: boolean): NextResponse {
  if (api) return new NextResponse(goneJson(what, reason), { status: 410, headers: { "content-type": "application/json" } });
  return new NextResponse(goneHtml(what, reason), { status: 410, headers: { "content-type": "text/html; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // Next.js answers 500 to a dynamic segment that is not valid percent-encoding, "/speakers/%" or
  // "/articles/%ff" (vercel/next.js#92527). Answered here, not rewritten to the 404 page: a rewrite
  // becomes a proxied fetch when X-Forwarded-Proto differs from the server's own scheme.
  if (!decodable(path)) {
    return new NextResponse(BAD_ENCODING, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const redirect = await findRedirect(route.kind, match[1]!);
    if (!redirect) return NextResponse.next();
    if (redirect.toId === null) return gone(route.kind, redirect.reason, path.startsWith("/api/"));
    const target = new URL(route.to(redirect.toId, match[2] === "/feed.xml" ? "/feed.xml" : ""), request.url);
    target.search = request.nextUrl.search;
    target.hash = "";
    return NextResponse.redirect(target, 301);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/articles/:slug", "/api/articles/:slug", "/speakers/:path+", "/topics/:path+",
    "/dates/:path+",
    // Only for the percent-encoding check: an undecodable report id was a 500.
    "/api/editor/reports/:path+",
  ],
};
