// The database a benchmark run measures: a SQLite file (a path, or a temporary one without --db) or a
// PostgreSQL database (--db postgresql://…). Everything else in the bench talks to it through its URL
// and the engine that URL selects, so the two engines are measured by the same code.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Prisma } from "@/lib/db/sql";
import { databaseEngine } from "@/lib/db/client";
import { dropPostgresDatabase } from "@/lib/db/postgres/admin";
import { redactUrl } from "@/lib/db/url.mjs";

export interface BenchDatabase {
  url: string;
  engine: "sqlite" | "postgres";
  /** How messages name it: the path given, or the URL without its password. */
  label: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** --db as given (a path relative to the repository root, or a postgresql:// URL), or a file in `work`. */
export function benchDatabase(db: string | null, root: string, work: string): BenchDatabase {
  if (db && POSTGRES_URL.test(db)) return { url: db, engine: "postgres", label: redactUrl(db) };
  const file = db ? path.resolve(root, db) : path.join(work, "bench.db");
  return { url: `file:${file}`, engine: "sqlite", label: db ?? file };
}

/**
 * Whether the database already holds a corpus: a non-empty file, or a migrated PostgreSQL database
 * with articles in it (an empty or missing one is what the migrations runner creates anyway).
 */
export async function holdsCorpus(db: BenchDatabase): Promise<boolean> {
  if (db.engine === "sqlite") {
    const file = db.url.slice("file:".length);
    return existsSync(file) && statSync(file).size > 0;
  }
  const engine = databaseEngine(db.url);
  if (!(await engine.exists(db.url))) return false;
  const raw = engine.openRaw(db.url, { readonly: true });
  try {
    return (await raw.all(Prisma.sql`SELECT 1 FROM "Article" LIMIT 1`)).length > 0;
  } finally {
    await raw.close();
  }
}

/** The database's size on disk in MB: the file, or pg_database_size (tables, indexes, TOAST; not the WAL). */
export async function databaseMb(db: BenchDatabase): Promise<number> {
  if (db.engine === "sqlite") return statSync(db.url.slice("file:".length)).size / 1024 / 1024;
  const raw = databaseEngine(db.url).openRaw(db.url, { readonly: true });
  try {
    const [row] = await raw.all<{ n: string | number }>(Prisma.sql`SELECT pg_database_size(current_database()) AS n`);
    return Number(row!.n) / 1024 / 1024;
  } finally {
    await raw.close();
  }
}

/**
 * `--runs N` on PostgreSQL: each run but the last on a database of its own beside the one --db names
 * (`NAME_run1`…), as each SQLite run gets a new file; dropped when the runs are done.
 */
export function runDatabaseUrl(url: string, run: number): string {
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname.replace(/\/$/, "") || "/postgres"}_run${run}`;
  return parsed.toString();
}

export const dropRunDatabase = (url: string) => dropPostgresDatabase(url);
