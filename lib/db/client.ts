import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseFile } from "@/lib/env";

export type Db = PrismaClient;

/**
 * A Prisma client over the SQLite file named by DATABASE_URL. The web server reads through a
 * read-only connection: only the setup step of `npm start` and the ingest command write.
 */
export function createDb(options: { readonly: boolean; file?: string }): Db {
  const file = options.file ?? databaseFile();
  const adapter = new PrismaBetterSqlite3({
    url: `file:${file}`,
    readonly: options.readonly,
    fileMustExist: options.readonly,
    // Readers wait for a writer's commit rather than failing with SQLITE_BUSY.
    timeout: 5_000,
  });
  return new PrismaClient({ adapter });
}

// One read-only client per server process; kept on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { verbatimReadDb?: Db };

/** The read-only client the pages and API routes use. */
export function readDb(): Db {
  globalForDb.verbatimReadDb ??= createDb({ readonly: true });
  return globalForDb.verbatimReadDb;
}
