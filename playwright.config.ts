import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (never a downloaded browser build) against `next start`
// serving a fresh database made from the seeds.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3123);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Tests that change the corpus (re-ingest, removal) run after the read-only ones, on the same server,
  // one file at a time: every ingest empties the page cache, which the page-cache tests watch.
  // The fuzz test runs last and alone: thousands of requests would slow the others into timeouts.
  projects: [
    { name: "read", testIgnore: /(urls|security|page-cache|fuzz)\.spec\.ts/ },
    // Each of their tests spawns the ingest command two or three times: seconds each on a loaded machine.
    { name: "change", testMatch: /(urls|security|page-cache)\.spec\.ts/, dependencies: ["read"], workers: 1, timeout: 90_000 },
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["change"] },
  ],
  webServer: {
    command: `rm -f data/e2e.db data/e2e.db-* && node_modules/.bin/tsx scripts/start.ts`,
    env: { DATABASE_URL: "file:./data/e2e.db", PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
