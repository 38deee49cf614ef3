// The two reads that run on every request before any page is served, on PostgreSQL (see
// lib/db/corpus-reads.mjs). The page cache asks for the corpus version synchronously on every request,
// and a round trip per request would cost more than serving the cached page: so each process keeps
// the version in memory, told of every change by the database — a trigger on CorpusState NOTIFYs
// `verbatim_corpus` when an ingest commits (the search_and_rollup_upkeep migration) — and reads it
// again every POLL_MS in case a notification was lost with its connection. A node therefore serves
// nothing older than the last committed ingest plus POLL_MS. Retired addresses are one indexed row,
// read when asked. Plain JavaScript because Next.js imports the page cache without compiling it, and
// scripts/serve.mjs runs uncompiled.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { databaseUrl } from "../url.mjs";

/** How often the version is read even without a notification (the bound on a missed one). */
export const POLL_MS = 1_000;
const CHANNEL = "verbatim_corpus";

/** @typedef {{ pool: pg.Pool, version: number | null, listener: pg.Client | null }} State */

/** @type {State | null} */
let state = null;

/** @param {string} url */
function configOf(url) {
  const { connectionString: _ignored, ...fields } = /** @type {pg.ClientConfig & { connectionString?: string }} */ (
    parseIntoClientConfig(url)
  );
  return { ...fields, application_name: "verbatim-corpus-reads", connectionTimeoutMillis: 5_000 };
}

/** @param {State} s */
async function readVersion(s) {
  try {
    const { rows } = await s.pool.query(`SELECT "version" FROM "CorpusState" WHERE "id" = 1`);
    s.version = rows[0]?.version ?? 0;
  } catch {
    // No database yet, or one that predates the CorpusState table: nothing may be cached.
    s.version = null;
  }
}

/** @param {State} s */
async function listen(s) {
  const client = new pg.Client(configOf(databaseUrl()));
  client.on("notification", (message) => {
    const version = Number(message.payload);
    if (Number.isInteger(version)) s.version = version;
  });
  // A lost connection is replaced at the next poll; until then the poll alone keeps the bound.
  client.on("error", () => {
    if (s.listener === client) s.listener = null;
    client.end().catch(() => {});
  });
  s.listener = client;
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  } catch {
    if (s.listener === client) s.listener = null;
    client.end().catch(() => {});
  }
}

function open() {
  if (!state) {
    /** @type {State} */
    const s = { pool: new pg.Pool({ ...configOf(databaseUrl()), max: 2 }), version: null, listener: null };
    s.pool.on("error", () => {});
    state = s;
    void listen(s).then(() => readVersion(s));
    const timer = setInterval(() => {
      if (!s.listener) void listen(s);
      void readVersion(s);
    }, POLL_MS);
    // The reads must not keep a command (or a test) alive once its work is done.
    timer.unref();
  }
  return state;
}

/**
 * The corpus version as this process last heard it (at most POLL_MS old), or null before the first
 * read or when it cannot be read.
 * @returns {number | null}
 */
export function corpusVersion() {
  return open().version;
}

/**
 * Reads the version now rather than waiting for the notification or the poll (tests; a command that
 * has just ingested and serves next).
 * @returns {Promise<number | null>}
 */
export async function refreshCorpusVersion() {
  const s = open();
  await readVersion(s);
  return s.version;
}

/**
 * Where a retired id or slug went: a successor, `null` for gone, undefined when it never retired.
 * @param {"statement" | "article" | "speaker" | "topic"} kind
 * @param {string} fromId
 * @returns {Promise<{ toId: string | null, reason: string } | undefined>}
 */
export async function findRedirect(kind, fromId) {
  const { rows } = await open().pool.query(`SELECT "toId", "reason" FROM "Redirect" WHERE "kind" = $1 AND "fromId" = $2`, [kind, fromId]);
  return rows[0];
}
