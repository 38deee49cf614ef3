import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";

describe("dateline", () => {
  describe("a place, a date and an agency opening the body", () => {
    it.each([
      ["WASHINGTON, Aug. 24 (UPI) — An aide said…", "Washington", { year: null, month: 8, day: 24 }, "UPI"],
      ["NEW YORK (Reuters) - Stocks fell.", "New York", { year: null, month: null, day: null }, "Reuters"],
      ["BUENA PARK, Calif. - Before a crowd of nurses, she spoke.", "Buena Park, Calif.", { year: null, month: null, day: null }, null],
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
  });

  describe("all-caps words that are no place", () => {
    it.each([["EXCLUSIVE — Trump said he would win."], ["NATO said on Monday it would send troops."], ["IOWA POLLS NOT NECESSARILY WRONG - Analysts say."]])(
      "sees no dateline in %j",
      (lede) => {
        const article = parseArticle(`Headline Here\n\n${lede}`);
        expect(article.dateline).toBeNull();
        expect(article.paragraphs[0]!.text).toBe(lede);
      },
    );
  });
});
