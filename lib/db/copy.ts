import { createDb, databaseEngine, type Db } from "@/lib/db/client";
import type { RowValue, Tx } from "@/lib/db/engine";

// Moves a whole corpus from one database to another, whatever their engines (a SQLite file to a
// PostgreSQL server, or back): every row of every model, ids, statement seqs, retired addresses, the
// rollups and the corpus version included, so that permalinks, 301s and 410s, counts and the export
// are the same on the other side. The target is migrated first and must be empty; it is written in one
// transaction, so a failure leaves it empty. The full-text indexes are filled by the target's own
// triggers as the rows go in.

/** Each model's table and its key, in an order where every row's references are already there. */
export const COPY_ORDER = [
  { table: "Outlet", delegate: "outlet", key: ["id"] },
  { table: "Speaker", delegate: "speaker", key: ["id"] },
  { table: "SpeakerAlias", delegate: "speakerAlias", key: ["id"] },
  { table: "Article", delegate: "article", key: ["id"] },
  { table: "Topic", delegate: "topic", key: ["id"] },
  { table: "Statement", delegate: "statement", key: ["seq"] },
  { table: "StatementTopic", delegate: "statementTopic", key: ["statementId", "topicId"] },
  { table: "ArticleTopic", delegate: "articleTopic", key: ["articleId", "topicId"] },
  { table: "Redirect", delegate: "redirect", key: ["kind", "fromId"] },
  { table: "FacetCount", delegate: "facetCount", key: ["filterDim", "filterValue", "facetDim", "facetValue"] },
  { table: "CoSpeakerCount", delegate: "coSpeakerCount", key: ["speakerId", "otherId"] },
  { table: "CorpusState", delegate: "corpusState", key: ["id"] },
  // The editors' side moves with the corpus: their corrections (what every ingest applies), readers'
  // reports, the accounts, their sessions (still signed in on the copy) and the rate limits' counts.
  { table: "Correction", delegate: "correction", key: ["id"] },
  { table: "Report", delegate: "report", key: ["id"] },
  { table: "Editor", delegate: "editor", key: ["id"] },
  { table: "EditorSession", delegate: "editorSession", key: ["id"] },
  { table: "RateEvent", delegate: "rateEvent", key: ["id"] },
] as const;

/** Rows read and written at a time: a few MB even with whole article texts. */
const PAGE = 1_000;

type Row = Record<string, RowValue>;
type Delegate = {
  findMany(args: { take: number; skip?: number; cursor?: Record<string, unknown>; orderBy: Record<string, "asc">[] }): Promise<Row[]>;
  count(): Promise<number>;
};
const delegateOf = (db: Db | Tx, name: string) => (db as unknown as Record<string, Delegate>)[name]!;

/** Prisma's cursor for a row: the key field itself, or the compound key named by its fields joined with "_". */
function cursorOf(row: Row, key: readonly string[]): Record<string, unknown> {
  if (key.length === 1) return { [key[0]!]: row[key[0]!] };
  return { [key.join("_")]: Object.fromEntries(key.map((field) => [field, row[field]])) };
}

/** Every row of a model, a page at a time, in key order. */
async function* rowsOf(db: Db, delegate: string, key: readonly string[]): AsyncGenerator<Row[]> {
  let last: Row | undefined;
  for (;;) {
    const page = await delegateOf(db, delegate).findMany({
      take: PAGE,
      orderBy: key.map((field) => ({ [field]: "asc" as const })),
      ...(last ? { skip: 1, cursor: cursorOf(last, key) } : {}),
    });
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    last = page.at(-1);
  }
}

export interface CopyReport {
  /** Rows copied, by table. */
  rows: Record<string, number>;
}

/** Copies the corpus at `from` into the empty database at `to` (migrated first). */
export async function copyCorpus(from: string, to: string, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  const target = databaseEngine(to);
  await target.migrate(to);
  const source = createDb({ readonly: true, url: from });
  const db = createDb({ readonly: false, url: to });
  const report: CopyReport = { rows: {} };
  try {
    for (const { table, delegate } of COPY_ORDER) {
      if ((await delegateOf(db, delegate).count()) > 0) {
        throw new Error(`${target.describe(to)} is not empty (its ${table} table has rows): copy into a new database`);
      }
    }
    await db.$transaction(
      async (tx) => {
        for (const { table, delegate, key } of COPY_ORDER) {
          let n = 0;
          const merges: [number, number][] = [];
          for await (const page of rowsOf(source, delegate, key)) {
            // A speaker may be merged into one copied after it: the links are set once all are in.
            const rows = table === "Speaker" ? page.map((row) => (row.mergedIntoId === null ? row : (merges.push([row.id as number, row.mergedIntoId as number]), { ...row, mergedIntoId: null }))) : page;
            await target.insertRows({ db, tx }, table, rows);
            n += rows.length;
          }
          if (merges.length > 0) await linkMerges(tx, target.dialect, merges);
          report.rows[table] = n;
          onTable?.(table, n);
        }
        await target.continueKeys(tx);
      },
      { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
    );
    return report;
  } finally {
    await source.$disconnect();
    await db.$disconnect();
  }
}

async function linkMerges(tx: Tx, d: ReturnType<typeof databaseEngine>["dialect"], merges: [number, number][]): Promise<void> {
  await tx.$executeRaw`UPDATE "Speaker" SET "mergedIntoId" = ${d.jsonItem("m", 1, "integer")}
    FROM ${d.jsonRows(JSON.stringify(merges), "m")} WHERE "Speaker"."id" = ${d.jsonItem("m", 0, "integer")}`;
}

