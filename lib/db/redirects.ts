/** The kinds of retired addresses the Redirect table holds (read by proxy.ts via lib/corpus-reads.mjs). */
export type RedirectKind = "statement" | "article" | "speaker" | "topic";
