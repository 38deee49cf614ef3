import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/postgres/client";
import type { Db } from "@/lib/db/engine";
import { connectionConfig } from "@/lib/db/postgres/connection";

/**
 * A Prisma client on the PostgreSQL database at `url`, through a pool of `connection_limit`
 * connections (default 10). The web server's is read-only (the server refuses writes on it).
 * Both engines' clients are generated from the same models (prisma/models.prisma), so this one is
 * typed as lib/db's Db.
 */
export function createPostgresClient(url: string, options: { readonly: boolean }): Db {
  const adapter = new PrismaPg(connectionConfig(url, options));
  return new PrismaClient({ adapter }) as unknown as Db;
}
