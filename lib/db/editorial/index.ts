import { createDb, type Db } from "@/lib/db/client";

// The write path beside the read-only web connection: the only module the web server writes through
// (accounts and sessions, corrections, readers' reports). Every caller has checked who asks
// (lib/web/editor-request.ts); the pages and the API's reads keep readDb().

export * from "@/lib/db/editorial/accounts";
export { correct, correctionHistory, CorrectionRefused, type CorrectionDone, type CorrectionRecord } from "@/lib/db/editorial/corrections";
export * from "@/lib/db/editorial/reports";

const globalForWrites = globalThis as unknown as { verbatimWriteDb?: Db };

/** The web server's one read-write client, made on the first write. */
export function writeDb(): Db {
  globalForWrites.verbatimWriteDb ??= createDb({ readonly: false });
  return globalForWrites.verbatimWriteDb;
}
