// Prisma's schema engine, run in-process as WebAssembly (@prisma/schema-engine-wasm) instead of the
// native binary that the `prisma` CLI downloads from a CDN: the same Rust code computes the same diff
// and renders the same SQL, with no download, online or offline. Dev tooling only (`npm run
// db:migration`, the tests that hold migrations and models together): the app applies migrations
// with its own runner in each engine's folder and never loads this. The engine reaches a database
// through a Prisma driver adapter, which each engine's folder supplies (<engine>/schema-engine.ts).
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  DiagnoseMigrationHistoryOutput,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** A driver adapter factory that can also close every connection the engine opened through it. */
export type ClosableAdapterFactory = SqlMigrationAwareDriverAdapterFactory & { closeAll(): Promise<void> };

/** What the engine needs to know of one database engine's schema folder. */
export interface EngineSchema {
  /** prisma/<engine>: its schema.prisma, the link to ../models.prisma, and migrations/. */
  dir: string;
  /** Tables the migrations create by hand, outside Prisma's models (prisma.config.ts). */
  externalTables: string[];
}

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

export interface SchemaFile {
  path: string;
  content: string;
}

/** The schema folder's .prisma files (models.prisma through its link), as Prisma reads a folder. */
export async function readSchema(dir: string): Promise<SchemaFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: path.relative(repoRoot, path.join(dir, name)),
      content: await readFile(path.join(dir, name), "utf8"),
    })),
  );
}

/**
 * The migrations folder as the Prisma CLI hands it to the engine: every sub-folder, sorted by name with
 * localeCompare, its migration.sql read as UTF-8, plus migration_lock.toml.
 */
export async function readMigrationsList(dir: string): Promise<MigrationList> {
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

/** Runs `work` with an engine on the schema, reaching databases through `adapters` (closed after). */
export async function withSchemaEngine<T>(
  schema: SchemaFile[],
  adapters: ClosableAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initWasm();
  const engine = await engineGlue.SchemaEngine.new(
    { datamodels: schema.map((file) => [file.path, file.content]) },
    // The engine reports through this callback; only errors matter to a script's user.
    (log: string) => {
      if (/"level":"(ERROR|WARN)"/.test(log)) console.error(log);
    },
    bindMigrationAwareSqlAdapterFactory(adapters),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await adapters.closeAll();
  }
}

const filters = (engineSchema: EngineSchema): SchemaFilter => ({
  externalTables: engineSchema.externalTables,
  externalEnums: [],
});

/**
 * The SQL that takes a database built by the migrations folder to the models, exactly as `prisma
 * migrate diff --from-migrations … --to-schema … --script` prints it; null when they agree. The
 * engine replays the migrations in a shadow database the adapters make.
 */
export async function diffMigrationsToSchema(
  engineSchema: EngineSchema,
  adapters: ClosableAdapterFactory,
  options: { schema?: SchemaFile[]; migrations?: MigrationList } = {},
): Promise<string | null> {
  const schema = options.schema ?? (await readSchema(engineSchema.dir));
  const migrations = options.migrations ?? (await readMigrationsList(path.join(engineSchema.dir, "migrations")));
  return withSchemaEngine(schema, adapters, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: schema },
      script: true,
      exitCode: true,
      filters: filters(engineSchema),
    });
    // With exitCode set, the engine answers 2 for "there is a difference" and 0 for none.
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  });
}

/**
 * The SQL that takes the database the adapters connect to to the models (`prisma migrate diff
 * --from-url … --to-schema … --script`); null when the database is exactly the schema.
 * `_prisma_migrations` is Prisma's own and never part of a diff.
 */
export async function diffDatabaseToSchema(
  engineSchema: EngineSchema,
  adapters: ClosableAdapterFactory,
  options: { schema?: SchemaFile[] } = {},
): Promise<string | null> {
  const schema = options.schema ?? (await readSchema(engineSchema.dir));
  return withSchemaEngine(schema, adapters, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: schema, configDir: repoRoot },
      to: { tag: "schemaDatamodel", files: schema },
      script: true,
      exitCode: true,
      filters: filters(engineSchema),
    });
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  });
}

/**
 * What `prisma migrate status` would report for the database the adapters connect to: the engine's
 * own reading of `_prisma_migrations` against the migrations folder (edited and failed migrations,
 * and whether the history is in sync; `history` is null when it is).
 */
export async function migrationStatus(
  engineSchema: EngineSchema,
  adapters: ClosableAdapterFactory,
  options: { schema?: SchemaFile[]; migrations?: MigrationList } = {},
): Promise<DiagnoseMigrationHistoryOutput> {
  const schema = options.schema ?? (await readSchema(engineSchema.dir));
  const migrations = options.migrations ?? (await readMigrationsList(path.join(engineSchema.dir, "migrations")));
  return withSchemaEngine(schema, adapters, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: migrations,
      optInToShadowDatabase: false,
      filters: filters(engineSchema),
    }),
  );
}
