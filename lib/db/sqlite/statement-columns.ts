import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import { ColumnsBuilder, namesOf, type StatementColumns, type StatementRow } from "@/lib/db/columns/columns";

/** Rows read between two turns of the event loop: 5–10 ms of work, so that requests keep being served. */
const CHUNK = 8_192;

/**
 * Reads the statement columns of the corpus in `file` as it is now, on a connection of its own, in
 * one read transaction (one snapshot for the version and every row, however many turns of the event
 * loop the reading takes).
 */
export async function readSqliteStatementColumns(url: string, file: string): Promise<StatementColumns> {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    db.pragma("cache_size = -16384");
    db.exec("BEGIN");
    const version = (db.prepare(`SELECT "version" FROM "CorpusState" WHERE "id" = 1`).pluck().get() as number | undefined) ?? 0;
    const size = ((db.prepare(`SELECT max("seq") FROM "Statement"`).pluck().get() as number | null) ?? 0) + 1;
    const links = db.prepare(`SELECT count(*) FROM "StatementTopic" WHERE "statementSeq" IS NOT NULL`).pluck().get() as number;
    const builder = new ColumnsBuilder(size, links);
    // Every column read is in this index (with seq, the rowid), which SQLite then scans instead of the table.
    const rows = db
      .prepare(
        `SELECT "seq", "articleId", "position", "speakerId", "outletId", "kind", "dateSort"
         FROM "Statement" INDEXED BY "Statement_speakerId_dateSort_articleId_position_outletId_kind_idx"`,
      )
      .raw()
      .iterate() as IterableIterator<StatementRow>;
    let n = 0;
    for (const row of rows) {
      builder.statement(row);
      if (++n % CHUNK === 0) await nextTurn();
    }
    // Topic links in seq order (the (statementSeq, topicId) index).
    const topicLinks = db
      .prepare(`SELECT "statementSeq", "topicId" FROM "StatementTopic" WHERE "statementSeq" IS NOT NULL ORDER BY "statementSeq"`)
      .raw()
      .iterate() as IterableIterator<[number, number]>;
    for (const [seq, topicId] of topicLinks) {
      if (builder.link(seq, topicId) % CHUNK === 0) await nextTurn();
    }
    const names = (sql: string) => namesOf(db.prepare(sql).raw().iterate() as IterableIterator<[number, string, string]>);
    const columns = builder.finish({
      url,
      version,
      speakers: names(`SELECT "id", "slug", "name" FROM "Speaker"`),
      topics: names(`SELECT "id", "slug", "label" FROM "Topic"`),
      outlets: names(`SELECT "id", "slug", "name" FROM "Outlet"`),
    });
    db.exec("COMMIT");
    return columns;
  } finally {
    db.close();
  }
}
