import { setImmediate as nextTurn } from "node:timers/promises";
import pg from "pg";
import { ColumnsBuilder, namesOf, type StatementColumns, type StatementRow } from "@/lib/db/columns/columns";
import { connectionConfig } from "@/lib/db/postgres/connection";

/** Rows a round trip: a few MB, and a turn of the event loop between two, so that requests keep being served. */
const CHUNK = 50_000;

/**
 * Reads the statement columns of the corpus at `url` as it is now, on a connection of its own, in one
 * REPEATABLE READ transaction (one snapshot for the version and every row, however many round trips
 * the reading takes), seq by seq in chunks so that no reply holds the whole corpus.
 */
export async function readPostgresStatementColumns(url: string): Promise<StatementColumns> {
  const client = new pg.Client(connectionConfig(url, { readonly: true }));
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const one = async <T>(sql: string) => (await client.query({ text: sql, rowMode: "array" })).rows[0]?.[0] as T;
    const version = (await one<number | null>(`SELECT "version" FROM "CorpusState" WHERE "id" = 1`)) ?? 0;
    const size = ((await one<number | null>(`SELECT max("seq") FROM "Statement"`)) ?? 0) + 1;
    const links = Number(await one<string>(`SELECT count(*) FROM "StatementTopic" WHERE "statementSeq" IS NOT NULL`));
    const builder = new ColumnsBuilder(size, links);
    for (let after = -1; ; ) {
      const { rows } = await client.query<StatementRow>({
        text: `SELECT "seq", "articleId", "position", "speakerId", "outletId", "kind", "dateSort"
               FROM "Statement" WHERE "seq" > $1 ORDER BY "seq" LIMIT ${CHUNK}`,
        values: [after],
        rowMode: "array",
      });
      for (const row of rows) builder.statement(row);
      if (rows.length < CHUNK) break;
      after = rows.at(-1)![0];
      await nextTurn();
    }
    for (let after: [number, number] = [-1, -1]; ; ) {
      const { rows } = await client.query<[number, number]>({
        text: `SELECT "statementSeq", "topicId" FROM "StatementTopic"
               WHERE "statementSeq" IS NOT NULL AND ("statementSeq", "topicId") > ($1, $2)
               ORDER BY "statementSeq", "topicId" LIMIT ${CHUNK}`,
        values: after,
        rowMode: "array",
      });
      for (const [seq, topicId] of rows) builder.link(seq, topicId);
      if (rows.length < CHUNK) break;
      after = rows.at(-1)!;
      await nextTurn();
    }
    const names = async (sql: string) =>
      namesOf((await client.query<[number, string, string]>({ text: sql, rowMode: "array" })).rows);
    const columns = builder.finish({
      url,
      version,
      speakers: await names(`SELECT "id", "slug", "name" FROM "Speaker"`),
      topics: await names(`SELECT "id", "slug", "label" FROM "Topic"`),
      outlets: await names(`SELECT "id", "slug", "name" FROM "Outlet"`),
    });
    await client.query("COMMIT");
    return columns;
  } finally {
    await client.end();
  }
}
