import type { Db, RowValue, Tx } from "@/lib/db/engine";
import { jsonChunks } from "@/lib/db/json-chunks";

// Bulk inserts for ingest: the rows travel as one JSON parameter that PostgreSQL unpacks itself
// (json_populate_recordset, typed by the table's own row type), so a batch of thousands of rows is one
// statement, one parameter and one round trip to the server. Prisma's createMany costs about a
// millisecond a row, and bound parameters pass one by one through the driver adapter.

/** Rows per statement (and at most a few MB of JSON: jsonChunks). */
const ROWS_PER_STATEMENT = 2_000;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Engine.insertRows: each row a JSON object, a few thousand rows bound as one parameter. */
export async function insertRows<R = Record<string, unknown>>(
  { tx }: { db: Db; tx: Tx },
  table: string,
  rows: Record<string, RowValue>[],
  options: { returning?: string[]; skipDuplicates?: boolean } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!).map(ident).join(",");
  const sql =
    `INSERT INTO ${ident(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table)}, $1::json)` +
    (options.skipDuplicates ? " ON CONFLICT DO NOTHING" : "") +
    (options.returning ? ` RETURNING ${options.returning.map(ident).join(",")}` : "");
  const returned: R[] = [];
  // Dates serialize as ISO text, which timestamp columns read; booleans and numbers as themselves.
  for (const json of jsonChunks(rows, ROWS_PER_STATEMENT)) {
    if (options.returning) returned.push(...(await tx.$queryRawUnsafe<R[]>(sql, json)));
    else await tx.$executeRawUnsafe(sql, json);
  }
  return returned;
}
