import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { auditSpeakers, type AuditClass } from "@/lib/db/speaker-audit";
import { writeArticle, writeArticles, type ArticleInput } from "@/lib/db/write";
import { extractArticle } from "@/lib/ingest/extract";
import type { ExtractedSpeaker, ExtractedStatement } from "@/lib/ingest/types";
import { createAppTestDatabase, createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// Speaker identity across the corpus (issue #11): what extraction hands over, with the problems seen
// on PolNeAR (a surname with "Mr." as its role, "Mrs. Clinton" given to Bill, debris aliases, roles
// that are fragments), and what the corpus makes of it. The articles' speakers are written by hand so
// the test says what the corpus does with them whatever extraction finds in the text. Each test writes
// a few databases: on a busy machine that takes longer than the default timeout.

const databases: TestDatabase[] = [];
const clients: Db[] = [];
afterAll(async () => {
  for (const c of clients) await c.$disconnect();
  await Promise.all(databases.map((d) => d.cleanup()));
});

async function freshDb(): Promise<Db> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = createDb({ readonly: false, url: database.url });
  clients.push(db);
  return db;
}

type Said = [speakerIndex: number | null, asWritten: string];
let stories = 0;

/** An article whose extraction found `speakers`, each statement said by the speaker at its index. */
function article(key: string, speakers: ExtractedSpeaker[], said: Said[], extraText = ""): ArticleInput {
  // The key stays out of the text: the audit reads the words of the articles.
  const paragraphs = said.map(([, asWritten], i) => `"Statement ${i} is on the record," ${asWritten} said.`);
  const text = [`Story ${++stories}`, "", `WASHINGTON, June 3, 2016 (AP) - ${extraText}`, "", ...paragraphs].join("\n");
  const parsed = extractArticle(text, { key });
  const statements: ExtractedStatement[] = said.map(([speakerIndex, asWritten], i) => {
    const start = text.indexOf(paragraphs[i]!);
    return {
      id: `${key}-${i}`,
      start,
      end: start + paragraphs[i]!.length,
      text: paragraphs[i]!,
      kind: "direct",
      cue: "said",
      speakerIndex,
      speakerAsWritten: asWritten,
      speakerSpan: null,
      confidence: 0.9,
      rule: "test",
      topics: [],
    };
  });
  return { key, sourceFile: `${key}.txt`, text, contentHash: key, inputHash: key, extracted: { ...parsed, speakers, statements } };
}

const person = (name: string, role: string | null = null, aliases: string[] = []): ExtractedSpeaker => ({ name, role, aliases, kind: "person" });

const CORPUS: ArticleInput[] = [
  article("donald", [person("Donald J. Trump", "GOP frontrunner", ["Trump'", "Trump"]), { name: "The Washington Post", role: null, aliases: [], kind: "organization" }], [
    [0, "Trump"],
    [1, "The Washington Post"],
  ]),
  // NYT style: "Mr. Trump" throughout, the full name never in a speaker's place.
  article("mr-trump", [person("Trump", "Mr.")], [[0, "Mr. Trump"]]),
  article("melania", [person("Melania Trump")], [[0, "Melania Trump"]]),
  // A bare "Trump" says nothing of gender: with Donald and Melania in the corpus, it is no one's.
  article("bare-trump", [person("Trump")], [[0, "Trump"]]),
  // Extraction gave "Mrs. Clinton" to the Clinton named first.
  article("bill", [person("Bill Clinton", "former president")], [
    [0, "Mr. Clinton"],
    [0, "Mrs. Clinton"],
  ]),
  article("hillary", [person("Hillary Clinton"), { name: "Washington Post, the", role: null, aliases: [], kind: "organization" }], [
    [0, "Hillary Clinton"],
    [1, "the Washington Post"],
  ]),
  article("mrs-makei", [person("Makei", "Mrs.")], [[0, "Mrs. Makei"]]),
  article("makei", [person("Vladimir Makei", "research director for", ["Makei-"])], [[0, "Vladimir Makei"]]),
  article("makei-role", [person("Vladimir Makei", "Foreign Minister")], [[0, "Vladimir Makei"]]),
  // One man by a short first name, in full, and by his surname alone; a short name two people may have.
  article("pete", [person("Pete Kingsley")], [[0, "Pete Kingsley"]]),
  article("peter", [person("Peter T. Kingsley", "congressman")], [[0, "Peter T. Kingsley"]]),
  article("kingsley", [person("Kingsley")], [[0, "Kingsley"]]),
  article("chris", [person("Chris Shelby"), person("Christopher Shelby"), person("Christine Shelby")], [
    [0, "Chris Shelby"],
    [1, "Christopher Shelby"],
    [2, "Christine Shelby"],
  ]),
  // A description taken into the name, and a word that names no one.
  article("anchor", [person("Co-anchor Norah O’Donnell", null, ["Co-anchor Norah O’Donnell", "O’Donnell"]), person("Trump-style")], [
    [0, "Co-anchor Norah O’Donnell"],
    [1, "Trump-style"],
  ]),
];

