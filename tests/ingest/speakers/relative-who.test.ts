import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// A relative "who" after a comma speaks for the name before it (twenty-fifth session); every
// sentence is invented.
describe("a relative 'who' after a name", () => {
  it("is the person named just before its comma", () => {
    expect(speakersOf("The plan drew a reply from Senate leader Harry Vance, who said the bill would fail.")).toEqual(["Harry Vance"]);
  });

  it("reads past an apposition, even one that names a body", () => {
    const text = "The claim was backed by David Marlow - a former Yale historian, and a leading expert on code-breaking, who has confirmed the papers were genuine.";
    expect(speakersOf(text)).toEqual(["David Marlow"]);
  });

  it("reads past an age, where the words before the verb end", () => {
    expect(speakersOf("The trust was praised by Anna Hale, 30, who told reporters the fund was safe.")).toEqual(["Anna Hale"]);
  });

  it("passes over the end of an apposition before ', who' to the name it describes", () => {
    expect(speakersOf("That is not enough, said Howard Reel, a senior analyst at Belfries, who notes that the firm has cut jobs.").at(-1)).toBe("Howard Reel");
    expect(speakersOf("The plan was mocked by Anna Laschen, the leader of the opposition in North Rhineland, who suggested the minister resign.")).toEqual(["Anna Laschen"]);
  });

  it("takes no number for an age unless commas hold it", () => {
    expect(speakersOf("Of 86 voters who liked Anna Hale, 43 said the same for Tom Vale.")).not.toContain("Anna Hale");
  });

  it("is nobody when 'who' belongs to a group", () => {
    expect(speakersOf("Anna Hale spoke first. Most voters who said the economy mattered backed her.")).not.toContain("Anna Hale");
  });
});
