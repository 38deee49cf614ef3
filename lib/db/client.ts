import type { Db, Engine } from "@/lib/db/engine";
import { postgresEngine } from "@/lib/db/postgres/engine";
import { sqliteEngine } from "@/lib/db/sqlite/engine";
import { databaseUrl, engineName } from "@/lib/db/url.mjs";

export type { Db, Tx } from "@/lib/db/engine";

// The one way lib/db reaches a database: the engine DATABASE_URL's scheme selects (lib/db/url.mjs),
// and the Prisma client it creates.
const ENGINES: Record<ReturnType<typeof engineName>, Engine> = { sqlite: sqliteEngine, postgres: postgresEngine };

/** The engine of the database at `url` (by default DATABASE_URL as it is now). */
export function databaseEngine(url: string = databaseUrl()): Engine {
  return ENGINES[engineName(url)];
}

// The engine behind each client: the write path and the rollups take their SQL fragments and bulk
// inserts from the database they are handed, whatever DATABASE_URL says. On globalThis, as readDb's
// client is: Next.js may load this module more than once (pages and route handlers), and a client
// made by one copy is used by the others.
const globalForDb = globalThis as unknown as { verbatimReadDb?: Db; verbatimEngines?: WeakMap<Db, Engine> };
const engines = (globalForDb.verbatimEngines ??= new WeakMap<Db, Engine>());

/** A Prisma client on the database at `url` (by default DATABASE_URL as it is now). */
export function createDb(options: { readonly: boolean; url?: string }): Db {
  const url = options.url ?? databaseUrl();
  const engine = databaseEngine(url);
  const db = engine.createClient(url, { readonly: options.readonly });
  engines.set(db, engine);
  return db;
}

/** The engine of a client createDb made. */
export function engineOf(db: Db): Engine {
  const engine = engines.get(db);
  if (!engine) throw new Error("engineOf: a client not made by createDb");
  return engine;
}

/** The read-only client the pages and API routes use: one per server process, on globalThis so that dev-mode reloads reuse it. */
export function readDb(): Db {
  globalForDb.verbatimReadDb ??= createDb({ readonly: true });
  return globalForDb.verbatimReadDb;
}

/** The SQL fragments of the engine the pages read from, for the query builders. */
export const readDialect = () => engineOf(readDb()).dialect;
