import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { redactUrl } from "@/lib/db/url.mjs";

// A postgresql:// URL as the pg driver's fields (host, port, user, password, database, ssl), never as a
// connectionString: node-postgres lets a connectionString override the `database` field, and Prisma's
// adapter derives its shadow database from that field (lib/db/postgres/schema-engine.ts says why that
// matters).

/** The pool's size when the URL does not say (`?connection_limit=N`, Prisma's own parameter). */
const DEFAULT_POOL_SIZE = 10;

/** The driver's connection fields for the database at `url`. */
export function connectionConfig(url: string, options: { readonly?: boolean } = {}): pg.PoolConfig {
  const { connectionString: _ignored, ...fields } = parseIntoClientConfig(url) as pg.ClientConfig & Record<string, unknown>;
  const params = new URL(url).searchParams;
  const limit = Number(params.get("connection_limit") ?? DEFAULT_POOL_SIZE);
  const config: pg.PoolConfig = {
    host: fields.host ?? "localhost",
    port: fields.port === undefined ? 5432 : Number(fields.port),
    user: fields.user,
    password: fields.password as string | undefined,
    database: fields.database,
    ssl: fields.ssl as pg.PoolConfig["ssl"],
    max: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_POOL_SIZE,
    // A server that does not answer is an error in seconds, not a hang.
    connectionTimeoutMillis: 10_000,
    application_name: "verbatim",
  };
  // The web server never writes: the database refuses it too, whatever a bug might try.
  if (options.readonly) config.options = "-c default_transaction_read_only=on";
  return config;
}

/** The database as a reader would name it in a message: host, port and database, no password. */
export function describePostgres(url: string): string {
  try {
    const config = connectionConfig(url);
    return `PostgreSQL database "${config.database}" on ${config.host}:${config.port}`;
  } catch {
    return redactUrl(url);
  }
}

/** A driver error as one line that names the server and the problem. */
export function connectionProblem(url: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const where = describePostgres(url);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EHOSTUNREACH")
    return `cannot reach ${where}: ${message}`;
  if (code === "28P01" || code === "28000") return `${where} refused the login: ${message}`;
  if (code === "3D000") return `${where} does not exist: ${message}`;
  return `${where}: ${message}`;
}
