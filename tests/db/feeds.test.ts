import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type * as FeedsModule from "@/lib/db/feeds";
import { NO_FILTERS } from "@/lib/domain/filters";
import type { ingestPaths as IngestPaths } from "@/lib/load/ingest";
import { createAppTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// A feed's entry is dated when its statement entered the corpus. A statement that a re-ingest adds to
// an article already in the corpus is new to a feed reader: it comes first, dated by that re-ingest,
// while the statements the article kept keep the dates they had. Invented articles; a real database.

let database: TestDatabase;
let db: Db;
let feeds: typeof FeedsModule;
let ingest: typeof IngestPaths;
const corpus = mkdtempSync(path.join(tmpdir(), "verbatim-feeds-"));

const HARBOUR = [
  "Harbour talks resume",
  "",
  "HAMBURG — Mayor Ilse Brandt said on Friday that the harbour talks would resume next week.",
  "",
  '"We are ready to sign," Brandt said.',
  "",
];
const ADDED = '"The dockers deserve a fair deal and they will get one," Brandt said.';

const write = (name: string, lines: string[]) => writeFileSync(path.join(corpus, name), `${lines.join("\n")}\n`);
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

/** Every statement's id → when it entered the corpus, read straight from the table. */
async function addedAtById(): Promise<Map<string, number>> {
  const rows = await db.statement.findMany({ select: { id: true, addedAt: true } });
  return new Map(rows.map((r) => [r.id, r.addedAt.getTime()]));
}

let before: Map<string, number>;
let after: Map<string, number>;
let addedId: string;

beforeAll(async () => {
  const app = await createAppTestDatabase();
  [database, db] = [app, app.writer];
  ({ ingestPaths: ingest } = await import("@/lib/load/ingest"));
  feeds = await import("@/lib/db/feeds");
  write("harbour.txt", HARBOUR);
  write("bridge.txt", [
    "Bridge opens",
    "",
    "Minister Anna Berg opened the new bridge on Monday, after four years of work.",
    "",
    '"It was worth every penny," Berg said.',
    "",
  ]);
  expect((await ingest(db, [corpus])).problems).toEqual([]);
  before = await addedAtById();
  await pause();
  write("harbour.txt", [...HARBOUR, ADDED, ""]);
  const report = await ingest(db, [corpus]);
  expect(report.problems).toEqual([]);
  after = await addedAtById();
  const added = [...after.keys()].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  addedId = added[0]!;
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await database.cleanup();
  rmSync(corpus, { recursive: true, force: true });
});

describe("Statement.addedAt", () => {
  it("is kept by a re-ingest for every statement it keeps, in the changed article and the others", () => {
    expect(before.size).toBeGreaterThanOrEqual(3);
    for (const [id, t] of before) expect(after.get(id), id).toBe(t);
  });

  it("is the re-ingest's for the statement it added, later than every other", () => {
    expect(Math.min(...after.values())).toBe(Math.max(...before.values()));
    expect(after.get(addedId)!).toBeGreaterThan(Math.max(...before.values()));
  });
});

describe("feeds after a re-ingest that adds a statement to an article", () => {
  const check = (feed: FeedsModule.Feed | null) => {
    expect(feed).not.toBeNull();
    const [first, ...rest] = feed!.entries;
    expect(first!.id).toBe(addedId);
    expect(first!.text).toContain("fair deal");
    expect(first!.addedAt.getTime()).toBe(after.get(addedId));
    expect(rest.length).toBeGreaterThan(0);
    for (const e of rest) {
      expect(e.addedAt.getTime(), e.id).toBe(before.get(e.id));
      expect(e.addedAt.getTime()).toBeLessThan(first!.addedAt.getTime());
    }
  };

  it("puts it first in the corpus-wide feed, the untouched statements with their own dates", async () => {
    const feed = await feeds.filteredFeed(NO_FILTERS);
    check(feed);
    expect(feed!.entries.map((e) => e.id).sort()).toEqual([...after.keys()].sort());
  });

  it("puts it first in its speaker's feed", async () => {
    const speaker = await db.statement.findUniqueOrThrow({ where: { id: addedId }, select: { speaker: { select: { slug: true } } } });
    expect(speaker.speaker).not.toBeNull();
    check(await feeds.feedFor({ speaker: speaker.speaker!.slug }));
    check(await feeds.filteredFeed({ ...NO_FILTERS, speaker: [speaker.speaker!.slug] }));
  });

  it("gives a statement whose words changed the date of the change: it is a new statement", async () => {
    await pause();
    write("harbour.txt", [...HARBOUR.slice(0, 4), '"We are ready to sign today," Brandt said.', "", ADDED, ""]);
    expect((await ingest(db, [corpus])).problems).toEqual([]);
    const now = await addedAtById();
    const changed = [...now.keys()].filter((id) => !after.has(id));
    expect(changed).toHaveLength(1);
    expect(now.get(changed[0]!)!).toBeGreaterThan(after.get(addedId)!);
    expect(now.get(addedId)).toBe(after.get(addedId));
    const feed = await feeds.filteredFeed(NO_FILTERS);
    expect(feed!.entries[0]!.id).toBe(changed[0]);
  });
});
