import pg from "pg";
import { connectionConfig } from "@/lib/db/postgres/connection";

/** Drops the database at `url`, whoever is still connected to it (tests' throw-away databases). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const config = connectionConfig(url);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(config.database!)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
