import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";

describe("title", () => {
  describe("headlines and derived titles", () => {
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

  describe("after a date line", () => {
    it("finds the title after a date line", () => {
      const article = parseArticle("16/05/2016\n\nHeadline Of The Day\n\nBody text goes here.");
      expect(article.title).toBe("Headline Of The Day");
      expect(article.published).toEqual({ year: 2016, month: 5, day: 16 });
    });
  });
});
