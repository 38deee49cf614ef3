import { describe, expect, it } from "vitest";
import { holdsAnotherAttribution, phraseHasStrayWords } from "@/lib/ingest/doubts";
import { calibratedConfidence } from "@/lib/ingest/confidence";
import { extractArticle } from "@/lib/ingest/extract";

describe("phraseHasStrayWords", () => {
  it.each([
    ["Maria Lopez", false],
    ["Kestrel chairman Dan Oakes", false],
    ["the Belarusian foreign minister", false],
    ["the 31-year-old", false],
    ["freshly filed Harbour Election Board", true],
    ["ask whether candidates like Mr. Hale", true],
    [null, false],
  ] as const)("%s → %s", (phrase, expected) => {
    expect(phraseHasStrayWords(phrase)).toBe(expected);
  });
});

describe("holdsAnotherAttribution", () => {
  it.each([
    ["the plan would fail", "indirect-that", false],
    ["“We will win,” he said. “We are ready.”", "direct-quote-split", false],
    ["the plan would fail, Ms Hale said, and the vote was lost", "indirect-that", true],
    ["“We will win,” he said. “We are ready,” Ms Hale added.", "direct-quote-split", true],
  ] as const)("%s (%s) → %s", (text, rule, expected) => {
    expect(holdsAnotherAttribution(text, rule)).toBe(expected);
  });
});

describe("doubted attributions", () => {
  it("are less sure than the same rule and evidence undoubted", () => {
    expect(calibratedConfidence("direct-quote-before-cue", "name", true)).toBeLessThan(calibratedConfidence("direct-quote-before-cue", "name"));
  });

  it("include a surname two people of the article share", () => {
    const text = "Title\n\nRoy Calder and his daughter Ann Calder run the farm.\n\n“We will never sell,” Calder said.\n\n“We are ready,” said Roy Calder.";
    const [bySurname, byName] = extractArticle(text, { key: "k" }).statements;
    expect(bySurname!.confidence).toBe(calibratedConfidence("direct-quote-before-cue", "name", true));
    expect(byName!.confidence).toBe(calibratedConfidence("direct-quote-before-cue", "name"));
  });
});
