// The list+facets part of the benchmark: seven fixed queries through the app's query layer, each also
// run as its own SQL on a plain driver connection (the floor), with the answers checked equal.
import { answerDifference, appAnswer, explainListStatements, rawListStatements } from "@/bench/raw-queries";
import { say } from "@/bench/say";
import { percentile, round } from "@/bench/stats";
import { Prisma } from "@/lib/db/sql";
import { databaseEngine } from "@/lib/db/client";
import type { Dialect, RawConnection } from "@/lib/db/engine";
import type { StatementPage } from "@/lib/db/statements";
import { NO_FILTERS, type StatementFilters } from "@/lib/domain/filters";

interface QueryCase {
  name: string;
  filters: StatementFilters;
}

/** The full-text query: a word common in what politicians say. */
const COMMON_WORD = "people";

/** "people", or in a corpus without it (the fallback sources) its most frequent long word. */
async function commonWord(raw: RawConnection, d: Dialect): Promise<string> {
  const [hits] = await raw.all<{ n: number }>(Prisma.sql`SELECT ${d.statementMatchCountUpTo(d.matchAll([COMMON_WORD]), 1)} AS n`);
  if (Number(hits!.n) > 0) return COMMON_WORD;
  const counts = new Map<string, number>();
  for (const { text } of await raw.all<{ text: string }>(Prisma.sql`SELECT "text" AS text FROM "Statement" LIMIT 2000`)) {
    for (const w of text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? COMMON_WORD;
}

export async function queryCases(raw: RawConnection, d: Dialect): Promise<QueryCase[]> {
  const [speaker] = await raw.all<{ slug: string }>(
    Prisma.sql`SELECT "slug" AS slug FROM "Speaker" WHERE "mergedIntoId" IS NULL ORDER BY "statementCount" DESC, "slug" LIMIT 1`,
  );
  const [topic] = await raw.all<{ slug: string }>(
    Prisma.sql`SELECT "slug" AS slug FROM "Topic" WHERE "kind" = 'curated' ORDER BY "statementCount" DESC, "slug" LIMIT 1`,
  );
  const [year] = await raw.all<{ y: number }>(
    Prisma.sql`SELECT "publishedYear" AS y FROM "Statement" WHERE "publishedYear" IS NOT NULL GROUP BY "publishedYear" ORDER BY count(*) DESC LIMIT 1`,
  );
  const s = speaker ? [speaker.slug] : [];
  const word = await commonWord(raw, d);
  const t = topic ? [topic.slug] : [];
  const range = year ? { from: year.y * 10_000 + 101, to: year.y * 10_000 + 1231 } : { from: null, to: null };
  // The busiest speaker, topic and year: the worst case a reader can reach in one click.
  return [
    { name: "1 first page", filters: NO_FILTERS },
    { name: "2 speaker", filters: { ...NO_FILTERS, speaker: s } },
    { name: "3 topic", filters: { ...NO_FILTERS, topic: t } },
    { name: "4 speaker+topic", filters: { ...NO_FILTERS, speaker: s, topic: t } },
    { name: "5 one year", filters: { ...NO_FILTERS, ...range } },
    { name: "6 speaker+year", filters: { ...NO_FILTERS, speaker: s, ...range } },
    { name: "7 full text", filters: { ...NO_FILTERS, q: word } },
  ];
}

interface QueryResult {
  name: string;
  total: number;
  /** The first call, which the percentiles leave out (the SQLite pages it reads may not be in memory yet). */
  first_ms: number;
  /** Full text only: each call reading its matches from the index (the match cache emptied before it). */
  uncached_p50_ms: number | null;
  uncached_p95_ms: number | null;
  app_p50_ms: number;
  app_p95_ms: number;
  raw_p50_ms: number;
  raw_p95_ms: number;
  equal: boolean;
  difference: string | null;
  /** Median ms of each raw statement: where the time goes. */
  raw_breakdown_ms: Record<string, number>;
}

/** One query case: its first call, then app and floor sampled in turn, and for full text the calls that read their matches afresh. */
async function measureCase(c: QueryCase, raw: RawConnection, d: Dialect, run: () => Promise<StatementPage>, forgetMatches: () => void) {
  let t0 = performance.now();
  const first = await run();
  const firstMs = performance.now() - t0;
  // Two more calls each before sampling, as a server has made them by its second reader: the first
  // calls of a code path run before V8 has compiled it (Q7's first three at 100k: ~220, 70, 55 ms,
  // then 10–15 ms). The first call is reported on its own.
  for (let i = 0; i < 2; i++) {
    await run();
    await rawListStatements(raw, d, c.filters);
  }
  const difference = answerDifference(appAnswer(first), await rawListStatements(raw, d, c.filters));
  const app: number[] = [];
  const rawTimes: number[] = [];
  const breakdown: Record<string, number[]> = {};
  // At least 5 samples, at most 20, and about 10 s per query: slow queries at large N stay bounded.
  const budgetMs = 10_000;
  const started = performance.now();
  for (let i = 0; i < 20 && (i < 5 || performance.now() - started < budgetMs); i++) {
    t0 = performance.now();
    await run();
    app.push(performance.now() - t0);
    const timings: Record<string, number> = {};
    t0 = performance.now();
    await rawListStatements(raw, d, c.filters, 50, timings);
    rawTimes.push(performance.now() - t0);
    for (const [k, v] of Object.entries(timings)) (breakdown[k] ??= []).push(v);
  }
  // A search's matches are kept for the next query with the same words (lib/db/columns/held.ts),
  // so the samples above read them from memory: without that, each reads them from the index again.
  const uncached: number[] = [];
  for (let i = 0; c.filters.q && i < 10; i++) {
    forgetMatches();
    t0 = performance.now();
    await run();
    uncached.push(performance.now() - t0);
  }
  const result: QueryResult = {
    name: c.name,
    total: first.total,
    first_ms: round(firstMs, 2),
    uncached_p50_ms: uncached.length ? round(percentile(uncached, 50), 2) : null,
    uncached_p95_ms: uncached.length ? round(percentile(uncached, 95), 2) : null,
    app_p50_ms: round(percentile(app, 50), 2),
    app_p95_ms: round(percentile(app, 95), 2),
    raw_p50_ms: round(percentile(rawTimes, 50), 2),
    raw_p95_ms: round(percentile(rawTimes, 95), 2),
    equal: difference === null,
    difference,
    raw_breakdown_ms: Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, round(percentile(v, 50), 2)])),
  };
  return { result, app, rawTimes };
}

