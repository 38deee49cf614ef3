import { describe, expect, it } from "vitest";
import { doubledApostrophesAsQuotes } from "@/lib/domain/quotes";

describe("doubledApostrophesAsQuotes", () => {
  it.each([
    ["''We will not back down,'' the mayor said.", "“We will not back down,” the mayor said."],
    ["The mayor said, ''We will not.''", "The mayor said, “We will not.”"],
    ["He called it ''a ruse'' (''nothing more'').", "He called it “a ruse” (“nothing more”)."],
    ["A quote — ''yes'' — and another.", "A quote — “yes” — and another."],
    ["The plan's cost, it's said, is high.", "The plan's cost, it's said, is high."],
    ["No marks at all.", "No marks at all."],
  ])("shows %j as %j", (text, shown) => {
    expect(doubledApostrophesAsQuotes(text)).toBe(shown);
  });

  it("reads a mark at a piece's edge in the text around it", () => {
    // A paragraph cut at a statement: `''` ends one piece and opens the next.
    expect(doubledApostrophesAsQuotes("She said: ''", "", "W")).toBe("She said: “");
    expect(doubledApostrophesAsQuotes("We will not,''", "", " ")).toBe("We will not,”");
    expect(doubledApostrophesAsQuotes("'' he said.", ",", "")).toBe("” he said.");
    expect(doubledApostrophesAsQuotes("''", " ", "W")).toBe("“");
  });
});
