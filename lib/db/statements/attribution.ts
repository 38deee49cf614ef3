import { Prisma } from "@/lib/db/sql";
import { readDb } from "@/lib/db/client";
import type { StatementCard } from "@/lib/db/statements/cards";
import { listStatements, type ListStatementsOptions } from "@/lib/db/statements/list";

// A statement as an export row: its card and how it was attributed (the cue, the speaker as the
// article wrote them, where the article names the speaker when the statement's words do not, the
// rule that found them and its confidence), which researchers check a speaker by and cards do not show.

export interface Attribution {
  cue: string | null;
  speakerAsWritten: string | null;
  /** Offsets into the article of the name the speaker was resolved through ("he said" → "Sergey Lavrov" earlier); null when the statement's own words name them. */
  speakerNamed: { start: number; end: number } | null;
  rule: string;
  confidence: number;
}

interface AttributionRow {
  id: string;
  cue: string | null;
  speakerAsWritten: string | null;
  speakerNamedStart: number | bigint | null;
  speakerNamedEnd: number | bigint | null;
  rule: string;
  confidence: number;
}

export type StatementRow = Omit<StatementCard, "snippet" | "topicLabels"> & Attribution;

export interface StatementRowsPage {
  items: StatementRow[];
  total: number;
  nextCursor: string | null;
  /** The page before (its cursor: null for the first page), or null on the first page. */
  previous: { cursor: string | null } | null;
}

/** The attribution of each statement id (a page's: one bound parameter each). */
async function attributionOf(ids: string[]): Promise<Map<string, Attribution>> {
  if (ids.length === 0) return new Map();
  const rows = await readDb().$queryRaw<AttributionRow[]>`
    SELECT s."id", s."cue", s."speakerAsWritten", s."speakerNamedStart", s."speakerNamedEnd", s."rule", s."confidence"
    FROM "Statement" s WHERE s."id" IN (${Prisma.join(ids)})`;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        cue: r.cue,
        speakerAsWritten: r.speakerAsWritten,
        speakerNamed: r.speakerNamedStart === null || r.speakerNamedEnd === null ? null : { start: Number(r.speakerNamedStart), end: Number(r.speakerNamedEnd) },
        rule: r.rule,
        confidence: Number(r.confidence),
      },
    ]),
  );
}

/** A page of the list without facets, each statement with its attribution. */
export async function listStatementRows(options: Omit<ListStatementsOptions, "facets">): Promise<StatementRowsPage> {
  const page = await listStatements({ ...options, facets: false });
  const attribution = await attributionOf(page.items.map((s) => s.id));
  const items = page.items.map(({ snippet: _snippet, topicLabels: _labels, ...card }) => ({
    ...card,
    ...(attribution.get(card.id) ?? { cue: null, speakerAsWritten: null, speakerNamed: null, rule: "", confidence: 0 }),
  }));
  return { items, total: page.total, nextCursor: page.nextCursor, previous: page.previous };
}
