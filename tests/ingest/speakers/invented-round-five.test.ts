import { describe, expect, it } from "vitest";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fifth set of invented stories (eval/invented/uk7, uk8, us7,
// us8, stories 05–08). Invented sentences.

describe("an unnamed spokesperson's pronoun", () => {
  const opening = "Priya Malhotra, 31, will join the cast of EastEnders in March.";

  it("does not go on past a sentence about someone described", () => {
    const text = [
      opening,
      "A BBC spokesperson said her first scenes would air in the spring.",
      "Filming has already begun in Elstree, and the young actress has been renting a flat nearby.",
      "She said the hardest part had been learning the lines.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["BBC", "Priya Malhotra"]);
  });

  it("goes on in the sentence after", () => {
    const text = [opening, "A BBC spokesperson said her first scenes would air in the spring.", "She added that the storyline was under wraps."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["BBC", "BBC"]);
  });
});
