import Database from "better-sqlite3";
import type { RawConnection, Sql } from "@/lib/db/engine";

// Plain better-sqlite3 connections, outside Prisma: the tests' independent references and the SQLite
// specifics they check (migrations, PRAGMAs, a full disk), and the bench's floor. The app never
// opens one: it reads through Prisma (lib/db/client.ts) and the corpus reads (corpus-reads.mjs).

export type SqliteDatabase = Database.Database;

/** A connection to the SQLite file, created when missing unless read-only. */
export function openSqlite(file: string, options: { readonly: boolean } = { readonly: false }): SqliteDatabase {
  return new Database(file, { readonly: options.readonly, fileMustExist: options.readonly });
}

/** The engine-neutral view of a connection: queries as Prisma.sql builds them. */
export function sqliteRawConnection(file: string, options: { readonly: boolean }): RawConnection {
  const db = openSqlite(file, options);
  // The page cache the app's read connection has (lib/db/sqlite/prisma.ts): a floor on equal terms.
  db.pragma("cache_size = -65536");
  return {
    all: async <T>(query: Sql) => db.prepare(query.sql).all(...query.values) as T[],
    plan: async (query: Sql) => {
      const steps = db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.values) as { id: number; parent: number; detail: string }[];
      const depth = new Map<number, number>([[0, -1]]);
      return steps.map((step) => {
        const d = (depth.get(step.parent) ?? -1) + 1;
        depth.set(step.id, d);
        return `${"  ".repeat(d)}${step.detail}`;
      });
    },
    close: async () => {
      db.close();
    },
  };
}
