import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { percentile } from "@/bench/stats";

// The HTTP half of the benchmark: the server `npm start` runs (scripts/serve.mjs: Next.js's
// production server behind the statement redirects) on the benchmark's database, loaded by wrk from a
// separate process (a Node fetch loop would take the CPU the server needs), loopback only.

export interface LoadResult {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  rps: number;
  /** Connection errors, timeouts and answers with status ≥ 400. */
  errors: number;
}

export function wrkAvailable(): boolean {
  return spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  process: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** scripts/serve.mjs on the database at `databaseUrl` (file:… or postgresql://…), resolved once the home page answers. */
export async function startServer(databaseUrl: string, root: string): Promise<Server> {
  const port = await freePort();
  // The server `npm start` runs (Next.js's, behind the statement redirects), on the benchmark's database.
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: false,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr.trim()}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return { process: child, base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 60 s: ${stderr.trim()}`);
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) kb += Number(match[1]);
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

// wrk cycles through the paths; done() prints one JSON line with the percentiles (microseconds).
const WRK_SCRIPT = (paths: string[]) => `
local paths = {${paths.map((p) => JSON.stringify(p)).join(",")}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH {"p50":%d,"p95":%d,"p99":%d,"requests":%d,"duration_us":%d,"errors":%d}\\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout))
end
`;

export interface FirstRequests {
  p50_ms: number;
  p95_ms: number;
  /** Answers with status ≥ 400 and requests that failed. */
  errors: number;
}

/**
 * A GET with a 10 s deadline. A reset before any answer is tried once more, as browsers do: it is a
 * kept-alive connection the server closed while idle, not a failure of the page.
 */
async function fetchRetryingReset(url: URL): Promise<Response> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    const code = ((error as Error).cause as { code?: string } | undefined)?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, { signal: AbortSignal.timeout(10_000) });
  }
}

/**
 * Every path requested once, `concurrency` at a time: what a reader waits for when nobody asked for
 * the page since the server started or the corpus last changed (a page cache miss). Leaves the
 * cached pages warm for the load test that follows.
 */
export async function firstRequests(base: string, paths: string[], concurrency: number): Promise<FirstRequests> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const url = new URL(paths[next++]!, base);
      const started = performance.now();
      try {
        const response = await fetchRetryingReset(url);
        await response.arrayBuffer();
        if (response.status >= 400) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), errors };
}

/** `wrk` with `connections` clients for `seconds` over `paths` (cycled), while sampling the server's RSS. */
export async function loadTest(
  base: string,
  paths: string[],
  options: { connections: number; seconds: number; scriptFile: string; serverPid: number },
): Promise<LoadResult & { rss_mb: number }> {
  writeFileSync(options.scriptFile, WRK_SCRIPT(paths));
  let rss = treeRssMb(options.serverPid);
  const sampler = setInterval(() => (rss = Math.max(rss, treeRssMb(options.serverPid))), 250);
  const output = await new Promise<string>((resolve, reject) => {
    const wrk = spawn("wrk", ["-t2", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s", "-s", options.scriptFile, base], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    wrk.stdout.on("data", (c: Buffer) => (out += c.toString()));
    wrk.stderr.on("data", (c: Buffer) => (out += c.toString()));
    wrk.on("error", reject);
    wrk.on("exit", () => resolve(out));
  });
  clearInterval(sampler);
  const line = output.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`wrk gave no result: ${output.trim()}`);
  const r = JSON.parse(line.slice(6)) as { p50: number; p95: number; p99: number; requests: number; duration_us: number; errors: number };
  return {
    p50_ms: r.p50 / 1000,
    p95_ms: r.p95 / 1000,
    p99_ms: r.p99 / 1000,
    requests: r.requests,
    rps: r.requests / (r.duration_us / 1e6),
    errors: r.errors,
    rss_mb: rss,
  };
}

export interface PageScripts {
  /** Distinct `<script src>` files the page's HTML loads. */
  scripts: number;
  raw_kb: number;
  /** What they weigh gzipped (zlib's default level), which is about what a browser downloads. */
  gzip_kb: number;
}

/**
 * The `src` of every `<script src=…>` element in `html`, once each, in document order. `nomodule`
 * scripts (Next.js's polyfills) are left out: browsers that run modules never fetch them.
 */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag[0])) continue;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    const value = (src?.[1] ?? src?.[2] ?? src?.[3])?.replace(/&amp;/g, "&");
    if (value && !sources.includes(value)) sources.push(value);
  }
  return sources;
}

/** The JavaScript a page makes the browser fetch: its HTML's `<script src>` files, gzipped. */
export async function pageScripts(base: string, pagePath: string): Promise<PageScripts> {
  const page = await fetch(new URL(pagePath, base));
  const sources = scriptSources(await page.text());
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, new URL(pagePath, base)));
    if (!response.ok) throw new Error(`${src} (loaded by ${pagePath}) answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { scripts: sources.length, raw_kb: raw / 1024, gzip_kb: gzipped / 1024 };
}
