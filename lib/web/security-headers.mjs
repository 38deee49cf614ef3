// Security headers on every response: set by next.config.mjs on everything Next.js answers (pages,
// API, feeds, 404s, proxy.ts's 301/410), and by scripts/serve.mjs on the statement 301/410 it answers
// itself. Plain JavaScript: both import it as it is.
// script-src allows inline scripts rather than a per-request nonce: see README "Security headers".
/** @param {boolean} dev whether `next dev` serves (React's overlay needs eval) */
export const contentSecurityPolicy = (dev) =>
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

/** @param {boolean} dev */
export const securityHeaders = (dev) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links out to the original articles do not tell the outlet which statement a reader came from.
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];
