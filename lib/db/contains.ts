import { Prisma } from "@/lib/db/sql";
import type { Sql } from "@/lib/db/engine";

/**
 * A LIKE pattern for `text` anywhere, its own % and _ escaped. A NUL, which PostgreSQL refuses in a
 * parameter, becomes U+FFFF: no stored text holds either (ingest refuses NULs), so it still matches nothing.
 */
export const containsPattern = (text: string) =>
  `%${text.toLowerCase().replaceAll("\u0000", "\uffff").replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `column` holds `text`, case aside (ASCII), as a LIKE condition. */
export const contains = (column: Sql, text: string): Sql => Prisma.sql`lower(${column}) LIKE ${containsPattern(text)} ESCAPE '\\'`;
