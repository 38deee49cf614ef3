import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/domain/filters";
import type * as FeedsModule from "@/lib/db/feeds";
import { createCorpusTestDatabase, type CorpusTestDatabase } from "@/tests/helpers/db";

// A feed holds the newest statements by when they entered the corpus; statements that entered together
// come as the lists show them: newest date first, undated last. PostgreSQL sorts NULLs first in a
// descending order, SQLite last; the feed must read the same on both.

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

type Row = { id: string; ingestedAt: Date; dateSort: number | null };

/** The order the feeds promise, computed here from the rows themselves. */
const newestFirst = (rows: Row[]) =>
  [...rows].sort(
    (a, b) =>
      b.ingestedAt.getTime() - a.ingestedAt.getTime() ||
      (a.dateSort === null ? 1 : 0) - (b.dateSort === null ? 1 : 0) ||
      (b.dateSort ?? 0) - (a.dateSort ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

beforeAll(async () => {
  database = await createCorpusTestDatabase("feeds");
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
  await database.writer.article.updateMany({ data: { ingestedAt: new Date("2026-01-02T03:04:05Z") } });
});

afterAll(() => database.dispose());

async function expected(): Promise<string[]> {
  const rows = await database.writer.statement.findMany({
    where: { speaker: { slug: "ivo-marsh" } },
    select: { id: true, dateSort: true, article: { select: { ingestedAt: true } } },
  });
  expect(rows.filter((r) => r.dateSort === null).length).toBeGreaterThan(1);
  expect(rows.filter((r) => r.dateSort !== null).length).toBeGreaterThan(1);
  return newestFirst(rows.map((r) => ({ id: r.id, dateSort: r.dateSort, ingestedAt: r.article.ingestedAt }))).map((r) => r.id);
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
