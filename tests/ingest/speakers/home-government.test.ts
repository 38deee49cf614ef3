import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// "The government" in British news: the UK government, however the article has named it before.

describe("'the government' in British news", () => {
  it("is the UK government when a capitalised 'Government' opened a sentence before", () => {
    const text = [
      "An alerting service for home computer users is being launched by the UK government.",
      "Government statistics show that half of home users have no firewall.",
      "The government said it would issue alerts about six times a year.",
    ].join("\n");
    // (What the statistics show is a statement too; its speaker is not what this test is about.)
    expect(speakersOf(text).at(-1)).toBe("British government");
  });

  it("is the UK government in a story of civil servants, the NHS and council tax", () => {
    const text = [
      "The biggest civil service union is to ballot its members on strikes over pensions.",
      "Civil servants, NHS staff and council tax collectors could walk out in March.",
      "The government said unions would be consulted before any changes were made.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["UK government"]);
  });
});

describe("'the party' in an article that names one party", () => {
  it("is that party, named as the article names it", () => {
    expect(speakersOf("Tories pledge free sports lessons\nChildren would be offered two hours of sports a week by a future Tory government, the party has said.")).toEqual(["Tories"]);
    expect(speakersOf("Lib Dems target the student vote\nStudents can decide the fate of MPs, Liberal Democrat leader Charles Kennedy has claimed. The party says students can win it 27 seats.")).toEqual(["Charles Kennedy", "Lib Dems"]);
  });

  it("is not a party of another country's names", () => {
    expect(speakersOf("SPD row\nVoters in Berlin punished the Social Democrats, who lost ground in the polls. Its support fell by a third, the party has said.")).toEqual([null]);
  });

  it("is nobody when the article names two", () => {
    expect(speakersOf("Labour and the Tories clash over tax\nTaxes would rise under a Labour government, the party has said.")).toEqual([null]);
  });
});

describe("a city that speaks", () => {
  it("is its council, named 'City of' the place (never the place's one word)", () => {
    expect(speakersOf("Facebook activated its safety check for people in Nice.\nIn a tweet, the city of Nice said people should seek shelter.")).toEqual(["City of Nice"]);
  });
});
