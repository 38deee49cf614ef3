// npm run bench -- --articles N [--corpus DIR] [--format txt|jsonl] [--write-corpus PATH] [--db PATH|postgresql://… [--reuse]] [--seed S] [--http-seconds S] [--connections N] [--runs N] [--explain] [--json]
//
// One run measures: ingest throughput through the real pipeline (ingestPaths: extraction + Prisma
// writes), p50/p95 of seven list+facets queries through the app's query layer and as its own SQL on a
// plain driver connection (answers checked equal), and the permalink and speaker pages under 16 clients
// (--connections) against the server `npm start` runs (wrk), with the JavaScript each kind of page loads. --db is a
// SQLite file or a PostgreSQL database (bench/database.ts): the same measurements on either engine. Runs with
// `tsx --conditions=react-server` so that the query layer's `server-only` import resolves to its
// empty export, as it does inside Next.js.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { generateArticle, personPoolSize, profileSource } from "@/bench/corpus";
import { benchDatabase, databaseMb, dropRunDatabase, holdsCorpus, runDatabaseUrl, type BenchDatabase } from "@/bench/database";
import { writeCorpus } from "@/bench/corpus-files";
import { firstRequests, loadTest, pageScripts, startServer, treeRssMb, wrkAvailable, type LoadResult } from "@/bench/http";
import { measureQueries } from "@/bench/queries";
import { say } from "@/bench/say";
import { readSources } from "@/bench/sources";
import { medianOf } from "@/bench/runs";
import { round } from "@/bench/stats";
import { Prisma } from "@/lib/db/sql";
import { createDb, databaseEngine } from "@/lib/db/client";
import { repositoryRoot } from "@/lib/env";
import { ingestPaths } from "@/lib/load/ingest";

const argsSchema = z.object({
  articles: z.coerce.number().int().min(1).max(1_000_000).optional(),
  corpus: z.string().min(1).nullable().default(null),
  db: z.string().min(1).nullable().default(null),
  seed: z.coerce.number().int().default(1),
  httpSeconds: z.coerce.number().int().min(1).max(120).default(10),
  connections: z.coerce.number().int().min(1).max(1024).default(16),
  explain: z.boolean().default(false),
  json: z.boolean().default(false),
  /** Measure the database --db names (made by an earlier --db run) instead of building one. */
  reuse: z.boolean().default(false),
  /** Set by --runs on the runs before the last: their database is dropped once they are done. */
  scratch: z.boolean().default(false),
  runs: z.coerce.number().int().min(1).max(9).default(1),
  /** The generated corpus as folders of .txt files with sidecars, or as one JSON Lines file. */
  format: z.enum(["txt", "jsonl"]).default("txt"),
  /** Only write the generated corpus there (for `npm run ingest` to be measured on it), then stop. */
  writeCorpus: z.string().min(1).nullable().default(null),
});
type Args = z.infer<typeof argsSchema>;

