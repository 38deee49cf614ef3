import { Prisma } from "@/lib/db/sql";
import type { Sql } from "@/lib/db/engine";

/** A LIKE pattern for `text` anywhere, its own % and _ escaped. */
export const containsPattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `column` holds `text`, case aside (ASCII), as a LIKE condition. */
export const contains = (column: Sql, text: string): Sql => Prisma.sql`lower(${column}) LIKE ${containsPattern(text)} ESCAPE '\\'`;
