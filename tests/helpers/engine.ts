import { dropPostgresDatabase } from "@/lib/db/postgres/admin";

// Which engine the database tests run on: SQLite by default; PostgreSQL when VERBATIM_TEST_ENGINE is
// "postgres", on the server VERBATIM_TEST_POSTGRES_URL names (scripts/with-postgres.sh starts a
// throw-away one; `npm run test:postgres` runs the suites there). Each test makes a database of its
// own on that server and drops it after.

export type TestEngine = "sqlite" | "postgres";

export function testEngine(): TestEngine {
  return process.env.VERBATIM_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";
}

/** The test server's URL with another database name. */
export function testPostgresUrl(database: string): string {
  const server = process.env.VERBATIM_TEST_POSTGRES_URL;
  if (!server) throw new Error("VERBATIM_TEST_ENGINE=postgres needs VERBATIM_TEST_POSTGRES_URL (scripts/with-postgres.sh sets it)");
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Drops a test database, whoever is still connected to it. */
export const dropTestPostgresDatabase = (url: string): Promise<void> => dropPostgresDatabase(url);
