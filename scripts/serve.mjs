// The web server `npm start` runs: Next.js's production server, with one check in front of it.
//
// A permalink is the page readers cite, so it must answer fast and must never break. A retired
// statement id answers 301 to its successor or 410 Gone (lib/web/retired-urls.mjs). Not in proxy.ts:
// passing a request through Next.js's proxy nearly halves the rate at which cached permalink pages are
// served (docs/performance.md). Here it is a regular expression and one indexed read (a few
// microseconds on SQLite, a round trip on PostgreSQL) before the request is handed to Next.js as `next start` would.
//
// Plain JavaScript, run by node as it is: HOST, PORT and DATABASE_URL come from the environment
// (scripts/start.ts sets them after validating them with lib/env.ts).

// Next.js reads NODE_ENV as it loads: set first, and load it after.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = "production";
const { createServer } = await import("node:http");
const { fileURLToPath } = await import("node:url");
const { default: next } = await import("next");
const { corpusVersion, findRedirect } = await import("../lib/db/corpus-reads.mjs");
const { CACHE_CONTROL, etagOf, matches, shareable } = await import("../lib/web/http-cache.mjs");
const { readFileSync } = await import("node:fs");
const { BAD_ENCODING, decodable, goneHtml, goneJson } = await import("../lib/web/retired-urls.mjs");
const { securityHeaders } = await import("../lib/web/security-headers.mjs");

const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const root = fileURLToPath(new URL("..", import.meta.url));

const STATEMENT = /^\/(api\/)?statements\/([a-z2-7]{12})(\/?)$/;
const headers = Object.fromEntries(securityHeaders(false).map(({ key, value }) => [key, value]));

/**
 * Answers a request for a retired statement id (or an undecodable statement address) and says so;
 * false for everything else, which Next.js serves.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
async function answered(request, response) {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  const path = query < 0 ? url : url.slice(0, query);
  if (!path.startsWith("/statements/") && !path.startsWith("/api/statements/")) return false;
  if (!decodable(path)) {
    response.writeHead(400, { ...headers, "content-type": "text/plain; charset=utf-8" }).end(BAD_ENCODING);
    return true;
  }
  const match = STATEMENT.exec(path);
  const redirect = match?.[2] ? await findRedirect("statement", match[2]) : undefined;
  if (!match || !redirect) return false;
  const api = match[1] !== undefined;
  if (redirect.toId === null) {
    const [type, body] = api ? ["application/json", goneJson("statement", redirect.reason)] : ["text/html; charset=utf-8", goneHtml("statement", redirect.reason)];
    response.writeHead(410, { ...headers, "content-type": type }).end(body);
  } else {
    const location = `${api ? "/api" : ""}/statements/${redirect.toId}${query < 0 ? "" : url.slice(query)}`;
    response.writeHead(301, { ...headers, location }).end();
  }
  return true;
}

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const buildId = readFileSync(new URL("../.next/BUILD_ID", import.meta.url), "utf8").trim();
/**
 * The address the rate limits of sign-in and reports count by (lib/web/editor-request.ts): the
 * socket's, or with TRUST_PROXY=1 (behind a reverse proxy) the last address X-Forwarded-For names.
 * A client's own X-Verbatim-Client header is replaced, never believed.
 * @param {import("node:http").IncomingMessage} request
 */
function clientAddress(request) {
  const forwarded = request.headers["x-forwarded-for"];
  if (process.env.TRUST_PROXY === "1" && typeof forwarded === "string" && forwarded.trim() !== "") {
    return forwarded.split(",").at(-1)?.trim() ?? "unknown";
  }
  return request.socket.remoteAddress ?? "unknown";
}

/** Paths whose handlers take POST (the write path); every other path is read-only. */
const WRITES = /^\/api\/(editor\/|reports(\/|\?|$))/;

const server = createServer(async (request, response) => {
  request.headers["x-verbatim-client"] = clientAddress(request);
  // OPTIONS is answered here: Next.js answers it for a statically rendered route handler by building
  // a 204 response with a body, and fails with a 500. No CORS headers: other origins get no preflight.
  if (request.method === "OPTIONS") {
    response.writeHead(204, { ...headers, allow: WRITES.test(request.url ?? "") ? "POST, OPTIONS" : "GET, HEAD, OPTIONS" }).end();
    return;
  }
  try {
    if (await answered(request, response)) return;
  } catch (error) {
    // The redirect table could not be read (no database yet): Next.js answers, as it would anyway.
    console.error(error);
  }
  // Caches in front revalidate with the ETag: unchanged corpus and build, 304 without rendering.
  const etag = etagOf(request, corpusVersion(), buildId);
  if (etag) {
    if (matches(request.headers["if-none-match"], etag)) {
      response.writeHead(304, { ...headers, etag, "cache-control": CACHE_CONTROL }).end();
      return;
    }
    shareable(response, etag);
  }
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Verbatim ready on http://${hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
