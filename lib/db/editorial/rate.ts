import type { Db } from "@/lib/db/client";

// Rate limits counted in the database (RateEvent), so that every web node behind a load balancer
// counts the same attempts.

/** When `key` may try again: null when fewer than `limit` events happened within `windowMs`. */
export async function blockedUntil(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<Date | null> {
  const recent = await db.rateEvent.findMany({
    where: { key, at: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  if (recent.length < limit) return null;
  // The limit-th most recent event leaves the window first: until then, `limit` are in it.
  return new Date(recent[limit - 1]!.at.getTime() + windowMs);
}

export async function countEvent(db: Db, key: string, now = new Date()): Promise<void> {
  await db.rateEvent.create({ data: { key, at: now } });
}

export async function clearEvents(db: Db, key: string): Promise<void> {
  await db.rateEvent.deleteMany({ where: { key } });
}

/** Events older than a day count for no limit. */
export async function pruneEvents(db: Db, now = new Date()): Promise<void> {
  await db.rateEvent.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}
