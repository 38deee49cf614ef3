// The environment, validated once: every command (start, ingest, export, tests) reads it from here.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/url.mjs";

// An empty variable (`DATABASE_URL= npm start`) means "not set", as it does for most tools.
const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(
        /^(file:[^?]+|postgres(ql)?:\/\/.+)/,
        'DATABASE_URL must be "file:PATH" (a SQLite file, PATH relative to the repository root) or "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"',
      )
      .default(DEFAULT_DATABASE_URL),
  ),
  PORT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(65535).default(3000)),
  // Like Datasette: only this machine by default; HOST=0.0.0.0 exposes the server.
  HOST: z.preprocess(unsetWhenEmpty, z.string().default("127.0.0.1")),
  // Worker threads a large ingest extracts in (lib/load/ingest.ts).
  VERBATIM_EXTRACTION_WORKERS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(8).default(1)),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** The environment as it is now (tests point DATABASE_URL at a temporary file after imports). */
export function currentEnv(): Env {
  return parseEnv(process.env);
}

/**
 * The repository root: the nearest folder, from the working directory up, that holds
 * prisma/models.prisma. npm runs every script there, but a `tsx scripts/…` started from a sub-folder
 * must still find the same database.
 */
export function repositoryRoot(start = process.cwd()): string {
  // turbopackIgnore: the walk looks for one file; it must not make the build trace the whole project.
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "prisma", "models.prisma"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(/*turbopackIgnore: true*/ start);
  }
}
