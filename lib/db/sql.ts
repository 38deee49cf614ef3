import { empty, join, raw, type Sql, sqltag } from "@prisma/client/runtime/client";

// The SQL template tag of Prisma's runtime, which every engine's generated client shares: the query
// layer writes its SQL with it once, whichever client runs it.
export const Prisma = { sql: sqltag, raw, join, empty } as const;
export type { Sql };
