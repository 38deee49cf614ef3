// What a statement is, by how much of it is quoted. Shared by ingest, the database (FacetCount codes
// each kind as a small integer), filters and pages.

export const STATEMENT_KINDS = ["direct", "indirect", "mixed"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const isStatementKind = (value: string): value is StatementKind => (STATEMENT_KINDS as readonly string[]).includes(value);

/** How readers see each kind. */
export const KIND_LABELS: Readonly<Record<StatementKind, string>> = {
  direct: "direct quote",
  indirect: "reported speech",
  mixed: "partly quoted",
};

/** FacetCount's code of each kind (1, 2, 3 in STATEMENT_KINDS' order); 0 is never stored. */
export const KIND_CODES: Readonly<Record<StatementKind, number>> = Object.fromEntries(
  STATEMENT_KINDS.map((kind, i) => [kind, i + 1]),
) as Record<StatementKind, number>;
