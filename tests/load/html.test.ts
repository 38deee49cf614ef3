import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { readPage } from "@/lib/load/html";
import { runExtractJob } from "@/lib/load/extract-job";
import { ingestPaths } from "@/lib/load/ingest";
import { removePaths } from "@/lib/load/remove";
import { textFragmentUrl } from "@/lib/urls";
import { createWritableTestDatabase, type WritableTestDatabase } from "@/tests/helpers/db";

// Saved web pages in the shapes of common news sites (a newspaper with JSON-LD and Open Graph, a wire
// service with an @graph and inline related links, a cable-news page with meta tags and a glued
// credit): the readable text and the markup's metadata, and nothing of the navigation, ads, captions,
// related stories or footers.

const PAGES_DIR = path.join(__dirname, "fixtures", "pages");
const page = (name: string) => readFileSync(path.join(PAGES_DIR, name), "utf8");

const PAGES = [
  {
    file: "guardian-style.html",
    markup: { title: "Minister defends rail plan as costs rise", outlet: "The Daily Ledger", date: { year: 2020, month: 3, day: 3 }, byline: "Patricia Wren", url: "https://www.dailyledger.example/politics/2020/mar/03/minister-defends-rail-plan" },
    first: "The transport minister, Harriet Cole, has defended",
    last: "Cole said a review of the northern section would report in the summer.",
    never: ["Sport", "Support us", "Photograph", "More on this story", "Rail review delayed", "Privacy policy", "Advertisement"],
    speakers: ["Harriet Cole", "Daniel Osei"],
  },
  {
    file: "wire-story.html",
    markup: { title: "Senate passes stopgap bill hours before shutdown deadline", outlet: "Wire News", date: { year: 2019, month: 2, day: 15 }, byline: "Mark Ellison", url: "https://wirenews.example/article/senate-stopgap-bill-shutdown-0a1b2c3d" },
    first: "WASHINGTON (Wire) — The Senate passed",
    last: "Associated writers Ana Ruiz and Paul Grant contributed to this report.",
    never: ["Sign in", "cookies", "Related coverage", "What a government shutdown", "Most read", "Markets slide", "Terms of use"],
    speakers: ["Ruth Kaplan", "Tom Hardy"],
  },
  {
    file: "cable-news.html",
    markup: { title: "Blues legend B.B. Wells dies at 89", outlet: "CNN", date: { year: 2015, month: 5, day: 15 }, byline: "Jane Holloway", url: "https://edition.cable.example/2015/05/15/us/bb-wells-dies/index.html" },
    first: "(CNN)Blues legend B.B. Wells",
    last: "“He never stopped touring, not even at the end,” Bryce said.",
    never: ["Entertainment", "The 10 guitarists", "Blues festival draws", "Share this", "Privacy guidelines"],
    speakers: ["Darla Moss", "Brent Bryce"],
  },
];

describe("readPage", () => {
  it.each(PAGES)("$file: the markup's metadata", ({ file, markup }) => {
    expect(readPage(page(file)).markup).toEqual(markup);
  });

  it.each(PAGES)("$file: the headline, then the article's paragraphs, and no navigation, ads, captions or related stories", ({ file, markup, first, last, never }) => {
    const { text } = readPage(page(file));
    const paragraphs = text.trimEnd().split("\n\n");
    expect(paragraphs[0]).toBe(markup.title);
    expect(paragraphs[1]!.startsWith(first)).toBe(true);
    expect(paragraphs.at(-1)).toBe(last);
    for (const words of never) expect(text, words).not.toContain(words);
  });

  it("refuses a page with no article in it", () => {
    expect(() => readPage("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toThrow(/no readable article text/);
  });
});

describe("a saved page through extraction", () => {
  it.each(PAGES)("$file: metadata from the markup, statements from the readable text, offsets into it", ({ file, markup, speakers }) => {
    const result = runExtractJob({ key: file, input: page(file), format: "html", sidecar: null }, { version: 1, corrections: [] });
    if (!result.ok) throw new Error(result.reason);
    const { article, statements } = result.extracted;
    expect(result.text).not.toBeNull();
    expect(article).toMatchObject({ title: markup.title, titleDerived: false, byline: markup.byline, sourceUrl: markup.url, published: markup.date });
    expect(article.provenance).toMatchObject({ title: "markup", byline: "markup", published: "markup", sourceUrl: "markup", format: "html" });
    for (const s of statements) expect(result.text!.slice(s.start, s.end)).toBe(s.text);
    const named = result.extracted.speakers.map((s) => s.name);
    for (const speaker of speakers) expect(named).toContain(speaker);
  });

  it("the credit glued to the first word names the outlet and stays out of the body", () => {
    const result = runExtractJob({ key: "cable-news.html", input: page("cable-news.html"), format: "html", sidecar: null }, { version: 1, corrections: [] });
    if (!result.ok) throw new Error(result.reason);
    expect(result.extracted.article.paragraphs[0]!.text.startsWith("Blues legend")).toBe(true);
  });
});

describe("saved pages through ingest", () => {
  let database: WritableTestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createWritableTestDatabase();
    db = database.db;
  });
  afterAll(() => database.dispose());

  const statementIds = async () => (await db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((s) => s.id);

  it("stores the readable text and the page's URL; statements point into the text, their links into the original", async () => {
    const report = await ingestPaths(db, [PAGES_DIR], { extraction: "in-process" });
    expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0, problems: [] });
    const articles = await db.article.findMany({ orderBy: { key: "asc" }, select: { key: true, text: true, sourceUrl: true, provenance: true, statements: { select: { text: true, start: true, end: true } } } });
    expect(articles.map((a) => a.key)).toEqual(PAGES.map((p) => p.file).sort());
    for (const article of articles) {
      const expected = PAGES.find((p) => p.file === article.key)!;
      expect(article.text).toBe(readPage(page(article.key)).text);
      expect(article.sourceUrl).toBe(expected.markup.url);
      expect(JSON.parse(article.provenance)).toMatchObject({ format: "html", sourceUrl: "markup" });
      expect(article.statements.length).toBeGreaterThan(0);
      for (const s of article.statements) {
        expect(article.text.slice(s.start, s.end)).toBe(s.text);
        // The "in the original" link's words are the page's own: the browser finds them there.
        const words = decodeURIComponent(textFragmentUrl(article.sourceUrl!, s.text).split("#:~:text=")[1]!).split(",");
        for (const w of words) expect(article.text.replace(/\s+/g, " ")).toContain(w);
      }
    }
  }, 60_000);

  it("skips unchanged pages on the next ingest, with the same permalinks", async () => {
    const before = await statementIds();
    expect(await ingestPaths(db, [PAGES_DIR], { extraction: "in-process" })).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await statementIds()).toEqual(before);
  });

  it("removes a page by its file and restores it when ingested again", async () => {
    const file = path.join(PAGES_DIR, "cable-news.html");
    expect((await removePaths(db, [file])).done).toEqual([`removed: ${file}`]);
    expect((await db.article.findUnique({ where: { key: "cable-news.html" }, select: { retractedAt: true } }))!.retractedAt).not.toBeNull();
    expect(await ingestPaths(db, [PAGES_DIR], { extraction: "in-process" })).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await db.article.count({ where: { retractedAt: { not: null } } })).toBe(0);
  }, 60_000);
});
