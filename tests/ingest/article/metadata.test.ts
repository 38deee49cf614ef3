import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/ingest/article/parse-article";
import { CUBA_SI, TASS } from "./sources";

describe("metadata", () => {
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
});
