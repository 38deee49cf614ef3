import { engineOf, type Db, type Tx } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";

/**
 * A transaction of the write path, the client it runs on, and the engine of its database (bulk
 * inserts, SQL fragments).
 */
export interface Writer {
  tx: Tx;
  db: Db;
  engine: Engine;
}

/** Runs `work` in one transaction of `db`, handing it the transaction with its client and engine. */
export function inTransaction<T>(db: Db, work: (w: Writer) => Promise<T>, options?: { timeout: number; maxWait: number }): Promise<T> {
  const engine = engineOf(db);
  return db.$transaction((tx) => work({ tx, db, engine }), options);
}
