import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/db/url.mjs";

// Full-text search tables (FTS5) are created by a hand-written migration; Prisma has no model for
// virtual tables, so they are declared external: Prisma's diff neither drops nor creates them.
const ftsTables = ["statement_fts", "article_fts"].flatMap((table) =>
  ["", "_data", "_idx", "_docsize", "_config"].map((suffix) => `${table}${suffix}`),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
  experimental: { externalTables: true },
  tables: { external: ftsTables },
});
