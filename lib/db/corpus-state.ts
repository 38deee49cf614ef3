import type { Db, Tx } from "@/lib/db/client";

/** Marks the corpus as changed, inside the transaction that changes it: readers compare versions. */
export async function bumpCorpusVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw`INSERT INTO "CorpusState" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "CorpusState"."version" + 1`;
}

/** The corpus's version: 0 for a database no ingest has changed yet. */
export async function corpusVersion(db: Db): Promise<number> {
  const row = await db.corpusState.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}
