import { fileURLToPath } from "node:url";

// Security headers on every response: pages, API, feeds, 404s and proxy.ts's 301/410.
// script-src allows inline scripts rather than a per-request nonce: see README "Security headers".
const contentSecurityPolicy = (dev) =>
  [
    "default-src 'self'",
    // Next's App Router streams the page's data as inline <script> elements; a nonce would make
    // every response unique and so uncacheable. React's dev overlay needs eval, production never.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

const securityHeaders = (dev) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links out to the original articles do not tell the outlet which statement a reader came from.
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** The routes lib/page-cache.mjs keeps: each has an empty generateStaticParams. */
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
  // rendered once and kept in memory until an ingest changes the corpus (lib/page-cache.mjs);
  // nothing is written under .next. 64 MiB of gzipped pages is about 6,000 permalink pages.
  cacheHandler: fileURLToPath(new URL("./lib/page-cache.mjs", import.meta.url)),
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
      // keep them a year. They change at every ingest: a cache may store them but must ask each time
      // (the ETag makes that a 304 when nothing changed).
      ...CACHED_ROUTES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: "no-cache" }] })),
    ];
  },
};

export default nextConfig;
