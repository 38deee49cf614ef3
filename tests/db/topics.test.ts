import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as TopicsModule from "@/lib/db/topics";
import type * as ArticlesModule from "@/lib/db/articles";
import type { RawConnection } from "@/lib/db/engine";
import { Prisma, type Sql } from "@/lib/db/sql";
import { defaultTopics } from "@/lib/ingest/topics";
import { writeGeneratedCorpus } from "@/tests/helpers/corpus";
import { createCorpusTestDatabase, type CorpusTestDatabase } from "@/tests/helpers/db";

// /topics lists the topics statements are about, a page at a time and found by part of their label;
// a topic only an article's other sentences mention leads to no statement, so it is not listed or counted.

let database: CorpusTestDatabase;
let raw: RawConnection;
let topics: typeof TopicsModule;
let articles: typeof ArticlesModule;
let unmentioned = "";

beforeAll(async () => {
  database = await createCorpusTestDatabase("topics");
  raw = database.raw;
  const { work } = database;
  topics = await import("@/lib/db/topics");
  articles = await import("@/lib/db/articles");
  const folder = path.join(work, "corpus");
  writeGeneratedCorpus(folder, { articles: 60, seed: 5 });
  await database.ingest([folder]);
  // An invented article that names a curated topic the corpus has not met, in a sentence of its own:
  // the article is about it, none of its statements is.
  const present = new Set((await raw.all<{ slug: string }>(Prisma.sql`SELECT "slug" FROM "Topic"`)).map((r) => r.slug));
  const topic = defaultTopics().topics.find((t) => !present.has(t.slug))!;
  unmentioned = topic.slug;
  mkdirSync(path.join(work, "extra"), { recursive: true });
  writeFileSync(
    path.join(work, "extra", "harbor.txt"),
    `OSLO, May 4, 2017. The harbor board met on Tuesday. Its agenda: ${topic.synonyms[0]}, then ${topic.synonyms[0]} again.\n\n` +
      '"We will rebuild the north pier before winter," the harbor master, Ingrid Dahl, said.\n',
  );
  await database.ingest([path.join(work, "extra")]);
}, 60_000);

afterAll(() => database.dispose());

const truth = async (where: Sql = Prisma.empty) =>
  (
    await raw.all<{ slug: string }>(
      Prisma.sql`SELECT "slug" FROM "Topic" WHERE "statementCount" > 0 ${where} ORDER BY "statementCount" DESC, "label", "id"`,
    )
  ).map((r) => r.slug);

describe("listTopics", () => {
  it("leaves out topics no statement is about, in the list and in the corpus counts", async () => {
    const [counts] = await raw.all<{ s: number; a: number }>(
      Prisma.sql`SELECT "statementCount" AS s, "articleCount" AS a FROM "Topic" WHERE "slug" = ${unmentioned}`,
    );
    expect({ s: Number(counts!.s), a: Number(counts!.a) }).toEqual({ s: 0, a: 1 });
    const all = await topics.listTopics();
    const expected = await truth();
    expect(all.items.map((t) => t.slug)).toEqual(expected);
    expect(all.items.map((t) => t.slug)).not.toContain(unmentioned);
    expect(all.total).toBe(expected.length);
    expect((await articles.countCorpus()).topics).toBe(expected.length);
  });

  it("pages through every topic once, and back", async () => {
    const seen: string[] = [];
    const cursors: (string | null)[] = [null];
    for (;;) {
      const page = await topics.listTopics({ cursor: cursors.at(-1), limit: 7 });
      expect(page.previous).toEqual(cursors.length === 1 ? null : { cursor: cursors.at(-2) });
      seen.push(...page.items.map((t) => t.slug));
      if (!page.nextCursor) break;
      cursors.push(page.nextCursor);
    }
    expect(cursors.length).toBeGreaterThan(2);
    expect(seen).toEqual(await truth());
  });

  it("finds topics by part of their label, case aside", async () => {
    const [{ label }] = (await raw.all<{ label: string }>(
      Prisma.sql`SELECT "label" FROM "Topic" WHERE "statementCount" > 0 ORDER BY "statementCount" DESC, "label" LIMIT 1`,
    )) as [{ label: string }];
    const part = label.slice(1, 5).toUpperCase();
    const found = await topics.listTopics({ q: part });
    expect(found.items.map((t) => t.slug)).toEqual(await truth(Prisma.sql`AND lower("label") LIKE ${`%${part.toLowerCase()}%`}`));
    expect(found.items.length).toBeGreaterThan(0);
    expect((await topics.listTopics({ q: "100%_" })).items).toEqual([]);
  });
});
