import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { exportCorpus } from "@/lib/db/export";
import { inBatches, ingestPaths, type IngestOptions } from "@/lib/load/ingest";
import { seededRandom } from "@/bench/random";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// Ingest writes articles in batches, one transaction each, with extraction in a worker thread for
// large runs. Neither may change the result: the corpus must be the one writing the files one by one
// in-process makes, whatever the batch size.

const work = mkdtempSync(path.join(tmpdir(), "verbatim-batches-"));
const corpus = path.join(work, "corpus");
const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
  rmSync(work, { recursive: true, force: true });
});

const PEOPLE = ["Mary Quillan", "Ilse Brandt", "Tomas Varga", "Nora Pike", "Aisha Bello", "Pavel Orlov", "Ravi Quillan"];
const TITLES = ["Budget talks resume", "Harbour plan approved", "Talks resume", "Budget talks resume"];

/**
 * Short articles in which people speak by full name and by surname alone (two Quillans make "Quillan"
 * ambiguous once both have appeared), titles repeat (slug choices) and a few people gain a role.
 */
function writeCorpus(count: number): void {
  mkdirSync(corpus, { recursive: true });
  const rng = seededRandom(7);
  const pick = <T>(items: T[]): T => items[Math.floor(rng() * items.length)]!;
  for (let i = 0; i < count; i++) {
    const a = pick(PEOPLE.slice(0, i < count / 2 ? 6 : 7));
    const b = pick(PEOPLE.filter((p) => p !== a));
    const lines = [
      `${pick(TITLES)}${i % 3 === 0 ? "" : ` ${i}`}`,
      "",
      `BERLIN, March ${1 + (i % 28)}, 2017 (Reuters) - ${i % 4 === 0 ? "Senator " : ""}${a} said on Monday that the talks would go on.`,
      "",
      `"We will not give up on article ${i}," ${a.split(" ")[1]} told reporters.`,
      "",
      i % 5 === 0 ? `${b.split(" ")[1]} said the plan was "late and costly."` : `"It is a good day," said ${b}.`,
    ];
    writeFileSync(path.join(corpus, `a-${String(i).padStart(3, "0")}.txt`), `${lines.join("\n")}\n`);
  }
}

async function ingestInto(runs: (db: ReturnType<typeof createDb>) => Promise<void>): Promise<string> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = createDb({ readonly: false, url: database.url });
  try {
    await runs(db);
    return await exportCorpus(db);
  } finally {
    await db.$disconnect();
  }
}

const all = (options: IngestOptions) => (db: ReturnType<typeof createDb>) => ingestPaths(db, [corpus], options).then(() => {});

describe("batched ingest", () => {
  let oneByOne: string;

  beforeAll(async () => {
    writeCorpus(60);
    const files = readdirSync(corpus).sort();
    oneByOne = await ingestInto(async (db) => {
      for (const file of files) await ingestPaths(db, [path.join(corpus, file)], { extraction: "in-process" });
    });
  }, 120_000);

  it("the test corpus has statements, a surname-only speaker and repeated titles", () => {
    const document = JSON.parse(oneByOne) as { statements: unknown[]; speakers: { key: string }[]; redirects: unknown[] };
    expect(document.statements.length).toBeGreaterThan(100);
    // Keys fold spelling ("Quillan" → "quilan"): one surname-only Quillan, two fully named ones.
    expect(document.speakers.map((s) => s.key)).toEqual(expect.arrayContaining(["p:quilan", "p:quilan:mari", "p:quilan:ravi"]));
    expect(document.redirects.length).toBeGreaterThan(0);
  });

  it.each([
    ["one batch, extraction in a worker thread", { extraction: "worker" }],
    ["batches of 7, in-process", { extraction: "in-process", batchSize: 7 }],
    ["batches of 1, in a worker thread", { extraction: "worker", batchSize: 1 }],
  ] as const)("%s gives the corpus of one file at a time", async (_, options) => {
    expect(await ingestInto(all(options))).toBe(oneByOne);
  }, 120_000);
});

describe("inBatches", () => {
  const items = Array.from({ length: 10_000 }, (_, i) => i);

  it("ramps up from 250 by doubling to the batch size, keeping every item once and in order", () => {
    const batches = inBatches(items, 2_000);
    expect(batches.map((b) => b.length)).toEqual([250, 500, 1_000, 2_000, 2_000, 2_000, 2_000, 250]);
    expect(batches.flat()).toEqual(items);
  });

  it("takes batches smaller than the ramp's start as they are", () => {
    expect(inBatches(items.slice(0, 20), 7).map((b) => b.length)).toEqual([7, 7, 6]);
    expect(inBatches([], 2_000)).toEqual([]);
  });
});

describe("a batch quoting over a thousand new people", () => {
  const SYLLABLES = ["bar", "kel", "mor", "tan", "vid", "lor", "pen", "sat", "rud", "fim"];
  const FIRST = ["Mary", "Ilse", "Tomas", "Nora", "Aisha", "Pavel", "Ravi", "Clara", "Omar", "Greta"];
  const surname = (n: number) => {
    const word = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10].map((d) => SYLLABLES[d]).join("");
    return word[0]!.toUpperCase() + word.slice(1);
  };
  // Batches of 250, 500 and 650 (inBatches' ramp to 1,000): the last links 650 surnames at once.
  const COUNT = 1_400;
  const folder = path.join(work, "many-people");

  beforeAll(() => {
    // Article i names one new person in full, and a second by surname alone: the person named in
    // full in article i + 1. So each batch creates as many full-named and surname-only speakers as
    // it has articles, and links each surname-only one to its full name.
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < COUNT; i++) {
      const lines = [
        `Harbour plan ${i}`,
        "",
        `BERLIN, March 3, 2017 (Reuters) - ${FIRST[i % 10]} ${surname(i)} said on Monday that the talks would go on.`,
        "",
        `"We will not give up on article ${i}," ${surname(i)} told reporters.`,
        "",
        `"It is a good day for the harbour," said ${surname((i + 1) % COUNT)}.`,
      ];
      writeFileSync(path.join(folder, `p-${String(i).padStart(4, "0")}.txt`), `${lines.join("\n")}\n`);
    }
  });

  it("writes it in one transaction a batch, linking every surname", async () => {
    // A query with more than 999 bound parameters fails in Prisma; the batch then fell back to one
    // transaction per article: the same corpus, but each article a commit of its own.
    const database = await createTestDatabase();
    databases.push(database);
    const db = createDb({ readonly: false, url: database.url });
    try {
      const report = await ingestPaths(db, [folder], { extraction: "in-process", batchSize: 1_000 });
      expect(report.created).toBe(COUNT);
      expect(report.batchFailures).toEqual([]);
      const [state] = await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "CorpusState"`;
      // One version bump per transaction.
      expect(Number(state!.version)).toBe(inBatches(Array.from({ length: COUNT }), 1_000).length);
      const linked = await db.speaker.count({ where: { mergedIntoId: { not: null } } });
      expect(linked).toBeGreaterThanOrEqual(COUNT - 1);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
