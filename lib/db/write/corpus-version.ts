import type { Tx } from "@/lib/db/client";

/**
 * Marks the corpus as changed, inside the transaction that changes it: the web server compares the
 * version it cached pages at with CorpusState's (lib/db/corpus-reads.mjs).
 */
export async function bumpCorpusVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw`INSERT INTO "CorpusState" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "CorpusState"."version" + 1`;
}