/** Each statement's id with the name of the speaker readers see it under. */
async function shownSpeakers(db: Db): Promise<Record<string, string | null>> {
  const rows = await db.statement.findMany({ select: { id: true, speaker: { select: { name: true } } }, orderBy: { id: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.id, r.speaker?.name ?? null]));
}

const counts = (classes: AuditClass[]) => Object.fromEntries(classes.map((c) => [c.id, c.count]));

describe("speaker identity at ingest", () => {
  it("merges what the evidence allows, refuses the rest, and keeps names, aliases and roles clean", { timeout: 60_000 }, async () => {
    const db = await freshDb();
    await writeArticles(db, CORPUS);
    const shown = await shownSpeakers(db);
    // "Mr. Trump" is the one man named Trump (Melania is not a candidate); a bare "Trump" is no one's.
    expect(shown["mr-trump-0"]).toBe("Donald J. Trump");
    expect(shown["bare-trump-0"]).toBe("Trump");
    // "Mrs. Clinton" leaves Bill for a speaker of her own, shown under the one woman named Clinton.
    expect(shown["bill-0"]).toBe("Bill Clinton");
    expect(shown["bill-1"]).toBe("Hillary Clinton");
    // "Mrs. Makei" is not Vladimir Makei, the only Makei the corpus has.
    expect(shown["mrs-makei-0"]).toBe("Mrs. Makei");
    expect(shown["hillary-1"]).toBe(shown["donald-1"]);
    // "Pete" is short for Peter, and Peter T. Kingsley is the one such Kingsley; Chris may be Christopher or Christine.
    expect([shown["pete-0"], shown["kingsley-0"]]).toEqual(["Peter T. Kingsley", "Peter T. Kingsley"]);
    expect(shown["chris-0"]).toBe("Chris Shelby");
    expect(shown["anchor-0"]).toBe("Norah O’Donnell");
    expect(shown["anchor-1"]).toBeNull();

    const speakers = await db.speaker.findMany({ select: { name: true, role: true, slug: true, aliases: { select: { alias: true } } } });
    const byName = new Map(speakers.map((s) => [s.name, s]));
    expect(byName.get("Vladimir Makei")!.role).toBe("Foreign Minister");
    expect(byName.get("Norah O’Donnell")!.role).toBe("Co-anchor");
    expect(byName.get("Norah O’Donnell")!.aliases.map((a) => a.alias).sort()).toEqual(["Norah O’Donnell", "O’Donnell"]);
    expect(byName.has("Trump-style")).toBe(false);
    expect(byName.get("Donald J. Trump")!.aliases.map((a) => a.alias).sort()).toEqual(["Donald J. Trump", "Mr. Trump", "Trump"]);
    expect(byName.get("Vladimir Makei")!.aliases.map((a) => a.alias).sort()).toEqual(["Makei", "Vladimir Makei"]);
    expect(speakers.filter((s) => s.name.includes("Post")).map((s) => s.name)).toEqual(["The Washington Post"]);
    // The merged speaker's address leads to the one it is shown under.
    const mrTrump = await db.speaker.findFirstOrThrow({ where: { name: "Mr. Trump" }, select: { slug: true } });
    expect(await db.redirect.findUnique({ where: { kind_fromId: { kind: "speaker", fromId: mrTrump.slug } }, select: { toId: true } })).toEqual({
      toId: byName.get("Donald J. Trump")!.slug,
    });

    // Counts follow the statements readers see under each speaker.
    for (const s of await db.speaker.findMany({ select: { id: true, statementCount: true } })) {
      expect(s.statementCount).toBe(await db.statement.count({ where: { speakerId: s.id } }));
    }
    const audit = counts(await auditSpeakers(db));
    expect(audit).toMatchObject({ "debris-aliases": 0, "honorific-roles": 0, "fragment-roles": 0, "fragment-names": 0, "cross-gender": 0 });
  });

  it("decides the same whatever the order and the batches, and again on re-ingest", { timeout: 60_000 }, async () => {
    const together = await freshDb();
    await writeArticles(together, CORPUS);
    const oneByOne = await freshDb();
    for (const input of [...CORPUS].reverse()) await writeArticle(oneByOne, input);
    expect(await shownSpeakers(oneByOne)).toEqual(await shownSpeakers(together));
    expect(await writeArticles(together, CORPUS)).toEqual(CORPUS.map(() => "unchanged"));
  });

  it("drops the debris an earlier ingest left in a speaker's aliases when an article of theirs is extracted again", { timeout: 60_000 }, async () => {
    const db = await freshDb();
    await writeArticles(db, CORPUS);
    const donald = await db.speaker.findFirstOrThrow({ where: { name: "Donald J. Trump" }, select: { id: true } });
    await db.speakerAlias.create({ data: { speakerId: donald.id, alias: "Trump'" } });
    const again = { ...CORPUS[0]!, inputHash: "extracted again" };
    expect(await writeArticles(db, [again])).toEqual(["updated"]);
    expect((await db.speakerAlias.findMany({ where: { speakerId: donald.id }, select: { alias: true } })).map((a) => a.alias).sort()).toEqual([
      "Donald J. Trump",
      "Mr. Trump",
      "Trump",
    ]);
  });

  it("lets a second woman named Clinton undo the link: two candidates, no guess", { timeout: 60_000 }, async () => {
    const db = await freshDb();
    await writeArticles(db, CORPUS);
    await writeArticles(db, [article("chelsea", [person("Chelsea Clinton")], [[0, "Chelsea Clinton"]])]);
    const shown = await shownSpeakers(db);
    expect(shown["bill-1"]).toBe("Mrs. Clinton");
    expect(shown["bill-0"]).toBe("Bill Clinton");
    const mrsClinton = await db.speaker.findFirstOrThrow({ where: { name: "Mrs. Clinton" }, select: { slug: true, statementCount: true } });
    expect(mrsClinton.statementCount).toBe(1);
    expect(await db.redirect.count({ where: { kind: "speaker", fromId: mrsClinton.slug } })).toBe(0);
  });
});

