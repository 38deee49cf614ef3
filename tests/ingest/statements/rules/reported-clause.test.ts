import { describe, expect, it } from "vitest";
import { extractLines, onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("reported clauses", () => {
  describe("indirect and mixed statements", () => {
    it.each([
      ["Vladimir Makei said the deployment of missile defense elements is undermining the balance.", "the deployment of missile defense elements is undermining the balance", "Vladimir Makei", "indirect"],
      ["Lavrov stated in the talks that the sides have discussed the situation.", "the sides have discussed the situation", "Lavrov", "indirect"],
      ["He clarified, however, that a 'constructive agreement is still in place'.", "a 'constructive agreement is still in place'.", "He", "mixed"],
      ["Trump told reporters on Tuesday that the wall would be built.", "the wall would be built", "Trump", "indirect"],
      ["Lavrov also highlighted, during the joint press conference, that neither Russia nor Belarus wants confrontation.", "neither Russia nor Belarus wants confrontation", "Lavrov", "indirect"],
      ['Lavrov said such policies "contradict decisions adopted by the OSCE."', 'such policies "contradict decisions adopted by the OSCE."', "Lavrov", "mixed"],
      ["Dana Whitlow, executive director of the tenants' group, said the union was divided.", "the union was divided", "Dana Whitlow", "indirect"],
      ["The task of schools now, she said in a speech at the annual conference, is to teach pupils to think.", "The task of schools now, she said in a speech at the annual conference, is to teach pupils to think", "she", "indirect"],
      ["Growth will slow next year, the agency forecasts, due to weak demand at home.", "Growth will slow next year, the agency forecasts, due to weak demand at home", "the agency", "indirect"],
      ["The stall did well all week, he said, wiping his brow.", "The stall did well all week", "he", "indirect"],
      ["Harwood's said a merger would create a global player.", "a merger would create a global player", "Harwood's", "indirect"],
      ["Prime Minister Ana Lutz said as many as 3,000 firms may be checked.", "as many as 3,000 firms may be checked", "Prime Minister Ana Lutz", "indirect"],
      ["Lutz went on to say the firms would be named.", "the firms would be named", "Lutz", "indirect"],
      ['The judges called it "a moving piece of work".', 'it "a moving piece of work".', "The judges", "mixed"],
      ["The mayor described it as a disaster for the town.", "it as a disaster for the town", "The mayor", "indirect"],
      ["Within a month or so a fuller account would appear of the costs, he added.", "Within a month or so a fuller account would appear of the costs", "he", "indirect"],
      ["It was because the plans were dropped that the economy grew, claimed Mr Brown.", "It was because the plans were dropped that the economy grew", "Mr Brown", "indirect"],
    ])("%s", (text, content, speaker, kind) => {
      const st = onlyStatement(text);
      expect(st.text).toBe(content);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.kind).toBe(kind);
    });

    it("does not take a show's title in quotation marks for the content", () => {
      const st = onlyStatement("On Harbour Radio’s “Morning Tide,” Nora Pike said a Pike-Varga slate would be a “two-captain ship.”");
      expect(st.text).toBe("a Pike-Varga slate would be a “two-captain ship.”");
      expect(st.kind).toBe("mixed");
      expect(st.speakerAsWritten).toBe("Nora Pike");
    });
  });

  describe("indirect-before-cue", () => {
    it("takes the content before an attribution that comes last", () => {
      const st = onlyStatement("The alliance polishes its argument from summit to summit, he said.");
      expect(st.text).toBe("The alliance polishes its argument from summit to summit");
      expect(st.rule).toBe("indirect-before-cue");
    });
  });

  describe("indirect-parenthetical", () => {
    it("takes the whole sentence when the attribution stands in the middle", () => {
      const st = onlyStatement("This season, she says, is unlike the others.");
      expect(st.text).toBe("This season, she says, is unlike the others");
      expect(st.rule).toBe("indirect-parenthetical");
    });
  });

  describe("indirect-object", () => {
    it.each([
      ["Sanders called for a ban on fracking in every state.", "for a ban on fracking in every state", "Sanders"],
      ["Clinton accused Trump of running a divisive campaign.", "Trump of running a divisive campaign", "Clinton"],
      ["Rubio asked whether the deal would survive the next administration.", "whether the deal would survive the next administration", "Rubio"],
      ["Harbour Bank now forecasts growth of 3% for next year.", "growth of 3% for next year", "Harbour Bank"],
      ["The Northern Trade Council (NTC) still forecasts exports of $2bn.", "exports of $2bn", "The Northern Trade Council"],
      ["Kestrel is forecasting a loss of £40m.", "a loss of £40m", "Kestrel"],
    ])("reads a speech act's object as what was said: %s", (text, content, speaker) => {
      const st = onlyStatement(text);
      expect(st.text).toBe(content);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.rule).toBe("indirect-object");
    });

    it.each([
      "Sluggish growth forecasts slipping to 1.8% worried the markets.",
      "Profits were ahead of analysts' forecasts of £532m.",
      "Previous gloomy forecasts proved wrong.",
    ])("takes a forecast written as a noun for no speech act: %s", (text) => {
      expect(extractLines(text)).toEqual([]);
    });
  });

  describe("indirect-as-cue", () => {
    it("reads the main clause after 'As X reported,'", () => {
      const st = onlyStatement("As the Harbour Gazette reported, even late on Tuesday, the board was declining to call it a strike.");
      expect(st.text).toBe("the board was declining to call it a strike");
      expect(st.speakerAsWritten).toBe("the Harbour Gazette");
    });
  });
});
