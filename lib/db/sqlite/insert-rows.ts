import type { Db, RowValue, Tx } from "@/lib/db/engine";
import { writerConnection } from "@/lib/db/sqlite/prisma";

// Bulk inserts for ingest, one prepared INSERT run row by row on the connection under the Prisma
// client, inside its transaction. Prisma's createMany costs about a millisecond a row; multi-row
// INSERTs through $executeRaw an order of magnitude less; but every query through Prisma also turns
// its parameters to JSON and back (JSON.stringify, then JSON.parse), so rows bound as one JSON
// parameter were encoded three times before SQLite read them. On better-sqlite3, which runs in this
// thread, a prepared statement run a row at a time skips all of that (figures: docs/performance.md,
// "Bulk inserts beside Prisma").

/** A value as Prisma itself stores it in SQLite: booleans as 0/1, dates as ISO text with "+00:00". */
function stored(value: RowValue): string | number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value;
}

/** Engine.insertRows: a prepared INSERT, run once a row in the transaction `tx` of the client `db`. */
export async function insertRows<R = Record<string, unknown>>(
  { db }: { db: Db; tx: Tx },
  table: string,
  rows: Record<string, RowValue>[],
  options: { returning?: string[]; skipDuplicates?: boolean } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  // `tx` began with BEGIN on this connection. A statement outside a transaction would commit on its
  // own, which the write path never wants.
  const connection = writerConnection(db);
  if (!connection?.inTransaction) throw new Error(`insertRows into ${table}: not inside a transaction of a writing client`);
  const columns = Object.keys(rows[0]!);
  const statement = connection.prepare(
    `INSERT${options.skipDuplicates ? " OR IGNORE" : ""} INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) ` +
      `VALUES (${columns.map(() => "?").join(",")})` +
      (options.returning ? ` RETURNING ${options.returning.map((c) => `"${c}"`).join(",")}` : ""),
  );
  const values: (string | number | null)[] = new Array(columns.length);
  if (!options.returning) {
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = stored(row[columns[i]!] ?? null);
      statement.run(values);
    }
    return [];
  }
  // The adapter reads integers as BigInt (defaultSafeIntegers); ids here are far below 2^53.
  statement.safeIntegers(false);
  const returned: R[] = [];
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) values[i] = stored(row[columns[i]!] ?? null);
    const inserted = statement.get(values) as R | undefined;
    // INSERT OR IGNORE answers no row for a duplicate it skipped.
    if (inserted) returned.push(inserted);
  }
  return returned;
}
