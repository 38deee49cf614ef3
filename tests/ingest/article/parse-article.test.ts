import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";
import { CUBA_SI, TASS, expectExactSpans, fixture } from "./sources";

describe("parseArticle", () => {
  describe("the TASS seed", () => {
    const article = parseArticle(TASS);

    it("derives a short title from the lede and marks it derived", () => {
      expect(article.titleDerived).toBe(true);
      expect(article.provenance.title).toBe("derived");
      expect(article.title).toBe("Russian Foreign Minister Sergey Lavrov has said that he will discuss…");
      expect(article.title.split(" ").length).toBeLessThanOrEqual(13);
    });

    it("takes the outlet from the /TASS/ dateline credit", () => {
      expect(article.outlet).toBe("TASS");
      expect(article.outletUrl).toBe("https://tass.com");
      expect(article.provenance.outlet).toBe("text");
      expect(article.provenance.outletUrl).toBe("derived");
    });

    it("reads the dateline place, for display and as written", () => {
      expect(article.dateline).toBe("Moscow");
      expect(article.datelineAsWritten).toBe("MOSCOW");
      expect(TASS.slice(article.datelineSpan!.start, article.datelineSpan!.end)).toBe("MOSCOW");
    });

    it("keeps the year unknown: the text says June 5 and nothing more", () => {
      expect(article.published).toEqual({ year: null, month: 6, day: 5 });
      expect(article.provenance.published).toBe("text");
    });

    it("starts the first body paragraph after the dateline", () => {
      expect(article.paragraphs[0]!.text.startsWith("Russian Foreign Minister Sergey Lavrov")).toBe(true);
    });

    it("keeps the related headlines out of the body", () => {
      expect(article.relatedHeadlines.map((p) => p.text)).toEqual([
        "- Putin points to NATO's non-cooperation as undermining war on terror",
        "- Putin believes NATO expansion policy is short-sighted",
        "- MP rips Montenegrin top envoy's anti-Russia hype as lies, loyalty ‘display’ for NATO",
        "- Kremlin suspects Trump played 'Russia threat' card to make NATO allies cough up 'dues'",
        "- Russia warns NATO against military buildup along eastern border",
      ]);
      expect(article.paragraphs.some((p) => p.text.includes("Putin"))).toBe(false);
    });

    it("has seven body paragraphs with exact offsets", () => {
      expect(article.paragraphs).toHaveLength(7);
      expect(article.paragraphs.at(-1)!.text.startsWith('"This sharply narrows')).toBe(true);
      expectExactSpans(TASS, article);
    });

    it("is English", () => {
      expect(article.language).toBe("en");
    });
  });

  describe("the Cuba Si seed", () => {
    const article = parseArticle(CUBA_SI);

    it("takes the title from the first line", () => {
      expect(article.title).toBe("Russia and Belarus Will Coordinate Response to US Missile Shield");
      expect(article.titleDerived).toBe(false);
      expect(CUBA_SI.slice(article.titleSpan!.start, article.titleSpan!.end)).toBe(article.title);
    });

    it("reads 16/05/2016 day first", () => {
      expect(article.published).toEqual({ year: 2016, month: 5, day: 16 });
    });

    it("takes the outlet and its URL from the publisher footer", () => {
      expect(article.outlet).toBe("Cuba Si");
      expect(article.outletUrl).toBe("http://cubasi.cu");
      expect(article.provenance.outlet).toBe("text");
      expect(article.provenance.outletUrl).toBe("text");
    });

    it("keeps the footer out of the body but the paragraph after it in", () => {
      expect(article.boilerplate.map((p) => p.text)).toContain(
        "Russia and Belarus Will Coordinate Response to US Missile Shield Published on Cuba Si (http://cubasi.cu)",
      );
      expect(article.paragraphs.some((p) => p.text.includes("Published on"))).toBe(false);
      expect(article.paragraphs.at(-1)!.text.startsWith("The Belorussian news agency Belta reported")).toBe(true);
    });

    it("has nine body paragraphs, none of them the title or the date", () => {
      expect(article.paragraphs).toHaveLength(9);
      expect(article.paragraphs[0]!.text.startsWith("During a joint press conference")).toBe(true);
      expect(article.paragraphs.some((p) => p.text === "16/05/2016" || p.text === article.title)).toBe(false);
      expectExactSpans(CUBA_SI, article);
    });

    it("has no dateline and no byline", () => {
      expect(article.dateline).toBeNull();
      expect(article.byline).toBeNull();
    });
  });

  describe("fixtures", () => {
    it.each([
      {
        file: "byline.txt",
        title: "City Council Approves New Budget After Long Debate",
        byline: "Jane Doe and John Roe",
        published: { year: 2016, month: 3, day: 3 },
        first: "The city council voted",
        paragraphs: 3,
      },
      {
        file: "crlf-iso-date.txt",
        title: "Market Rally Continues Into Third Week",
        byline: null,
        published: { year: 2016, month: 3, day: 3 },
        first: "Stocks rose again",
        paragraphs: 3,
      },
      {
        file: "no-date.txt",
        title: "Researchers Find New Species of Frog in Rainforest",
        byline: null,
        published: { year: null, month: null, day: null },
        first: "A team of biologists",
        paragraphs: 2,
      },
      {
        file: "hard-wrapped.txt",
        title: "Water Board Delays Vote on Rate Increase",
        byline: null,
        published: { year: null, month: null, day: null },
        first: "The regional water board",
        paragraphs: 2,
      },
      {
        file: "read-more.txt",
        title: "Senate Passes Highway Bill",
        byline: null,
        published: { year: null, month: null, day: null },
        first: "The Senate on Tuesday",
        paragraphs: 3,
      },
    ])("$file: title, byline, date and body", ({ file, title, byline, published, first, paragraphs }) => {
      const source = fixture(file);
      const article = parseArticle(source);
      expect(article.title).toBe(title);
      expect(article.titleDerived).toBe(false);
      expect(article.byline).toBe(byline);
      expect(article.published).toEqual(published);
      expect(article.paragraphs).toHaveLength(paragraphs);
      expect(article.paragraphs[0]!.text.startsWith(first)).toBe(true);
      expect(article.language).toBe("en");
      expectExactSpans(source, article);
    });

    it("reads a byline and a date line under a standfirst, which stays in the body", () => {
      const source = [
        "ROBBED Eastbridge boss fumes after stoppage-time penalty drama",
        "Furious Pole demands answers from refs' chiefs",
        "By Danny Whitcombe, Football Reporter",
        "Published: 14:35, 21 Feb 2025",
        '"We were robbed," said the manager.',
      ].join("\n\n");
      const article = parseArticle(source);
      expect(article.byline).toBe("Danny Whitcombe, Football Reporter");
      expect(article.published).toEqual({ year: 2025, month: 2, day: 21 });
      expect(article.paragraphs.map((p) => p.text)).toEqual(["Furious Pole demands answers from refs' chiefs", '"We were robbed," said the manager.']);
      expectExactSpans(source, article);
    });

    it("copes with a BOM, CRLF line ends, tabs and an AP dateline", () => {
      const source = fixture("crlf-iso-date.txt");
      const article = parseArticle(source);
      expect(article.dateline).toBe("Washington");
      expect(article.outlet).toBe("Associated Press");
      expect(article.paragraphs.every((p) => !/[\r\t\uFEFF]/.test(p.text))).toBe(true);
      expect(article.boilerplate.map((p) => p.text)).toEqual(["Published: 2016-03-03T10:00:00Z", "Advertisement"]);
    });

    it("keeps a hard-wrapped paragraph whole, line breaks and all", () => {
      const article = parseArticle(fixture("hard-wrapped.txt"));
      expect(article.paragraphs[0]!.text).toContain("rate increase\nafter dozens");
      expect(article.paragraphs[0]!.text.endsWith("on Monday.")).toBe(true);
    });

    it("joins hard-wrapped lines even where the next line starts with a capital", () => {
      const source = [
        "The committee heard from three witnesses during a long session that",
        "Senator Jane Doe chaired on Tuesday, and all of them said the program",
        "had been underfunded for years before the latest cuts were announced.",
        "",
        "A vote is expected next week.",
      ].join("\n");
      const article = parseArticle(source);
      expect(article.paragraphs.map((p) => p.text.split("\n").length)).toEqual([3, 1]);
    });

    it("separates a headline from a body that follows it without a blank line", () => {
      const source = "Russia and Belarus Will Coordinate Response to US Missile Shield\nDuring a joint press conference, Makei stressed that Minsk will support the initiatives.\nLavrov agreed.";
      const article = parseArticle(source);
      expect(article.title).toBe("Russia and Belarus Will Coordinate Response to US Missile Shield");
      expect(article.paragraphs).toHaveLength(2);
    });

    it("keeps a 'Read more' list as related headlines and social prompts as boilerplate", () => {
      const article = parseArticle(fixture("read-more.txt"));
      expect(article.relatedHeadlines).toHaveLength(3);
      expect(article.boilerplate.map((p) => p.text)).toEqual(["Read more:", "Follow Jane Doe on Twitter @janedoe."]);
      expect(article.paragraphs.at(-1)!.text).toBe("The House is expected to take up the measure next week, aides said.");
    });

    it("recognises a non-English article", () => {
      const article = parseArticle(fixture("non-english.txt"));
      expect(article.language).toBe("es");
      expect(article.title).toBe("El Gobierno anuncia nuevas medidas económicas");
    });
  });

  describe("robustness", () => {
    it.each([
      ["an empty text", ""],
      ["only whitespace", " \r\n\t\n\uFEFF"],
      ["a single word", "Hello"],
      ["a very long line", "word ".repeat(200_000)],
      ["many short lines", "Line one.\n".repeat(20_000)],
      ["binary-looking text", "\u0000\u0001\u0002 \uFFFD\uFFFD"],
    ])("never throws on %s", (_, source) => {
      const article = parseArticle(source);
      expect(typeof article.title).toBe("string");
      expectExactSpans(source, article);
    }, 30_000); // tens of thousands of lines: seconds on a loaded machine

    it("parses a long line in linear time", () => {
      const source = `Headline\n\n${"He said the plan was good, and she said it was not. ".repeat(20_000)}`;
      const started = performance.now();
      parseArticle(source);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });
});
