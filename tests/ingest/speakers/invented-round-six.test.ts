import { describe, expect, it } from "vitest";
import { extractLines, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fifth set of invented stories (stories 05–08), after the sixth set
// was written and before it was read. Invented sentences.

describe("people who wrote on a platform", () => {
  it("'Some fans on TikTok claimed' is nobody named, not TikTok", () => {
    const text = ["Country singer Mara Quist has cancelled her tour.", "Some fans on TikTok claimed the singer had been seen out at a restaurant the weekend before."].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["the singer had been seen out at a restaurant the weekend before", null]]);
  });
});

describe("a club given a plural verb", () => {
  it("'Sutton Marsh are through' is a club, so no 'he' after it is the club", () => {
    const text = ["Sutton Marsh are through to the quarter-finals of the FA Vase for the first time.", "\"It was the best day of my life,\" he said."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual([null]);
  });

  it("not a person in a subjunctive nor one named after 'and'", () => {
    const text = [
      "The advert imagined a world in which Hillary Clinton were a man.",
      "Hillary Clinton said the question answered itself.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Hillary Clinton"]);
  });
});

describe("a writing and who put it out, in a clause after it", () => {
  it("'according to a mission timeline the company released' is the company's", () => {
    const text = [
      "Lodestar Lunar Systems said on Thursday its spacecraft had landed near the south pole.",
      "The lander was designed to work for about 10 days, according to a mission timeline the company released before launch.",
    ].join("\n");
    expect(statementsAndSpeakers(text)).toContainEqual(["The lander was designed to work for about 10 days", "Lodestar Lunar Systems"]);
  });
});

describe("a name in quotation marks that a noun runs on from", () => {
  it("is no quotation the cue after it follows", () => {
    const text = "Country singer Mara Quist has cancelled the last 23 dates of her “Highway Hymns” stadium tour, saying she needs surgery on her vocal cords.";
    expect(extractLines(text).map((s) => s.text)).toEqual(["she needs surgery on her vocal cords"]);
  });

  it("a short quotation before the cue still is", () => {
    const text = "“Never Again,” the campaign's founder, Ruth Hale, said on Monday.";
    expect(extractLines(text).map((s) => s.text)).toEqual(["“Never Again,”"]);
  });
});
