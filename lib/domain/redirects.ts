/** The kinds of retired addresses the Redirect table holds (read by proxy.ts and scripts/serve.mjs via lib/db/corpus-reads.mjs). */
export type RedirectKind = "statement" | "article" | "speaker" | "topic";
