// The two reads that run on every request before any page is served (the page cache's corpus version,
// the 301 and 410 of proxy.ts and scripts/serve.mjs), from the engine DATABASE_URL selects. Each engine
// answers them on a plain driver connection of its own, outside Prisma (lib/db/sqlite/corpus-reads.mjs
// says why; lib/db/postgres/corpus-reads.mjs how a PostgreSQL node learns of a change). Plain JavaScript
// because Next.js imports the page cache without compiling it, and scripts/serve.mjs runs uncompiled.
import * as postgres from "./postgres/corpus-reads.mjs";
import * as sqlite from "./sqlite/corpus-reads.mjs";
import { databaseUrl, engineName } from "./url.mjs";

const ENGINES = { sqlite, postgres };

/** @type {typeof sqlite | typeof postgres | null} the engine chosen at the first read (its connection is opened once too) */
let chosen = null;
const reads = () => (chosen ??= ENGINES[engineName(databaseUrl())]);

/**
 * The corpus version (0 until an ingest changes the corpus), or null when it cannot be read: no
 * database yet, or one that predates the CorpusState table.
 * @returns {number | null}
 */
export function corpusVersion() {
  try {
    return reads().corpusVersion();
  } catch {
    return null;
  }
}

/**
 * The corpus version read now: on PostgreSQL a node otherwise learns of a change by notification or
 * poll, within POLL_MS (lib/db/postgres/corpus-reads.mjs).
 * @returns {Promise<number | null>}
 */
export async function refreshCorpusVersion() {
  try {
    return await reads().refreshCorpusVersion();
  } catch {
    return null;
  }
}

/**
 * Where a retired id or slug went: a successor, `null` for gone, undefined when it never retired
 * (at once on SQLite, a round trip on PostgreSQL).
 * @param {"statement" | "article" | "speaker" | "topic"} kind
 * @param {string} fromId
 * @returns {Promise<{ toId: string | null, reason: string } | undefined>}
 */
export async function findRedirect(kind, fromId) {
  return reads().findRedirect(kind, fromId);
}
