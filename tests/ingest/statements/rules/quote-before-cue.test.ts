import { describe, expect, it } from "vitest";
import { extractLines, onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("quotation before the cue", () => {
  describe("direct-quote-before-cue", () => {
    it.each([
      ['“We will win,” Trump said.', "“We will win,”", "Trump"],
      ['"We will win," said Sen. Ted Cruz, R-Texas.', '"We will win,"', "Sen. Ted Cruz"],
      ["''We're in the ferry business, not the hotel one,'' he said.", "''We're in the ferry business, not the hotel one,''", "he"],
      ['“This is it,” J. Martin Okafor, executive director of the Harbour Trust, said.', "“This is it,”", "J. Martin Okafor"],
      ['"It was a mistake," the Belarusian foreign minister said.', '"It was a mistake,"', "the Belarusian foreign minister"],
      ["“Fantastic,” Trump said.", "“Fantastic,”", "Trump"],
      ['"Such a bomb would be a stretch for them," Jeffrey Lyle of the Martin Center for Arms Studies wrote.', '"Such a bomb would be a stretch for them,"', "Jeffrey Lyle of the Martin Center for Arms Studies"],
      ["“It was far more than her show,” Smith added to reporters.", "“It was far more than her show,”", "Smith"],
      ['"We will win the title this year," singer Tom Reade and drummer Ann Quill said.', '"We will win the title this year,"', "drummer Ann Quill"],
      ['"It reminds us how much this vote matters," Ann Hale (R-Fla.) said.', '"It reminds us how much this vote matters,"', "Ann Hale"],
    ])("%s", (text, quote, speaker) => {
      const st = onlyStatement(text);
      expect(st.text).toBe(quote);
      expect(st.kind).toBe("direct");
      expect(st.speakerAsWritten).toBe(speaker);
    });

    it("reads a long title that ends in a full name between the quotation and the cue", () => {
      const st = onlyStatement('"We are opening accounts abroad," the national central bank\'s deputy governor Farhat Omar Ben Gadara said.');
      expect(st.rule).toBe("direct-quote-before-cue");
      expect(st.speakerAsWritten).toBe("the national central bank's deputy governor Farhat Omar Ben Gadara");
    });
  });

  describe("mixed-before-cue", () => {
    it("reads a clause that ends in a short quotation as one mixed statement, not the quoted word alone", () => {
      const st = onlyStatement('The deal also proved claims of a clash between faiths were "wrong", Mr Hale said.');
      expect([st.text, st.rule, st.speakerAsWritten]).toEqual(['The deal also proved claims of a clash between faiths were "wrong"', "mixed-before-cue", "Mr Hale"]);
    });

    it("keeps a short quotation after a few words or a comma as the quotation", () => {
      expect(onlyStatement('In his view, "a disaster", Mr Hale said.').text).toBe('"a disaster"');
    });
  });

  describe("direct-quote-split", () => {
    it("keeps a quotation split by its attribution as one statement, first mark to last", () => {
      const text = '"We are going to discuss it," he said. "In the wake of the summit we have to act."';
      const st = onlyStatement(text);
      expect(st.text).toBe(text);
      expect(st.rule).toBe("direct-quote-split");
      expect(st.kind).toBe("direct");
    });

    it("joins the two parts across a participle aside after the attribution", () => {
      const text = '"At that point," Mr Pike said, referring to the first false entries, "I knew it was wrong."';
      expect(onlyStatement(text).text).toBe(text);
    });

    it("does not join a following quotation that has its own attribution", () => {
      const found = extractLines('"First point here," he said. "Second point there," she added.');
      expect(found.map((s) => s.text)).toEqual(['"First point here,"', '"Second point there,"']);
    });
  });
});
