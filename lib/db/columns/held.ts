import "server-only";
import { LRUCache } from "lru-cache";
import { databaseEngine } from "@/lib/db/client";
import type { StatementColumns } from "@/lib/db/columns/columns";
import { databaseUrl } from "@/lib/db/url.mjs";

// The copy of the statement columns this server process holds, and the matches of recent searches.
//
// The arrays belong to one corpus version (CorpusState). A query reads the version in the same
// statement as its matches and uses the arrays only when the two agree; otherwise it is answered in
// SQL while a copy of the new version loads in the background (the engine reads it in one snapshot,
// yielding to the event loop between chunks, so that requests keep being served).

interface Holder {
  current: StatementColumns | null;
  loading: Promise<StatementColumns> | null;
  /** No background load starts before this time (ms): loads stay a small share of the CPU while ingest runs. */
  notBefore: number;
  enabled: boolean;
}

// One copy per server process, on globalThis so that dev-mode reloads reuse it.
const holder = ((globalThis as unknown as { verbatimStatementColumns?: Holder }).verbatimStatementColumns ??= {
  current: null,
  loading: null,
  notBefore: 0,
  enabled: true,
});

/** The columns last read from the current database, whatever their version (the caller checks it), or null. */
export function statementColumns(): StatementColumns | null {
  const current = holder.current;
  return holder.enabled && current && current.url === databaseUrl() ? current : null;
}

/** Reads the columns now and keeps them, waiting for a load already under way first. */
export async function loadStatementColumns(): Promise<StatementColumns> {
  if (holder.loading) await holder.loading.catch(() => null);
  const started = performance.now();
  const url = databaseUrl();
  const loading = databaseEngine(url).readStatementColumns(url);
  holder.loading = loading;
  try {
    const columns = await loading;
    holder.current = columns;
    // Until about four times the load's own time has passed, a stale copy is not reloaded.
    holder.notBefore = Date.now() + 4 * (performance.now() - started);
    return columns;
  } finally {
    if (holder.loading === loading) holder.loading = null;
  }
}

/**
 * Starts loading the current version in the background, unless a load is under way or one ended a
 * moment ago. A failure (no database yet, say) leaves the SQL answers in place and is retried later.
 */
export function refreshStatementColumns(): void {
  if (!holder.enabled || holder.loading || Date.now() < holder.notBefore) return;
  loadStatementColumns().catch((error: unknown) => {
    holder.notBefore = Date.now() + 10_000;
    // Searches stay right (answered in SQL), only slower: worth a line in the server's log.
    console.error(`statement columns not loaded (full-text facets are counted in SQL): ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Tests: whether the query layer may use (and load) the columns; off drops the copy held. */
export function setStatementColumnsEnabled(enabled: boolean): void {
  holder.enabled = enabled;
  if (!enabled) holder.current = null;
}

/** At most this many bytes of match seqs are kept per version: 80 searches for a word as common as "people" at 100k. */
const MATCH_CACHE_BYTES = 32 * 1024 * 1024;

// The matches of recent full-text queries, per columns object: a new version starts with none.
const matchCaches = new WeakMap<StatementColumns, LRUCache<string, Int32Array>>();

function matchCache(c: StatementColumns): LRUCache<string, Int32Array> {
  let cache = matchCaches.get(c);
  if (!cache) {
    cache = new LRUCache<string, Int32Array>({ maxSize: MATCH_CACHE_BYTES, sizeCalculation: (hits) => Math.max(1, hits.byteLength) });
    matchCaches.set(c, cache);
  }
  return cache;
}

/**
 * The matches of a full-text query at the columns' version, when a recent query asked for the same: a
 * reader who searches, then pages on or clicks a facet, runs the same words again and again, and
 * reading a common word's matches from the index is about half of such a query's time.
 */
export function cachedMatches(c: StatementColumns, match: string): Int32Array | null {
  return matchCache(c).get(match) ?? null;
}

/** The bench: every search's matches read from the index again, as a reader's first search reads them. */
export function forgetMatches(c: StatementColumns): void {
  matchCaches.delete(c);
}

export function cacheMatches(c: StatementColumns, match: string, hits: Int32Array): void {
  // A copy of its own, exactly as long as the matches (hits may be a view of a larger buffer).
  matchCache(c).set(match, hits.slice());
}
