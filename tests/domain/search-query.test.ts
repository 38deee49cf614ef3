import { describe, expect, it } from "vitest";
import { sqliteDialect } from "@/lib/db/sqlite/dialect";
import { formatSearchQuery, MAX_SEARCH_TERMS, parseSearchQuery, type SearchQuery } from "@/lib/domain/search-query";

const word = (w: string, prefix = false) => ({ type: "word" as const, word: w, prefix });
const phrase = (...words: string[]) => ({ type: "phrase" as const, words });

describe("parseSearchQuery", () => {
  it.each<[string, SearchQuery]>([
    ["NATO", { groups: [[word("nato")]], exclude: [] }],
    ["arms race", { groups: [[word("arms")], [word("race")]], exclude: [] }],
    ['"build a wall"', { groups: [[phrase("build", "a", "wall")]], exclude: [] }],
    ["NATO OR alliance", { groups: [[word("nato"), word("alliance")]], exclude: [] }],
    ["NATO OR alliance OR bloc Russia", { groups: [[word("nato"), word("alliance"), word("bloc")], [word("russia")]], exclude: [] }],
    ["nato or alliance", { groups: [[word("nato")], [word("or")], [word("alliance")]], exclude: [] }],
    ["missile -defense", { groups: [[word("missile")]], exclude: [word("defense")] }],
    ['missile -"arms race"', { groups: [[word("missile")]], exclude: [phrase("arms", "race")] }],
    ["negotiat*", { groups: [[word("negotiat", true)]], exclude: [] }],
    ["anti-war U.S.", { groups: [[phrase("anti", "war")], [phrase("u", "s")]], exclude: [] }],
    ['"unclosed phrase', { groups: [[phrase("unclosed", "phrase")]], exclude: [] }],
    ["Сергей Лавров", { groups: [[word("сергей")], [word("лавров")]], exclude: [] }],
    ["ＮＡＴＯ", { groups: [[word("nato")]], exclude: [] }],
    ["arms AND race", { groups: [[word("arms")], [word("race")]], exclude: [] }],
  ])("reads %j", (text, expected) => {
    expect(parseSearchQuery(text)).toEqual(expected);
  });

  it.each(["", "   ", "*", '""', "OR", "OR OR", "-nato", '-"arms race"', "💥", "- -"])("finds nothing to look for in %j", (text) => {
    expect(parseSearchQuery(text)).toBeNull();
  });

  it("ignores an OR with nothing before or after it", () => {
    expect(parseSearchQuery("OR nato OR")).toEqual({ groups: [[word("nato")]], exclude: [] });
  });

  it(`keeps at most ${MAX_SEARCH_TERMS} terms`, () => {
    const query = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))!;
    expect(query.groups).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("writes a query back as it reads it", () => {
    const text = 'nato OR alliance "arms race" negotiat* -defense -"cold war"';
    expect(formatSearchQuery(parseSearchQuery(text)!)).toBe(text);
  });
});

describe("SQLite's rendering (FTS5)", () => {
  const fts = (text: string) => sqliteDialect.matchSearch(parseSearchQuery(text)!);

  it.each([
    ["NATO", '"nato"'],
    ["arms race", '"arms" "race"'],
    ['"build a wall"', '"build a wall"'],
    ["NATO OR alliance", '("nato" OR "alliance")'],
    ["missile -defense -\"arms race\"", '("missile") NOT ("defense" OR "arms race")'],
    ["negotiat*", '"negotiat"*'],
  ])("renders %j as %j", (text, expected) => {
    expect(fts(text)).toBe(expected);
  });

  it.each(['NEAR(a b, 5)', "text:nato", '{text}: a', "a AND b", "^a", "'\"*^:(){}[]", 'a" OR "b'])(
    "passes no operator of %j through: every word quoted, quotes only its own",
    (text) => {
      const rendered = parseSearchQuery(text) ? fts(text) : "";
      const words = rendered.replace(/"[\p{L}\p{N} ]*"\*?/gu, "");
      expect(words).toMatch(/^[\s()]*(?:(?:OR|NOT)?[\s()]*)*$/);
    },
  );
});
