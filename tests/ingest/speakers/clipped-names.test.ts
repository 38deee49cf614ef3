import { describe, expect, it } from "vitest";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// "The Fed", "the Met": news clips the first word of a body's name and goes on with it.

describe("a body's name clipped to its first word's first syllable", () => {
  it("'the Fed' after 'the US Federal Reserve' is the same body, whichever comes first", () => {
    const after = ["The US Federal Reserve said inflation was under control.", "The Fed said it would move at a measured pace."].join("\n");
    expect(statementsAndSpeakers(after).map(([, speaker]) => speaker)).toEqual(["Federal Reserve", "Federal Reserve"]);
    const before = ["The Fed said it would move at a measured pace.", "Later the Federal Reserve said inflation was under control."].join("\n");
    expect(new Set(statementsAndSpeakers(before).map(([, speaker]) => speaker)).size).toBe(1);
  });

  it("'the Met said' after the Metropolitan Police: the force speaks, and a verb's form is its name", () => {
    const text = ["The Metropolitan Police said three men had been arrested.", "The Met said the raids were linked to a fraud inquiry."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Metropolitan Police", "Metropolitan Police"]);
  });

  it("is no clip of a word that merely begins the same way", () => {
    const text = ["Federated Stores said its sales rose by a fifth over the holidays.", "The Fed said rates would rise."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Federated Stores", "The Fed"]);
  });
});
