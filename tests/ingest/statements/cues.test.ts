import { describe, expect, it } from "vitest";
import { cuesInReadingOrder, findCues, progressiveStart, speechLemma } from "@/lib/ingest/statements/cues";
import { extractLines } from "@/tests/helpers/line-paragraphs";

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

  describe("progressiveStart", () => {
    const at = (text: string, cue: string) => progressiveStart(text, text.indexOf(cue), cue);
    it.each([
      ["The mayor is telling residents to stay home.", "telling", "is telling"],
      ["Aides are not yet saying who will run.", "saying", "are not yet saying"],
      ["The coach isn’t saying much about it.", "saying", "isn’t saying"],
      ["Holt’s suggesting the vote be delayed.", "suggesting", "’s suggesting"],
      ["She was already claiming victory on Monday.", "claiming", "was already claiming"],
    ])("%s", (text, cue, expected) => {
      const start = at(text, cue);
      expect(text.slice(start, text.indexOf(cue) + cue.length)).toBe(expected);
    });

    it.each([
      ["It is telling that nobody came.", "telling"],
      ["What is telling is the silence.", "telling"],
      ["Residents, saying they were afraid, left.", "saying"],
      ["The mayor is told about the plan.", "told"],
      ["Brokers said Norway’s continuing losses could slow growth.", "continuing"],
    ])("no progressive in %s", (text, cue) => {
      expect(at(text, cue)).toBe(-1);
    });
  });

  describe("cuesInReadingOrder", () => {
    it("reads a name's verb that closes the sentence first, so the clause before it is that name's", () => {
      const sentence = "The band wrote a song about it, Kapranos said.";
      expect(cuesInReadingOrder(sentence).map((c) => c.text)).toEqual(["said", "wrote"]);
      expect(extractLines(sentence).map((s) => [s.text, s.speakerAsWritten])).toEqual([["The band wrote a song about it", "Kapranos"]]);
    });

    it("reads a pronoun's closing verb first too: the clause before it is what was said", () => {
      const sentence = "The island state is asking the fund for $320m to pay for relief, he said.";
      expect(extractLines(sentence).map((s) => [s.text, s.speakerAsWritten])).toEqual([["The island state is asking the fund for $320m to pay for relief", "he"]]);
    });

    it("and a description's or \"it\" of a body", () => {
      const sentence = "The council has asked residents to save water, the council said. Norvale is asking the fund for relief, it noted.";
      expect(extractLines(sentence).map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["The council has asked residents to save water", "the council"],
        ["Norvale is asking the fund for relief", "it"],
      ]);
    });

    it("with when it was said or whom it was told after the verb", () => {
      const sentence = "Some records that Vale questioned are already stored safely, Kennedy wrote Vale. The firm is asking for more cash, he said on Monday.";
      expect(extractLines(sentence).map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ["Some records that Vale questioned are already stored safely", "Kennedy"],
        ["The firm is asking for more cash", "he"],
      ]);
    });

    it("and a name after its verb: \", argued Mr Howard.\"", () => {
      const sentence = "It was no good Mr Blair claiming the pledges were left to the manifesto, argued Mr Howard.";
      expect(extractLines(sentence).map((s) => [s.text, s.speakerAsWritten])).toEqual([["It was no good Mr Blair claiming the pledges were left to the manifesto", "Mr Howard"]]);
    });

    it("not a pronoun's after a quotation or its own saying", () => {
      const said = "Other candidates said they back the plan, but they would not fund it, they said.";
      expect(extractLines(said).map((s) => s.speakerAsWritten)).toEqual(["Other candidates"]);
    });

    it("keeps reading order when the sentence does not close on a name and its verb", () => {
      expect(cuesInReadingOrder("He wrote that the band had said too much.").map((c) => c.text)).toEqual(["wrote", "said"]);
    });
  });
});
