// PostgreSQL's bulk inserts bind their rows as one JSON parameter (lib/db/postgres/insert-rows.ts). A
// parameter is built, copied on its way through Prisma and the driver, and parsed again by the
// database: whole article texts make it tens of MB on the ingest process's heap at once, so it is
// cut by size as well as by rows.

/** Characters of JSON per statement: a batch of 2,000 articles' texts was ~20 MB in one. */
export const MAX_JSON_CHARS = 4_000_000;

/** `rows` as JSON arrays of at most `maxRows` rows and, past the first row, at most `maxChars` characters. */
export function* jsonChunks<T>(rows: readonly T[], maxRows: number, maxChars = MAX_JSON_CHARS): Generator<string> {
  let parts: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (parts.length > 0 && (parts.length >= maxRows || chars + json.length > maxChars)) {
      yield `[${parts.join(",")}]`;
      parts = [];
      chars = 0;
    }
    parts.push(json);
    chars += json.length + 1;
  }
  if (parts.length > 0) yield `[${parts.join(",")}]`;
}
