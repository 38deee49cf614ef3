import pg from "pg";
import type { RawConnection, Sql } from "@/lib/db/engine";
import { connectionConfig } from "@/lib/db/postgres/connection";

// Plain pg connections, outside Prisma: the tests' independent references and the bench's floor. The
// app never opens one: it reads through Prisma (lib/db/client.ts) and the corpus reads.

/** The engine-neutral view of a connection: queries as Prisma.sql builds them ($1, $2… in `text`). */
export function postgresRawConnection(url: string, options: { readonly: boolean }): RawConnection {
  const pool = new pg.Pool({ ...connectionConfig(url, options), max: 1 });
  return {
    all: async <T>(query: Sql) => (await pool.query(query.text, query.values as unknown[])).rows as T[],
    plan: async (query: Sql) => {
      const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.text}`, query.values as unknown[]);
      return rows.map((row) => row["QUERY PLAN"]);
    },
    close: () => pool.end(),
  };
}
