// Applies prisma/sqlite/migrations to a SQLite file the way `prisma migrate deploy` does, recording each one
// in `_prisma_migrations` exactly as Prisma's schema engine records it, so that `prisma migrate
// status` / `deploy` on a machine with the engine agree with what ran here. Plain better-sqlite3: the
// native engine is a download this project cannot count on (see README, "Migrations").
//
// Engine behaviour mirrored (prisma/prisma-engines, schema-engine/):
//   connectors/sql-schema-connector/src/flavour/sqlite.rs       the table's DDL
//   connectors/sql-schema-connector/src/sql_migration_persistence.rs  id = uuid v4, timestamps = now
//   quaint/src/connector/sqlite/native/conversion.rs            DateTime bound as milliseconds since epoch
//   connectors/schema-connector/src/checksum.rs                 sha256 hex, line-ending agnostic match
//   core/src/commands/apply_migrations.rs                       order, failed-migration refusal
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  checkHistory,
  MigrationError,
  readMigrationFiles as readFolder,
  type MigrationFile,
  type MigrationRow,
} from "@/lib/db/migration-files";
import { repositoryRoot } from "@/lib/env";

export { MigrationError, sha256Hex, type MigrationFile } from "@/lib/db/migration-files";

/** The DDL of Prisma's SQLite connector, byte for byte (sqlite_master keeps it as written). */
export const MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
`;

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/sqlite/migrations in the repository. */
  migrationsDir?: string;
  /** How long to wait for another process that holds the write lock (SQLite busy timeout). */
  busyTimeoutMs?: number;
  /** Told about each migration as it is applied. */
  onApplied?: (name: string) => void;
}

export interface ApplyMigrationsResult {
  /** Migrations this call applied, in order. */
  applied: string[];
  /** Migrations of the folder that were already recorded as applied. */
  alreadyApplied: string[];
}

/** prisma/sqlite/migrations in Prisma's order (lib/db/migration-files.ts). */
export const readMigrationFiles = (migrationsDir: string = defaultMigrationsDir()): MigrationFile[] =>
  readFolder(migrationsDir, "sqlite");

export function defaultMigrationsDir(): string {
  return path.join(repositoryRoot(), "prisma", "sqlite", "migrations");
}

function hasMigrationsTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get() !== undefined;
}

// Like the engine's `initialize`: a database with tables but no migration history was not made by these
// migrations (P3005), and applying them on top would fail halfway or hide drift.
function createMigrationsTable(db: Database.Database, dbFile: string): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  if (tables.length > 0) {
    throw new MigrationError(
      `${dbFile} has tables (${tables.join(", ")}) but no _prisma_migrations table: it was not created by ` +
        "these migrations. Move it aside (or point DATABASE_URL elsewhere) and run again.",
    );
  }
  db.exec(MIGRATIONS_TABLE_DDL);
}

/**
 * Applies the pending migrations of the migrations folder to `dbFile` (created with its folder when
 * missing) and returns what it did. Each migration runs in its own BEGIN IMMEDIATE transaction that
 * also re-reads the history, so two processes starting at once apply each migration once: the second
 * waits for the first's commit, then finds nothing left to do.
 */
export function applyMigrations(dbFile: string, options: ApplyMigrationsOptions = {}): ApplyMigrationsResult {
  const files = readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir());
  mkdirSync(path.dirname(dbFile), { recursive: true });
  const db = new Database(dbFile, { timeout: options.busyTimeoutMs ?? 60_000 });
  const applied: string[] = [];
  try {
    // Prisma's SQLite migrations rebuild tables (create new, copy, drop old, rename); with foreign keys
    // enforced, dropping the old table would cascade-delete child rows. The PRAGMA inside a script is a
    // no-op within a transaction, so it is set here, and foreign_key_check guards each commit instead.
    db.pragma("foreign_keys = OFF");
    // WAL lets the read-only web server keep reading while an ingest writes; it is a property of the
    // file, so setting it once here serves every later connection.
    db.pragma("journal_mode = WAL");
    for (;;) {
      db.exec("BEGIN IMMEDIATE");
      let current: string | undefined;
      try {
        if (!hasMigrationsTable(db)) createMigrationsTable(db, dbFile);
        const rows = db
          .prepare(
            "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at FROM _prisma_migrations ORDER BY started_at ASC",
          )
          .all() as MigrationRow[];
        checkHistory(rows, files, dbFile);
        const done = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
        const next = files.find((file) => !done.has(file.name));
        if (!next) {
          db.exec("COMMIT");
          const alreadyApplied = files.map((file) => file.name).filter((name) => !applied.includes(name));
          return { applied, alreadyApplied };
        }
        current = next.name;
        // The same row, in the same steps, as the engine: started, one successful step, finished.
        const id = randomUUID();
        db.prepare(
          "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)",
        ).run(id, next.checksum, Date.now(), next.name);
        db.exec(next.sql);
        const violations = db.pragma("foreign_key_check") as unknown[];
        if (violations.length > 0) {
          throw new Error(`it leaves ${violations.length} foreign key violation(s): ${JSON.stringify(violations.slice(0, 3))}`);
        }
        db.prepare("UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 WHERE id = ?").run(id);
        db.prepare("UPDATE _prisma_migrations SET finished_at = ? WHERE id = ?").run(Date.now(), id);
        db.exec("COMMIT");
        applied.push(next.name);
        options.onApplied?.(next.name);
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        if (error instanceof MigrationError || current === undefined) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration \`${current}\` failed to apply to ${dbFile} and was rolled back: ${reason}`, {
          cause: error,
        });
      }
    }
  } finally {
    db.close();
  }
}
