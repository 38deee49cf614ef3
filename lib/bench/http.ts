import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

// The HTTP half of the benchmark: `next start` on the benchmark's database, loaded by wrk from a
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

/** `next start` on `databaseFile`, resolved once the home page answers. */
export async function startServer(databaseFile: string, root: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
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
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: ${stderr.trim()}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return { process: child, base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s: ${stderr.trim()}`);
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
