// HTTP caching for a reverse proxy or CDN in front of one or many web nodes, with no purge: every page
// and API answer is the same for everyone at a given corpus version and build, so its ETag is that
// pair plus the request's identity (path, query, and the headers Next.js varies its answers on).
// A request whose If-None-Match holds the current ETag is answered 304 at once, without rendering;
// the first request after an ingest gets a new ETag and so a new page. Cache-Control lets a shared
// cache keep an answer SHARED_MAX_AGE seconds before it must ask again (browsers ask every time):
// nothing is served older than the last committed ingest plus that, plus a node's own version bound
// (lib/db/postgres/corpus-reads.mjs). Used by scripts/serve.mjs; plain JavaScript, run uncompiled.
import { createHash } from "node:crypto";

/** Seconds a shared cache may answer from its copy before revalidating. */
export const SHARED_MAX_AGE = 5;
export const CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, must-revalidate`;

// What Next.js answers differently for one URL (its Vary header), besides the encoding.
const VARYING = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/**
 * The ETag of the answer to `request` at `version`, or null when the request is not one a cache may
 * share (not GET/HEAD; the build's own files, which Next.js marks immutable itself).
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {number | null} version the corpus version (null: unknown, nothing is cacheable)
 * @param {string} buildId
 * @returns {string | null}
 */
export function etagOf(request, version, buildId) {
  if (version === null || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const url = request.url ?? "/";
  if (url.startsWith("/_next/static/")) return null;
  // An editor's pages and answers depend on who asks: never shared, never a 304 from the corpus version.
  if (/^\/(api\/)?editor(\/|\?|$)/.test(url)) return null;
  const hash = createHash("sha256").update(url);
  for (const name of VARYING) hash.update(`\n${name}:${request.headers[name] ?? ""}`);
  return `W/"${buildId}.${version}.${hash.digest("base64url").slice(0, 16)}"`;
}

/**
 * Whether the request's If-None-Match names `etag` (a list, or `*`).
 * @param {string | string[] | undefined} header
 * @param {string} etag
 */
export function matches(header, etag) {
  if (typeof header !== "string") return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === bare;
  });
}

/**
 * Makes a 200 answer carry `etag` and CACHE_CONTROL in place of what Next.js set; any other status
 * keeps Next.js's own headers (a 404's `no-cache`). Replaced as the head is written, when the status
 * is final.
 * @param {import("node:http").ServerResponse} response
 * @param {string} etag
 */
export function shareable(response, etag) {
  const writeHead = response.writeHead.bind(response);
  /** @type {any} */ (response).writeHead = (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
    if (status === 200) {
      response.setHeader("etag", etag);
      response.setHeader("cache-control", CACHE_CONTROL);
    }
    return writeHead(status, ...rest);
  };
}
