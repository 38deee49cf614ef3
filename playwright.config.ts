import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { e2eDatabaseUrl } from "./tests/e2e/databases";

// End-to-end tests drive Debian's Chromium (never a downloaded browser build) against `next start`
// serving a fresh database made from the seeds: SQLite files under data/, or databases on the test
// PostgreSQL server when run by `npm run test:e2e:postgres` (tests/e2e/databases.ts).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3123);
// The realistic corpus's server (tests/e2e/large) listens 1000 above: each session's E2E_PORT keeps its own pair.
const largePort = port + 1000;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two shared cores: a soft navigation can take more than expect's default 5 s to render.
  expect: { timeout: 15_000 },
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
    { name: "read", testIgnore: /(urls|security|page-cache|multi-node|reader-text|editors|fuzz)\.spec\.ts|large\// },
    // The API, export and search tests on a few thousand generated articles (tests/e2e/large).
    { name: "large", testMatch: /large\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${largePort}` } },
    // Each of their tests spawns the ingest command two or three times: seconds each on a loaded machine.
    { name: "change", testMatch: /(urls|security|page-cache|multi-node|reader-text|editors)\.spec\.ts/, dependencies: ["read"], workers: 1, timeout: 90_000 },
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["change"] },
  ],
  webServer: [
    {
      command: `node_modules/.bin/tsx tests/e2e/reset-database.ts && node_modules/.bin/tsx scripts/start.ts`,
      env: { DATABASE_URL: e2eDatabaseUrl("e2e"), PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node_modules/.bin/tsx tests/e2e/large/serve-large-corpus.ts`,
      env: { DATABASE_URL: e2eDatabaseUrl("e2e-large"), PORT: String(largePort), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      url: `http://127.0.0.1:${largePort}/`,
      reuseExistingServer: false,
      timeout: 420_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
