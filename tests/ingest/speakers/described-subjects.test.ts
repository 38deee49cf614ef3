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

describe("'he' or 'she' with no subject of that sex before it", () => {
  it("is the one person of that sex the article has named", () => {
    const text = 'Ms Kelly said reforms should build on GCSEs.\nHer comments did not impress Tory shadow education secretary Tim Collins. "Ruth Kelly has no idea what to put in its place," he said.';
    expect(speakersOf(text)).toEqual(["Ruth Kelly", "Tim Collins"]);
  });

  it("is a full name no list knows, described in commas before its verb", () => {
    const text = "Shami Chakrabarti, from human rights group Liberty, joined calls for the evidence to be allowed. She said the powers were wrong.";
    expect(speakersOf(text)).toEqual(["Shami Chakrabarti"]);
  });

  it("stays nobody's when the same pronoun just went to nobody", () => {
    const text = 'Mayor Tom Hale backs the plan.\nWalz approaches it more diplomatically. She said she would rather see money spent to elect Maria Lopez.\n"They are trying to defeat opportunity for kids," she said.';
    expect(speakersOf(text).at(-1)).toBeNull();
  });
});

describe("a lead that describes someone unnamed", () => {
  it("is not the person named next when it describes a body", () => {
    const text = [
      "Singer's claim dismissed by court",
      "The late singer's record company has failed in an attempt to sue the producer who booked the flight.",
      "A New York appeals court has told Blackwood Records that only the singer's parents had the right to launch a claim. The singer died in 2001.",
      "Blackwood Records' lawyer Frank Penski said he had yet to examine the decision.",
    ].join("\n");
    expect(speakersOf(text)[0]).toBeNull();
  });
});

describe("a lead that describes a body unnamed", () => {
  it("is not the body its own words name", () => {
    const text = [
      "US firm bids for fashion house",
      "A US firm has said it is in final negotiations with luxury goods group Moravia to buy the Lacroix fashion house.",
      "Paris-based Moravia has been selling businesses it no longer needs.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([null]);
  });
});
