import { readDb } from "@/lib/db/client";

export type RedirectKind = "statement" | "article" | "speaker" | "topic";

/** Where a retired id or slug went: a successor, or `null` for gone; undefined when it never retired. */
export async function findRedirect(kind: RedirectKind, fromId: string): Promise<{ toId: string | null; reason: string } | undefined> {
  const row = await readDb().redirect.findUnique({
    where: { kind_fromId: { kind, fromId } },
    select: { toId: true, reason: true },
  });
  return row ?? undefined;
}
