import pg from "pg";
import type { Engine, Tx } from "@/lib/db/engine";
import { connectionConfig, connectionProblem, describePostgres } from "@/lib/db/postgres/connection";
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
    throw new Error(connectionProblem(url, error), { cause: error });
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

/** Every serial column's sequence set past the largest id its table holds (ids inserted as they were do not advance it). */
async function continueKeys(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT table_name, column_name FROM information_schema.columns
               WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%' LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), coalesce((SELECT max(%I) FROM %I), 0) + 1, false)',
                       quote_ident(r.table_name), r.column_name, r.column_name, r.table_name);
      END LOOP;
    END $$`);
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
  continueKeys,
  lockWriter: lockPostgresWriter,
  openRaw: postgresRawConnection,
};
