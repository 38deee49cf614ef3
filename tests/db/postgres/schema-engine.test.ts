// eslint-disable-next-line no-restricted-imports -- the test shows adapter-pg as shipped, without the workarounds
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseEngine } from "@/lib/db/client";
import {
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  migrationStatus,
  postgresAdapters,
  readSchema,
} from "@/lib/db/postgres/schema-engine";
import { Prisma } from "@/lib/db/sql";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { testPostgresUrl } from "@/tests/helpers/engine";

// Prisma's WebAssembly schema engine on PostgreSQL through adapter-pg 7.10.0, and the four workarounds
// lib/db/postgres/schema-engine.ts applies: each shown failing without it, then working with it.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const raw = databaseEngine(database.url).openRaw(database.url, { readonly: false });
  await raw.all(Prisma.sql`INSERT INTO "Outlet" ("slug", "name") VALUES ('kept', 'Kept') RETURNING "id"`);
  await raw.close();
});
afterAll(async () => {
  await database.cleanup();
});

const outlets = async () => {
  const raw = databaseEngine(database.url).openRaw(database.url, { readonly: true });
  try {
    return await raw.all<{ slug: string }>(Prisma.sql`SELECT "slug" FROM "Outlet"`);
  } finally {
    await raw.close();
  }
};
const shadowDatabases = async () => {
  const url = testPostgresUrl("postgres");
  const raw = databaseEngine(url).openRaw(url, { readonly: true });
  try {
    return await raw.all<{ datname: string }>(Prisma.sql`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`);
  } finally {
    await raw.close();
  }
};

describe("prisma/postgres/migrations", () => {
  it("build exactly the models: replayed in a shadow database, nothing is left to diff", async () => {
    expect(await diffMigrationsToSchema(database.url)).toBeNull();
  });

  it("leave a migrated database exactly the models (the engine's introspection of the catalog)", async () => {
    expect(await diffDatabaseToSchema(database.url)).toBeNull();
  });

  it("are caught disagreeing: one more field in the models is a diff that adds it", async () => {
    const schema = (await readSchema()).map((file) => ({
      ...file,
      content: file.content.replace(/model Outlet \{/, "model Outlet {\n  extraForTest String?"),
    }));
    expect(await diffMigrationsToSchema(database.url, { schema })).toContain('"extraForTest" TEXT');
  });

  it("are recorded as Prisma records them: the engine finds the history in sync", async () => {
    const status = await migrationStatus(database.url);
    expect(status.failedMigrationNames).toEqual([]);
    expect(status.editedMigrationNames).toEqual([]);
    expect(status.history).toBeNull();
  });

  it("diffing touches neither the main database's rows nor leaves a shadow database behind", async () => {
    expect(await outlets()).toEqual([{ slug: "kept" }]);
    expect(await shadowDatabases()).toEqual([]);
  });
});

describe("adapter-pg 7.10.0 and the workarounds", () => {
  it("1. a connectionString's shadow database is the main one; with fields it is a database of its own", async () => {
    const factory = new PrismaPg({ connectionString: database.url });
    const shadow = await factory.connectToShadowDb();
    const current = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
    // The bug: the "shadow" the engine would reset is the database holding the corpus.
    expect(current.rows[0]![0]).toBe(new URL(database.url).pathname.slice(1));
    await shadow.dispose();

    const fixed = postgresAdapters(database.url);
    const ours = await fixed.connectToShadowDb();
    const name = (await ours.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] })).rows[0]![0];
    expect(name).toMatch(/^prisma_migrate_shadow_db_/);
    await fixed.closeAll();
    // Closed in the right order (pool first, then DROP), the shadow database is gone.
    expect(await shadowDatabases()).toEqual([]);
  });

  it("2. the shadow database is dropped while a pool is still connected to it, and stays; closed pool first, it goes", async () => {
    const shadow = await new PrismaPg({ ...connectionFields(database.url) }).connectToShadowDb();
    await shadow.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    await expect(shadow.dispose()).rejects.toThrow(/being accessed by other users/);
    expect((await shadowDatabases()).length).toBe(1);
    // The pool it left open, closed by hand before the test drops the leftover database.
    await (shadow as unknown as { client: { end(): Promise<void> } }).client.end();
    await dropLeftovers();

    const fixed = postgresAdapters(database.url);
    await (await fixed.connectToShadowDb()).queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    await fixed.closeAll();
    expect(await shadowDatabases()).toEqual([]);
  });

  it("3. the catalog's one-byte \"char\" columns (OID 18) are refused, and read as text with the workaround", async () => {
    const query = { sql: "SELECT relkind FROM pg_class WHERE relname = 'Outlet'", args: [], argTypes: [] };
    const plain = await new PrismaPg({ ...connectionFields(database.url) }).connect();
    await expect(plain.queryRaw(query)).rejects.toThrow();
    await plain.dispose();
    const fixed = postgresAdapters(database.url);
    const adapter = await fixed.connect();
    expect((await adapter.queryRaw(query)).rows).toEqual([["r"]]);
    await fixed.closeAll();
  });

  it("4. a script with a function body ($$ … ; … $$) breaks when split on ';', and runs whole with the workaround", async () => {
    const script = `CREATE FUNCTION verbatim_test_fn() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;
      DROP FUNCTION verbatim_test_fn();`;
    const plain = await new PrismaPg({ ...connectionFields(database.url) }).connect();
    await expect(plain.executeScript(script)).rejects.toThrow();
    await plain.dispose();
    const fixed = postgresAdapters(database.url);
    const adapter = await fixed.connect();
    await expect(adapter.executeScript(script)).resolves.toBeUndefined();
    await fixed.closeAll();
  });
});

function connectionFields(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
  };
}

/** Shadow databases that adapter-pg's own cleanup failed to drop (workaround 2's bug). */
async function dropLeftovers() {
  const url = testPostgresUrl("postgres");
  const raw = databaseEngine(url).openRaw(url, { readonly: false });
  try {
    for (const { datname } of await shadowDatabases()) await raw.all(Prisma.raw(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`));
  } finally {
    await raw.close();
  }
}
