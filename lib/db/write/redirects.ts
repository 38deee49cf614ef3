import type { Writer } from "@/lib/db/write/writer";

// Old URLs keep working: a retired statement id, article slug or speaker slug points at its successor
// (301) or at nothing (410).

/** Retires `fromId`: it answers with `toId` (null: gone) from now on, and nothing chains through it. */
export async function addRedirect(w: Writer, kind: string, fromId: string, toId: string | null, reason: string) {
  if (fromId === toId) return;
  await w.tx.redirect.upsert({
    where: { kind_fromId: { kind, fromId } },
    create: { kind, fromId, toId, reason },
    update: { toId, reason },
  });
  // Anything that pointed at the retired id now points straight at its successor: no chains.
  await w.tx.redirect.updateMany({ where: { kind, toId: fromId }, data: { toId } });
  if (toId !== null) await w.tx.redirect.deleteMany({ where: { kind, fromId: toId } });
}

/**
 * A re-ingested article whose text changed keeps the ids of its unchanged statements (ids hash the
 * text); each retired id points at the new statement that overlaps it most, or at nothing (410).
 */
export async function redirectRetiredStatements(
  w: Writer,
  old: { id: string; start: number; end: number }[],
  current: { id: string; start: number; end: number }[],
) {
  const currentIds = new Set(current.map((s) => s.id));
  for (const retired of old) {
    if (currentIds.has(retired.id)) continue;
    let best: { id: string; overlap: number } | null = null;
    for (const s of current) {
      const overlap = Math.min(s.end, retired.end) - Math.max(s.start, retired.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: s.id, overlap };
    }
    await addRedirect(w, "statement", retired.id, best?.id ?? null, best ? "text changed" : "statement removed");
  }
  if (currentIds.size > 0) {
    // An id that comes back (a file changed, then changed back) is live again, not redirected.
    await w.tx.redirect.deleteMany({ where: { kind: "statement", fromId: { in: [...currentIds] } } });
  }
}
