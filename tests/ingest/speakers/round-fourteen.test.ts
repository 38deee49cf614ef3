import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fourteenth round of BBC gold (twenty-fourth session); every
// sentence is invented.
describe("two people of one surname, one of them a knight", () => {
  it("never calls the knight 'Mr': 'Mr Hale' is the other Hale", () => {
    const text = "Sir Ian Hale said terror groups would remember the bombing.\nSir Ian said the threat was real.\nOn Monday Tony Hale defended his plans for house arrest.\nBut Mr Hale insisted: \"There is no greater liberty than to live free from attack.\"";
    expect(speakersOf(text)).toEqual(["Ian Hale", "Ian Hale", "Tony Hale"]);
  });

  it("still gives 'Mr Hale' to the one Hale when he is no knight", () => {
    expect(speakersOf("Tony Hale defended his plans.\nMr Hale said it would be wrong to wait.")).toEqual(["Tony Hale"]);
  });
});

describe("someone who speaks for a person described", () => {
  it("gives 'the prime minister's official spokesman' to nobody, not to the person last named", () => {
    const text = "Home Secretary Charles Vane said the plans were needed.\nAsked about the plans, the prime minister's official spokesman said: \"We believe the threat is real.\"";
    expect(speakersOf(text)).toEqual(["Charles Vane", null]);
  });

  it("gives 'the company's spokesman' to the company", () => {
    expect(speakersOf("Kestrel Telecom cut 900 jobs on Friday.\nThe company's spokesman said more cuts would follow.")).toEqual(["Kestrel Telecom"]);
  });
});

describe("a member of a body in apposition, without its closing comma", () => {
  it("gives the words to the member named, not the body", () => {
    const text = '"Patent rights protect inventors," Eva Lindqvist, an Austrian Green member of the European Parliament said in a statement.';
    expect(speakersOf(text)).toEqual(["Eva Lindqvist"]);
    expect(speakersOf("Eva Lindqvist, an Austrian Green member of the European Parliament said patents protect inventors.")).toEqual(["Eva Lindqvist"]);
  });
});

describe("names of more than one part", () => {
  it("reads 'Hicham El Guerrouj' as one person, so 'the 30-year-old' after him is he", () => {
    const text = 'Double Olympic champion Hicham El Tahiri is set to make a rare appearance at the championships.\n"If I am to compete, it is only if I feel I can win," said the 30-year-old.';
    expect(speakersOf(text)).toEqual(["Hicham El Tahiri"]);
  });

  it("reads a ministry named by a list of what it does as one body, commas and all", () => {
    expect(speakersOf("The Department for Environment, Food and Rural Affairs said the ban would stay in place.")).toEqual(["Department for Environment, Food and Rural Affairs"]);
    const according = speakersOf("According to figures from the Ministry of Economy, Trade and Industry, the decline was led by a fall in demand.");
    expect(according).toHaveLength(1);
    expect(according[0]).toMatch(/Ministry of Economy, Trade and Industry|METI/);
  });

  it("never joins a bank and the firms listed after it", () => {
    expect(speakersOf("The Bank of England, Barclays and HSBC said rates would rise next year.")).not.toContain("Bank of England, Barclays and HSBC");
  });
});
