import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/domain/filters";
import type * as FeedsModule from "@/lib/db/feeds";
import { createCorpusTestDatabase, type CorpusTestDatabase } from "@/tests/helpers/db";

// Statements that entered the corpus together come in a feed as the lists show them: newest date first,
// undated last, then by article and position. PostgreSQL sorts NULLs first in a descending order,
// SQLite last; the feed must read the same on both. (tests/db/feeds.test.ts: when they entered.)

let database: CorpusTestDatabase;
let feeds: typeof FeedsModule;

// Ivo Marsh on NATO, in articles with a full date, a year only, and no date at all.
const DATES = ["June 15, 2018", "", "2015", "", "March 3, 2016", ""];
const article = (i: number, date: string) =>
  [
    `Marsh on NATO, part ${i}`,
    "",
    `${date ? `BRUSSELS, ${date} (AP) - ` : ""}Ivo Marsh said NATO would meet again in round ${i}.`,
    "",
    `"NATO must stay ready for round ${i}," Marsh said.`,
  ].join("\n");

type Row = { id: string; addedAt: Date; dateSort: number | null; articleId: number; position: number };

/** The order the feeds promise, computed here from the rows themselves. */
const newestFirst = (rows: Row[]) =>
  [...rows].sort(
    (a, b) =>
      b.addedAt.getTime() - a.addedAt.getTime() ||
      (a.dateSort === null ? 1 : 0) - (b.dateSort === null ? 1 : 0) ||
      (b.dateSort ?? 0) - (a.dateSort ?? 0) ||
      a.articleId - b.articleId ||
      a.position - b.position,
  );

beforeAll(async () => {
  database = await createCorpusTestDatabase("feed-order");
  feeds = await import("@/lib/db/feeds");
  const corpus = path.join(database.work, "corpus");
  mkdirSync(corpus, { recursive: true });
  const files = DATES.map((date, i) => {
    const file = path.join(corpus, `marsh-${i}.txt`);
    writeFileSync(file, `${article(i, date)}\n`);
    return file;
  });
  await database.ingest(files);
  // One instant for the whole ingest, so that the order within it decides.
  await database.writer.statement.updateMany({ data: { addedAt: new Date("2026-01-02T03:04:05Z") } });
});

afterAll(() => database.dispose());

async function expected(): Promise<string[]> {
  const rows = await database.writer.statement.findMany({
    where: { speaker: { slug: "ivo-marsh" } },
    select: { id: true, dateSort: true, addedAt: true, articleId: true, position: true },
  });
  expect(rows.filter((r) => r.dateSort === null).length).toBeGreaterThan(1);
  expect(rows.filter((r) => r.dateSort !== null).length).toBeGreaterThan(1);
  return newestFirst(rows).map((r) => r.id);
}

describe("feeds", () => {
  it("give a speaker's statements of one ingest with dated ones first, newest date first", async () => {
    const feed = await feeds.feedFor({ speaker: "ivo-marsh" });
    expect(feed!.entries.map((e) => e.id)).toEqual(await expected());
  });

  it("give a filtered list's statements in the same order", async () => {
    const feed = await feeds.filteredFeed({ ...NO_FILTERS, speaker: ["ivo-marsh"] });
    expect(feed!.entries.map((e) => e.id)).toEqual(await expected());
  });
});
