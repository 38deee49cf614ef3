import { fileURLToPath } from "node:url";
import { securityHeaders } from "./lib/web/security-headers.mjs";

/** The routes lib/web/page-cache.mjs keeps: each has an empty generateStaticParams. */
const CACHED_ROUTES = [
  "/statements/:id", "/articles/:slug", "/speakers/:slug", "/topics/:slug", "/api/statements/:id", "/api/articles/:slug",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // The permalink, article, speaker and topic pages (and the API's statement and article) are
  // rendered once and kept in memory until an ingest changes the corpus (lib/web/page-cache.mjs);
  // nothing is written under .next. 64 MiB of gzipped pages is about 6,000 permalink pages.
  cacheHandler: fileURLToPath(new URL("./lib/web/page-cache.mjs", import.meta.url)),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: {
    // How long the browser's router may reuse a cached page's data without asking again: the least
    // Next.js allows (30 s), since the server's copy is dropped at the next ingest.
    staleTimes: { static: 30 },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") },
      // Next.js would mark the cached pages `s-maxage=31536000`, inviting any shared cache in front to
      // keep them a year. They change at every ingest: a cache may store them but must ask each time.
      // Under `npm start`, scripts/serve.mjs gives every 200 its own ETag and a few seconds' s-maxage
      // (lib/web/http-cache.mjs); this stays on the other answers.
      ...CACHED_ROUTES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: "no-cache" }] })),
    ];
  },
};

export default nextConfig;
