import type { Dialect, RawConnection, Sql } from "@/lib/db/engine";
import { Prisma } from "@/lib/db/sql";
import type { StatementPage } from "@/lib/db/statements";
import { resolveFilters, slugLookup } from "@/lib/db/statements/filters";
import { listStatementsQuery } from "@/lib/db/statements/list-query";
import { NO_SPEAKER, type StatementFilters } from "@/lib/domain/filters";

// The floor the benchmark compares the query layer with: the query layer's own SQL, built by the same
// builders, run on a plain driver connection (Engine.openRaw), statement for statement: the slugs of
// filters with several of them looked up first (if any), then the one statement that answers the
// page's rows (as JSON, topics and snippets inline), the total and the five facets. The ratio between
// the two is what Prisma, the mapping into cards and facet links, and (for full text) the statement
// columns cost or save. The equality check compares the app's answer, through all of those, with the
// floor's: Prisma's handling and the mapping, and for full text the columns against SQL. That the
// SQL itself counts right is tests/db/facets.test.ts's job, against an independent plain-SQL reference.

export interface ListAnswer {
  ids: string[];
  total: number;
  facets: Record<string, [string, number][]>;
  /** Topic slugs of each listed statement, in the app's order. */
  topics: string[][];
}

/** The slug lookup listStatements runs first (if any), run on `raw`, and the answer statement it leads to. */
async function listStatementsSql(raw: RawConnection, d: Dialect, filters: StatementFilters, limit: number, timings?: Record<string, number>) {
  const lookup = slugLookup(d, filters);
  const started = performance.now();
  const looked = lookup ? await raw.all<{ dim: string; id: number }>(lookup) : [];
  if (timings && lookup) timings.ids = performance.now() - started;
  return { lookup, answer: listStatementsQuery(resolveFilters(d, filters, looked), "date", null, limit + 1, 0, true) };
}

/** The list+facets answer on the raw connection; `timings` (ms per statement) when asked for. */
export async function rawListStatements(
  raw: RawConnection,
  d: Dialect,
  filters: StatementFilters,
  limit = 50,
  timings?: Record<string, number>,
): Promise<ListAnswer> {
  const { answer } = await listStatementsSql(raw, d, filters, limit, timings);
  const started = performance.now();
  const [result] = await raw.all<{ rows: string; counts: string }>(answer);
  if (timings) timings.answer = performance.now() - started;
  const facets: ListAnswer["facets"] = { speaker: [], topic: [], outlet: [], kind: [], year: [] };
  let total = 0;
  const page = (JSON.parse(result!.rows) as unknown[][]).slice(0, limit);
  for (const [facet, value, , n] of JSON.parse(result!.counts) as [string, string | number | null, string | null, number][]) {
    if (facet === "total") total = n;
    // A NULL value is "not identified" for speakers, "not stated" for years: the app's names for them.
    else facets[facet]!.push([value === null ? (facet === "speaker" ? NO_SPEAKER : "unknown") : String(value), n]);
  }
  // The app shows "not identified" after the speakers of its count (facetValues), not before them.
  const none = facets.speaker!.findIndex(([value]) => value === NO_SPEAKER);
  if (none >= 0) {
    const [entry] = facets.speaker!.splice(none, 1);
    const at = facets.speaker!.findIndex(([, n]) => n < entry![1]);
    facets.speaker!.splice(at === -1 ? facets.speaker!.length : at, 0, entry!);
  }
  return {
    ids: page.map((r) => r[0] as string),
    total,
    facets,
    topics: page.map((r) => ((r[17] as [string, string][] | null) ?? []).map(([slug]) => slug)),
  };
}

/** The app's answer in the same shape (facet values a reader selected but that count nothing left out). */
export function appAnswer(page: StatementPage): ListAnswer {
  const facets: ListAnswer["facets"] = {};
  for (const [name, values] of Object.entries(page.facets)) {
    facets[name] = values.filter((v) => v.count > 0).map((v) => [v.value, v.count]);
  }
  return { ids: page.items.map((i) => i.id), total: page.total, facets, topics: page.items.map((i) => i.topics) };
}

/** The first difference between two answers, or null when they are the same. */
export function answerDifference(app: ListAnswer, raw: ListAnswer): string | null {
  if (app.total !== raw.total) return `total ${app.total} ≠ ${raw.total}`;
  if (JSON.stringify(app.ids) !== JSON.stringify(raw.ids)) return "listed statements differ";
  if (JSON.stringify(app.topics) !== JSON.stringify(raw.topics)) return "topics of listed statements differ";
  for (const name of Object.keys(raw.facets)) {
    const [a, r] = [app.facets[name] ?? [], raw.facets[name]!];
    const at = Array.from({ length: Math.max(a.length, r.length) }, (_, i) => i).find((i) => JSON.stringify(a[i]) !== JSON.stringify(r[i]));
    if (at !== undefined) return `facet ${name} differs at ${at}: app ${JSON.stringify(a[at] ?? null)}, SQL ${JSON.stringify(r[at] ?? null)}`;
  }
  return null;
}

/**
 * The engine's plan of each statement, one indented line per step; with `analyze` (PostgreSQL), the
 * plan as run, with each step's rows, time and buffers, which is what explains a difference in time.
 */
export async function explainListStatements(
  raw: RawConnection,
  d: Dialect,
  filters: StatementFilters,
  analyze = false,
): Promise<Record<string, string[]>> {
  const { lookup, answer } = await listStatementsSql(raw, d, filters, 50);
  const plan = async (query: Sql) =>
    analyze
      ? (await raw.all<{ "QUERY PLAN": string }>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)).map((r) => r["QUERY PLAN"])
      : raw.plan(query);
  return { ...(lookup ? { ids: await plan(lookup) } : {}), answer: await plan(answer) };
}
