import { describe, expect, it } from "vitest";
import { citation, quotedWords, type CitedStatement } from "@/lib/web/citation";

const accessed = new Date(2026, 11, 2);

function statement(overrides: Partial<CitedStatement> = {}): CitedStatement {
  return {
    text: "“We will not accept this,”",
    kind: "direct",
    speaker: { name: "Sergey Lavrov", role: "Foreign Minister" },
    article: { title: "Talks in Minsk", outlet: "Cuba Si", sourceUrl: "http://cubasi.cu/a/1", date: { year: 2016, month: 5, day: 16 } },
    permalink: "https://verbatim.example/statements/abc123",
    ...overrides,
  };
}

describe("quotedWords", () => {
  it.each([
    ["a quotation before its cue, without its closing comma", "“We will win,”", "We will win"],
    ["straight double marks", '"It was a mistake,"', "It was a mistake"],
    ["an interrupted quotation, without the cue between its parts", "“We will win,” he said, “and soon.”", "We will win … and soon."],
    ["NYT's doubled apostrophes", "''We're in the ferry business,''", "We're in the ferry business"],
    ["guillemets", "«Nous gagnerons»", "Nous gagnerons"],
  ])("takes %s", (_, text, words) => {
    expect(quotedWords(text)).toBe(words);
  });

  it("finds none in reported speech, apostrophes included", () => {
    expect(quotedWords("that Russia's position hasn't changed")).toBeNull();
  });
});

describe("citation", () => {
  it("writes APA with the date, the article, its URL and the access date", () => {
    expect(citation(statement(), "APA", accessed)).toBe(
      "Sergey Lavrov (Foreign Minister). (2016, May 16). “We will not accept this” [Statement reported in Talks in Minsk]. Cuba Si. http://cubasi.cu/a/1 Retrieved December 2, 2026, from https://verbatim.example/statements/abc123",
    );
  });

  it("writes Chicago with the date, the article, its URL and the access date", () => {
    expect(citation(statement(), "Chicago", accessed)).toBe(
      "Sergey Lavrov (Foreign Minister), “We will not accept this,” quoted in “Talks in Minsk,” Cuba Si, May 16, 2016, http://cubasi.cu/a/1. Accessed December 2, 2026. https://verbatim.example/statements/abc123.",
    );
  });

  it("never puts the cue inside the quotation marks", () => {
    const cited = citation(statement({ text: "“We will win,” he said, “and soon.”", kind: "mixed" }), "APA", accessed);
    expect(cited).toContain("“We will win … and soon.”");
    expect(cited).not.toContain("he said");
  });

  it("cites reported speech as reported, without quotation marks", () => {
    const cited = citation(statement({ text: "that the talks would go on", kind: "indirect" }), "Chicago", accessed);
    expect(cited).toContain("that the talks would go on [reported speech], quoted in");
    expect(cited).not.toContain("“that");
  });

  it("never invents a year: TASS's 'June 5' stays without one", () => {
    const tass = statement({ article: { title: "Lavrov on NATO", outlet: "TASS", sourceUrl: null, date: { year: null, month: 6, day: 5 } } });
    expect(citation(tass, "APA", accessed)).toContain("(n.d.)");
    expect(citation(tass, "Chicago", accessed)).toContain("TASS, June 5. Accessed");
  });

  it("names an unidentified speaker as such", () => {
    expect(citation(statement({ speaker: null }), "APA", accessed)).toMatch(/^Unidentified speaker\. /);
  });
});
