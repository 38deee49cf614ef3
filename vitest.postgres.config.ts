import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The database suites again, on PostgreSQL (`npm run test:postgres`: scripts/with-postgres.sh starts a
// throw-away server and sets VERBATIM_TEST_ENGINE=postgres; tests/helpers/db.ts makes each test's
// database there), plus PostgreSQL's own tests (tests/db/postgres/) and the benchmark's answer check. Left out: what only SQLite has —
// its migrations folder and runner (migrations, statement-seq-migration), a full disk under its file,
// and the crash test, whose kills land in the ingest command on SQLite files of its own.
// Replaced, not merged: merging would keep the base's exclusion of tests/db/postgres/.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/db/**/*.test.ts", "tests/load/**/*.test.ts", "tests/web/**/*.test.ts", "tests/bench/answers.test.ts"],
    exclude: [
      "tests/e2e/**",
      "node_modules/**",
      "tests/db/migrations.test.ts",
      "tests/db/statement-seq-migration.test.ts",
      "tests/load/full-disk.test.ts",
      "tests/load/crash.test.ts",
    ],
  },
});
