import { NextResponse, type NextRequest } from "next/server";
import { findRedirect } from "@/lib/corpus-reads.mjs";
import type { RedirectKind } from "@/lib/db/redirects";
import { articleUrl, speakerUrl, statementUrl, topicUrl } from "@/lib/urls";

// URLs never break: a retired statement id, article slug or speaker slug answers 301 to its
// successor, or 410 Gone with a page saying so. Only these few routes consult the (tiny, indexed)
// redirect table; everything else passes straight through. The lookup runs before the page cache on
// every request for these routes, so it is a plain SQLite read (lib/corpus-reads.mjs), not Prisma.

const ROUTES: { pattern: RegExp; kind: RedirectKind; to: (id: string, rest: string) => string }[] = [
  { pattern: /^\/statements\/([a-z2-7]{12})(\/?)$/, kind: "statement", to: (id) => statementUrl(id) },
  { pattern: /^\/api\/statements\/([a-z2-7]{12})(\/?)$/, kind: "statement", to: (id) => `/api${statementUrl(id)}` },
  { pattern: /^\/articles\/([a-z0-9-]{1,200})(\/?)$/, kind: "article", to: (id) => articleUrl(id) },
  { pattern: /^\/api\/articles\/([a-z0-9-]{1,200})(\/?)$/, kind: "article", to: (id) => `/api${articleUrl(id)}` },
  { pattern: /^\/speakers\/([a-z0-9-]{1,200})(\/feed\.xml)?$/, kind: "speaker", to: (id, rest) => `${speakerUrl(id)}${rest}` },
  { pattern: /^\/topics\/([a-z0-9-]{1,200})(\/feed\.xml)?$/, kind: "topic", to: (id, rest) => `${topicUrl(id)}${rest}` },
];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function gone(what: RedirectKind, reason: string, api: boolean): NextResponse {
  if (api) return NextResponse.json({ error: `this ${what} was removed`, reason }, { status: 410 });
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Gone · Verbatim</title>
<style>body{font:17px/1.55 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;background:#fbfaf7}@media(prefers-color-scheme:dark){body{color:#e9e7e2;background:#15161a}a{color:#7cb7ff}}</style></head>
<body><p><a href="/">Verbatim</a></p><h1>Gone</h1><p>This ${what} was in the corpus and has been removed (${escapeHtml(reason)}). Its address is kept so that citations say so instead of failing silently.</p></body></html>`;
  return new NextResponse(body, { status: 410, headers: { "content-type": "text/html; charset=utf-8" } });
}

/** Whether every %XX escape in the path decodes to UTF-8 text. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  // Next.js answers 500 to a dynamic segment that is not valid percent-encoding, "/speakers/%" or
  // "/articles/%ff" (vercel/next.js#92527). Answered here, not rewritten to the 404 page: a rewrite
  // becomes a proxied fetch when X-Forwarded-Proto differs from the server's own scheme.
  if (!decodable(path)) {
    return new NextResponse("Bad request: the address is not valid percent-encoded UTF-8.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const redirect = findRedirect(route.kind, match[1]!);
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
    "/statements/:id", "/api/statements/:id", "/articles/:slug", "/api/articles/:slug", "/speakers/:path+", "/topics/:path+",
    "/dates/:path+",
  ],
};
