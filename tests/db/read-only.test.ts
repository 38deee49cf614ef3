import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// Only `npm start`'s setup step and the ingest command write: the connection the pages and API
// routes read through is read-only in the database itself (SQLite opens the file read-only;
// PostgreSQL's sessions have default_transaction_read_only on), so no bug in a route can write.

let database: TestDatabase;
let readDb: () => Db;
let writer: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const client = await import("@/lib/db/client");
  readDb = client.readDb;
  writer = client.createDb({ readonly: false, url: database.url });
  await writer.outlet.create({ data: { name: "Cuba Si", slug: "cuba-si" } });
});
afterAll(async () => {
  await readDb().$disconnect();
  await writer.$disconnect();
  await database.cleanup();
});

describe("readDb", () => {
  it("reads", async () => {
    expect(await readDb().outlet.count()).toBe(1);
  });

  it.each([
    ["a Prisma write", (db: Db) => db.outlet.create({ data: { name: "TASS", slug: "tass" } })],
    ["a raw INSERT", (db: Db) => db.$executeRawUnsafe(`INSERT INTO "Outlet" ("name", "slug") VALUES ('TASS', 'tass')`)],
    ["a raw DELETE", (db: Db) => db.$executeRawUnsafe(`DELETE FROM "Outlet"`)],
    ["a schema change", (db: Db) => db.$executeRawUnsafe("CREATE TABLE intruder (x integer)")],
  ])("refuses %s: the database holds the connection read-only", async (_what, write) => {
    await expect(write(readDb())).rejects.toThrow(/readonly|read-only/i);
    expect(await readDb().outlet.count()).toBe(1);
  });
});
