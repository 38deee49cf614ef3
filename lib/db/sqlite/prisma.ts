import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { PrismaClient } from "@/generated/sqlite/client";

/** The better-sqlite3 connection under each writing client, once the client has connected. */
const connections = new WeakMap<PrismaClient, Database.Database>();

/**
 * The connection a writing client's queries and transactions run on: the adapter opens one and runs
 * BEGIN and COMMIT on it, so a statement prepared on it inside `$transaction` is part of that
 * transaction. Ingest's bulk inserts use it (insert-rows.ts); null for a read-only client or one
 * that has not connected yet.
 */
export function writerConnection(client: PrismaClient): Database.Database | null {
  return connections.get(client) ?? null;
}

/**
 * A Prisma client over one SQLite file. The web server reads through a read-only connection: only
 * the setup step of `npm start` and the ingest command write.
 */
export function createSqliteClient(file: string, options: { readonly: boolean }): PrismaClient {
  const adapter = new PrismaBetterSqlite3({
    url: `file:${file}`,
    readonly: options.readonly,
    fileMustExist: options.readonly,
    // Readers wait for a writer's commit rather than failing with SQLITE_BUSY.
    timeout: 5_000,
  });
  if (!options.readonly) {
    // The adapter keeps its connection in a field of the object connect() answers (`client`).
    const connect = adapter.connect.bind(adapter);
    adapter.connect = async () => {
      const connected = await connect();
      connections.set(client, (connected as unknown as { client: Database.Database }).client);
      return connected;
    };
  }
  const client = new PrismaClient({ adapter });
  // Issued before any other query, on the adapter's one connection. SQLite's default page cache is
  // 2 MB; ingest inserts into a dozen B-trees (random statement ids among them) whose pages would
  // otherwise be read from the OS again and again, and readers re-read the same index pages. The
  // writer's cache is half its first size: with the two heaps it kept a 1 GB ingest's peak RSS at the
  // edge of 1 GiB (docs/performance.md). A failure only costs speed, so it is not fatal.
  const cacheKiB = options.readonly ? 64 * 1024 : 128 * 1024;
  client.$executeRawUnsafe(`PRAGMA cache_size = -${cacheKiB}`).catch(() => {});
  if (!options.readonly) client.$executeRawUnsafe("PRAGMA temp_store = MEMORY").catch(() => {});
  return client;
}
