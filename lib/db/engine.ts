import type { PrismaClient } from "@/generated/sqlite/client";
import type { Sql as SqlFragment } from "@/lib/db/sql";
import type { StatementColumns } from "@/lib/db/columns/columns";
import type { SearchQuery } from "@/lib/domain/search-query";

// What lib/db asks of a database engine. Everything engine-specific (the driver, its adapter, its
// migrations, its SQL dialect, its full-text index) lives in one folder per engine (lib/db/sqlite/,
// lib/db/postgres/), behind this interface; lib/db/client.ts picks the engine by the scheme of
// DATABASE_URL, and nothing else in lib/db knows which one it talks to. Besides, each engine answers
// the two reads every request makes before the page cache (corpus version, retired addresses) in
// plain JavaScript: <engine>/corpus-reads.mjs, chosen by lib/db/corpus-reads.mjs.

export type Db = PrismaClient;
/** The client inside an interactive transaction (what `db.$transaction(async (tx) => …)` hands over). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** A query with its parameters, as Prisma.sql builds it. */
export type Sql = SqlFragment;

/** A value a bulk insert writes, as Prisma would store it. */
export type RowValue = string | number | boolean | Date | null;

/**
 * The SQL fragments that differ between engines. The query layer writes every other part of its SQL
 * once, with double-quoted identifiers, and takes these from the engine.
 */
export interface Dialect {
  /**
   * The statement run after a large ingest, or null: PostgreSQL's `VACUUM (ANALYZE)`, without which
   * the planner's statistics are stale and index-only scans read the heap until autovacuum comes round.
   */
  readonly afterBulkWrite: string | null;
  /**
   * Whether a filter's one slug is looked up before the answer's statement, its id then a literal,
   * instead of a scalar subquery inside it: PostgreSQL plans a subquery's value as unknown and sorted
   * every statement of a speaker and topic before taking a page (docs/performance.md).
   */
  readonly slugsFirst: boolean;
  /** The join that keeps the written order of tables (SQLite plans a CROSS JOIN in the order written). */
  readonly orderedJoin: Sql;
  /** An ORDER BY term: `value` descending, NULLs after every value (SQLite's DESC; PostgreSQL puts them first). */
  newestFirst(value: Sql): Sql;
  /** newestFirst reversed: NULLs before every value, then ascending. */
  oldestFirstUndatedFirst(value: Sql): Sql;
  /** A JSON array of the values. */
  jsonArray(values: Sql[]): Sql;
  /** A JSON value put inside jsonArray as JSON, not as a string holding JSON. */
  jsonNested(value: Sql): Sql;
  /** The rows of a group as one JSON array, in `orderBy` order (an aggregate). */
  jsonArrayAgg(value: Sql, orderBy: Sql): Sql;
  /** A table `alias` of the elements of the JSON array bound as one parameter: one round trip for many rows. */
  jsonRows(json: string, alias: string): Sql;
  /** Of a jsonRows element: the element itself (index null) or its `index`-th item, as an integer or as text. */
  jsonItem(alias: string, index: number | null, type: "integer" | "text"): Sql;
  /** The values of a group as one comma-separated string of integers (an aggregate). */
  integerList(value: Sql): Sql;
  /** A full-text query matching statements that hold every term (terms are plain words). */
  matchAll(terms: string[]): string;
  /** A full-text query matching statements that hold any of the terms. */
  matchAny(terms: string[]): string;
  /** A reader's parsed search (phrases, OR, exclusions, prefixes) as a full-text query. */
  matchSearch(query: SearchQuery): string;
  /**
   * Rows (rid) of the statements matching a full-text query: `Statement.seq`; with `rank`, also (rank),
   * lower ranks first. With `phrases`, only statements holding each phrase as written (case and
   * punctuation aside): a stemming index matches "building a wall" for "build a wall".
   */
  statementMatches(match: string, options: { rank: boolean; phrases?: string[][] }): Sql;
  /** Rows (rid, rank) of the `limit` best matches, best (lowest rank) first. */
  bestStatementMatches(match: string, limit: number): Sql;
  /** Rows (rid, rank = 0) of the `limit` newest-written matches (highest seq first). */
  newestStatementMatches(match: string, limit: number): Sql;
  /** How many statements match, counting no further than `limit`: cheap for a common word. */
  statementMatchCountUpTo(match: string, limit: number): Sql;
  /** The statement `seq`'s text around the matches, the matches between SNIPPET_OPEN and SNIPPET_CLOSE. */
  statementSnippet(match: string, seq: Sql): Sql;
  /** Rows (id, snip) of the `limit` best-matching articles, titles weighing more than texts. */
  articleMatches(match: string, limit: number): Sql;
  /** One row (n): how many articles match. */
  articleMatchCount(match: string): Sql;
}

/** A plain driver connection, for the tests and the bench only (the app goes through Prisma). */
export interface RawConnection {
  /** Every row of the query, as the driver returns them. */
  all<T>(query: Sql): Promise<T[]>;
  /** How the engine plans the query, one line a step, indented by depth. */
  plan(query: Sql): Promise<string[]>;
  close(): Promise<void>;
}

/** One writer at a time: what lockWriter hands the ingest command, to release when it is done. */
export interface WriterLock {
  release(): Promise<void>;
}

export interface MigrateResult {
  /** Migrations this call applied, in order. */
  applied: string[];
  /** Migrations that had been applied before. */
  alreadyApplied: string[];
}

export interface Engine {
  readonly name: string;
  readonly dialect: Dialect;
  /** The database as a reader would name it in a message (a file's path). */
  describe(url: string): string;
  /** Whether the database exists (a command that only reads says so rather than creating one). */
  exists(url: string): Promise<boolean>;
  /** A Prisma client on the database; a read-only one for the web server, which never writes. */
  createClient(url: string, options: { readonly: boolean }): Db;
  /** Applies the engine's pending migrations (creating the database when missing). */
  migrate(url: string, options?: { onApplied?: (name: string) => void }): Promise<MigrateResult>;
  /**
   * Inserts rows (all with the same columns) into `table`, inside the transaction `tx` of the client
   * `db`; with `returning`, answers those columns of every inserted row, in no particular order.
   */
  insertRows<R = Record<string, unknown>>(
    target: { db: Db; tx: Tx },
    table: string,
    rows: Record<string, RowValue>[],
    options?: { returning?: string[]; skipDuplicates?: boolean },
  ): Promise<R[]>;
  /** The statement columns of the corpus as it is now, read in one snapshot (lib/db/columns). */
  readStatementColumns(url: string): Promise<StatementColumns>;
  /**
   * The database's writer lock, held by an ingest from start to end so that two never interleave;
   * a second one is refused at once with a message saying who holds it.
   */
  lockWriter(url: string): Promise<WriterLock>;
  /** After rows were inserted with their own ids (a copy), makes the ids the database gives next follow them. */
  continueKeys(tx: Tx): Promise<void>;
  /** A plain driver connection: the tests' references and the bench's floor. */
  openRaw(url: string, options: { readonly: boolean }): RawConnection;
}
