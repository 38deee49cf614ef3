import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";
import { dateFromUrl } from "@/lib/ingest/dates";

// Metadata as wire services and newspapers write it into their texts: datelines with and without
// dates, agency credits (glued to the first word, after a title-case place), dates at the foot,
// bylines without "By". Each fixture is a small article in that shape; the table is what must be read.

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "datelines", name), "utf8");

type Expected = {
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  dateline: string | null;
  byline: string | null;
  published: [number | null, number | null, number | null];
  /** The first body paragraph starts with these words: no dateline, credit, byline or date line in it. */
  body: string;
};

const CASES: [string, Expected][] = [
  ["ap-date-at-foot.txt", { title: "Senate passes stopgap bill hours before deadline", titleDerived: false, outlet: "Associated Press", dateline: "Washington", byline: null, published: [2019, 2, 15], body: "The Senate passed" }],
  ["ap-no-date.txt", { title: "The Security Council on Monday extended its mission in the region for another year…", titleDerived: true, outlet: "Associated Press", dateline: "United Nations", byline: null, published: [null, null, null], body: "The Security Council" }],
  ["reuters.txt", { title: "Britain’s finance minister said on Tuesday that the budget would be balanced…", titleDerived: true, outlet: "Reuters", dateline: "London", byline: null, published: [null, 3, 3], body: "Britain’s finance minister" }],
  ["afp.txt", { title: "France’s prime minister said on Tuesday that the pension reform would go…", titleDerived: true, outlet: "AFP", dateline: "Paris", byline: null, published: [null, null, null], body: "France’s prime minister" }],
  ["tass.txt", { title: "Russia’s Foreign Minister said on Monday that the talks with his counterpart…", titleDerived: true, outlet: "TASS", dateline: "Moscow", byline: null, published: [null, 6, 5], body: "Russia’s Foreign Minister" }],
  ["xinhua.txt", { title: "China’s foreign ministry said Tuesday that it welcomed the resumption of the trade talks", titleDerived: true, outlet: "Xinhua", dateline: "Beijing", byline: null, published: [null, 3, 3], body: "China’s foreign ministry" }],
  ["guardian.txt", { title: "Minister defends rail plan as costs rise", titleDerived: false, outlet: null, dateline: null, byline: "Patricia Wren", published: [2020, 3, 3], body: "The transport minister" }],
  ["cnn-glued.txt", { title: "Blues legend B.B. Wells, whose guitar playing inspired generations of musicians, has died…", titleDerived: true, outlet: "CNN", dateline: null, byline: null, published: [null, null, null], body: "Blues legend B.B. Wells" }],
  ["cnn-place.txt", { title: "A federal jury on Friday sentenced the bomber to death, prosecutors said", titleDerived: true, outlet: "CNN", dateline: "Boston", byline: null, published: [null, null, null], body: "A federal jury" }],
  ["dateline-full-date.txt", { title: "The prime minister said on Sunday that the withdrawal deal…", titleDerived: true, outlet: null, dateline: "London", byline: null, published: [2019, 3, 3], body: "The prime minister" }],
  ["dateline-own-line.txt", { title: "The prime minister said on Sunday that the withdrawal deal…", titleDerived: true, outlet: null, dateline: "London", byline: null, published: [2019, 3, 3], body: "The prime minister" }],
  ["byline-without-by.txt", { title: "Talks to resume on harbour plan", titleDerived: false, outlet: "Reuters", dateline: null, byline: "Jane Doe and John Roe", published: [2019, 3, 3], body: "The mayor said" }],
];

describe("metadata in the text, as wire services write it", () => {
  it.each(CASES)("%s", (name, expected) => {
    const text = fixture(name);
    const article = parseArticle(text);
    expect({
      title: article.title,
      titleDerived: article.titleDerived,
      outlet: article.outlet,
      dateline: article.dateline,
      byline: article.byline,
      published: [article.published.year, article.published.month, article.published.day],
      body: article.paragraphs[0]!.text.slice(0, expected.body.length),
    }).toEqual(expected);
    // Offsets still point into the file's text, and no line is lost or counted twice.
    for (const p of [...article.paragraphs, ...article.boilerplate]) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("never puts an agency credit or a dateline into a derived title", () => {
    for (const [name] of CASES) {
      const { title, titleDerived } = parseArticle(fixture(name));
      if (titleDerived) expect(title, name).not.toMatch(/\((?:CNN|AFP|AP|Reuters|Xinhua)\)|\/TASS\/|^[A-Z]{3,}[ ,]/);
    }
  });

  it("reads a revision date only when no publication date is given", () => {
    const updated = parseArticle("Storm closes schools\n\nUpdated 4:30 AM ET, Fri May 15, 2015\n\nSchools closed on Friday, officials said.\n");
    expect(updated.published).toEqual({ year: 2015, month: 5, day: 15 });
    const both = parseArticle("Storm closes schools\n\nLast modified on Sat 16 May 2015 09.10 BST\n\nFri 15 May 2015 08.00 BST\n\nSchools closed on Friday, officials said.\n");
    expect(both.published).toEqual({ year: 2015, month: 5, day: 15 });
  });
});

describe("a date completed from the article's URL", () => {
  it.each([
    ["https://www.theguardian.com/politics/2020/mar/03/rail-plan", { year: 2020, month: 3, day: 3 }],
    ["https://edition.cnn.com/2015/05/15/us/obit/index.html", { year: 2015, month: 5, day: 15 }],
    ["https://example.com/news/2016/06/slug", { year: 2016, month: 6, day: null }],
    ["https://example.com/world/2019-03-03/slug", { year: 2019, month: 3, day: 3 }],
    ["https://tass.com/politics/880123", null],
    ["https://example.com/archive/2016/", null],
  ])("%s", (url, expected) => {
    expect(dateFromUrl(url)).toEqual(expected);
  });

  it("gives the TASS-style 'June 5' its year when the URL states it, and says so", () => {
    const article = parseArticle(fixture("tass.txt"), { sidecar: { url: "https://example.com/politics/2016/06/05/talks" } });
    expect(article.published).toEqual({ year: 2016, month: 6, day: 5 });
    expect(article.provenance.published).toBe("text");
    expect(article.provenance.publishedCompletedFrom).toBe("url");
  });

  it("takes nothing from a URL that contradicts the text, and invents no year without one", () => {
    expect(parseArticle(fixture("tass.txt"), { sidecar: { url: "https://example.com/2016/07/01/other" } }).published).toEqual({ year: null, month: 6, day: 5 });
    expect(parseArticle(fixture("tass.txt"), { sidecar: { url: "https://tass.com/politics/880123" } }).published).toEqual({ year: null, month: 6, day: 5 });
  });
});
