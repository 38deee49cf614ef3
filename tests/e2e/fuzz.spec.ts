import http from "node:http";
import { expect, test } from "@playwright/test";
import { seededRandom } from "@/bench/random";

// Never a 500 for anything a user can type: thousands of hostile query strings and path segments,
// generated from a fixed seed (FUZZ_SEED to vary it, FUZZ_REQUESTS to send more), go to every page
// and API route of the running server, a few at a time, each with a deadline.

const SEED = Number(process.env.FUZZ_SEED ?? 20_160_516);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2_500);
const CONCURRENCY = 6;
const DEADLINE_MS = 15_000;
/** Node refuses a request line and headers over 16 KiB with 431 (and may reset the socket meanwhile). */
const NODE_HEADER_LIMIT = 16_384;


type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, max: number) => Math.floor(rng() * max);

/** Raw (already percent-encoded or deliberately broken) text that goes into a URL as is. */
const RAW = [
  "%", "%%", "%zz", "%0", "%00", "%ff", "%c0%ae%c0%ae", "%ED%A0%80", "%F0%9F%92", "%E2%80%AE", "%EF%BB%BF",
  "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5C..%5Cwindows%5Cwin.ini", "%2F%2Fevil.example",
  "%0d%0aSet-Cookie:%20x=1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a%26b%3Dc", "%23frag", "%3F%3F",
];

/** Text that is encoded with encodeURIComponent before it goes into a URL. */
const TEXT = [
  "", " ", "a", "nato", "arms race", "sergey-lavrov", "missile-defense", "2016", "2016-05-16", "unknown-year",
  // SQL
  "' OR '1'='1", "'; DROP TABLE Statement; --", "1; SELECT * FROM sqlite_master", "\" OR 1=1 --", "`", "\\", "' UNION SELECT NULL--",
  // FTS5 query syntax
  "NEAR(", "NEAR(a b, 5)", "\"", "\"\"\"", "a*", "*", "^a", "a AND", "OR", "NOT NOT", "a + b", "-a", "text:nato", "{text}: a",
  "(a OR b", ")", "a:b:c", "'\"*^:(){}[]", "NEAR/3", "rank MATCH 'x'",
  // paths
  "../../etc/passwd", "..\\..\\windows", "....//....//", "/etc/passwd\u0000.txt", "%2e%2e", "//", "/", ".", "..",
  // numbers
  "-1", "0", "1e309", "NaN", "Infinity", "0x10", "99999999999999999999", "1.5", "+1", "1_000", " 7 ",
  // dates
  "2016-02-30", "0000-00-00", "9999-99-99", "2016-1-1", "2016-13", "2016-00", "-2016", "20160516", "2016-05-16T00:00:00Z",
  // unicode
  "Сергей Лавров", "لافروف", "\u202Eevil", "\u200B", "\uFEFF", "e\u0301", "ﷺ", "𝐍𝐀𝐓𝐎", "ＮＡＴＯ", "🇷🇺💥", "\u{10FFFF}",
  "İıſ", "ß", "\uD800", "\uDFFF", "a\u0000b", "\t\n\r", "\u0085\u2028\u2029",
  // markup and prototype names
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "__proto__", "constructor", "toString",
];

const KEYS = ["q", "speaker", "topic", "outlet", "kind", "from", "to", "sort", "cursor", "limit", "format", "page", "__proto__", "constructor", "a[b]", "q[]"];

/** One hostile value: a listed one, a long one, random code points, or raw bytes. */
function value(rng: Rng): string {
  switch (int(rng, 8)) {
    case 0:
      return pick(rng, RAW);
    case 1: {
      // Huge, but under Node's 16 KB header limit most of the time (above it Node answers 431).
      const unit = pick(rng, ["a", "é", "NEAR(", "\"", "💥", "-", "a b ", "%"]);
      return encodeURIComponent(unit.repeat(1 + int(rng, rng() < 0.2 ? 6_000 : 600)));
    }
    case 2: {
      let s = "";
      for (let i = int(rng, 40); i >= 0; i--) {
        const cp = pick(rng, [0x20 + int(rng, 0x5f), 0x80 + int(rng, 0x780), 0x3000 + int(rng, 0x7000), 0x1f300 + int(rng, 0x300), int(rng, 0x110000)]);
        // A lone surrogate cannot be percent-encoded as UTF-8; encode its replacement instead.
        s += cp >= 0xd800 && cp <= 0xdfff ? "\uFFFD" : String.fromCodePoint(cp);
      }
      return encodeURIComponent(s);
    }
    case 3: {
      let s = "";
      for (let i = int(rng, 30); i >= 0; i--) s += `%${int(rng, 256).toString(16).padStart(2, "0")}`;
      return s;
    }
    default: {
      const text = pick(rng, TEXT);
      // encodeURIComponent throws on a lone surrogate: send those as the raw bytes a browser cannot.
      try {
        return encodeURIComponent(text);
      } catch {
        return "%ED%A0%80";
      }
    }
  }
}

