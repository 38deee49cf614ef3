import { describe, expect, it } from "vitest";
import { findCues, speechLemma } from "@/lib/ingest/statements/cues";

describe("cues", () => {
  describe("speechLemma", () => {
    it.each([
      ["said", "say"],
      ["told", "tell"],
      ["stressed", "stress"],
      ["reaffirmed", "reaffirm"],
      ["clarified", "clarify"],
      ["highlighted", "highlight"],
      ["tweeted", "tweet"],
      ["believes", null],
    ])("%s → %s", (form, lemma) => {
      expect(speechLemma(form)).toBe(lemma);
    });

    it("never takes the noun forms 'state' and 'post' for verbs", () => {
      expect([speechLemma("states"), speechLemma("post"), speechLemma("stated"), speechLemma("posted")]).toEqual([null, null, "state", "post"]);
    });
  });

  describe("findCues", () => {
    it("finds one-word, phrasal and 'according to' cues in reading order", () => {
      expect(findCues("He said she pointed out, according to aides, that it stressed").map((c) => c.text)).toEqual([
        "said",
        "pointed out",
        "according to",
        "stressed",
      ]);
    });

    it("finds no cue inside a longer word", () => {
      expect(findCues("naïvesaid 2said")).toEqual([]);
    });
  });
});
