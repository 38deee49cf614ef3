/** The database when DATABASE_URL is not set (a path relative to the repository root). */
export const DEFAULT_DATABASE_URL: string;
/** DATABASE_URL as the environment has it now, or the default (an empty variable counts as unset). */
export function databaseUrl(environment?: NodeJS.ProcessEnv): string;
/** The engine a database URL selects: `file:` is a SQLite file. */
export function engineName(url: string): "sqlite";
