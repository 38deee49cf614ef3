import { existsSync } from "node:fs";
import type { Engine } from "@/lib/db/engine";
import { sqliteDialect } from "@/lib/db/sqlite/dialect";
import { databaseFile } from "@/lib/db/sqlite/file.mjs";
import { insertRows } from "@/lib/db/sqlite/insert-rows";
import { applyMigrations } from "@/lib/db/sqlite/migrate";
import { createSqliteClient } from "@/lib/db/sqlite/prisma";
import { sqliteRawConnection } from "@/lib/db/sqlite/raw";
import { readSqliteStatementColumns } from "@/lib/db/sqlite/statement-columns";
import { lockSqliteWriter } from "@/lib/db/sqlite/writer-lock";
import { repositoryRoot } from "@/lib/env";

/** The SQLite file a `file:PATH` URL names, PATH relative to the repository root. */
const sqliteFile = (url: string): string => databaseFile(url, repositoryRoot());

/** SQLite through better-sqlite3: one file, WAL, FTS5 for full text (DATABASE_URL=file:PATH). */
export const sqliteEngine: Engine = {
  name: "sqlite",
  dialect: sqliteDialect,
  describe: sqliteFile,
  exists: async (url) => existsSync(sqliteFile(url)),
  createClient: (url, options) => createSqliteClient(sqliteFile(url), options),
  migrate: async (url, options) => applyMigrations(sqliteFile(url), options),
  insertRows,
  readStatementColumns: (url) => readSqliteStatementColumns(url, sqliteFile(url)),
  // AUTOINCREMENT already continues after the largest id inserted.
  continueKeys: async () => {},
  lockWriter: (url) => lockSqliteWriter(sqliteFile(url)),
  openRaw: (url, options) => sqliteRawConnection(sqliteFile(url), options),
};
