// Prisma's WebAssembly schema engine (lib/db/schema-engine.ts) on SQLite, through the better-sqlite3
// driver adapter: `npm run db:migration` and the tests that hold prisma/sqlite/migrations and the
// models together. The app applies migrations with lib/db/sqlite/migrate.ts and never loads this.
import { externalTables } from "../../../prisma.config";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as schemaEngine from "@/lib/db/schema-engine";
import type { ClosableAdapterFactory, EngineSchema, SchemaFile } from "@/lib/db/schema-engine";

export { repoRoot, readMigrationsList } from "@/lib/db/schema-engine";

export const sqliteSchema: EngineSchema = {
  dir: path.join(schemaEngine.repoRoot, "prisma", "sqlite"),
  externalTables: externalTables.sqlite,
};
export const migrationsDir = path.join(sqliteSchema.dir, "migrations");

export const readSchema = () => schemaEngine.readSchema(sqliteSchema.dir);

// The wasm engine sends a whole migration.sql through executeRaw, and better-sqlite3 prepares one
// statement at a time ("The supplied SQL string contains more than one statement"); such a script
// goes through executeScript (better-sqlite3's exec), which is what the native engine's
// execute_batch does.
function acceptingScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multiStatement = error instanceof Error && /more than one statement/.test(error.message);
      if (!multiStatement || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/**
 * Adapters on `databaseFile` (an in-memory database by default) whose shadow database is in memory:
 * diffing from a migrations folder replays it there, touching no file. Freeing the engine does not
 * close the connections it opened (one of them may hold SQLite's exclusive lock), so the factory keeps
 * them for closeAll.
 */
export function sqliteAdapters(databaseFile = ":memory:"): ClosableAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: databaseFile });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return acceptingScripts(adapter);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    closeAll: async () => {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

/** prisma/sqlite/migrations against the models (null when they agree); see lib/db/schema-engine.ts. */
export const diffMigrationsToSchema = (options: { schema?: SchemaFile[]; migrations?: MigrationList } = {}) =>
  schemaEngine.diffMigrationsToSchema(sqliteSchema, sqliteAdapters(), options);

/** The SQLite file `databaseFile` against the models (null when it is exactly them). */
export const diffDatabaseToSchema = (databaseFile: string, options: { schema?: SchemaFile[] } = {}) =>
  schemaEngine.diffDatabaseToSchema(sqliteSchema, sqliteAdapters(databaseFile), options);

/** What `prisma migrate status` would report for the SQLite file `databaseFile`. */
export const migrationStatus = (databaseFile: string, options: { schema?: SchemaFile[]; migrations?: MigrationList } = {}) =>
  schemaEngine.migrationStatus(sqliteSchema, sqliteAdapters(databaseFile), options);
