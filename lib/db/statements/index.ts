import "server-only";

// The statements room: lists with facets (list.ts, built by list-query.ts from filters.ts,
// facet-counts.ts and cards.ts; facet-links.ts makes the facets links), one statement's page
// (detail.ts) and what it shows beside it (related.ts).

export type { StatementCard } from "@/lib/db/statements/cards";
export { filterParams, type FacetValue, type FilterChip } from "@/lib/db/statements/facet-links";
export { ftsQuery, listStatements, listStatementsOfArticle, type ListStatementsOptions, type StatementPage } from "@/lib/db/statements/list";
export { getStatement, namedSentence, sentenceContext, type StatementDetail } from "@/lib/db/statements/detail";
export { keywords, moreFromSpeaker, similarityQuery, similarStatements } from "@/lib/db/statements/related";
export { listStatementRows, type StatementRow } from "@/lib/db/statements/attribution";
