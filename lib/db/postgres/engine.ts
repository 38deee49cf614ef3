import pg from "pg";
import type { Engine } from "@/lib/db/engine";
import { connectionConfig, describePostgres } from "@/lib/db/postgres/connection";
import { postgresDialect } from "@/lib/db/postgres/dialect";
import { insertRows } from "@/lib/db/postgres/insert-rows";
import { applyPostgresMigrations } from "@/lib/db/postgres/migrate";
import { createPostgresClient } from "@/lib/db/postgres/prisma";
import { postgresRawConnection } from "@/lib/db/postgres/raw";
import { lockPostgresWriter } from "@/lib/db/postgres/writer-lock";
import { readPostgresStatementColumns } from "@/lib/db/postgres/statement-columns";

/** Whether the database at `url` exists and has been migrated (it holds `_prisma_migrations`). */
async function exists(url: string): Promise<boolean> {
  const client = new pg.Client(connectionConfig(url));
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return false;
    throw error;
  } finally {
    client.on("error", () => {});
  }
  try {
    const { rows } = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS migrated`);
    return rows[0]?.migrated === true;
  } finally {
    await client.end();
  }
}

/** PostgreSQL through node-postgres and @prisma/adapter-pg (DATABASE_URL=postgresql://…). */
export const postgresEngine: Engine = {
  name: "postgres",
  dialect: postgresDialect,
  describe: describePostgres,
  exists,
  createClient: createPostgresClient,
  migrate: (url, options) => applyPostgresMigrations(url, options),
  insertRows,
  readStatementColumns: readPostgresStatementColumns,
  lockWriter: lockPostgresWriter,
  openRaw: postgresRawConnection,
};
