import { describe, expect, it } from "vitest";
import { articleUrl, dateUrl, statementInArticleUrl, statementUrl, withParams } from "@/lib/urls";

describe("urls", () => {
  it("encodes slugs and ids as path segments", () => {
    expect(articleUrl("a b/c")).toBe("/articles/a%20b%2Fc");
    expect(statementUrl("abc234")).toBe("/statements/abc234");
  });

  it("deep-links a statement into its article by anchor", () => {
    expect(statementInArticleUrl("some-article", "abc234")).toBe("/articles/some-article#s-abc234");
  });

  it.each([
    [{ year: 2016, month: 5, day: 16 }, "/dates/2016-05-16"],
    [{ year: 2016, month: 5, day: null }, "/dates/2016-05"],
    [{ year: 2016, month: null, day: null }, "/dates/2016"],
    [{ year: null, month: 6, day: 5 }, "/dates/unknown-year"],
  ])("gives %j the date page %s", (date, url) => {
    expect(dateUrl(date)).toBe(url);
  });

  it("builds query strings with repeated values and leaves empty ones out", () => {
    expect(withParams("/statements", { speaker: ["a", "b"], topic: "", q: null, sort: "date" })).toBe(
      "/statements?speaker=a&speaker=b&sort=date",
    );
    expect(withParams("/articles", {})).toBe("/articles");
  });
});

describe("textFragmentUrl", () => {
  it("links a short quote whole and a long one by its first and last words", async () => {
    const { textFragmentUrl } = await import("@/lib/urls");
    expect(textFragmentUrl("https://example.com/a#top", "Minsk will support it")).toBe(
      "https://example.com/a#:~:text=Minsk%20will%20support%20it",
    );
    expect(textFragmentUrl("https://example.com/a", "one two three four five six seven eight nine-ten")).toBe(
      "https://example.com/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine%2Dten",
    );
  });
});
