// Prisma's WebAssembly schema engine (lib/db/schema-engine.ts) on PostgreSQL, through
// @prisma/adapter-pg: `npm run db:migration` and the tests that hold prisma/postgres/migrations and
// the models together. The app applies migrations with lib/db/postgres/migrate.ts and never loads this.
//
// adapter-pg 7.10.0 needs four workarounds to serve the engine (each tested in
// tests/db/postgres-schema-engine.test.ts):
// 1. Its shadow database is `new Pool({ ...config, database: shadow })`; with a connectionString in the
//    config, node-postgres connects to the connectionString's database — the main one — and the engine
//    then resets it. The config here is fields (connection.ts), never a connectionString.
// 2. It drops the shadow database before closing the pool still connected to it, which PostgreSQL
//    refuses; connectToShadowDb here closes the pool first.
// 3. It cannot read the catalog's one-byte "char" columns (type OID 18, e.g. pg_class.relkind) that the
//    engine's introspection selects; those arrive here as text (they are one character).
// 4. Its executeScript splits a script on ";" and breaks function bodies ($$ … $$); a script goes to
//    the server whole here (the simple query protocol runs several statements).
import { externalTables } from "../../../prisma.config";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import * as schemaEngine from "@/lib/db/schema-engine";
import type { ClosableAdapterFactory, EngineSchema, SchemaFile } from "@/lib/db/schema-engine";
import { connectionConfig } from "@/lib/db/postgres/connection";

export const postgresSchema: EngineSchema = {
  dir: path.join(schemaEngine.repoRoot, "prisma", "postgres"),
  externalTables: externalTables.postgres,
};
export const migrationsDir = path.join(postgresSchema.dir, "migrations");

export const readSchema = () => schemaEngine.readSchema(postgresSchema.dir);

/** PostgreSQL's type OIDs for "char" (one byte) and text. */
const CHAR_OID = 18;
const TEXT_OID = 25;

interface PgQueryableInternals {
  client: pg.Pool | pg.PoolClient;
  performIO(query: unknown): Promise<pg.QueryResult>;
}

/** Workarounds 3 and 4 on a connection or a transaction of the adapter. */
function patchQueryable<T extends SqlQueryable>(queryable: T): T {
  const internals = queryable as unknown as PgQueryableInternals & { executeScript?(script: string): Promise<void> };
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  if (internals.executeScript) {
    const executeScript = internals.executeScript.bind(queryable);
    internals.executeScript = async (script) => {
      // The driver's own error conversion runs on what the split version would have raised.
      await internals.client.query(script).catch(() => executeScript(script));
    };
  }
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchQueryable<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

/**
 * Makes the adapter's dispose run once, then `after`: the engine disposes what it opened, and
 * closeAll disposes whatever it left (a pool ended twice throws).
 */
function disposeOnce(adapter: SqlDriverAdapter, after?: () => Promise<void>): () => Promise<void> {
  const dispose = adapter.dispose.bind(adapter);
  let disposed: Promise<void> | undefined;
  adapter.dispose = () =>
    (disposed ??= (async () => {
      try {
        await dispose();
      } finally {
        await after?.();
      }
    })());
  return () => adapter.dispose();
}

/** Adapters on the PostgreSQL database at `url`, with the four workarounds above. */
export function postgresAdapters(url: string): ClosableAdapterFactory {
  const config = connectionConfig(url);
  const factory = new PrismaPg(config);
  const cleanups: (() => Promise<void>)[] = [];
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = patchAdapter(await factory.connect());
      cleanups.push(disposeOnce(adapter));
      return adapter;
    },
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadow = patchAdapter(await new PrismaPg({ ...config, database }).connect());
      cleanups.push(
        disposeOnce(shadow, async () => {
          try {
            await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          } finally {
            await admin.end();
          }
        }),
      );
      return shadow;
    },
    closeAll: async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}

/** prisma/postgres/migrations against the models (null when they agree), replayed in a shadow database on the server at `url`. */
export const diffMigrationsToSchema = (url: string, options: { schema?: SchemaFile[]; migrations?: MigrationList } = {}) =>
  schemaEngine.diffMigrationsToSchema(postgresSchema, postgresAdapters(url), options);

/** The PostgreSQL database at `url` against the models (null when it is exactly them). */
export const diffDatabaseToSchema = (url: string, options: { schema?: SchemaFile[] } = {}) =>
  schemaEngine.diffDatabaseToSchema(postgresSchema, postgresAdapters(url), options);

/** What `prisma migrate status` would report for the PostgreSQL database at `url`. */
export const migrationStatus = (url: string, options: { schema?: SchemaFile[]; migrations?: MigrationList } = {}) =>
  schemaEngine.migrationStatus(postgresSchema, postgresAdapters(url), options);
