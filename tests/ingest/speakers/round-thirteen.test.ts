import { describe, expect, it } from "vitest";
import { extractLines, resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the thirteenth round of BBC gold (twenty-fourth session); every
// sentence is invented.
describe("who a paper quotes", () => {
  it("gives 'X was quoted in the Herald saying:' to X, not the paper", () => {
    expect(speakersOf('Mr Tolland was quoted in the Herald newspaper saying: "I feel the party have over-reacted."')).toEqual(["Tolland"]);
    expect(speakersOf('Ms Vane was quoted by the Daily Post saying: "We were never told."')).toEqual(["Vane"]);
  });

  it("still needs 'as' after 'reported': a report by witnesses names no speaker before it", () => {
    expect(speakersOf('The crash was reported by witnesses saying: "It came out of nowhere."')).not.toContain("crash");
  });
});

describe("bodies whose names hold 'and' or a place", () => {
  it("reads 'The Securities and Exchange Commission said' as one name, whatever the tense", () => {
    expect(speakersOf("The Securities and Exchange Commission said it had found errors in the accounts.")).toEqual(["Securities and Exchange Commission"]);
    expect(speakersOf("The Food and Drug Administration said the drug was safe to use.")).toEqual(["Food and Drug Administration"]);
  });

  it("leaves two names joined by 'and' apart", () => {
    expect(speakersOf("Vorlo and Kestrel Corporation said prices would fall next year.")).not.toContain("Vorlo and Kestrel Corporation");
  });

  it("reads 'Lloyds of London told…' as a body of a place, never a title of one", () => {
    expect(speakersOf("Harlock of London told the Financial Times it expected its exposure to be limited.")).toEqual(["Harlock of London"]);
    // A title of a place is a person's (styled-offices.ts), never a body's.
    const { speakers } = resolveLines("The Duke of Edinburgh said he expected the visit to go ahead.");
    expect(speakers.map((sp) => [sp.name, sp.kind])).toEqual([["Duke of Edinburgh", "person"]]);
  });
});

describe("rugby's positions", () => {
  it("gives 'The prop added' to the player just quoted", () => {
    const text = '"If we lose up front we are done," said Aled Morgan.\nThe prop added: "We know what is coming on Saturday."';
    expect(speakersOf(text)).toEqual(["Aled Morgan", "Aled Morgan"]);
  });
});

describe("reports and who wrote them", () => {
  it("gives a titled report to the body in the possessive, and 'the report' after it to that body", () => {
    const text = "Harbourwatch's Paying the Price report said 45 million children would die needlessly.\nThe report said rich nations had agreed in 1970 to spend more on aid.";
    expect(speakersOf(text)).toEqual(["Harbourwatch", "Harbourwatch"]);
  });

  it("gives 'his report' and 'the Kok report' to the person who wrote it", () => {
    const text = "The report, out on Wednesday, was written by the former Dutch prime minister Wim Kok.\nHis report said the targets would be missed.\nThe Kok report said the targets should be narrowed down to 14.";
    expect(speakersOf(text)).toEqual(["Wim Kok", "Wim Kok"]);
  });

  it("reads 'The report said' as no body called 'The'", () => {
    expect(speakersOf("The report said the targets would be missed by a wide margin.")).toEqual([null]);
  });
});

describe("names and their roles without the closing comma", () => {
  it("gives '…,” Ann Varley, Orme director said.' to the name, not the role", () => {
    expect(speakersOf('"We are encouraged that the board has acted," Ann Varley, Orme director said.')).toEqual(["Ann Varley"]);
  });

  it("reads 'by the Securities and Exchange Commission which said' as the whole name", () => {
    expect(speakersOf("Last week the firm was admonished by the Securities and Exchange Commission which said it had made major errors.")).toEqual(["Securities and Exchange Commission"]);
  });
});

describe("an office named in the next sentence", () => {
  it("gives 'France's finance minister has said' to the full name the next sentence opens with", () => {
    const text = 'The dollar fell again on Friday.\nMeanwhile, France\'s finance minister has said the world faced "economic catastrophe" unless the US acted.\nHerve Gaymard said he would seek action at the next meeting.';
    expect(speakersOf(text)).toEqual(["Herve Gaymard", "Herve Gaymard"]);
  });

  it("never to a name whose role is another office", () => {
    const other = "The Orme Bank said rates would rise.\nThe finance minister has said the world faced a crisis.\nOpposition leader Tom Verne said the minister had waited too long.";
    expect(speakersOf(other)).toEqual(["Orme Bank", null, "Tom Verne"]);
  });
});

describe("a name after a fronted phrase of time or place", () => {
  it("makes 'At a dinner on Friday night, former president Nelson Vale' the subject 'he' refers to", () => {
    const text = "Finance Minister Trevor Aske told the BBC what was needed was one approach.\nAt a dinner on Friday night, former South African president Nelson Vale backed the plan when he urged the finance chiefs to write off African debt.";
    expect(speakersOf(text)).toEqual(["Trevor Aske", "Nelson Vale"]);
  });
});

describe("participles that are no cue", () => {
  it("reads 'the money pledged by the US' as a noun phrase, and 'said much of the money…' as a clause", () => {
    const text = "Trevor Aske spoke on Friday.\nHe said much of the money pledged by the US had not yet been dispensed.";
    expect(extractLines(text).map((s) => s.text)).toEqual(["much of the money pledged by the US had not yet been dispensed"]);
    expect(extractLines("The cuts announced by the minister will hurt schools in the north.")).toEqual([]);
  });
});

describe("adverbs before the verb", () => {
  it("never makes 'afterwards' the subject: the name the relative clause follows is", () => {
    const text = 'Tom Vale, who left in the fourth eviction with 5% of the vote, afterwards said: "I am so glad I am out."';
    expect(extractLines(text)[0]!.speakerAsWritten).toBe("Tom Vale");
  });
});

describe("'the government' in a story that names no country's", () => {
  it("is Britain's in a story of Downing Street, MPs and the Commons", () => {
    const text = "Downing Street has offered troops for the relief effort.\nMPs in the Commons backed the offer, and Tory leaders welcomed it.\nThe government said the offer was aimed at the Aceh province.";
    expect(speakersOf(text)).toEqual(["UK government"]);
  });

  it("is nobody's when the story names two countries' institutions, or another country's government", () => {
    const both = "Downing Street and the White House have offered troops.\nMPs and Congress backed it; Tory and Republican leaders welcomed it.\nThe government said the offer was aimed at the Aceh province.";
    expect(speakersOf(both).at(-1)).toBeNull();
    const foreign = "Downing Street has offered troops.\nMPs in the Commons backed it, and the Indonesian government welcomed it.\nThe government said the offer was aimed at the Aceh province.";
    expect(speakersOf(foreign).at(-1)).not.toBe("UK government");
  });
});

describe("a body by what it is, in apposition", () => {
  it("makes 'Vorlax, a leading German insurer, said' a body, so 'it' after it is Vorlax", () => {
    const text = "Vorlax, a leading German insurer, said it did not know yet what its exposure would be.\nHowever, it said the waves were unlikely to have a significant impact on its business.";
    expect(speakersOf(text)).toEqual(["Vorlax", "Vorlax"]);
  });

  it("never for a name inside the sentence, nor for someone's member or another's business", () => {
    const text = "Kestrel Telecom wants its stake in Vorlax, the new network, cut to 49%.\nIt said it would not accept the cut.";
    expect(speakersOf(text)).toEqual(["Kestrel Telecom"]);
  });
});
