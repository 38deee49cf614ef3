// Prisma's schema engine, run in-process as WebAssembly (@prisma/schema-engine-wasm) instead of the
// native binary that the `prisma` CLI downloads from a CDN: the same Rust code computes the same diff
// and renders the same SQL, with no download, online or offline. Dev tooling only: the app applies
// migrations with lib/db/sqlite/migrate.ts and never loads this.
import prismaConfig from "../../../prisma.config";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const schemaFile = path.join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

// Tables the migrations create by hand (full-text search) are outside Prisma's model, as declared in
// prisma.config.ts, so the engine's diffs leave them alone.
const noFilter: SchemaFilter = { externalTables: [...(prismaConfig.tables?.external ?? [])], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

// The package's entry imports the .wasm file as an ES module, which Node 20 cannot do without a flag;
// instantiating it by hand against the same glue is what that entry does on newer runtimes.
function initWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineGlue });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export interface SchemaSource {
  path: string;
  content: string;
}

export async function readSchema(file = schemaFile): Promise<SchemaSource> {
  return { path: path.relative(repoRoot, file), content: await readFile(file, "utf8") };
}

/**
 * The migrations folder as the Prisma CLI hands it to the engine: every sub-folder, sorted by name with
 * localeCompare, its migration.sql read as UTF-8, plus migration_lock.toml.
 */
export async function readMigrationsList(dir = migrationsDir): Promise<MigrationList> {
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(dir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  folders.sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(dir, folder, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

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

// Freeing the engine does not close the connections it opened (one of them may hold SQLite's
// exclusive lock), so the factory keeps them for withSchemaEngine to close.
function sqliteAdapter(databaseFile: string): SqlMigrationAwareDriverAdapterFactory & { closeAll(): Promise<void> } {
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

/**
 * Runs `work` with an engine connected to `databaseFile` (an in-memory database by default) whose
 * shadow database is in memory: diffing from a migrations folder replays it there, touching no file.
 */
export async function withSchemaEngine<T>(
  schema: SchemaSource,
  work: (engine: SchemaEngine) => Promise<T>,
  databaseFile = ":memory:",
): Promise<T> {
  await initWasm();
  const connections = sqliteAdapter(databaseFile);
  const adapter = bindMigrationAwareSqlAdapterFactory(connections);
  const engine = await engineGlue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    // The engine reports through this callback; only errors matter to a script's user.
    (log: string) => {
      if (/"level":"(ERROR|WARN)"/.test(log)) console.error(log);
    },
    adapter,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await connections.closeAll();
  }
}

/**
 * The SQL that takes a database built by the migrations folder to schema.prisma, exactly as
 * `prisma migrate diff --from-migrations … --to-schema … --script` prints it; null when they agree.
 */
export async function diffMigrationsToSchema(
  options: { schema?: SchemaSource; migrations?: MigrationList } = {},
): Promise<string | null> {
  const schema = options.schema ?? (await readSchema());
  const migrations = options.migrations ?? (await readMigrationsList());
  return withSchemaEngine(schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    // With exitCode set, the engine answers 2 for "there is a difference" and 0 for none.
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  });
}

/**
 * The SQL that takes the SQLite file `databaseFile` to schema.prisma (`prisma migrate diff --from-url
 * … --to-schema … --script`); null when the database is exactly the schema. `_prisma_migrations` is
 * Prisma's own and never part of a diff.
 */
export async function diffDatabaseToSchema(
  databaseFile: string,
  options: { schema?: SchemaSource } = {},
): Promise<string | null> {
  const schema = options.schema ?? (await readSchema());
  return withSchemaEngine(
    schema,
    async (engine) => {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: repoRoot },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: noFilter,
      });
      return result.exitCode === 0 ? null : (result.stdout ?? "");
    },
    databaseFile,
  );
}

/**
 * What `prisma migrate status` would report for `databaseFile`: the engine's own reading of
 * `_prisma_migrations` against the migrations folder (edited and failed migrations, and whether the
 * history is in sync; `history` is null when it is).
 */
export async function migrationStatus(
  databaseFile: string,
  options: { schema?: SchemaSource; migrations?: MigrationList } = {},
): Promise<DiagnoseMigrationHistoryOutput> {
  const schema = options.schema ?? (await readSchema());
  const migrations = options.migrations ?? (await readMigrationsList());
  return withSchemaEngine(
    schema,
    (engine) =>
      engine.diagnoseMigrationHistory({ migrationsList: migrations, optInToShadowDatabase: false, filters: noFilter }),
    databaseFile,
  );
}
