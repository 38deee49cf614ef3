import { describe, expect, it } from "vitest";
import { resolveLines } from "@/tests/helpers/line-paragraphs";

// Issue #11: "Jeb Bush and John Ellis Bush apart". A first name the article says a person goes by
// makes the two names one person, named as the article says he goes by; invented sentences of the
// corpus's shape.

describe("the first name a person goes by", () => {
  it.each([
    ["a nickname in quotation marks inside the name", 'John Ellis "Jeb" Bush grew up in Texas.\n“I was not brought up that way,” Mr. Bush said.\nHe will win, Jeb Bush said.'],
    ["“known as”", "John Ellis Bush grew up by the river.\nFriends remember Mr. Bush, known as Jeb, at the river club.\n“I was not brought up that way,” Mr. Bush said.\nHe will win, Jeb Bush said."],
  ])("makes one speaker of both names: %s", (_, text) => {
    const { speakers, assignments } = resolveLines(text);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name: "Jeb Bush", kind: "person" });
    expect(speakers[0]!.aliases).toContain("John Ellis Bush");
    expect(assignments.every((a) => a.speakerIndex === 0)).toBe(true);
  });

  it("leaves two first names apart when nothing says they are one person's", () => {
    const { speakers } = resolveLines("John Ellis Bush said he grew up in Texas.\nThe vote is close, Jeb Bush said.");
    expect(speakers.map((s) => s.name).sort()).toEqual(["Jeb Bush", "John Ellis Bush"]);
  });
});
