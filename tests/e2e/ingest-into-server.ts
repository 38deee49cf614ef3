import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { e2eDatabaseUrl } from "./databases";

// The specs that change the corpus under the running server do it as an editor would: through the
// real ingest command, in another process, on the server's own database (playwright.config.ts).

/** A scratch folder for the articles a spec writes. */
export function scratchDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `verbatim-${name}-`));
}

/** Runs `npm run ingest -- ARGS` on the server's database; throws with its output when it fails. */
export function ingest(...args: string[]): void {
  execFileSync("node_modules/.bin/tsx", ["scripts/ingest.ts", ...args], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl("e2e") },
    stdio: "pipe",
  });
}
