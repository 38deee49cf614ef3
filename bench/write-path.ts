// npx tsx bench/write-path.ts --db URL --corpus DIR [--articles N] [--batch-size B] [--server-pid PID]
//
// The write path alone: extracts N articles of DIR in this process first (not measured), then writes
// them with writeArticles in batches of B into the database at URL (a new one: it is migrated first),
// and prints for each batch the CPU this process spent per article and, with --server-pid (the
// PostgreSQL postmaster's pid, on this machine), the CPU the server's processes spent. Ingest's own
// figure mixes extraction, the writer and the server, and on a shared machine wall time says little;
// this one says which of the three a change moved (docs/performance.md, "Where ingest time goes").
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import { createDb, databaseEngine } from "@/lib/db/client";
import { writeArticles, type ArticleInput } from "@/lib/db/write";
import { sha256 } from "@/lib/domain/slug";
import { readCorrections } from "@/lib/load/ingest";
import { runExtractJob } from "@/lib/load/extract-job";
import { collectSources } from "@/lib/load/sources/collect";
import { readRecords } from "@/lib/load/sources/records";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is needed`);
  return value;
}

/** CPU seconds of a process and its children, live (utime + stime) and reaped (cutime + cstime). */
function treeCpuSeconds(pid: number): number {
  const ticks = (p: number, withReaped: boolean) => {
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").replace(/^.*\) /, "").split(" ").map(Number);
    // Fields 14-17 of /proc/PID/stat, counted from the state (field 3) after the command name.
    return fields[11]! + fields[12]! + (withReaped ? fields[13]! + fields[14]! : 0);
  };
  let total = ticks(pid, true);
  for (const p of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (Number(readFileSync(`/proc/${p}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]) === pid) total += ticks(Number(p), false);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total / 100;
}

async function extracted(corpus: string, count: number): Promise<ArticleInput[]> {
  const corrections = readCorrections();
  const inputs: ArticleInput[] = [];
  for await (const r of readRecords(collectSources([corpus]).sources, { problems: [] })) {
    if (inputs.length >= count) break;
    const result = runExtractJob({ key: r.key, input: r.input, format: r.format, sidecar: r.sidecar }, corrections);
    if (!result.ok) continue;
    const text = result.text ?? r.input;
    inputs.push({ key: r.key, sourceFile: r.sourceFile, text, contentHash: sha256(text), inputHash: sha256(r.input), extracted: result.extracted });
  }
  return inputs;
}

async function main() {
  const url = arg("db");
  const batchSize = Number(arg("batch-size", "1000"));
  const serverPid = process.argv.includes("--server-pid") ? Number(arg("server-pid")) : null;
  const serverCpu = () => (serverPid === null ? 0 : treeCpuSeconds(serverPid));
  const inputs = await extracted(arg("corpus"), Number(arg("articles", "4000")));
  await databaseEngine(url).migrate(url);
  const db = createDb({ readonly: false, url });
  const ms = (seconds: number, n: number) => ((seconds * 1000) / n).toFixed(2);
  try {
    for (let i = 0; i < inputs.length; i += batchSize) {
      const batch = inputs.slice(i, i + batchSize);
      const [cpu, server, started] = [process.cpuUsage(), serverCpu(), performance.now()];
      await writeArticles(db, batch);
      const used = process.cpuUsage(cpu);
      const line = [`articles ${i + 1}-${i + batch.length}: this process ${ms((used.user + used.system) / 1e6, batch.length)} ms an article`];
      if (serverPid !== null) line.push(`server ${ms(serverCpu() - server, batch.length)} ms`);
      line.push(`wall ${ms((performance.now() - started) / 1000, batch.length)} ms; load ${os.loadavg()[0]!.toFixed(1)}`);
      console.log(line.join(", "));
    }
  } finally {
    await db.$disconnect();
  }
}

await main();