describe("a speaker page's disambiguation", () => {
  it("names the people a surname-only speaker left apart may be, of a compatible gender", { timeout: 60_000 }, async () => {
    const app = await createAppTestDatabase();
    databases.push(app);
    clients.push(app.writer);
    await writeArticles(app.writer, [...CORPUS, article("chelsea", [person("Chelsea Clinton")], [[0, "Chelsea Clinton"]])]);
    const { getSpeaker } = await import("@/lib/db/speakers");
    const mayBe = async (name: string) => {
      const { slug } = await app.writer.speaker.findFirstOrThrow({ where: { name }, select: { slug: true } });
      return (await getSpeaker(slug))!.mayBe.map((p) => p.name);
    };
    expect(await mayBe("Trump")).toEqual(["Donald J. Trump", "Melania Trump"]);
    expect(await mayBe("Mrs. Clinton")).toEqual(["Chelsea Clinton", "Hillary Clinton"]);
    // One it can be is no question (and the page redirects there); none of her gender neither.
    expect(await mayBe("Mrs. Makei")).toEqual([]);
    expect(await mayBe("Donald J. Trump")).toEqual([]);
  });
});

describe("speaker audit", () => {
  it("finds each problem in a corpus an earlier ingest left", { timeout: 60_000 }, async () => {
    const db = await freshDb();
    await writeArticles(db, [
      ...CORPUS,
      // "house" in lower case three times: an ordinary word of this corpus, not a name.
      article(
        "house",
        [{ name: "House", role: null, aliases: [], kind: "organization" }, person("Jim Style"), person("Ben Rhodes"), person("Benjamin J. Rhodes")],
        [
          [0, "the House"],
          [1, "Jim Style"],
          [2, "Ben Rhodes"],
          [3, "Benjamin J. Rhodes"],
        ],
        "The house voted; a house divided; the house rules.",
      ),
    ]);
    // What ingest before the guard kept: a fragment for a name, the role "Mr.", a fragment role,
    // debris, "Mrs. Clinton" under Bill Clinton, and "Mrs. Makei" merged into Vladimir Makei.
    const id = async (name: string) => (await db.speaker.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
    await db.speaker.update({ where: { id: await id("Jim Style") }, data: { name: "Trump-style" } });
    await db.speaker.update({ where: { id: await id("Mr. Trump") }, data: { name: "Trump", role: "Mr." } });
    await db.speaker.update({ where: { id: await id("Melania Trump") }, data: { role: "research director for" } });
    await db.speakerAlias.create({ data: { speakerId: await id("Donald J. Trump"), alias: "Trump'" } });
    await db.statement.update({ where: { id: "bill-1" }, data: { speakerId: await id("Bill Clinton") } });
    await db.speaker.update({ where: { id: await id("Mrs. Makei") }, data: { mergedIntoId: await id("Vladimir Makei") } });
    await db.speaker.update({ where: { id: await id("Ben Rhodes") }, data: { mergedIntoId: null } });

    const audit = await auditSpeakers(db);
    const examples = Object.fromEntries(audit.map((c) => [c.id, c.examples]));
    expect(counts(audit)).toEqual({
      "common-word-names": 1,
      "fragment-names": 1,
      "debris-aliases": 1,
      "honorific-roles": 1,
      "fragment-roles": 1,
      "probable-duplicates": 3,
      "cross-gender": 2,
      "ambiguous-surnames": 1,
    });
    expect(examples["common-word-names"]).toEqual(["House"]);
    expect(examples["fragment-names"]).toEqual(["Trump-style"]);
    expect(examples["debris-aliases"]).toEqual(["Trump' (of Donald J. Trump)"]);
    expect(examples["honorific-roles"]).toEqual(["Trump (Mr.)"]);
    expect(examples["fragment-roles"]).toEqual(["Melania Trump (research director for)"]);
    expect(examples["probable-duplicates"]).toEqual(["Chris Shelby / Christopher Shelby", "Chris Shelby / Christine Shelby", "Ben Rhodes / Benjamin J. Rhodes"]);
    expect(examples["cross-gender"]).toEqual(["Mrs. Makei merged into Vladimir Makei", '"Mrs. Clinton" under Bill Clinton (statement bill-1)']);
    expect(examples["ambiguous-surnames"]).toEqual(["Trump (Donald J. Trump, Melania Trump)"]);
  });

  it("counts no body the text names by a word of English, no peer, no list of portfolios, no one's relative", { timeout: 60_000 }, async () => {
    const db = await freshDb();
    const body = (name: string, role: string | null = null): ExtractedSpeaker => ({ name, role, aliases: [], kind: "organization" });
    await writeArticles(db, [
      article(
        "bodies",
        [body("Orange", "phone giant"), body("Variety"), body("Party"), body("Department for Culture, Media and Sport"), person("Lord Nicholls of Birkenhead", "Lord"), person("Emily Eavis")],
        [
          [0, "phone giant Orange"],
          [1, "Variety"],
          [2, "Party strategists"],
          [3, "the Department for Culture, Media and Sport"],
          [4, "Lord Nicholls of Birkenhead"],
          [5, "Mr Eavis' daughter Emily"],
        ],
        // Ordinary words in lower case, "Variety" capitalised alone inside sentences as often.
        "An orange, an orange tree and orange juice. A variety of shows, a variety act, a wide variety. He told Variety, a critic in Variety, and an editor at Variety. The party ended, a party game, the party line.",
      ),
    ]);
    const audit = await auditSpeakers(db);
    const examples = Object.fromEntries(audit.map((c) => [c.id, c.examples]));
    expect(examples["common-word-names"]).toEqual(["Party"]);
    expect(examples["fragment-names"]).toEqual([]);
    expect(examples["cross-gender"]).toEqual([]);
  });
});
