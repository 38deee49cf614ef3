import type { RowValue, Tx } from "@/lib/db/engine";
import { jsonChunks } from "@/lib/db/json-chunks";

// Bulk inserts for ingest. Prisma's createMany costs about a millisecond a row, an order of magnitude
// more than multi-row INSERT … VALUES through $executeRaw; rows bound as one JSON parameter that SQLite
// unpacks itself (json_each) halve that again: most of the cost of many bound parameters is in passing
// them, one by one, through the driver adapter (figures: docs/performance.md).

/** Rows per statement (and at most a few MB of JSON: jsonChunks). */
const ROWS_PER_STATEMENT = 2_000;

/** A value as Prisma itself stores it in SQLite: booleans as 0/1, dates as ISO text with "+00:00". */
function stored(value: RowValue): string | number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  return value;
}

/** Engine.insertRows: each row a JSON array, a few thousand rows bound as one parameter. */
export async function insertRows<R = Record<string, unknown>>(
  tx: Tx,
  table: string,
  rows: Record<string, RowValue>[],
  options: { returning?: string[]; skipDuplicates?: boolean } = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  // Each row travels as a JSON array; `value ->> i` gives back its i-th value with its SQL type
  // (integer, real, text or NULL).
  const sql =
    `INSERT${options.skipDuplicates ? " OR IGNORE" : ""} INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) ` +
    `SELECT ${columns.map((_, i) => `value ->> ${i}`).join(",")} FROM json_each(?)` +
    (options.returning ? ` RETURNING ${options.returning.map((c) => `"${c}"`).join(",")}` : "");
  const returned: R[] = [];
  for (const json of jsonChunks(
    rows.map((row) => columns.map((c) => stored(row[c] ?? null))),
    ROWS_PER_STATEMENT,
  )) {
    if (options.returning) returned.push(...(await tx.$queryRawUnsafe<R[]>(sql, json)));
    else await tx.$executeRawUnsafe(sql, json);
  }
  return returned;
}