function queryString(rng: Rng): string {
  const parts: string[] = [];
  const count = rng() < 0.05 ? 200 + int(rng, 400) : int(rng, 6);
  for (let i = 0; i < count; i++) {
    const key = rng() < 0.85 ? pick(rng, KEYS) : value(rng);
    parts.push(rng() < 0.05 ? key : `${encodeURIComponent(key)}=${value(rng)}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Every page and API route, with `S` where a path segment goes. */
const ROUTES = [
  "/", "/articles", "/articles/S", "/statements", "/statements/S", "/speakers", "/speakers/S", "/speakers/S/feed.xml",
  "/topics", "/topics/S", "/topics/S/feed.xml", "/dates", "/dates/S", "/search",
  "/api/statements", "/api/statements/S", "/api/articles", "/api/articles/S", "/api/speakers", "/api/topics",
  "/editor", "/editor/sign-in", "/editor/setup", "/api/editor/session",
  "/api/editor/sign-in", "/api/editor/setup", "/api/editor/sign-out", "/api/editor/corrections", "/api/editor/reports/S", "/api/reports",
];

/** JSON bodies for the write handlers: wrong types, missing fields, hostile strings, deep and odd values. */
const BODIES = [
  "", "{", "null", "[]", "1", "\"x\"", "{}", '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}',
  '{"email":"a@b.c","password":"x"}', '{"email":["a"],"password":{"$ne":1}}', '{"email":"\' OR 1=1 --","password":"\u0000"}',
  '{"token":"x","password":"a long enough password"}', '{"token":123}', '{"everywhere":true}',
  '{"op":"reassign-speaker","statement":"aaaaaaaaaaaa","speaker":"X","note":"n"}', '{"op":"set-span","statement":"S","start":-1,"end":1e309,"note":"n"}',
  '{"op":"drop-statement","statement":"S","note":"n"}', '{"status":"resolved","note":"n"}', '{"status":"x"}',
  '{"statementId":"S","message":"wrong"}', '{"statementId":"S","message":"<script>alert(1)</script>","contact":"<b>"}', '{"statementId":"S","message":123}',
  `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`,
];

function segment(rng: Rng, real: string[]): string {
  if (rng() < 0.15) return pick(rng, real);
  if (rng() < 0.1) return `${pick(rng, real)}${pick(rng, ["/", "%2F", "/..", "%00", ".", "~", "/feed.xml/x"])}`;
  const v = value(rng);
  return v === "" ? "x" : v;
}

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Over Node's header limit: refused before Verbatim sees it, with a 431 or a reset. */
  oversize: boolean;
  /** A request body (the write handlers'); "a=1&q=%00" for other POSTs. */
  body?: string;
}

/** Cuts a query string at a parameter boundary so that the request fits under Node's limit. */
function fit(path: string, max: number): string {
  if (path.length <= max) return path;
  const cut = path.lastIndexOf("&", max);
  return cut > path.indexOf("?") ? path.slice(0, cut) : path.slice(0, path.indexOf("?") >= 0 ? path.indexOf("?") : max).slice(0, max);
}

function fuzzRequests(seed: number, count: number, real: string[]): FuzzRequest[] {
  const rng = seededRandom(seed);
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const route = pick(rng, ROUTES).replace("S", () => segment(rng, real));
    const headers: Record<string, string> = {};
    // The origin in citations and feeds comes from these headers: hostile ones must not break pages.
    if (rng() < 0.05) headers["x-forwarded-host"] = pick(rng, ["evil.example", "<script>", "a b", "x".repeat(3_000), ""]);
    if (rng() < 0.03) headers["x-forwarded-proto"] = pick(rng, ["javascript", "https", "ftp", ""]);
    // Next.js's own request headers are the client's to set as well.
    if (rng() < 0.03) Object.assign(headers, { rsc: "1", "next-router-state-tree": value(rng) });
    let method = rng() < 0.05 ? pick(rng, ["HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) : "GET";
    // Few: Next.js logs each unknown server action.
    if (rng() < 0.004) {
      method = "POST";
      headers["next-action"] = pick(rng, ["abc", "0".repeat(40), "7f".repeat(21), value(rng)]);
    }
    // The write handlers get JSON from this site's own origin most of the time, so that the fuzz gets past the origin check.
    let body: string | undefined;
    if (/^\/api\/(editor|reports)/.test(route) && rng() < 0.7) {
      method = "POST";
      if (rng() < 0.8) headers.origin = "SELF";
      headers["content-type"] = pick(rng, ["application/json", "application/json", "text/plain", "application/x-www-form-urlencoded"]);
      body = pick(rng, BODIES).replaceAll('"S"', JSON.stringify(decodeSafe(segment(rng, real))));
    }
    // Most requests fit; a few stay huge on purpose, to see them refused cleanly.
    const full = `${route}${queryString(rng)}`;
    const path = full.length > NODE_HEADER_LIMIT && rng() < 0.1 ? full : fit(full, 12_000);
    out.push({ method, path, headers, oversize: path.length > 12_000, body });
  }
  return out;
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Outcome {
  status: number | "timeout" | "error";
  ms: number;
  detail?: string;
}

function send(agent: http.Agent, base: URL, r: FuzzRequest): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    try {
      const headers = r.headers.origin === "SELF" ? { ...r.headers, origin: base.origin } : r.headers;
      req = http.request({ agent, host: base.hostname, port: base.port, method: r.method, path: r.path, headers,
        // A redirect may repeat a long address in its Location header: read it whole.
        maxHeaderSize: 1 << 20 });
    } catch (error) {
      // Node itself refuses some paths (e.g. with control characters): they never reach the server.
      resolve({ status: 0, ms: 0, detail: (error as Error).message });
      return;
    }
    req.setTimeout(DEADLINE_MS, () => {
      req.destroy();
      resolve({ status: "timeout", ms: Date.now() - started });
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
      res.on("error", (e) => resolve({ status: "error", ms: Date.now() - started, detail: e.message }));
    });
    req.on("error", (e) => resolve({ status: "error", ms: Date.now() - started, detail: e.message }));
    if (r.body !== undefined) req.write(r.body);
    else if (r.method === "POST" || r.method === "PUT" || r.method === "PATCH") req.write("a=1&q=%00");
    req.end();
  });
}

test("thousands of malformed, huge, unicode, SQL, FTS5 and path-traversal requests: no 5xx, no hang", async ({ request, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const base = new URL(baseURL!);
  expect(["127.0.0.1", "localhost", "::1", "[::1]"]).toContain(base.hostname);
  const statements = (await (await request.get("/api/statements?limit=20")).json()).items as { id: string; article: { slug: string } }[];
  const speakers = (await (await request.get("/api/speakers")).json()).items as { slug: string }[];
  const topics = (await (await request.get("/api/topics")).json()).items as { slug: string }[];
  const real = [
    ...statements.map((s) => s.id), ...statements.map((s) => s.article.slug), ...speakers.map((s) => s.slug),
    ...topics.map((t) => t.slug), "2016", "2016-05", "2016-05-16", "unknown-year",
  ];

  const requests = fuzzRequests(SEED, REQUESTS, real);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const failures: string[] = [];
  const statuses = new Map<string, number>();
  let slowest = { ms: 0, path: "" };
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        const outcome = await send(agent, base, r);
        const key = String(outcome.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, path: `${r.method} ${r.path.slice(0, 200)}` };
        const refused = r.oversize && (outcome.status === 431 || /ECONNRESET|EPIPE/.test(outcome.detail ?? ""));
        if (!refused && (typeof outcome.status !== "number" || outcome.status >= 500)) {
          const headers = Object.keys(r.headers).length ? ` ${JSON.stringify(r.headers).slice(0, 200)}` : "";
          failures.push(`${outcome.status} ${r.method} ${r.path.slice(0, 300)}${headers}${outcome.detail ? ` (${outcome.detail})` : ""}`);
        }
      }
    }),
  );
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  const summary = [...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(", ");
  test.info().annotations.push({
    type: "fuzz",
    description: `seed ${SEED}: ${requests.length} requests in ${seconds.toFixed(1)}s (${summary}); slowest ${slowest.ms} ms ${slowest.path}`,
  });
  console.log(`fuzz seed ${SEED}: ${requests.length} requests in ${seconds.toFixed(1)}s (${summary}); slowest ${slowest.ms} ms: ${slowest.path}`);
  expect(failures.slice(0, 30), `seed ${SEED}, ${failures.length} failures`).toEqual([]);
  // The server is still there and still right.
  const home = await request.get("/");
  expect(home.status()).toBe(200);
});
