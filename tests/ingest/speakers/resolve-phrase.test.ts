import { describe, expect, it } from "vitest";
import { resolveLines as resolved, speakersOf } from "@/tests/helpers/line-paragraphs";

describe("resolvePhrase", () => {
  describe("pronoun speakers", () => {
    it("gives 'he said' to the last named speaker", () => {
      expect(speakersOf("Senator John Smith said the bill would pass.\n“It is a good bill,” he said.")).toEqual(["John Smith", "John Smith"]);
    });

    it("gives 'she said' to the last woman spoken of, not the last man", () => {
      const text = "Hillary Clinton met Bernie Sanders on Monday.\nClinton said the party was united.\n“We are stronger together,” she said.";
      expect(speakersOf(text)).toEqual(["Hillary Clinton", "Hillary Clinton"]);
    });

    it("never gives a quotation to someone its own words name", () => {
      const text =
        "Manager Tom Ardley said the squad was ready.\nPeter Vonk spoke of his dislike of the referee. “I have had a word with Peter and he knows it,” he said.";
      expect(speakersOf(text)).toEqual(["Tom Ardley", "Tom Ardley"]);
    });

    it("names someone the attribution between a quotation's parts names", () => {
      const text = "Ann Cole met Ray Hollis.\n“The market is weak,” Hollis warned. “It will not recover.”\n“We are done,” he said.";
      expect(speakersOf(text).at(-1)).toBe("Ray Hollis");
    });

    it("reads the name after a possessive and its role as the sentence's subject", () => {
      const text = "Coach Lars Brenner said the appeal would fail.\nVance's lawyer, Simon Hale, reacted angrily to Brenner's comments. “This only helps our case,” he told reporters.";
      expect(speakersOf(text)).toEqual(["Lars Brenner", "Simon Hale"]);
    });

    it("reads the person after an organisation and a role as the subject", () => {
      const text = "Paul Marsh met the board.\nKestrel chairman Dan Oakes visited the plant on Monday. “We are in good shape,” he said.";
      expect(speakersOf(text)).toEqual(["Dan Oakes"]);
    });

    it("gives 'he' to the one person named only in the possessive when no one else came before", () => {
      const text = "Ken Marlow's annual address opened the party's campaign.\nIn its last part, he declared: “We will win again.”";
      expect(speakersOf(text)).toEqual(["Ken Marlow"]);
    });

    it("does not give 'he' to a person whose spokesman was named in the possessive", () => {
      const text = "Ken Marlow's spokesman met the press on Monday.\nLater, he declared: “We will win again.”";
      expect(speakersOf(text)).toEqual([null]);
    });

    it("does not give 'he' to one of two people named only in the possessive", () => {
      const text = "Ken Marlow's address and Tom Pryor's reply opened the campaign.\nLater, he declared: “We will win again.”";
      expect(speakersOf(text)).toEqual([null]);
    });

    it("gives 'he' to the one person the article named, even where he was named as no subject", () => {
      const text = "A third of the users polled were unhappy, and this could be just the start, thinks Tom Varden, editor of Net Week.\n“We expect these figures to rise next year,” he said.";
      expect(speakersOf(text)).toEqual(["Tom Varden"]);
    });

    it("leaves 'he' unresolved when two people were named and neither as a subject", () => {
      const text = "The start, thinks Tom Varden, editor of Net Week, and his deputy Alan Pike.\n“We expect these figures to rise next year,” he said.";
      expect(speakersOf(text)).toEqual([null]);
    });

    it("takes no pronoun's gender from the longer lists of first names", () => {
      // Philippe is on stdlib's list of women's names only.
      expect(speakersOf("Former Lyon winger Philippe Sellan thinks the coach must act.\nSellan admitted he was impressed. But he told BBC Sport: “Vidal is the answer.”")).toEqual(["Philippe Sellan", "Philippe Sellan"]);
    });

    it("reads no gender from a first name given to both, nor from 'chairman' (British papers call women so)", () => {
      expect(speakersOf("Nurses' union chairman Jan Perry said staff should be heard.\n“They must not be put at risk,” she said.")).toEqual(["Jan Perry", "Jan Perry"]);
    });

    it("reads a person's gender from the pronoun that opens their reported words when no list knows the name", () => {
      // Neither Sontaya nor Ozwin is on a list of first names; "Kunplome said she" and "Ozwin said he" tell.
      expect(speakersOf("Adel Nefzi met Sontaya Kunplome on Monday. Kunplome said she would stand again.\n“We will win,” he said.")).toEqual(["Sontaya Kunplome", "Adel Nefzi"]);
      expect(speakersOf("Ozwin Barrow said he was shaken. Sharon Barrow was at home. Ozwin gave her a ring.\nShe said she wished she had worn it.")).toEqual(["Ozwin Barrow", "Sharon Barrow"]);
    });

    it("takes the name after a name and a role for the sentence's subject, not the name that qualifies the role", () => {
      expect(speakersOf("Senator Tom Harlow faces a hard race. Harlow pollster Dan Mercer has studied it closely.\n“Voters are tired,” he said.")).toEqual(["Dan Mercer"]);
      expect(speakersOf("Former Love Island contestant Megan Doyle has split from Josh Carter.\nThe 26-year-old said it was hard.")).toEqual(["Megan Doyle"]);
    });

    it("knows first names beyond its own lists", () => {
      expect(speakersOf("Justine Vale lost to Elena Dorn on Sunday.\n“I know that,” she said.")).toEqual(["Justine Vale"]);
      expect(speakersOf("Conchita Ruiz beat Anna-Lena Groen in the final.\nGroen played well. “It was my first final,” said the German.")).toEqual(["Anna-Lena Groen"]);
    });

    it("reads the name in apposition to a description that opens the sentence as its subject", () => {
      expect(speakersOf("Tom Reyes led the search.\nOne woman, Vera Lapp, found her sister. “We cried,” she said.")).toEqual(["Vera Lapp"]);
    });

    it("knows the person after an organisation's possessive, whom 'he' then refers to", () => {
      expect(speakersOf("Chelsea's William Garron believes they will win the league.\n“It'll be a two-horse race,” he told BBC Sport.")).toEqual(["William Garron"]);
    });

    it("reads the subject after a fronted adverbial, and a name without the letters after it", () => {
      const text = "The matter will go to Speaker Michael Marten's desk.\nIn the chamber, Tory backbencher Andrew Tyre MP pressed for a statement. Rising to speak, he said it was a disgrace.";
      expect(speakersOf(text)).toEqual(["Andrew Tyre"]);
    });

    it("takes no object of a description's verb for the sentence's subject", () => {
      const text = "Everton manager David Moss will punish striker Jim Beatty.\nThe Scot initially backed Beatty, saying the referee was wrong. But he has changed his mind. He said: “The red card was right.”";
      expect(speakersOf(text).at(-1)).toBe("David Moss");
    });

    it("leaves 'they said' unresolved", () => {
      expect(speakersOf("Officials met on Monday.\nThe deal is close, they said.")).toEqual([null]);
    });

    it("gives nobody the words of people close to someone, not the person they are close to", () => {
      expect(speakersOf("Damian Hale has left the party.\nSources close to Mr Hale said eight others would follow.")).toEqual([null]);
      expect(speakersOf("Kirsty Vane, 31, plays Tina.\nA source close to the actress said she was upset.")).toEqual([null]);
    });
  });

  describe("names", () => {
    it("reads a capitalised compound role opening the sentence as the role, not a first name", () => {
      expect(speakersOf("Dom Asante scored twice on Saturday.\nMatch-winner Asante told Sky Sports: “I just picked my spot.”")).toEqual(["Dom Asante"]);
      expect(speakersOf("Clive Rowan is up for best actor.\nThe Oscar-nominated Rowan said: “It is all new to me.”")).toEqual(["Clive Rowan"]);
    });

    it("tells Bill Clinton from Hillary Clinton", () => {
      const text = "Bill Clinton said the economy was better in the 1990s.\nHillary Clinton said the plan would create jobs.";
      expect(speakersOf(text)).toEqual(["Bill Clinton", "Hillary Clinton"]);
    });

    it("knows a peer by her title and surname as the person named in full", () => {
      const text = "Former Speaker Baroness Betty Holroyd criticised the plans.\nBaroness Holroyd said she believed the reforms were rushed.";
      expect(speakersOf(text).at(-1)).toBe("Betty Holroyd");
    });

    it("leaves a role after a country to nobody rather than make it an organisation", () => {
      expect(speakersOf("German Chancellor said the deal was done.")).toEqual([null]);
    });

    it("takes the name from an appositive after a description", () => {
      const text = "“We are winning,” said the campaign manager, Rich Beeson, in an interview.";
      expect(speakersOf(text)).toEqual(["Rich Beeson"]);
    });
  });

  describe("organizations", () => {
    it.each([
      ["The Belorussian news agency Belta reported that the visit includes several meetings.", "Belta"],
      ["A Clinton spokesman said the campaign raised $20 million.\nHillary Clinton spoke in Iowa.", null],
      ["Hillary Clinton spoke in Iowa.\nA Clinton spokesman said the campaign raised $20 million.", "Clinton campaign"],
      ["The State Department said the visas were revoked.", "State Department"],
      ["Support for the plan fell to 40 percent, according to a Gallup poll.", "Gallup"],
      ["Nine fans were held overnight. Scotland Yard told reporters the nine will be charged.", "Scotland Yard"],
      ["British Airways said flights would resume on Monday.", "British Airways"],
      ["The Liberal Democrats said the plan was flawed.", "Liberal Democrats"],
      ["The claim is false, according to Factcheck.org.", "Factcheck.org"],
      ["The rebels were defeated, Chadnews.com said.", "Chadnews.com"],
    ])("%s → %s", (text, name) => {
      const { speakers, assignments } = resolved(text);
      const last = assignments[assignments.length - 1]!;
      const speaker = last.speakerIndex === null ? null : speakers[last.speakerIndex]!;
      if (name === null) {
        // Without a Clinton named before, "a Clinton spokesman" is still the Clinton organization's.
        expect(speaker?.kind ?? "organization").toBe("organization");
      } else {
        expect(speaker).toMatchObject({ name, kind: "organization" });
      }
    });
  });
});
