import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the sixteenth round of BBC gold (twenty-fourth session); every
// sentence is invented.
describe("'he' after words that open on someone else", () => {
  it("never gives 'Tony Vale would be in the front line, he said' to Tony Vale", () => {
    const text = "Election chief Alan Merrow explained the slogan on Monday.\n\"Not many people talk about the old days,\" he declared.\nAnd Tony Vale would be in the very front line of that campaign, he said.";
    expect(speakersOf(text).slice(-2)).toEqual(["Alan Merrow", "Alan Merrow"]);
  });

  it("nor 'Mr Vale's government was bossy, he added' to Vale", () => {
    const text = "Opposition leader Michael Harwood spoke on Friday.\nTony Vale had failed to tackle the problems facing Britain.\nMr Vale's government was a bossy, interfering government, he added.";
    expect(speakersOf(text)).toEqual(["Michael Harwood"]);
  });
});

describe("a relative named by a first name alone", () => {
  it("gives 'His wife Sharon' the surname of the man just named", () => {
    const text = "Ozzy Vance has been burgled at his home in Buckinghamshire.\nHis wife Sharon said her wedding rings were taken as she slept.\nSharon said the thieves had taken her jewellery.";
    expect(speakersOf(text)).toEqual(["Sharon Vance", "Sharon Vance"]);
  });

  it("never a word that is no first name, nor anyone's without a name before", () => {
    expect(speakersOf("His wife Sharon said her rings were taken as she slept.")).toEqual(["Sharon"]);
  });
});
