import type { RedirectKind } from "@/lib/domain/redirects";

/** The corpus version, or null when it cannot be read (no database, or no CorpusState table). */
export function corpusVersion(): number | null;
/** Where a retired id or slug went: a successor, `null` for gone, undefined when it never retired. */
export function findRedirect(kind: RedirectKind, fromId: string): { toId: string | null; reason: string } | undefined;
