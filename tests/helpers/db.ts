import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, databaseEngine, type Db } from "@/lib/db/client";

export interface TestDatabase {
  /** Absolute path of the SQLite file. */
  file: string;
  /** The same file as a DATABASE_URL ("file:/tmp/…"). */
  url: string;
  /** Deletes the file and its temporary folder. */
  cleanup(): void;
}

/**
 * A fresh SQLite file in its own temporary folder, migrated by the real prisma/migrations — never the
 * development database, never a mock (STYLE 9).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "verbatim-db-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  try {
    await databaseEngine(url).migrate(url);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file, url, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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
      database.cleanup();
    },
  };
}
