import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawConnection } from "@/lib/db/engine";
import { Prisma, type Sql } from "@/lib/db/sql";
import type * as ArticlesModule from "@/lib/db/articles";
import type * as SpeakersModule from "@/lib/db/speakers";
import type * as StatementsModule from "@/lib/db/statements";
import { seededRandom } from "@/bench/random";
import { createCorpusTestDatabase, type CorpusTestDatabase } from "@/tests/helpers/db";

// What the permalink, speaker and article pages show beside their subject: more from the speaker,
// similar statements, a speaker's topics and co-speakers, other reports of an article. Each is read
// off an index or a rollup; the expected answers come from counting over the statements directly.

let database: CorpusTestDatabase;
let raw: RawConnection;
let statements: typeof StatementsModule;
let speakers: typeof SpeakersModule;
let articles: typeof ArticlesModule;

const PEOPLE = ["Mary Quill", "Tomas Varga", "Nora Pike", "Aisha Bello", "Pavel Orlov"];
const SUBJECTS = ["missile defense", "NATO", "arms control", "the arms race", "European security"];
// Few dates, so that many statements share a day: the orders break those ties by article and position.
const DATES = ["March 3, 2016", "June 2017", "2015", "October 12, 2018"];

function article(rng: () => number, i: number): string {
  const pick = <T,>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  const a = pick(PEOPLE);
  const b = pick(PEOPLE.filter((p) => p !== a));
  const subject = pick(SUBJECTS);
  return [
    `Talks on ${subject} resume, round ${i}`,
    "",
    `WASHINGTON, ${pick(DATES)} (Reuters) - ${a} said on Tuesday that ${subject} would top the agenda.`,
    "",
    `"We are ready to talk about ${subject} again," ${a.split(" ")[1]} told reporters.`,
    "",
    rng() < 0.5 ? `${b} warned that ${pick(SUBJECTS)} "could wait another year."` : `"This is not the deal we wanted on ${subject}," said ${b}.`,
  ].join("\n");
}

/** A dated one-statement article: Ivo Marsh on NATO. */
const marshOnNato = (title: string, date: string, quotes = 1) =>
  [
    title,
    "",
    `BRUSSELS, ${date} (AP) - Ivo Marsh said NATO would meet again.`,
    ...Array.from({ length: quotes - 1 }, (_, i) => `\n"NATO must stay ready, part ${i + 2}," Marsh said.`),
  ].join("\n");

const DAY_MS = 86_400_000;
const longDate = (d: Date) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

beforeAll(async () => {
  database = await createCorpusTestDatabase("related");
  raw = database.raw;
  const { work } = database;
  statements = await import("@/lib/db/statements");
  speakers = await import("@/lib/db/speakers");
  articles = await import("@/lib/db/articles");
  const corpus = path.join(work, "corpus");
  mkdirSync(corpus, { recursive: true });
  const rng = seededRandom(11);
  const files = Array.from({ length: 40 }, (_, i) => {
    const file = path.join(corpus, `a-${String(i).padStart(2, "0")}.txt`);
    writeFileSync(file, `${article(rng, i)}\n`);
    return file;
  });
  // Ivo Marsh on NATO: one article on June 15, 2018, thirty on the thirty days before it, and one
  // from 2012 that quotes him three times.
  const marsh = path.join(work, "marsh");
  mkdirSync(marsh, { recursive: true });
  const target = Date.UTC(2018, 5, 15);
  writeFileSync(path.join(marsh, "target.txt"), `${marshOnNato("Marsh: NATO meets", longDate(new Date(target)))}\n`);
  for (let d = 1; d <= 30; d++) {
    writeFileSync(path.join(marsh, `near-${d}.txt`), `${marshOnNato(`Marsh on NATO, day ${d}`, longDate(new Date(target - d * DAY_MS)))}\n`);
  }
  writeFileSync(path.join(marsh, "old.txt"), `${marshOnNato("Marsh on NATO in 2012", "May 2, 2012", 3)}\n`);
  await database.ingest([...files, marsh]);
});

afterAll(() => database.dispose());

type Detail = NonNullable<Awaited<ReturnType<typeof StatementsModule.getStatement>>>;

/** A count as a number (PostgreSQL's count(*) is a bigint, which pg hands over as a string). */
const counted = <R extends object, K extends keyof R>(rows: R[], key: K) => rows.map((r) => ({ ...r, [key]: Number(r[key]) }));

/** The one row of a query. */
const one = async <T,>(sql: Sql) => (await raw.all<T>(sql))[0]!;

