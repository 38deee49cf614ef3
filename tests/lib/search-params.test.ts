import { describe, expect, it } from "vitest";
import {
  articleListParamsSchema,
  hrefFor,
  statementApiParamsSchema,
  statementFeedParamsSchema,
  statementPageParamsSchema,
  statementsFeedHref,
  statementsHref,
} from "@/lib/search-params";

describe("search-params", () => {
  describe("statement lists", () => {
    it("decode what statementsHref encodes, for every parameter", () => {
      const query = {
        q: "missile shield", speaker: ["sergey-lavrov", "vladimir-makei"], topic: ["nato"], outlet: ["tass"],
        kind: ["direct" as const], from: 20160101, to: 20161231, year: "unknown" as const, confidence: 0.9, sort: "oldest" as const, cursor: "WzEsMiwzXQ",
      };
      const href = statementsHref("/statements", query);
      expect(href).toBe(
        "/statements?q=missile+shield&speaker=sergey-lavrov&speaker=vladimir-makei&topic=nato&outlet=tass&kind=direct&from=2016-01-01&to=2016-12-31&year=unknown&confidence=0.9&sort=oldest&cursor=WzEsMiwzXQ",
      );
      const params = new URL(href, "http://x").searchParams;
      const record = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)!]));
      expect(statementPageParamsSchema.parse(record)).toEqual(query);
    });

    it("leave out empty parameters", () => {
      expect(statementsHref("/statements", {})).toBe("/statements");
      expect(statementsHref("/statements", { speaker: ["a"], q: null })).toBe("/statements?speaker=a");
    });

    it("on pages, drop bad values and keep the good ones", () => {
      expect(statementPageParamsSchema.parse({ speaker: ["ok-slug", "Not A Slug"], kind: ["direct", "shouted"], from: "garbage", sort: "up" }))
        .toMatchObject({ speaker: ["ok-slug"], kind: ["direct"], from: null, sort: null });
    });

    it.each([
      [{ from: "garbage" }, ["from"], "expected a day as YYYY-MM-DD"],
      [{ from: "2016-02-30" }, ["from"], "not a calendar day"],
      [{ speaker: "Not A Slug" }, ["speaker", 0], "Invalid"],
      [{ limit: "0" }, ["limit"], "Too small"],
      [{ format: "xml" }, ["format"], "Invalid option"],
      [{ confidence: "high" }, ["confidence"], "expected a confidence from 0 to 1"],
      [{ confidence: "1.5" }, ["confidence"], "expected a confidence from 0 to 1"],
      [{ confidence: "-0.1" }, ["confidence"], "expected a confidence from 0 to 1"],
    ])("in the API, answer %j with an issue at %j", (input, path, message) => {
      const parsed = statementApiParamsSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(path);
      expect(parsed.error!.issues[0]!.message).toContain(message);
    });

    it("read a least confidence from 0 to 1, and speaker=none (no speaker identified) as a speaker value", () => {
      expect(statementApiParamsSchema.parse({ confidence: "0.75", speaker: ["none", "sergey-lavrov"] })).toMatchObject({ confidence: 0.75, speaker: ["none", "sergey-lavrov"] });
      expect(statementApiParamsSchema.parse({ confidence: "1" })).toMatchObject({ confidence: 1 });
      expect(statementApiParamsSchema.parse({ confidence: ".5" })).toMatchObject({ confidence: 0.5 });
      expect(statementPageParamsSchema.parse({ confidence: "lots" })).toMatchObject({ confidence: null });
    });

    it("write a list's feed with its filters and without its sort or cursor, read back strictly", () => {
      const href = statementsFeedHref("/statements/feed.xml", { speaker: ["none", "a-b"], topic: ["nato"], sort: "oldest", cursor: "WzEsMiwzXQ", confidence: 0.7 });
      expect(href).toBe("/statements/feed.xml?speaker=none&speaker=a-b&topic=nato&confidence=0.7");
      expect(statementFeedParamsSchema.parse({ speaker: ["none", "a-b"], topic: "nato", confidence: "0.7" })).toMatchObject({ speaker: ["none", "a-b"], topic: ["nato"], confidence: 0.7 });
      expect(statementFeedParamsSchema.safeParse({ from: "2016-05-01", to: "2016-04-01" }).success).toBe(false);
      expect(statementFeedParamsSchema.safeParse({ kind: "shouted" }).success).toBe(false);
    });

    it("take the first of a repeated single-valued parameter", () => {
      expect(statementApiParamsSchema.parse({ q: ["a", "b"], limit: ["20", "30"] })).toMatchObject({ q: "a", limit: 20, format: "json" });
    });
  });

  describe("article list", () => {
    it("writes its defaults as nothing, and reads nothing as its defaults", () => {
      const defaults = articleListParamsSchema.parse({});
      expect(defaults).toEqual({ sort: "date", outlet: null, year: null, page: 1 });
      expect(hrefFor(articleListParamsSchema, "/articles", defaults)).toBe("/articles");
      expect(hrefFor(articleListParamsSchema, "/articles", { ...defaults, year: "unknown", page: 3 })).toBe("/articles?year=unknown&page=3");
    });
  });
});
