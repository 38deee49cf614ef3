import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, databaseEngine, type Db } from "@/lib/db/client";
import type { RawConnection } from "@/lib/db/engine";
import { dropTestPostgresDatabase, testEngine, testPostgresUrl } from "@/tests/helpers/engine";

export { testEngine } from "@/tests/helpers/engine";

export interface TestDatabase {
  /** Absolute path of the SQLite file; "" on PostgreSQL. */
  file: string;
  /** The database as a DATABASE_URL ("file:/tmp/…", or "postgresql://…/verbatim_test_…"). */
  url: string;
  /** Deletes the database (its file and temporary folder, or the PostgreSQL database). */
  cleanup(): Promise<void>;
}

/**
 * A fresh database migrated by the real migrations — never the development database, never a mock
 * (STYLE 9): a SQLite file in its own temporary folder, or, when the tests run on PostgreSQL
 * (VERBATIM_TEST_ENGINE=postgres, tests/helpers/engine.ts), a database of its own on the test server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === "postgres") {
    const url = testPostgresUrl(`verbatim_test_${randomBytes(6).toString("hex")}`);
    try {
      await databaseEngine(url).migrate(url);
    } catch (error) {
      await dropTestPostgresDatabase(url);
      throw error;
    }
    return { file: "", url, cleanup: () => dropTestPostgresDatabase(url) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "verbatim-db-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  try {
    await databaseEngine(url).migrate(url);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file, url, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh test database made the one the app reads (DATABASE_URL points at it: the pages' read-only
 * client and the statement columns follow it), with a writable client on it for ingesting.
 */
export async function createAppTestDatabase(): Promise<TestDatabase & { writer: Db }> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  return { ...database, writer: createDb({ readonly: false, url: database.url }) };
}

/** A fresh test database with a writable client on it, and one call that disconnects and removes both. */
export interface WritableTestDatabase extends TestDatabase {
  db: Db;
  dispose(): Promise<void>;
}

export async function createWritableTestDatabase(): Promise<WritableTestDatabase> {
  const database = await createTestDatabase();
  const db = createDb({ readonly: false, url: database.url });
  return {
    ...database,
    db,
    dispose: async () => {
      await db.$disconnect();
      await database.cleanup();
    },
  };
}

/**
 * A fresh app database (createAppTestDatabase) to ingest a corpus into: a read-only raw connection
 * on it for plain-SQL references, a temporary folder to write the corpus in, and one call that
 * removes them all.
 */
export interface CorpusTestDatabase extends TestDatabase {
  writer: Db;
  raw: RawConnection;
  /** A temporary folder of the test's own. */
  work: string;
  /** Ingests these files and folders in-process, as `npm run ingest` would; a rejected article fails the test. */
  ingest(paths: string[]): Promise<void>;
  dispose(): Promise<void>;
}

export async function createCorpusTestDatabase(name: string): Promise<CorpusTestDatabase> {
  const database = await createAppTestDatabase();
  const work = mkdtempSync(path.join(os.tmpdir(), `verbatim-${name}-`));
  const raw = databaseEngine(database.url).openRaw(database.url, { readonly: true });
  return {
    ...database,
    raw,
    work,
    async ingest(paths) {
      const { ingestPaths } = await import("@/lib/load/ingest");
      const { problems } = await ingestPaths(database.writer, paths, { extraction: "in-process" });
      if (problems.length > 0) throw new Error(`ingest rejected: ${JSON.stringify(problems)}`);
    },
    async dispose() {
      await raw.close();
      await database.writer.$disconnect();
      await database.cleanup();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
