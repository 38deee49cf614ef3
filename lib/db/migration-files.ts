// What both engines' migration runners share: the migrations folder read as Prisma reads it, and the
// checks of the recorded history against it (edited and failed migrations), as Prisma's schema engine
// makes them (schema-engine/connectors/schema-connector/src/checksum.rs, core/src/commands/
// apply_migrations.rs).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface MigrationFile {
  /** The folder name, e.g. 20261122000000_init: Prisma's migration_name. */
  name: string;
  sql: string;
  /** sha256 of the file's bytes, lower-case hex: Prisma's checksum. */
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The migrations folder in Prisma's order: sub-folder names compared with localeCompare, as the CLI does. */
export function readMigrationFiles(migrationsDir: string, provider: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  checkLockfile(migrationsDir, provider === "postgres" ? "postgresql" : provider);
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return names.map((name) => {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) throw new MigrationError(`Migration \`${name}\` has no migration.sql (${file}).`);
    const bytes = readFileSync(file);
    return { name, sql: bytes.toString("utf8"), checksum: sha256Hex(bytes) };
  });
}

// Prisma refuses a migrations folder written for another database provider.
function checkLockfile(migrationsDir: string, expected: string): void {
  const lockfile = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockfile)) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockfile, "utf8"))?.[1];
  if (provider !== undefined && provider !== expected) {
    throw new MigrationError(`${lockfile} says provider = "${provider}"; these migrations are not for ${expected}.`);
  }
}

// Git may check a file out with other line endings; the engine accepts all three spellings.
function matchesChecksum(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256Hex(variant) === recorded);
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: number | string | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: number | string | null;
}

export function checkHistory(rows: MigrationRow[], files: MigrationFile[], where: string): void {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const details = failed.map((row) => `\`${row.migration_name}\`${row.logs ? `: ${row.logs.trim()}` : ""}`);
    throw new MigrationError(
      `${where} records failed migration(s) ${details.join("; ")}. New migrations cannot be applied until ` +
        "this is resolved (prisma migrate resolve, or start from a fresh database).",
    );
  }
  for (const file of files) {
    const recorded = live.filter((row) => row.migration_name === file.name);
    if (recorded.some((row) => !matchesChecksum(file.sql, row.checksum))) {
      throw new MigrationError(
        `Migration \`${file.name}\` was modified after it was applied to ${where}: its checksum no longer ` +
          "matches _prisma_migrations. Restore the file (git checkout) and put the change in a new migration " +
          "(npm run db:migration -- NAME).",
      );
    }
  }
}

