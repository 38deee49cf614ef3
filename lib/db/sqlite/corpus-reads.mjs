// The two reads that run on every request before any page is served: the corpus version (is the
// cached page still current?) and the redirect table (the 301 and 410 of proxy.ts and
// scripts/serve.mjs). Each is one indexed row on a read-only better-sqlite3 connection, a few
// microseconds; through Prisma the same read cost as much CPU as serving the cached page itself
// (docs/performance.md). Plain JavaScript because Next.js imports the page cache
// without compiling it, and scripts/serve.mjs runs uncompiled. Reached through lib/db/corpus-reads.mjs.
import Database from "better-sqlite3";
import { databaseUrl } from "../url.mjs";
import { databaseFile } from "./file.mjs";

/** @type {{ version: import("better-sqlite3").Statement, redirect: import("better-sqlite3").Statement } | null} */
let reads = null;

function open() {
  if (!reads) {
    // Readers wait for a writer's commit rather than failing with SQLITE_BUSY, as lib/db/client.ts's do.
    const db = new Database(databaseFile(databaseUrl()), { readonly: true, fileMustExist: true, timeout: 5_000 });
    reads = {
      version: db.prepare(`SELECT "version" FROM "CorpusState" WHERE "id" = 1`).pluck(),
      redirect: db.prepare(`SELECT "toId", "reason" FROM "Redirect" WHERE "kind" = ? AND "fromId" = ?`),
    };
  }
  return reads;
}

/**
 * The corpus version (lib/db/write/corpus-version.ts: 0 until an ingest changes the corpus), or null when it
 * cannot be read: no database yet, or one that predates the CorpusState table.
 * @returns {number | null}
 */
export function corpusVersion() {
  try {
    return /** @type {number | undefined} */ (open().version.get()) ?? 0;
  } catch {
    return null;
  }
}

/**
 * The version as it is now: every read is already current on SQLite (one file, read on each call).
 * @returns {Promise<number | null>}
 */
export async function refreshCorpusVersion() {
  return corpusVersion();
}

/**
 * Where a retired id or slug went: a successor, `null` for gone, undefined when it never retired.
 * @param {"statement" | "article" | "speaker" | "topic"} kind
 * @param {string} fromId
 * @returns {{ toId: string | null, reason: string } | undefined}
 */
export function findRedirect(kind, fromId) {
  return /** @type {{ toId: string | null, reason: string } | undefined} */ (open().redirect.get(kind, fromId));
}
