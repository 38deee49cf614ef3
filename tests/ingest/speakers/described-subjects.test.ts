import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// A sentence that opens on a description of a person is about that person: the next "he" is theirs.

describe("'he' after a sentence that opens on a description", () => {
  it("is the described person, not the one named before", () => {
    const text = [
      "Lib Dem spokesman Vince Cable said the tax was unfair.",
      "Chancellor Gordon Brown earmarked £1bn to keep down council tax rises next year. But the Lib Dem spokesman was not impressed by the plan. He urged the government to scrap the tax.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Vince Cable", "Vince Cable"]);
  });

  it("is the one the article gave that role", () => {
    const text = [
      "Prime Minister Tony Blair told party members the Tories offered a hard right agenda.",
      "Tory co-chairman Liam Fox said Mr Blair could not be trusted. He would not discuss reports about donations.",
      "The prime minister stepped up the campaign at the weekend. He insisted he did not know the poll date.",
    ].join("\n");
    expect(speakersOf(text).at(-1)).toBe("Tony Blair");
  });

  it("is not a described person the roles do not name", () => {
    const text = [
      "Campaign chairman Robert Tate resigned on Thursday, Ben Carson said.",
      "The retired neurosurgeon has given no details of his plans. He added: \"My team remains in place.\"",
    ].join("\n");
    expect(speakersOf(text).at(-1)).toBe("Ben Carson");
  });
});
