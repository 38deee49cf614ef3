import { rmSync } from "node:fs";
import { dropTestPostgresDatabase, testEngine, testPostgresUrl } from "../helpers/engine";

// The databases the e2e servers serve: SQLite files under data/, or, when the suite runs on PostgreSQL
// (`npm run test:e2e:postgres`: scripts/with-postgres.sh), databases of that name on the test server.

/** The DATABASE_URL of the e2e database `name` ("e2e", "e2e-large"). */
export function e2eDatabaseUrl(name: string): string {
  return testEngine() === "postgres" ? testPostgresUrl(`verbatim_${name.replaceAll("-", "_")}`) : `file:./data/${name}.db`;
}

/** Removes the database at `url`, so that the server starts on an empty one. */
export async function removeDatabase(url: string): Promise<void> {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm", "-journal", ".ingest-lock"]) rmSync(`${file}${suffix}`, { force: true });
  } else {
    await dropTestPostgresDatabase(url);
  }
}
