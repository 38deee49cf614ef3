import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectLanguage, matchByline, matchDateLine, parseArticle } from "@/lib/ingest/parse-article";
import type { ParsedArticle } from "@/lib/ingest/types";

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), "utf8");
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");

const TASS = seed("000_055dbd569b79eb43.txt");
const CUBA_SI = seed("001_48ddbee5b2988c17.txt");

/** Every span the parser returns must give back exactly its text, trimmed. */
function expectExactSpans(source: string, article: ParsedArticle) {
  for (const span of [...article.paragraphs, ...article.relatedHeadlines, ...article.boilerplate]) {
    expect(source.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
  }
}

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

  describe("titles", () => {
    it.each([
      ["a headline without a full stop", "Senate Passes Budget\n\nThe Senate passed the budget on Monday after a long debate.", "Senate Passes Budget"],
      ["a sentence-case headline with a closing full stop", "Trump calls for more border agents.\n\nThe candidate spoke in Iowa on Monday.", "Trump calls for more border agents"],
      ["a headline and its deck on two lines", "Budget passes; \nDebate was long and bitter.\n\nThe Senate passed the budget.", "Budget passes; Debate was long and bitter"],
      ["a headline ending in an abbreviation", "Talks stall in the U.S.\n\nNegotiators left without a deal on Friday.", "Talks stall in the U.S."],
    ])("takes %s as the title", (_, source, title) => {
      const article = parseArticle(source);
      expect(article.title).toBe(title);
      expect(article.titleDerived).toBe(false);
      expect(article.paragraphs).toHaveLength(1);
    });

    it.each([
      ["a single-paragraph text", "The Senate passed the budget on Monday after a long debate."],
      [
        "a long lede",
        "The Senate passed the budget on Monday after a long and bitter debate that ran through the night and into the morning, senators said.\n\nMore follows.",
      ],
      ["a quoted lede", "\u201cWe will win,\u201d Smith said.\n\nHe spoke to supporters in Ohio on Monday night."],
    ])("derives the title when the text opens with %s", (_, source) => {
      const article = parseArticle(source);
      expect(article.titleDerived).toBe(true);
      expect(article.paragraphs[0]!.start).toBe(0);
    });

    it.each([
      ["ends at a word boundary, after about twelve words", "Officials in the northern province said on Tuesday that the new bridge would open to traffic in the spring of next year.", "Officials in the northern province said on Tuesday that the new bridge…"],
      ["drops a dangling function word", "Officials in the northern province said on Tuesday that a bridge in the south would open to traffic next spring.", "Officials in the northern province said on Tuesday that a bridge…"],
      ["keeps a short sentence whole, without its full stop", "Voters went to the polls on Sunday.", "Voters went to the polls on Sunday"],
      ["prefers a clause boundary", "After weeks of talks behind closed doors in the capital, the two parties agreed on a coalition government that will take office next month.", "After weeks of talks behind closed doors in the capital…"],
    ])("a derived title %s", (_, source, title) => {
      expect(parseArticle(source).title).toBe(title);
    });
  });

  describe("dates", () => {
    it.each([
      ["16/05/2016", { year: 2016, month: 5, day: 16 }],
      ["05/06/2016", { year: 2016, month: 6, day: 5 }],
      ["March 3, 2016", { year: 2016, month: 3, day: 3 }],
      ["2016-03-03", { year: 2016, month: 3, day: 3 }],
      ["Published: Thursday, March 3, 2016 5:30 PM", { year: 2016, month: 3, day: 3 }],
      ["Updated Sept. 12, 2015 at 10:00 a.m. ET", { year: 2015, month: 9, day: 12 }],
      ["June 5", { year: null, month: 6, day: 5 }],
      ["May 2016", { year: 2016, month: 5, day: null }],
    ])("reads the date line %j", (line, date) => {
      expect(matchDateLine(line)).toEqual(date);
    });

    it.each([["yesterday"], ["Friday"], ["5:30 p.m."], ["The vote was held on March 3, 2016, in Albany."], ["Chapter 12"]])(
      "does not take %j as a date line",
      (line) => {
        expect(matchDateLine(line)).toBeNull();
      },
    );

    it.each([
      ["WASHINGTON, Aug. 24 (UPI) — A spokesman said…", "Washington", { year: null, month: 8, day: 24 }, "UPI"],
      ["NEW YORK (Reuters) - Stocks fell.", "New York", { year: null, month: null, day: null }, "Reuters"],
      ["BUENA PARK, Calif. - Rallying hundreds of workers, she spoke.", "Buena Park, Calif.", { year: null, month: null, day: null }, null],
      ["ST. LOUIS — The mayor said…", "St. Louis", { year: null, month: null, day: null }, null],
    ])("reads the dateline of %j", (lede, place, published, outlet) => {
      const article = parseArticle(`Headline Here\n\n${lede}\n\nMore text follows here.`);
      expect(article.dateline).toBe(place);
      expect(article.published).toEqual(published);
      expect(article.outlet).toBe(outlet === "UPI" ? "UPI" : outlet);
      expect(article.paragraphs[0]!.text).not.toMatch(/^[A-Z]{3,}/);
    });

    it("reads a dateline on a line of its own", () => {
      const article = parseArticle("MOSCOW, June 5 (TASS)\nLavrov said the talks went well.\nMore.");
      expect(article.dateline).toBe("Moscow");
      expect(article.outlet).toBe("TASS");
      expect(article.published).toEqual({ year: null, month: 6, day: 5 });
      expect(article.boilerplate.map((p) => p.text)).toEqual(["MOSCOW, June 5 (TASS)"]);
      expect(article.paragraphs.map((p) => p.text)).toEqual(["Lavrov said the talks went well.", "More."]);
    });

    it("finds the title after a date line", () => {
      const article = parseArticle("16/05/2016\n\nHeadline Of The Day\n\nBody text goes here.");
      expect(article.title).toBe("Headline Of The Day");
      expect(article.published).toEqual({ year: 2016, month: 5, day: 16 });
    });

    it.each([["EXCLUSIVE — Trump said he would win."], ["NATO said on Monday it would send troops."], ["IOWA POLLS NOT NECESSARILY WRONG - Analysts say."]])(
      "sees no dateline in %j",
      (lede) => {
        const article = parseArticle(`Headline Here\n\n${lede}`);
        expect(article.dateline).toBeNull();
        expect(article.paragraphs[0]!.text).toBe(lede);
      },
    );
  });

  describe("bylines", () => {
    it.each([
      ["By Jane Doe", "Jane Doe", null],
      ["BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE", null],
      ["By Jane Doe, Associated Press", "Jane Doe, Associated Press", null],
      ["By Jane Doe | March 3, 2016", "Jane Doe", { year: 2016, month: 3, day: 3 }],
      ["Byline: Amber Smith.", "Amber Smith", null],
    ])("reads %j", (line, byline, date) => {
      expect(matchByline(line)).toEqual({ byline, date });
    });

    it.each([["By now, the senator had left the room."], ["By contrast, the House bill is smaller."], ["By 2026, the deficit would grow."]])(
      "does not take %j as a byline",
      (line) => {
        expect(matchByline(line)).toBeNull();
      },
    );
  });

  describe("boilerplate", () => {
    it.each([
      ["Advertisement"],
      ["___."],
      ["***"],
      ["Getty."],
      ["Scott Olson via Getty Images."],
      ["Jonathan Drake / Reuters."],
      ["(Reporting by Jane Doe; Editing by John Roe)"],
      ["Jane Doe contributed to this report."],
      ["Copyright © 2015 by Jane Doe. Reprinted with permission."],
      ["This story has been updated with comments from the campaign."],
      ['<tweet tweet-id="12345"><tweet/>.'],
      ["width:100%;"],
    ])("sets %j apart from the body", (line) => {
      const article = parseArticle(`Headline Here\n\nThe mayor said the plan would go ahead.\n\n${line}\n\nShe said more later.`);
      expect(article.boilerplate.map((p) => p.text)).toEqual([line]);
      expect(article.paragraphs).toHaveLength(2);
    });

    it.each([
      ["He told Reuters."],
      ["It's a cliché that a résumé matters; it does (mis-decoded: clichÃ©)."],
      ['<tweet tweet-author="@someone">We will win this state.</tweet>'],
    ])("keeps %j in the body", (line) => {
      const article = parseArticle(`Headline Here\n\nThe mayor said the plan would go ahead.\n\n${line}`);
      expect(article.paragraphs.map((p) => p.text)).toContain(line);
    });

    it("keeps a list of sentences in the body but a list of headlines out", () => {
      const sentences = "- Lower taxes for small firms.\n- Build more roads in rural areas.\n- Hire more teachers.";
      const headlines = "- Mayor Vows Action On Potholes\n- Council Rejects Tax Plan";
      const article = parseArticle(`Headline Here\n\nThe plan has three parts.\n${sentences}\n\nRelated\n${headlines}`);
      expect(article.paragraphs.map((p) => p.text)).toEqual([
        "The plan has three parts.",
        "- Lower taxes for small firms.",
        "- Build more roads in rural areas.",
        "- Hire more teachers.",
      ]);
      expect(article.relatedHeadlines.map((p) => p.text)).toEqual(headlines.split("\n"));
    });
  });

  describe("sidecar metadata", () => {
    it("prefers the sidecar's values and records where each came from", () => {
      const article = parseArticle(TASS, {
        sidecar: {
          title: "Lavrov, Makei to discuss NATO",
          outlet: "TASS",
          date: { year: 2016, month: null, day: null },
          byline: "Staff",
          url: "https://tass.com/politics/880000",
        },
      });
      expect(article.title).toBe("Lavrov, Makei to discuss NATO");
      expect(article.titleDerived).toBe(false);
      // The sidecar's year completes the text's "June 5".
      expect(article.published).toEqual({ year: 2016, month: 6, day: 5 });
      expect(article.sourceUrl).toBe("https://tass.com/politics/880000");
      expect(article.outletUrl).toBe("https://tass.com");
      expect(article.provenance).toEqual({
        title: "sidecar",
        outlet: "sidecar",
        outletUrl: "derived",
        published: "sidecar",
        byline: "sidecar",
        sourceUrl: "sidecar",
        dateline: "text",
      });
    });

    it("does not mix a sidecar date with a text date it contradicts", () => {
      const article = parseArticle(CUBA_SI, { sidecar: { date: { year: 2017, month: null, day: null } } });
      expect(article.published).toEqual({ year: 2017, month: null, day: null });
    });

    it("gives a known outlet named by its code its homepage, marked derived", () => {
      const article = parseArticle(CUBA_SI, { sidecar: { outlet: "The New York Times" } });
      expect(article.outletUrl).toBe("https://www.nytimes.com");
      expect(article.provenance.outletUrl).toBe("derived");
    });

    it("drops the text's outlet URL when the sidecar names another outlet", () => {
      const article = parseArticle(CUBA_SI, { sidecar: { outlet: "Prensa Latina" } });
      expect(article.outlet).toBe("Prensa Latina");
      expect(article.outletUrl).toBeNull();
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
    });

    it("parses a long line in linear time", () => {
      const source = `Headline\n\n${"He said the plan was good, and she said it was not. ".repeat(20_000)}`;
      const started = performance.now();
      parseArticle(source);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });
});

describe("detectLanguage", () => {
  it.each([
    ["The minister said that the talks with his counterpart were held in a friendly atmosphere and that they would continue.", "en"],
    ["El ministro dijo que las conversaciones con su homólogo se celebraron en un ambiente amistoso y que continuarán.", "es"],
    ["Le ministre a déclaré que les discussions avec son homologue se sont déroulées dans une atmosphère amicale.", "fr"],
    ["Der Minister sagte, dass die Gespräche mit seinem Amtskollegen in einer freundlichen Atmosphäre stattfanden.", "de"],
    ["Министр заявил, что переговоры с его коллегой прошли в дружественной атмосфере.", "ru"],
    ["部长说，会谈在友好的气氛中进行。", "und"],
    ["", "und"],
  ])("%j is %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