function parseArgs(argv: string[]): Args {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") continue;
    const name = arg.replace(/^--/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (!arg.startsWith("--") || !(name in argsSchema.shape)) throw new Error(`unknown argument ${arg}`);
    if (name === "json" || name === "explain" || name === "reuse" || name === "scratch") raw[name] = true;
    else raw[name] = argv[++i];
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}

function progressBar(label: string) {
  // The clock starts at the first tick (ingest's start), not when the bar is made: before that the
  // corpus is generated, which is no part of the first tenth's throughput.
  let started: number | null = null;
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  let nextDecile = 1;
  const segments: number[] = [];
  let segmentStart = { at: 0, done: 0 };
  return {
    segments,
    tick(done: number, total: number) {
      const now = performance.now();
      if (started === null) {
        started = now;
        segmentStart = { at: now, done };
      }
      // Throughput per tenth of the corpus shows how ingest slows as the database grows. A batch that
      // crosses several tenths at once (small corpora) gives each of them its rate.
      const rate = ((done - segmentStart.done) / Math.max(now - segmentStart.at, 1e-3)) * 1000;
      while (total > 0 && done >= (nextDecile * total) / 10 && nextDecile <= 10) {
        segments.push(rate);
        segmentStart = { at: now, done };
        if (!tty) say(`  ${label} ${done}/${total} · ${round(segments.at(-1)!, 0)} articles/s in the last tenth`);
        nextDecile++;
      }
      if (tty && (now - lastDraw > 200 || done === total)) {
        lastDraw = now;
        const width = 30;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        const overall = (done / Math.max(now - started, 1)) * 1000;
        process.stderr.write(`\r  ${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} · ${overall.toFixed(0)}/s   `);
        if (done === total) process.stderr.write("\n");
      }
    },
  };
}

async function measureHttp(databaseUrl: string, root: string, seconds: number, statementIds: string[], speakerSlugs: string[], work: string, connections = 16) {
  if (!wrkAvailable()) {
    say("  wrk is not installed (apt-get install wrk): HTTP skipped");
    return null;
  }
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    say("  no build yet: running next build…");
    const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = await startServer(databaseUrl, root);
  const pid = server.process.pid!;
  try {
    const permalinks = statementIds.map((id) => `/statements/${id}`);
    const speakers = [...new Set(speakerSlugs)].map((slug) => `/speakers/${slug}`);
    const scriptFile = path.join(work, "wrk.lua");
    const opts = { connections, scriptFile, serverPid: pid };

    // The JavaScript each kind of page loads, against the framework's own: the 404 page is the root
    // layout around one paragraph and a link, so it ships nothing but what every page needs.
    const article = statementIds[0] ? ((await (await fetch(`${server.base}/api/statements/${statementIds[0]}`)).json()) as { article?: { url?: string } }).article?.url : undefined;
    const jsPages = { baseline: "/no-such-page", article, statement: permalinks[0], speaker: speakers[0], statements_list: "/statements" };
    const js: Record<string, number | null> = {};
    for (const [name, page] of Object.entries(jsPages)) {
      if (!page) {
        js[name] = null;
        continue;
      }
      const scripts = await pageScripts(server.base, page);
      js[name] = round(scripts.gzip_kb, 1);
      const extra = name === "baseline" ? "" : ` (${scripts.gzip_kb - js.baseline! >= 0 ? "+" : ""}${round(scripts.gzip_kb - js.baseline!, 1)} kB)`;
      say(`  JS ${name.padEnd(15)} ${scripts.scripts} scripts · ${round(scripts.raw_kb, 1)} kB · ${round(scripts.gzip_kb, 1)} kB gzipped${extra}`);
    }

    // Each page once, as its first reader gets it (rendered, then cached), before the load test.
    const speakerList = speakers.length ? speakers : ["/speakers"];
    const firstPermalink = await firstRequests(server.base, permalinks, 2);
    const firstSpeaker = await firstRequests(server.base, speakerList, 2);
    say(`  first request  permalink p50 ${round(firstPermalink.p50_ms)} ms p95 ${round(firstPermalink.p95_ms)} ms · speaker page p50 ${round(firstSpeaker.p50_ms)} ms p95 ${round(firstSpeaker.p95_ms)} ms (2 at a time) · ${firstPermalink.errors + firstSpeaker.errors} errors`);
    // Warm-up, not measured: until the JIT has compiled the path of a cached page, the first seconds
    // under load run at half the rate or less.
    await loadTest(server.base, [...permalinks, ...speakers], { ...opts, seconds: 5 });
    const permalink = await loadTest(server.base, permalinks, { ...opts, seconds });
    say(`  permalink      p50 ${round(permalink.p50_ms)} ms p95 ${round(permalink.p95_ms)} ms · ${round(permalink.rps)} req/s · ${permalink.errors} errors · RSS ≤ ${round(permalink.rss_mb, 0)} MB`);
    const speaker = await loadTest(server.base, speakerList, { ...opts, seconds });
    say(`  speaker page   p50 ${round(speaker.p50_ms)} ms p95 ${round(speaker.p95_ms)} ms · ${round(speaker.rps)} req/s · ${speaker.errors} errors · RSS ≤ ${round(speaker.rss_mb, 0)} MB`);
    return {
      permalink,
      speaker,
      firstPermalink,
      firstSpeaker,
      js_kb: js,
      connections,
      rss_mb: Math.max(permalink.rss_mb, speaker.rss_mb, treeRssMb(pid)),
    };
  } finally {
    await server.stop();
  }
}

/**
 * `--runs N`: the whole benchmark N times, each in a new process on a new database (only the last
 * one kept with --db), then the median of every figure.
 */
async function runMany(args: Args): Promise<number> {
  const argv = process.argv.slice(2).filter((a) => a !== "--");
  const without = (list: string[], flag: string, takesValue: boolean) => {
    const at = list.indexOf(flag);
    return at < 0 ? list : [...list.slice(0, at), ...list.slice(at + (takesValue ? 2 : 1))];
  };
  const base = without(without(argv, "--runs", true), "--json", false);
  const summaries = [];
  const postgres = args.db !== null && benchDatabase(args.db, "", "").engine === "postgres";
  for (let run = 1; run <= args.runs; run++) {
    say(`run ${run} of ${args.runs}`);
    // A SQLite run without --db gets a temporary file; a PostgreSQL run a database of its own, dropped after.
    const earlier = [...(postgres ? [...without(base, "--db", true), "--db", runDatabaseUrl(args.db!, run)] : without(base, "--db", true)), "--scratch"];
    const runArgs = [...(run < args.runs ? earlier : base), "--json"];
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...runArgs], {
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    if (postgres && run < args.runs) await dropRunDatabase(runDatabaseUrl(args.db!, run));
    const last = child.stdout.trim().split("\n").at(-1);
    if (child.status !== 0 || !last) throw new Error(`run ${run} failed (exit ${child.status})`);
    summaries.push(JSON.parse(last) as Parameters<typeof medianOf>[0][number]);
  }
  const median = medianOf(summaries) as Record<string, unknown>;
  say(`medians of ${args.runs} runs: ${JSON.stringify(median)}`);
  if (args.json) process.stdout.write(`${JSON.stringify({ ...median, runs: summaries })}\n`);
  return 0;
}

/** Generates the corpus in --format under `dir`; answers the path to ingest. */
function generateCorpus(args: Args, articles: number, dir: string): string {
  const sources = readSources(args.corpus);
  say(`  ${sources.length} source texts from ${args.corpus ?? "seeds + tests/ingest/fixtures (no --corpus)"}; ${personPoolSize(articles)} people in the pool`);
  const profiles = sources.map(profileSource);
  const t = performance.now();
  const corpusPath = writeCorpus(args.format, dir, articles, (i) => generateArticle(profiles, { articles, seed: args.seed }, i));
  say(`  corpus generated in ${round((performance.now() - t) / 1000)} s: ${corpusPath}`);
  return corpusPath;
}

/**
 * Ingests the generated corpus through the real pipeline; answers articles/s and this process's CPU
 * time per article (all its threads: on a shared machine the fairer figure; on PostgreSQL the
 * server's own CPU comes on top, in its processes).
 */
async function ingestCorpus(args: Args, articles: number, corpusPath: string, url: string, tick: (done: number, total: number) => void) {
  const db = createDb({ readonly: false, url });
  const t = performance.now();
  const cpu = process.cpuUsage();
  const report = await ingestPaths(db, [corpusPath], { onProgress: (p) => tick(p.articles, articles) });
  const ingestSeconds = (performance.now() - t) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  await db.$disconnect();
  const ingested = report.created + report.updated + report.unchanged;
  for (const p of report.problems.slice(0, 5)) say(`  rejected: ${p.file} ${p.reason}`);
  // A batch that fell back to one transaction an article slows ingest several times over.
  for (const f of report.batchFailures) say(`  a batch of ${f.articles} articles was written one by one: ${f.reason}`);
  const rate = ingested / ingestSeconds;
  const cpuMsPerArticle = (user + system) / 1000 / Math.max(ingested, 1);
  say(`  ingested ${ingested} articles (${args.format}) in ${round(ingestSeconds)} s: ${round(rate)} articles/s (${report.problems.length} rejected); CPU of this process ${round(cpuMsPerArticle, 2)} ms an article; peak RSS of the process ${round(process.resourceUsage().maxRSS / 1024, 0)} MB; load average ${os.loadavg().map((l) => round(l)).join(" ")}`);
  return { rate, cpuMsPerArticle };
}

/** What the corpus holds, and the database's size. */
async function corpusFigures(db: BenchDatabase) {
  const url = db.url;
  const counts = databaseEngine(url).openRaw(url, { readonly: true });
  const one = async (sql: string) => Number((await counts.all<{ n: number | bigint }>(Prisma.raw(sql)))[0]!.n);
  const corpus = {
    articles: await one(`SELECT count(*) AS n FROM "Article"`),
    statements: await one(`SELECT count(*) AS n FROM "Statement"`),
    speakers: await one(`SELECT count(DISTINCT "speakerId") AS n FROM "Statement"`),
    topics: await one(`SELECT count(DISTINCT "topicId") AS n FROM "StatementTopic"`),
    curated_topics: await one(
      `SELECT count(DISTINCT st."topicId") AS n FROM "StatementTopic" st JOIN "Topic" t ON t."id" = st."topicId" WHERE t."kind" = 'curated'`,
    ),
    outlets: await one(`SELECT count(*) AS n FROM "Outlet"`),
    years: await one(`SELECT count(DISTINCT "publishedYear") AS n FROM "Article" WHERE "publishedYear" IS NOT NULL`),
    db_mb: round(await databaseMb(db), 0),
  };
  await counts.close();
  return corpus;
}

/** The one JSON line --json prints. */
function summaryOf({ engine, load, corpus, ingest, query, ratio, http, connections, perTenth, seconds }: {
  engine: BenchDatabase["engine"];
  /** The one-minute load average at the run's start and end. */
  load: number[];
  corpus: Awaited<ReturnType<typeof corpusFigures>>;
  ingest: Awaited<ReturnType<typeof ingestCorpus>> | null;
  query: Awaited<ReturnType<typeof measureQueries>>;
  ratio: number;
  http: Awaited<ReturnType<typeof measureHttp>>;
  connections: number;
  perTenth: number[];
  seconds: number;
}) {
  const httpJson = (r: LoadResult | undefined) => (r ? round(r.p95_ms, 1) : null);
  return {
    engine,
    load_average: load,
    articles: corpus.articles,
    statements: corpus.statements,
    speakers: corpus.speakers,
    topics: corpus.topics,
    ingest_articles_per_s: ingest === null ? null : round(ingest.rate, 1),
    ingest_cpu_ms_per_article: ingest === null ? null : round(ingest.cpuMsPerArticle, 2),
    query: {
      list_facets_p50_ms: query.app_p50_ms,
      list_facets_p95_ms: query.app_p95_ms,
      raw_sql_p95_ms: query.raw_p95_ms,
      ratio_p95: ratio,
      columns_load_ms: query.columnsLoad.ms,
      columns_mb: query.columnsLoad.mb,
    },
    http: {
      permalink_p95_ms: httpJson(http?.permalink),
      speaker_page_p95_ms: httpJson(http?.speaker),
      rps: http ? round(http.permalink.rps, 1) : null,
      errors: http ? http.permalink.errors + http.speaker.errors + http.firstPermalink.errors + http.firstSpeaker.errors : null,
      rss_mb: http ? round(http.rss_mb, 0) : null,
      speaker_page_rps: http ? round(http.speaker.rps, 1) : null,
      connections,
      permalink_first_p95_ms: http ? round(http.firstPermalink.p95_ms, 1) : null,
      speaker_page_first_p95_ms: http ? round(http.firstSpeaker.p95_ms, 1) : null,
      js_kb: http?.js_kb ?? null,
    },
    answers_equal: query.results.every((r) => r.equal),
    ingest_per_tenth: perTenth.map((r) => round(r, 0)),
    per_query: query.results.map(({ name, total, first_ms, uncached_p50_ms, uncached_p95_ms, app_p50_ms, app_p95_ms, raw_p50_ms, raw_p95_ms, equal }) => ({ name, total, first_ms, uncached_p50_ms, uncached_p95_ms, app_p50_ms, app_p95_ms, raw_p50_ms, raw_p95_ms, equal })),
    corpus,
    seconds,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.runs > 1) return runMany(args);
  const root = repositoryRoot();
  const runStarted = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-"));
  try {
    const db = benchDatabase(args.db, root, work);
    const url = db.url;
    const exists = await holdsCorpus(db);
    const articles = args.articles ?? 0;
    if (!args.reuse && articles === 0) {
      say("--articles N is required (or --db PATH --reuse to measure an existing benchmark database)");
      return 2;
    }
    if (args.reuse && (!args.db || !exists)) {
      say("--reuse measures the database --db names: give --db PATH (or postgresql://…) of an earlier run");
      return 2;
    }
    if (args.db && exists && !args.reuse) {
      say(`${db.label} already holds a corpus: the benchmark ingests into a new database (remove it, choose another ${db.engine === "postgres" ? "database name" : "path"}, or add --reuse to measure it as it is)`);
      return 2;
    }
    // The load average at start and end: on a shared machine, what every figure of the run is read against.
    const loadAtStart = round(os.loadavg()[0]!);
    say(`Verbatim benchmark (${db.engine}): ${args.reuse ? `the database ${db.label} as it is` : `${articles} articles, seed ${args.seed}`}; load average ${loadAtStart}`);
    const bar = progressBar("ingest");
    const corpusPath = args.reuse ? null : generateCorpus(args, articles, args.writeCorpus ? path.resolve(args.writeCorpus) : path.join(work, "corpus"));
    if (args.writeCorpus) return 0;
    await databaseEngine(url).migrate(url);
    const ingest = corpusPath === null ? null : await ingestCorpus(args, articles, corpusPath, url, bar.tick);
    const corpus = await corpusFigures(db);
    say(`  corpus: ${corpus.statements} statements (${round(corpus.statements / Math.max(corpus.articles, 1))}/article), ${corpus.speakers} speakers, ${corpus.topics} topics (${corpus.curated_topics} curated), ${corpus.outlets} outlets, ${corpus.years} years, ${corpus.db_mb} MB`);

    say("list+facets queries (the app's query layer vs its own SQL on a plain driver connection):");
    const query = await measureQueries(url, args.explain);
    const ratio = round(query.app_p95_ms / query.raw_p95_ms, 2);
    say(`  all 7: app p50 ${query.app_p50_ms} ms p95 ${query.app_p95_ms} ms · raw p95 ${query.raw_p95_ms} ms · ratio ${ratio}`);
    if (args.explain) {
      for (const [name, plans] of Object.entries(query.plans)) {
        say(`${db.engine === "postgres" ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN QUERY PLAN"} — ${name}`);
        for (const [statement, lines] of Object.entries(plans)) say(`  [${statement}]\n${lines.map((l) => `    ${l}`).join("\n")}`);
      }
      for (const r of query.results) say(`  raw breakdown ${r.name}: ${JSON.stringify(r.raw_breakdown_ms)}`);
    }

    say(`pages under ${args.connections} clients (wrk, ${args.httpSeconds} s each, against scripts/serve.mjs, as npm start runs it):`);
    let http: Awaited<ReturnType<typeof measureHttp>> = null;
    try {
      http = await measureHttp(url, root, args.httpSeconds, query.statementIds, query.speakerSlugs, work, args.connections);
    } catch (error) {
      say(`  HTTP failed: ${(error as Error).message.split("\n")[0]}`);
    }
    const seconds = round((performance.now() - runStarted) / 1000);
    const loadAtEnd = round(os.loadavg()[0]!);
    say(`done in ${seconds} s, load average ${loadAtEnd}${args.db && !args.scratch ? `; database kept: DATABASE_URL=${db.engine === "postgres" ? db.label : `file:${args.db}`} npm start` : ""}`);

    const summary = summaryOf({ engine: db.engine, load: [loadAtStart, loadAtEnd], corpus, ingest, query, ratio, http, connections: args.connections, perTenth: bar.segments, seconds });
    if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.answers_equal ? 0 : 1;
  } finally {
    // The generated corpus is scratch; the database too unless --db asked to keep it.
    rmSync(args.db ? path.join(work, "corpus") : work, { recursive: true, force: true });
    if (args.db) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
