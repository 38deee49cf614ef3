import { describe, expect, it } from "vitest";
import { readGold, sameSpeaker, scoreArticle, type GoldArticle } from "@/eval/bbc";

describe("BBC gold scorer", () => {
  describe("sameSpeaker", () => {
    it.each([
      ["Mourinho", "Jose Mourinho", "person", true],
      ["Mr Blair", "Tony Blair", "person", true],
      ["T. Blair", "Tony Blair", "person", true],
      ["Paul", "Paul McCartney", "person", false],
      ["Cherie Blair", "Tony Blair", "person", false],
      ["Aynsley-Green", "Al Aynsley-Green", "person", true],
      ["Prof Aynsley-Green", "Al Aynsley-Green", "person", true],
      ["Jean-Pierre Raffarin", "Raffarin", "person", true],
      ["Jean-Pierre Raffarin", "Jean Raffarin", "person", false],
      ["Green", "Al Aynsley-Green", "person", false],
      ["the Bank of England", "Bank of England", "organisation", true],
      ["Bank", "Bank of England", "organisation", false],
      ["House", "White House", "organisation", false],
      ["United Kingdom", "Britain", "organisation", true],
      ["British government", "UK government", "organisation", true],
      ["German government", "Germany", "organisation", false],
      ["England", "Britain", "organisation", false],
      ["Bank of England", "Bank of Britain", "organisation", false],
      ["Shanghai Automotive Industry Corporation", "Shanghai Automotive Industry Corp", "organisation", true],
      ["Marks & Spencer plc", "Marks and Spencer", "organisation", true],
      ["Customs Service", "US Customs Service", "organisation", true],
      ["Independence Party", "UK Independence Party", "organisation", true],
      ["Party", "UK Party", "organisation", false],
      ["Labour Party", "Labour", "organisation", true],
      ["Liberal Democrats", "Lib Dems", "organisation", true],
      ["Conservative Party", "Tories", "organisation", true],
      ["Liberal Democrats", "Conservatives", "organisation", false],
      ["Customs Service", "US Postal Service", "organisation", false],
      ["Forest Service", "U.S. Forest Service", "organisation", true],
      ["Forest Service", "U.S. Postal Service", "organisation", false],
    ] as const)("%s for %s (%s): %s", (predicted, gold, type, same) => {
      expect(sameSpeaker(predicted, gold, type)).toBe(same);
    });
  });

  describe("scoreArticle", () => {
    const text = 'Intro. "We will win," Smith said. Analysts said prices would fall.';
    const gold: GoldArticle = {
      file: "x.txt", sha256: "0".repeat(64), slice: "dev",
      statements: [
        { start: 7, end: 20, kind: "direct", cueSpan: { start: 28, end: 32 }, speaker: "John Smith", speakerType: "person", accept: [], speakerSpan: { start: 22, end: 27 } },
        { start: 48, end: 66, kind: "indirect", cueSpan: { start: 43, end: 47 }, speaker: null, speakerType: null, accept: [], speakerSpan: { start: 34, end: 42 } },
      ],
    };
    it("counts a right statement, a found one, the right speaker and a false attribution", () => {
      const score = scoreArticle(gold, text, [
        { start: 7, end: 20, speaker: "Smith", rule: "r", confidence: 0.9 },
        { start: 48, end: 66, speaker: "Smith", rule: "r", confidence: 0.5 },
      ]);
      expect(score).toMatchObject({ predictions: 2, right: 2, gold: 2, found: 2, namedFound: 1, speakerRight: 1, nullFound: 1, falseAttributions: 1 });
    });
    it("counts a statement that is half outside every gold span as wrong, and a gold one under half covered as missed", () => {
      const score = scoreArticle(gold, text, [{ start: 0, end: 12, speaker: null, rule: "r", confidence: 0.5 }]);
      expect(score).toMatchObject({ right: 0, found: 0 });
    });
  });

  it("reads the committed gold: 2,195 articles, half held out, offsets in order", () => {
    const gold = readGold();
    expect(gold).toHaveLength(2195);
    expect(gold.filter((g) => g.slice === "heldout")).toHaveLength(1098);
    for (const g of gold) for (const s of g.statements) expect(s.end).toBeGreaterThan(s.start);
  });
});