async function details(): Promise<Detail[]> {
  const ids = (await raw.all<{ id: string }>(Prisma.sql`SELECT "id" FROM "Statement" ORDER BY "seq"`)).map((r) => r.id);
  return Promise.all(ids.map(async (id) => (await statements.getStatement(id))!));
}

describe("moreFromSpeaker", () => {
  it("gives the speaker's newest other statements sharing a topic, ties broken by article and position", async () => {
    const expected = (detail: Detail, limit: number) =>
      raw.all<{ id: string }>(
        Prisma.sql`SELECT s."id" FROM "Statement" s JOIN "Speaker" sp ON sp."id" = s."speakerId"
         WHERE sp."slug" = ${detail.speaker!.slug} AND s."id" <> ${detail.id}
           AND EXISTS (SELECT 1 FROM "StatementTopic" st JOIN "Topic" t ON t."id" = st."topicId"
                       WHERE st."statementId" = s."id" AND t."slug" IN (${Prisma.join(detail.topics)}))
         ORDER BY s."dateSort" IS NULL, s."dateSort" DESC, s."articleId", s."position" LIMIT ${limit}`,
      );
    let compared = 0;
    for (const detail of await details()) {
      if (!detail.speaker || detail.topics.length === 0) {
        expect(await statements.moreFromSpeaker(detail)).toEqual([]);
        continue;
      }
      for (const limit of [1, 2, 5]) {
        const want = (await expected(detail, limit)).map((r) => r.id);
        const got = await statements.moreFromSpeaker(detail, limit);
        expect(got.map((s) => s.id)).toEqual(want);
        compared += want.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 30_000); // every statement of the corpus, three times
});

describe("similarityQuery", () => {
  it.each([
    ["ranks the rare words, rarest first", ["alpha", "beta", "gamma"], [300, 20, 5], { words: ["gamma", "beta", "alpha"], ranked: true }],
    ["stops before the candidates outgrow the limit", ["alpha", "beta", "gamma"], [900, 700, 5], { words: ["gamma", "beta"], ranked: true }],
    ["leaves out words as common as the limit", ["alpha", "beta"], [1000, 40], { words: ["beta"], ranked: true }],
    ["wants all three least common when no word is rare", ["alpha", "beta", "gamma", "delta"], [1000, 1000, 1000, 1000], { words: ["alpha", "beta", "gamma"], ranked: false }],
    ["wants all when the rarest alone matches too many", ["alpha", "beta"], [1000, 1000], { words: ["alpha", "beta"], ranked: false }],
    ["skips words no statement holds", ["alpha", "beta"], [0, 3], { words: ["beta"], ranked: true }],
    ["gives nothing when no statement holds any", ["alpha"], [0], null],
  ])("%s", (_, words, counts, expected) => {
    expect(statements.similarityQuery(words, counts)).toEqual(expected);
  });
});

describe("similarStatements", () => {
  it("puts a statement sharing the rarest words first, and never one of the same article", async () => {
    const all = await details();
    const marsh = all.filter((d) => d.speaker?.name === "Ivo Marsh");
    const target = marsh.find((d) => d.article.title === "Marsh: NATO meets")!;
    const similar = await statements.similarStatements(target);
    expect(similar.length).toBe(5);
    // Only the Marsh articles say "meet": they come first.
    for (const s of similar) {
      expect(s.article.slug).not.toBe(target.article.slug);
      expect(s.text).toMatch(/meet/);
    }
    for (const d of all.filter((x) => statements.keywords(x.text).length > 0).slice(0, 40)) {
      for (const s of await statements.similarStatements(d)) expect(s.article.slug).not.toBe(d.article.slug);
    }
  });
});

describe("getSpeaker", () => {
  it("gives the topics, co-speakers and article count that counting the statements gives", async () => {
    const topics = async (id: number) =>
      counted(
        await raw.all<{ slug: string; label: string; count: number | string }>(
          Prisma.sql`SELECT t."slug", t."label", count(*) AS "count" FROM "Statement" s JOIN "StatementTopic" st ON st."statementId" = s."id"
           JOIN "Topic" t ON t."id" = st."topicId" WHERE s."speakerId" = ${id} GROUP BY t."id" ORDER BY "count" DESC, t."label" LIMIT 20`,
        ),
        "count",
      );
    const coSpeakers = async (id: number) =>
      counted(
        await raw.all<{ slug: string; name: string; articles: number | string }>(
          Prisma.sql`SELECT sp."slug", sp."name", count(DISTINCT s2."articleId") AS "articles"
           FROM (SELECT DISTINCT "articleId" FROM "Statement" WHERE "speakerId" = ${id}) mine
           JOIN "Statement" s2 ON s2."articleId" = mine."articleId" JOIN "Speaker" sp ON sp."id" = s2."speakerId"
           WHERE s2."speakerId" <> ${id} GROUP BY sp."id" ORDER BY "articles" DESC, sp."name" LIMIT 20`,
        ),
        "articles",
      );
    const articleCount = async (id: number) =>
      Number((await one<{ n: number | string }>(Prisma.sql`SELECT count(DISTINCT "articleId") AS n FROM "Statement" WHERE "speakerId" = ${id}`)).n);
    const all = await raw.all<{ id: number; slug: string }>(Prisma.sql`SELECT "id", "slug" FROM "Speaker"`);
    expect(all.length).toBeGreaterThan(4);
    for (const { id, slug } of all) {
      const view = (await speakers.getSpeaker(slug))!;
      expect(view.topics).toEqual(await topics(id));
      expect(view.coSpeakers).toEqual(await coSpeakers(id));
      expect(view.articleCount).toBe(await articleCount(id));
    }
    expect(await speakers.getSpeaker("no-such-speaker")).toBeNull();
  });
});

describe("alsoReportedBy", () => {
  const byTitle = async (title: string) => one<{ id: number; slug: string }>(Prisma.sql`SELECT "id", "slug" FROM "Article" WHERE "title" = ${title}`);
  const days = async (from: number, to: number) => {
    const titles = Array.from({ length: to - from + 1 }, (_, i) => `Marsh on NATO, day ${from + i}`);
    const ids = new Map(await Promise.all(titles.map(async (t) => [t, (await byTitle(t)).id] as const)));
    return titles.sort((x, y) => ids.get(x)! - ids.get(y)!);
  };

  it("compares with the reports of the nearest days, not with the one that quoted the pair most over the years", async () => {
    // 25 statements at or before the article's day are compared: its own and those of the 24 days before.
    const found = await articles.alsoReportedBy((await byTitle("Marsh: NATO meets")).slug, 40);
    expect(found.map((a) => a.title)).toEqual(await days(1, 24));
    expect(found.every((a) => a.shared === 1)).toBe(true);
    // Seen from 2012, the 25 statements after it are the nearest: days 30 back to 6.
    const fromOld = await articles.alsoReportedBy((await byTitle("Marsh on NATO in 2012")).slug, 40);
    expect(fromOld.map((a) => a.title)).toEqual(await days(6, 30));
  });

  it("counts every shared (speaker, topic) statement when each pair has few statements", async () => {
    // Below NEAREST_PER_PAIR statements a pair on each side, the window holds all of them: the answer
    // is the overlap counted over every statement.
    const overlap = (id: number) =>
      raw.all<{ id: number; shared: number | string }>(
        Prisma.sql`WITH mine AS (SELECT DISTINCT s."speakerId", st."topicId" FROM "Statement" s JOIN "StatementTopic" st ON st."statementId" = s."id"
                       WHERE s."articleId" = ${id} AND s."speakerId" IS NOT NULL)
         SELECT s."articleId" AS id, count(DISTINCT s."id") AS shared FROM "Statement" s
         JOIN "StatementTopic" st ON st."statementId" = s."id" JOIN mine ON mine."speakerId" = s."speakerId" AND mine."topicId" = st."topicId"
         WHERE s."articleId" <> ${id} AND s."dateSort" IS NOT NULL GROUP BY s."articleId" ORDER BY shared DESC, s."articleId" LIMIT 6`,
      );
    const busiest = await one<{ n: number | string }>(
      Prisma.sql`SELECT max(n) AS n FROM (SELECT count(*) AS n FROM "StatementTopic" st JOIN "Statement" s ON s."id" = st."statementId"
       JOIN "Speaker" sp ON sp."id" = s."speakerId" WHERE sp."name" <> 'Ivo Marsh' GROUP BY st."topicId", st."speakerId") pairs`,
    );
    expect(Number(busiest.n)).toBeLessThan(25);
    let compared = 0;
    for (const { id, slug } of await raw.all<{ id: number; slug: string }>(Prisma.sql`SELECT "id", "slug" FROM "Article" WHERE "title" LIKE 'Talks on %'`)) {
      const want = await overlap(id);
      const got = await articles.alsoReportedBy(slug);
      const slugs = await Promise.all(want.map(async (w) => (await one<{ slug: string }>(Prisma.sql`SELECT "slug" FROM "Article" WHERE "id" = ${w.id}`)).slug));
      expect(got.map((a) => [a.slug, a.shared])).toEqual(want.map((w, i) => [slugs[i], Number(w.shared)]));
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
