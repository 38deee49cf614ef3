import { describe, expect, it } from "vitest";
import { resolveLines } from "@/tests/helpers/line-paragraphs";

describe("resolvePhrase: a description before a person's full name", () => {
  it("makes 'The men's solicitor Matthew Knight' a person whom 'he' can then refer to", () => {
    const text = "The men's solicitor Anton Pike said that the men had broken no law.\n“There is no offence here,” he said.";
    const { speakers, assignments } = resolveLines(text);
    expect(assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name))).toEqual(["Anton Pike", "Anton Pike"]);
    expect(speakers[0]!.kind).toBe("person");
  });
});
