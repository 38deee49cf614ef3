import { Prisma } from "@/lib/db/sql";
import { readDb } from "@/lib/db/client";
import type { StatementCard } from "@/lib/db/statements/cards";
import { listStatements, type ListStatementsOptions } from "@/lib/db/statements/list";

// A statement as an export row: its card and how it was attributed (the cue, the speaker as the
// article wrote them, the rule that found them and its confidence), which researchers check a
// speaker by and cards do not show.

export interface Attribution {
  cue: string | null;
  speakerAsWritten: string | null;
  rule: string;
  confidence: number;
}

export type StatementRow = Omit<StatementCard, "snippet" | "topicLabels"> & Attribution;

export interface StatementRowsPage {
  items: StatementRow[];
  total: number;
  nextCursor: string | null;
}

/** The attribution of each statement id (a page's: one bound parameter each). */
async function attributionOf(ids: string[]): Promise<Map<string, Attribution>> {
  if (ids.length === 0) return new Map();
  const rows = await readDb().$queryRaw<(Attribution & { id: string })[]>`
    SELECT s."id", s."cue", s."speakerAsWritten", s."rule", s."confidence" FROM "Statement" s WHERE s."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map(({ id, ...a }) => [id, { ...a, confidence: Number(a.confidence) }]));
}

/** A page of the list without facets, each statement with its attribution. */
export async function listStatementRows(options: Omit<ListStatementsOptions, "facets">): Promise<StatementRowsPage> {
  const page = await listStatements({ ...options, facets: false });
  const attribution = await attributionOf(page.items.map((s) => s.id));
  const items = page.items.map(({ snippet: _snippet, topicLabels: _labels, ...card }) => ({
    ...card,
    ...(attribution.get(card.id) ?? { cue: null, speakerAsWritten: null, rule: "", confidence: 0 }),
  }));
  return { items, total: page.total, nextCursor: page.nextCursor };
}
