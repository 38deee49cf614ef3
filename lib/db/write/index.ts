// The write path: ingest's one way into the database (articles.ts), with what it keeps in step in the
// same transaction: speakers and their links (speakers.ts), outlets, topics and slugs (names.ts),
// retired addresses (redirects.ts), counts (counts.ts) and the rollups (rollups.ts).

export { removeArticle, writeArticle, writeArticles, type ArticleInput, type RemoveOutcome, type WriteOutcome } from "@/lib/db/write/articles";
export { bumpCorpusVersion } from "@/lib/db/write/corpus-version";
export { adjustRollups, rebuildRollups } from "@/lib/db/write/rollups";
export { inTransaction, type Writer } from "@/lib/db/write/writer";
