import { Prisma } from "@/lib/db/sql";
import type { Sql } from "@/lib/db/engine";
import { KIND_CODES } from "@/lib/domain/kinds";

// How the rollups (FacetCount, see prisma/models.prisma) write a filter or a facet value as integers, read by
// the query layer (lib/db/statements) and kept by the write path (lib/db/write/rollups.ts).

/** FacetCount's dimension codes. */
export const DIM = { none: 0, speaker: 1, topic: 2, outlet: 3, kind: 4, year: 5 } as const;
export type RollupDimension = Exclude<keyof typeof DIM, "none">;

/** FacetCount's year value for statements whose year is not stated. */
export const UNKNOWN_YEAR = 0;

/** The code of the kind in `column`. NULL for a kind not in KIND_CODES, which FacetCount's NOT NULL refuses. */
export function kindCode(column: Sql): Sql {
  return Prisma.sql`CASE ${column} ${Prisma.raw(Object.entries(KIND_CODES).map(([kind, code]) => `WHEN '${kind}' THEN ${code}`).join(" "))} END`;
}

/** The kind whose code is in `column`. */
export function kindOfCode(column: Sql): Sql {
  return Prisma.sql`CASE ${column} ${Prisma.raw(Object.entries(KIND_CODES).map(([kind, code]) => `WHEN ${code} THEN '${kind}'`).join(" "))} END`;
}
