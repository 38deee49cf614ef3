import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/db/postgres/ needs a PostgreSQL server: vitest.postgres.config.ts runs it.
    exclude: ["tests/e2e/**", "node_modules/**", "tests/db/postgres/**"],
    setupFiles: ["tests/setup.ts"],
    // DB tests each migrate their own temporary database; two workers match this 2-core machine.
    maxWorkers: 2,
    // Most tests migrate a real database or spawn a command: on a shared, loaded machine seconds are
    // normal, and vitest's 5 s / 10 s defaults turned that into failures that passed when rerun alone.
    // A limit still catches a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