/** A sample for the HTTP test: 300 statements picked uniformly, and so their speakers by how often they are quoted. */
async function samplePages(raw: RawConnection) {
  const [max] = await raw.all<{ m: number | null }>(Prisma.sql`SELECT max("seq") AS m FROM "Statement"`);
  const maxSeq = Number(max?.m ?? 0);
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4_294_967_296;
  const statementIds: string[] = [];
  const speakerSlugs: string[] = [];
  for (let i = 0; i < 300 && maxSeq > 0; i++) {
    const [row] = await raw.all<{ id: string; slug: string | null }>(
      Prisma.sql`SELECT s."id" AS id, sp."slug" AS slug FROM "Statement" s LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
        WHERE s."seq" >= ${1 + Math.floor(next() * maxSeq)} ORDER BY s."seq" LIMIT 1`,
    );
    if (!row) continue;
    statementIds.push(row.id);
    if (row.slug) speakerSlugs.push(row.slug);
  }
  return { statementIds, speakerSlugs };
}

export async function measureQueries(url: string, explain: boolean) {
  // The query layer reads through the app's own read-only client, which follows DATABASE_URL.
  process.env.DATABASE_URL = url;
  const { listStatements } = await import("@/lib/db/statements");
  // The columns full-text queries count from, loaded as the server loads them at start (instrumentation.ts).
  const { forgetMatches, loadStatementColumns } = await import("@/lib/db/columns/held");
  const loadStarted = performance.now();
  const columns = await loadStatementColumns();
  const columnsLoad = { ms: round(performance.now() - loadStarted, 0), mb: round(columns.bytes / 1024 / 1024, 1) };
  say(`  statement columns (full-text facets) loaded in ${columnsLoad.ms} ms, ${columnsLoad.mb} MB`);
  const engine = databaseEngine(url);
  const d = engine.dialect;
  const raw = engine.openRaw(url, { readonly: true });
  const results: QueryResult[] = [];
  const appAll: number[] = [];
  const rawAll: number[] = [];
  const plans: Record<string, Record<string, string[]>> = {};
  for (const c of await queryCases(raw, d)) {
    const run = () => listStatements({ filters: c.filters, basePath: "/statements" });
    const { result: r, app, rawTimes } = await measureCase(c, raw, d, run, () => forgetMatches(columns));
    appAll.push(...app);
    rawAll.push(...rawTimes);
    if (explain) plans[c.name] = await explainListStatements(raw, d, c.filters, engine.name === "postgres");
    results.push(r);
    say(`  ${c.name.padEnd(16)} total ${String(r.total).padStart(8)} · first ${r.first_ms} ms · app p50 ${r.app_p50_ms} ms p95 ${r.app_p95_ms} ms${c.filters.q ? ` (matches not cached: p50 ${r.uncached_p50_ms} ms p95 ${r.uncached_p95_ms} ms)` : ""} · raw p95 ${r.raw_p95_ms} ms${r.difference ? ` · DIFFERENT: ${r.difference}` : ""}`);
  }
  const sample = await samplePages(raw);
  await raw.close();
  return {
    results,
    plans,
    app_p50_ms: round(percentile(appAll, 50), 2),
    app_p95_ms: round(percentile(appAll, 95), 2),
    raw_p50_ms: round(percentile(rawAll, 50), 2),
    raw_p95_ms: round(percentile(rawAll, 95), 2),
    ...sample,
    columnsLoad,
  };
}
