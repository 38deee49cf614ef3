import { describe, expect, it } from "vitest";
import { extractStatements, speechLemma, type RawStatement } from "@/lib/ingest/extract-statements";

/** Each line of `text` is one paragraph. */
function extract(text: string): Array<RawStatement & { text: string }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  return extractStatements(text, paragraphs).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

function only(text: string): RawStatement & { text: string } {
  const found = extract(text);
  expect(found, JSON.stringify(found.map((s) => s.text))).toHaveLength(1);
  return found[0]!;
}

describe("extractStatements", () => {
  describe("direct quotations", () => {
    it.each([
      ['“We will win,” Trump said.', "“We will win,”", "Trump"],
      ['"We will win," said Sen. Ted Cruz, R-Texas.', '"We will win,"', "Sen. Ted Cruz"],
      ['Trump said: "We will build the wall."', '"We will build the wall."', "Trump"],
      ["''We're in the people-pleasing business,'' he said.", "''We're in the people-pleasing business,''", "he"],
      ['“This is it,” J. Gerald Hebert, executive director of the Campaign Legal Center, said.', "“This is it,”", "J. Gerald Hebert"],
      ['"It was a mistake," the Belarusian foreign minister said.', '"It was a mistake,"', "the Belarusian foreign minister"],
      ["“Fantastic,” Trump said.", "“Fantastic,”", "Trump"],
    ])("%s", (text, quote, speaker) => {
      const st = only(text);
      expect(st.text).toBe(quote);
      expect(st.kind).toBe("direct");
      expect(st.speakerAsWritten).toBe(speaker);
    });

    it("keeps a quotation split by its attribution as one statement, first mark to last", () => {
      const text = '"We are going to discuss it," he said. "In the wake of the summit we have to act."';
      const st = only(text);
      expect(st.text).toBe(text);
      expect(st.rule).toBe("direct-quote-split");
      expect(st.kind).toBe("direct");
    });

    it("does not join a following quotation that has its own attribution", () => {
      const found = extract('"First point here," he said. "Second point there," she added.');
      expect(found.map((s) => s.text)).toEqual(['"First point here,"', '"Second point there,"']);
    });

    it("gives a quotation standing alone after a statement to the same speaker", () => {
      const found = extract('“We will win,” Trump said.\n“And we will win big, believe me.”');
      expect(found).toHaveLength(2);
      expect(found[1]!.rule).toBe("direct-quote-continuation");
      expect(found[1]!.speakerAsWritten).toBe("Trump");
    });

    it("takes a quotation opening the next paragraph after 'X said:'", () => {
      const found = extract("Mr. Obama said:\n“This is not who we are.”");
      expect(found.map((s) => [s.text, s.speakerAsWritten])).toEqual([["“This is not who we are.”", "Mr. Obama"]]);
    });
  });

  describe("indirect and mixed statements", () => {
    it.each([
      ["Vladimir Makei said the deployment of missile defense elements is undermining the balance.", "the deployment of missile defense elements is undermining the balance", "Vladimir Makei", "indirect"],
      ["Lavrov stated in the talks that the sides have discussed the situation.", "the sides have discussed the situation", "Lavrov", "indirect"],
      ["He clarified, however, that a 'constructive agreement is still in place'.", "a 'constructive agreement is still in place'.", "He", "mixed"],
      ["Trump told reporters on Tuesday that the wall would be built.", "the wall would be built", "Trump", "indirect"],
      ["Lavrov also highlighted, during the joint press conference, that neither Russia nor Belarus wants confrontation.", "neither Russia nor Belarus wants confrontation", "Lavrov", "indirect"],
      ['Lavrov said such policies "contradict decisions adopted by the OSCE."', 'such policies "contradict decisions adopted by the OSCE."', "Lavrov", "mixed"],
      ["Marla Kilfoyle, executive director of the activist group, said the union was divided.", "the union was divided", "Marla Kilfoyle", "indirect"],
    ])("%s", (text, content, speaker, kind) => {
      const st = only(text);
      expect(st.text).toBe(content);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.kind).toBe(kind);
    });

    it("does not take a show's title in quotation marks for the content", () => {
      const st = only("On Fox News Channel’s “Hannity,” Newt Gingrich said a Trump-Gingrich ticket would be a “two-pirate ticket.”");
      expect(st.text).toBe("a Trump-Gingrich ticket would be a “two-pirate ticket.”");
      expect(st.kind).toBe("mixed");
      expect(st.speakerAsWritten).toBe("Newt Gingrich");
    });

    it("takes the content before an attribution that comes last", () => {
      const st = only("The alliance polishes its argument from summit to summit, he said.");
      expect(st.text).toBe("The alliance polishes its argument from summit to summit");
      expect(st.rule).toBe("indirect-before-cue");
    });

    it("takes the whole sentence when the attribution stands in the middle", () => {
      const st = only("This campaign, he says, is different from the others.");
      expect(st.text).toBe("This campaign, he says, is different from the others");
      expect(st.rule).toBe("indirect-parenthetical");
    });

    it.each([
      ["According to the Russian minister, Europe must approve the principle of equal security.", "Europe must approve the principle of equal security", "the Russian minister"],
      ["The deficit grew by a third last year, according to the Congressional Budget Office.", "The deficit grew by a third last year", "the Congressional Budget Office"],
    ])("reads 'according to': %s", (text, content, speaker) => {
      const st = only(text);
      expect(st.text).toBe(content);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.cue).toMatch(/^[Aa]ccording to$/);
    });

    it.each([
      ["Sanders called for a ban on fracking in every state.", "for a ban on fracking in every state", "Sanders"],
      ["Clinton accused Trump of running a divisive campaign.", "Trump of running a divisive campaign", "Clinton"],
      ["Rubio asked whether the deal would survive the next administration.", "whether the deal would survive the next administration", "Rubio"],
    ])("reads a speech act's object as what was said: %s", (text, content, speaker) => {
      const st = only(text);
      expect(st.text).toBe(content);
      expect(st.speakerAsWritten).toBe(speaker);
      expect(st.rule).toBe("indirect-object");
    });

    it("reads the main clause after 'As X reported,'", () => {
      const st = only("As Breitbart News reported, even on Friday morning, the White House was refusing to call it terrorism.");
      expect(st.text).toBe("the White House was refusing to call it terrorism");
      expect(st.speakerAsWritten).toBe("Breitbart News");
    });

    it("gives a participle cue to the subject of the sentence", () => {
      const st = only("Trump attacked Clinton on Tuesday, saying she was unfit to serve.");
      expect(st.text).toBe("she was unfit to serve");
      expect(st.speakerAsWritten).toBe("Trump");
      expect(st.speakerMode).toBe("sentence-subject");
    });
  });

  describe("what is not a statement", () => {
    it.each([
      ["That said, the plan has flaws that nobody can ignore."],
      ["In a statement on Tuesday, the committee's plans were unveiled."],
      ["The so-called “alt-right” movement grew online."],
      ["Voters in three states head to the polls on Tuesday."],
      ["His claims were later shown to be false."],
      ["She was asked to leave the room."],
      ["A group called the People's Foundation met on Monday."],
      ["He warned on Wednesday."],
    ])("%s", (text) => {
      expect(extract(text)).toEqual([]);
    });
  });

  describe("offsets", () => {
    it("returns spans into the given source, skipping text outside the paragraphs", () => {
      const source = "HEADLINE: Trump says stuff\n\nTrump said the economy is strong.";
      const start = source.indexOf("Trump said");
      const found = extractStatements(source, [{ start, end: source.length }]);
      expect(found).toHaveLength(1);
      expect(source.slice(found[0]!.start, found[0]!.end)).toBe("the economy is strong");
      expect(source.slice(found[0]!.speakerSpan!.start, found[0]!.speakerSpan!.end)).toBe("Trump");
      expect(source.slice(found[0]!.cueSpan!.start, found[0]!.cueSpan!.end)).toBe("said");
    });
  });

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
  });
});
