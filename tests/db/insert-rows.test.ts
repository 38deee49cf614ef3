import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, engineOf, type Db, type Tx } from "@/lib/db/client";
import type { RowValue } from "@/lib/db/engine";
import { createTestDatabase, testEngine, type TestDatabase } from "@/tests/helpers/db";

// Engine.insertRows, the write path's bulk insert, on the engine the suite runs on. On SQLite it runs
// a prepared statement on the connection under the Prisma client rather than through Prisma, so what
// must hold is that it is still part of the Prisma transaction it is handed: rolled back with it, and
// refused outside one.

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb({ readonly: false, url: database.url });
});
afterAll(async () => {
  await db.$disconnect();
  await database.cleanup();
});
beforeEach(async () => {
  await db.topic.deleteMany();
});

const topics = (n: number, from = 0): Record<string, RowValue>[] =>
  Array.from({ length: n }, (_, i) => ({ slug: `topic-${from + i}`, label: `Topic ${from + i}`, kind: i % 2 ? "keyphrase" : "curated" }));

const insert = (tx: Tx, rows: Record<string, RowValue>[], options?: { returning?: string[]; skipDuplicates?: boolean }) =>
  engineOf(db).insertRows<{ id: number; slug: string }>({ db, tx }, "Topic", rows, options);

describe(`insertRows (${testEngine()})`, () => {
  it("inserts 5,000 rows in one call and answers every new row's id", async () => {
    const returned = await db.$transaction((tx) => insert(tx, topics(5_000), { returning: ["id", "slug"] }));
    const stored = await db.topic.findMany({ select: { id: true, slug: true, label: true, kind: true } });
    expect(stored).toHaveLength(5_000);
    expect(new Map(returned.map((r) => [r.slug, r.id]))).toEqual(new Map(stored.map((t) => [t.slug, t.id])));
    expect(returned.every((r) => typeof r.id === "number")).toBe(true);
    expect(stored.find((t) => t.slug === "topic-4999")).toMatchObject({ label: "Topic 4999", kind: "keyphrase" });
  });

  it("with skipDuplicates, skips rows already there and answers only the new ones", async () => {
    await db.$transaction((tx) => insert(tx, topics(10)));
    const returned = await db.$transaction((tx) => insert(tx, topics(10, 5), { returning: ["id", "slug"], skipDuplicates: true }));
    expect(returned.map((r) => r.slug).sort()).toEqual(["topic-10", "topic-11", "topic-12", "topic-13", "topic-14"]);
    expect(await db.topic.count()).toBe(15);
  });

  it("is rolled back with its transaction when the work after it fails", async () => {
    await db.$transaction((tx) => insert(tx, topics(3)));
    await expect(
      db.$transaction(async (tx) => {
        await insert(tx, topics(2_000, 100));
        await tx.topic.update({ where: { slug: "topic-0" }, data: { label: "changed" } });
        throw new Error("the rest of the batch failed");
      }),
    ).rejects.toThrow("the rest of the batch failed");
    const stored = await db.topic.findMany({ orderBy: { slug: "asc" } });
    expect(stored.map((t) => [t.slug, t.label])).toEqual([
      ["topic-0", "Topic 0"],
      ["topic-1", "Topic 1"],
      ["topic-2", "Topic 2"],
    ]);
  });

  it("a row that breaks a constraint fails the call and leaves the table as it was", async () => {
    await db.$transaction((tx) => insert(tx, topics(3)));
    const rows = [...topics(1_000, 3), { slug: "topic-1", label: "again", kind: "curated" }];
    await expect(db.$transaction((tx) => insert(tx, rows))).rejects.toThrow(/unique|duplicate/i);
    expect(await db.topic.count()).toBe(3);
  });

  it.skipIf(testEngine() !== "sqlite")("on SQLite, refuses to write outside a transaction", async () => {
    await db.topic.count(); // the client has connected
    await expect(insert(db as unknown as Tx, topics(2))).rejects.toThrow("insertRows into Topic: not inside a transaction of a writing client");
    expect(await db.topic.count()).toBe(0);
  });
});
