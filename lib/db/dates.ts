import "server-only";
import { readDb } from "@/lib/db/client";

export interface TimelineBucket {
  year: number;
  month: number | null;
  count: number;
}

/** Statements per year and month (month null: the year is known, the month is not). */
export async function statementTimeline(): Promise<{ buckets: TimelineBucket[]; unknownYear: number }> {
  const rows = await readDb().$queryRaw<{ y: number | bigint | null; m: number | bigint | null; n: number | bigint }[]>`
    SELECT s."publishedYear" AS y, (s."dateSort" / 100) % 100 AS m, count(*) AS n
    FROM "Statement" s GROUP BY y, m ORDER BY y, m`;
  let unknownYear = 0;
  const buckets: TimelineBucket[] = [];
  for (const row of rows) {
    if (row.y === null) {
      unknownYear += Number(row.n);
      continue;
    }
    const month = row.m === null ? null : Number(row.m);
    buckets.push({ year: Number(row.y), month: month === 0 ? null : month, count: Number(row.n) });
  }
  return { buckets, unknownYear };
}
