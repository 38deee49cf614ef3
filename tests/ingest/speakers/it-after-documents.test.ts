import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// "It" after a document has spoken, and bodies named in ways the capitals alone did not say.

describe("'it' right after what a document said", () => {
  it("is the document, and speaks for whoever wrote it", () => {
    const text =
      "Mr Quarrie's statement said: \"The party has been making an impact on tax this week.\" It added: \"Our rivals will want to distract attention.\"";
    expect(speakersOf(text)).toEqual(["Quarrie", "Quarrie"]);
  });

  it("is not the document once another sentence stands between", () => {
    const text =
      "Mr Quarrie's statement said: \"The party has been making an impact on tax this week.\" The Hollins Group, a lobbying firm, rejected that. It said the figures were wrong.";
    expect(speakersOf(text)).toEqual(["Quarrie", "Hollins Group"]);
  });
});

describe("'it' after a sentence that opened on a document", () => {
  it("is whoever the document is by", () => {
    const text = "The study, from the Centre for Transport Research, does not praise the new tolls. But it argues that traffic has fallen.";
    expect(speakersOf(text)).toEqual(["Centre for Transport Research"]);
  });
});

describe("bodies the capitals alone did not name", () => {
  it("reads a name in apposition to a kind of firm that a relative clause goes on from", () => {
    const text = "Tunelia, the private firm which runs the city's five tube lines, has offered an 8% rise. The firm promised no jobs would go. It said it would put this on paper.";
    expect(speakersOf(text)).toEqual(["Tunelia", "Tunelia"]);
  });

  it("reads a charity whose name ends in Aid or Relief, a first name before it or not", () => {
    expect(speakersOf("Christian Aid has called on firms to look after their workers.\nIt added that many could end up in worse jobs.")).toEqual(["Christian Aid", "Christian Aid"]);
    expect(speakersOf("Northern Relief said the appeal had raised £2m. It said more was needed.")).toEqual(["Northern Relief", "Northern Relief"]);
  });
});
