import { defineConfig } from "prisma/config";
import { databaseUrl, engineName } from "./lib/db/url.mjs";

// One schema folder per engine (prisma/sqlite, prisma/postgres: Prisma fixes the provider per schema),
// sharing prisma/models.prisma; the CLI works on the one DATABASE_URL selects.
const engine = engineName(databaseUrl());

// Full-text search tables are created by hand-written migrations (FTS5 virtual tables on SQLite,
// tsvector tables on PostgreSQL); Prisma has no model for them, so they are declared external: its
// diff neither drops nor creates them.
export const externalTables: Record<typeof engine, string[]> = {
  sqlite: ["statement_fts", "article_fts"].flatMap((table) =>
    ["", "_data", "_idx", "_docsize", "_config"].map((suffix) => `${table}${suffix}`),
  ),
  postgres: ["public.statement_fts", "public.article_fts"],
};

export default defineConfig({
  schema: `prisma/${engine}`,
  migrations: { path: `prisma/${engine}/migrations` },
  datasource: { url: databaseUrl() },
  experimental: { externalTables: true },
  tables: { external: externalTables[engine] },
});
