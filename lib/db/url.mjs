// Which database every command and the web server use: DATABASE_URL, its default, and the engine
// its scheme selects (the folder under lib/db that holds everything engine-specific). Plain JavaScript
// because scripts/serve.mjs and the page cache run uncompiled; lib/env.ts validates the same variable.

/** The database when DATABASE_URL is not set (a path relative to the repository root). */
export const DEFAULT_DATABASE_URL = "file:./data/verbatim.db";

/**
 * DATABASE_URL as the environment has it now, or the default: an empty variable
 * (`DATABASE_URL= npm start`) means "not set", as it does for most tools.
 * @param {NodeJS.ProcessEnv} [environment]
 * @returns {string}
 */
export function databaseUrl(environment = process.env) {
  return environment.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/**
 * The engine a database URL selects: `file:` is a SQLite file, `postgresql:` (or `postgres:`) a
 * PostgreSQL database.
 * @param {string} url
 * @returns {"sqlite" | "postgres"}
 */
export function engineName(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(
    `DATABASE_URL names no database engine Verbatim knows (file:PATH for SQLite, postgresql://… for PostgreSQL): ${redactUrl(url)}`,
  );
}

/**
 * The URL with its password hidden, for messages and logs.
 * @param {string} url
 * @returns {string}
 */
export function redactUrl(url) {
  return url.replace(/\/\/([^@/:]*):[^@/]*@/, "//$1:…@");
}
