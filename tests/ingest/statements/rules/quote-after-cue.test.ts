import { describe, expect, it } from "vitest";
import { extractLines, onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("quotation after the cue", () => {
  describe("direct-quote-after-cue", () => {
    it("takes the quotation after 'X said:'", () => {
      const st = onlyStatement('Trump said: "We will build the wall."');
      expect(st.text).toBe('"We will build the wall."');
      expect(st.kind).toBe("direct");
      expect(st.speakerAsWritten).toBe("Trump");
    });

    it.each([
      ['- Leeds boss Kevin Kerr: "Our passing was poor in the first hour. "The lads fought back well."', '"Our passing was poor in the first hour. "The lads fought back well."', "Leeds boss Kevin Kerr"],
      ['Alan Fergus: "It was not our best game, but we deserved to win."', '"It was not our best game, but we deserved to win."', "Alan Fergus"],
    ])("takes a paragraph's quotation after the name and a colon that open it: %s", (text, quote, speaker) => {
      const st = onlyStatement(text);
      expect(st.text).toBe(quote);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.cue).toBe(":");
    });

    it.each([['The answer was clear: "We will not sell."'], ['Warning: "Do not open this door."']])("reads no speaker in a clause or one word before a colon: %s", (text) => {
      expect(extractLines(text)).toEqual([]);
    });
  });
});
