import pg from "pg";
import type { WriterLock } from "@/lib/db/engine";
import { connectionConfig, describePostgres } from "@/lib/db/postgres/connection";

/** The advisory lock one ingest holds while it writes (a constant of Verbatim's). */
export const WRITER_LOCK_KEY = 72_707_370;

/**
 * Takes the database's writer lock: a session-level advisory lock on a connection of its own, held
 * until release (or until the process dies: the server drops a dead session's locks). A second
 * ingest does not wait: it is told who holds the lock and since when.
 */
export async function lockPostgresWriter(url: string): Promise<WriterLock> {
  const client = new pg.Client({ ...connectionConfig(url), application_name: "verbatim-ingest" });
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [WRITER_LOCK_KEY]);
  if (!rows[0]?.locked) {
    const holder = await client.query<{ since: Date | null; addr: string | null; pid: number }>(
      `SELECT a.backend_start AS since, a.client_addr::text AS addr, a.pid FROM pg_locks l
       JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.objid = $1 LIMIT 1`,
      [WRITER_LOCK_KEY],
    );
    await client.end();
    const h = holder.rows[0];
    const who = h ? ` (server process ${h.pid}${h.addr ? ` from ${h.addr}` : ""}, connected since ${h.since?.toISOString()})` : "";
    throw new Error(`another ingest is writing to ${describePostgres(url)}${who}: wait for it to finish, then run again`);
  }
  return {
    release: async () => {
      await client.query("SELECT pg_advisory_unlock($1)", [WRITER_LOCK_KEY]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
