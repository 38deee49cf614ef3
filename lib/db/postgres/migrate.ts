// Applies prisma/postgres/migrations to a PostgreSQL database the way `prisma migrate deploy` does,
// recording each one in `_prisma_migrations` as Prisma's schema engine records it (its PostgreSQL DDL,
// uuid ids, the same checks of edited and failed migrations: lib/db/migration-files.ts), with the
// plain pg driver: no native engine to download. Unlike the engine, each migration runs inside one
// transaction with its history row (PostgreSQL's DDL is transactional): a migration that fails leaves
// the database exactly as it was, with no failed row to resolve by hand.
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { MigrateResult } from "@/lib/db/engine";
import {
  checkHistory,
  MigrationError,
  readMigrationFiles,
  type MigrationFile,
  type MigrationRow,
} from "@/lib/db/migration-files";
import { connectionConfig, connectionProblem, describePostgres } from "@/lib/db/postgres/connection";
import { repositoryRoot } from "@/lib/env";

/** The DDL of Prisma's PostgreSQL connector for its history table. */
export const MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/** The advisory lock that makes two processes starting at once apply each migration once. */
export const MIGRATION_LOCK_KEY = 72_707_369;

export const defaultPostgresMigrationsDir = () => path.join(repositoryRoot(), "prisma", "postgres", "migrations");

/** A connected client on the database at `url`, creating the database when the server has none of that name. */
export async function connectCreating(url: string): Promise<pg.Client> {
  const config = connectionConfig(url);
  const client = new pg.Client(config);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code !== "3D000") throw new MigrationError(connectionProblem(url, error), { cause: error });
  }
  // Like SQLite's file, the database is created on first use: the server's maintenance database
  // (postgres) is where CREATE DATABASE runs.
  const admin = new pg.Client({ ...config, database: "postgres" });
  try {
    await admin.connect();
    // Text sorts by code point, as SQLite's does (lists ordered by name agree on both engines).
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(config.database!)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
  } catch (error) {
    // Another process may create it at the same moment: "already exists", or the catalog's unique index.
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw new MigrationError(connectionProblem(url, error), { cause: error });
  } finally {
    await admin.end().catch(() => {});
  }
  const created = new pg.Client(config);
  await created.connect();
  return created;
}

async function ensureHistoryTable(client: pg.Client, where: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  );
  const names = rows.map((row) => row.name);
  if (names.includes("_prisma_migrations")) return;
  if (names.length > 0) {
    throw new MigrationError(
      `${where} has tables (${names.join(", ")}) but no _prisma_migrations table: it was not created by these ` +
        "migrations. Use an empty database (or point DATABASE_URL elsewhere) and run again.",
    );
  }
  await client.query(MIGRATIONS_TABLE_DDL);
}

async function applyOne(client: pg.Client, file: MigrationFile, where: string): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)`, [
      id,
      file.checksum,
      file.name,
    ]);
    // The simple query protocol runs the whole script, function bodies ($$ … $$) included.
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET "applied_steps_count" = 1, "finished_at" = now() WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration \`${file.name}\` failed to apply to ${where} and was rolled back: ${reason}`, {
      cause: error,
    });
  }
}

/** Applies the pending migrations to the database at `url` (created when missing). */
export async function applyPostgresMigrations(
  url: string,
  options: { migrationsDir?: string; onApplied?: (name: string) => void } = {},
): Promise<MigrateResult> {
  const files = readMigrationFiles(options.migrationsDir ?? defaultPostgresMigrationsDir(), "postgres");
  const where = describePostgres(url);
  const client = await connectCreating(url);
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await ensureHistoryTable(client, where);
    const { rows } = await client.query<MigrationRow>(
      `SELECT "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at"
       FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
    );
    checkHistory(rows, files, where);
    const done = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
    for (const file of files.filter((f) => !done.has(f.name))) {
      await applyOne(client, file, where);
      applied.push(file.name);
      options.onApplied?.(file.name);
    }
    return { applied, alreadyApplied: files.map((f) => f.name).filter((name) => done.has(name)) };
  } finally {
    await client.end().catch(() => {});
  }
}
