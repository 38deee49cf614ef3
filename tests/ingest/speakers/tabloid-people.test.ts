import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// How British and American tabloids introduce people, with first names no list of ours knows.

describe("a name a tabloid's first line prints in capitals", () => {
  it("is written as the article writes it elsewhere", () => {
    const text = "ALISTAIR MENZIES-ABERNETHY delivered the shock of the night, then admitted he was up at five.\nMenzies-Abernethy said he would sleep on the bus.";
    expect(speakersOf(text)).toEqual(["Alistair Menzies-Abernethy", "Alistair Menzies-Abernethy"]);
  });

  it("stays in capitals when the article never writes it otherwise (a masthead, an acronym)", () => {
    expect(speakersOf("ORLA QUENBY said the vote was rigged.")).toEqual(["ORLA QUENBY"]);
  });
});

describe("descriptions tabloids use for parents", () => {
  it.each([
    ["The dad-of-four", "Dorran Quillfeather", "he"],
    ["The mum-of-one", "Ysolde Quillfeather", "she"],
    ["The father of three", "Dorran Quillfeather", "he"],
  ])("reads '%s' as the person just named", (description, name, pronoun) => {
    const text = `“I just guessed which way they would go,” ${name} said.\nThe keeper saved three penalties.\n${description} said ${pronoun} had studied clips on the bus.`;
    expect(speakersOf(text)).toEqual([name, name]);
  });
});

describe("signs that an unlisted name is a person's", () => {
  it("an age in commas after the name", () => {
    expect(speakersOf("Tarquinio Velloza, 61, has run the shop since 1991.\nHe said the fire had ruined him.")).toEqual(["Tarquinio Velloza"]);
  });

  it("a nickname of two words in quotation marks, when the article also writes a firm under the surname", () => {
    const text = "The blaze gutted Velloza Slice House on Tuesday.\nDemos “Jimmy D” Velloza, who opened it in 2022, watched from the street.\nVelloza said he had lost everything.";
    expect(speakersOf(text)).toEqual(["Demos Velloza"]);
  });

  it("a role in apposition before the name", () => {
    const text = "Quarrie’s lawyer, Lorcan Tibbald, blasted the case as a fairy tale.\n“My client was asleep at home,” Tibbald said.";
    expect(speakersOf(text)).toEqual(["Lorcan Tibbald"]);
  });
});

describe("'the judge' after 'Justice …'", () => {
  it("is the justice named before", () => {
    const text = "Justice Ondria Vallance-Rhee set bail at $250,000.\n“Stay away from the man,” the judge told the defendant.";
    expect(speakersOf(text)).toEqual(["Ondria Vallance-Rhee"]);
  });
});

describe("a lead whose words describe someone, spoken by others", () => {
  it("is not given to the person named next", () => {
    const text = "A pizza-maker torched a rival’s shop because he was sure the recipe was stolen, prosecutors charged.\nFulco Strazzamonte, 58, pleaded not guilty.";
    expect(speakersOf(text)).toEqual([null]);
  });
});
