import { describe, expect, it } from "vitest";
import { extractLines } from "@/tests/helpers/line-paragraphs";

describe("quotations without a cue of their own", () => {
  describe("direct-quote-continuation", () => {
    it("gives a quotation standing alone after a statement to the same speaker", () => {
      const found = extractLines('“We will win,” Trump said.\n“And we will win big, believe me.”');
      expect(found).toHaveLength(2);
      expect(found[1]!.rule).toBe("direct-quote-continuation");
      expect(found[1]!.speakerAsWritten).toBe("Trump");
    });

    it("names, as evidence, the speaker of the statement just before, not the one whose cue was read last", () => {
      const text = 'Analysts said the growth was weak. "It suggests a moderate pace," said Rick Egan, an economist. "We are not getting the boost." "The economy is producing a moderate amount of jobs," said Ken Mayer, another economist. "That means there are few new openings."';
      const found = extractLines(text);
      expect(found.at(-1)!.speakerAsWritten).toBe("Ken Mayer");
    });

    it("continues the previous paragraph's quotation even when a later cue in the paragraph speaks", () => {
      const text = 'But he is calm, insisting: "We have nothing to fear from them because they are new.\n"We have won this cup before and we will win it again." The captain Ana Ruiz admitted: "They are strong."';
      const found = extractLines(text);
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([
        ['"We have nothing to fear from them because they are new.\n"We have won this cup before and we will win it again."', "he"],
        ['"They are strong."', "The captain Ana Ruiz"],
      ]);
    });
  });

  describe("a quotation after a sentence that says who agrees", () => {
    it("gives the quotation to the person the sentence before names, not the last speaker", () => {
      const text = '“Savers were robbed,” said Carlos Baez.\nMr Vance, who grew up in Lima, agreed. “If I have to save pesos there is not much problem.”';
      const found = extractLines(text);
      expect(found.map((s) => s.speakerAsWritten)).toEqual(["Carlos Baez", "Mr Vance"]);
    });

    it("reads 'was keen not to', 'is keen to' and a role before the name the same way", () => {
      const keen = '“It is a special moment,” Tom Hale said. Double try scorer Ian Royce was keen not to talk about a Grand Slam for the side. “We have a tough game against Scotland.”';
      expect(extractLines(keen).map((s) => s.speakerAsWritten)).toEqual(["Tom Hale", "Double try scorer Ian Royce"]);
      const though = '“The young players were superb,” said Jason Forde. Ruddock, though, is keen to protect his players from injury and fatigue. “There is nothing more they can do to impress me.”';
      expect(extractLines(though).map((s) => s.speakerAsWritten)).toEqual(["Jason Forde", "Ruddock"]);
    });
  });

  describe("direct-quote-next-paragraph", () => {
    it("takes a quotation opening the next paragraph after 'X said:'", () => {
      const found = extractLines("Mr. Obama said:\n“This is not who we are.”");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([["“This is not who we are.”", "Mr. Obama"]]);
    });
  });
});
