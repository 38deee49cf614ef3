import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// A person's name kept whole: a given name no list knows before a known one, and a surname that is
// also a colour or a point of the compass. Invented texts of the shape of corpus sentences.

describe("a given name no list knows, before one that a list does", () => {
  it.each([
    ["Ard Jan Vetham, a consultant, said shoppers were wary.\nHe said the survey was new.", "Ard Jan Vetham"],
    ["Sion Aubrey Roberts said the plan had failed.\nHe said it would not return.", "Sion Aubrey Roberts"],
  ])("is part of the name: %s", (text, name) => {
    expect(speakersOf(text)).toEqual([name, name]);
  });

  it.each([
    ["Tory Liam Fox said the plan had failed.", "Liam Fox"],
    ["Flanker Jason Tovey said the pack was strong.", "Jason Tovey"],
    ["Slovakian Daniela Hantuchova said the court was slow.", "Daniela Hantuchova"],
    ["Coun Imran Akhtar said the change was a cut in services.", "Imran Akhtar"],
  ])("leaves a party, a role, a people or a title out: %s", (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe("a surname that is also a colour or a point of the compass", () => {
  it.each([
    ["Flanker Jason White said the pack was strong.\nHe said the scrum would hold.", "Jason White"],
    ["Singer Lucy Black said the show would go on.\nShe said it had been a long year.", "Lucy Black"],
    ["Oliver North said the hearing was over.\nHe said he would write a book.", "Oliver North"],
  ])("names the person, and the pronoun after it is theirs: %s", (text, name) => {
    expect(speakersOf(text)).toEqual([name, name]);
  });

  it("keeps 'a Hillary White House' a building, not a person", () => {
    const { speakers } = resolveLines("A Hillary White House would be different, Mr Pike said.\nHe said the polls were close.");
    expect(speakers.map((s) => s.name)).toEqual(["Pike"]);
  });
});

describe("a body named with its owner in the possessive", () => {
  it("is not the owner: 'Hitachi said' stays Hitachi's after 'Hitachi's … Laboratory'", () => {
    const text = "Electronics firm Kanto has unveiled a robot.\nKanto said the robot was the quickest yet.\nAki Mori, from Kanto's Mechanical Engineering Research Laboratory, said wheels were faster.\nKanto said it would sell the robot next year.";
    const { speakers } = resolveLines(text);
    expect(speakersOf(text)).toEqual(["Kanto", "Aki Mori", "Kanto"]);
    expect(speakers.find((s) => s.name === "Kanto")?.aliases ?? []).not.toContain("Kanto's Mechanical Engineering Research Laboratory");
  });

  it("keeps a firm whose own name is in the possessive one firm ('Foster's Group', then 'Foster's')", () => {
    expect(speakersOf("Brewing giant Danby's Group made an offer.\nDanby's said the offer was fair.")).toEqual(["Danby Group"]);
  });
});

describe("a post in a body, described, is a person who holds it, never the body", () => {
  it.each([
    ["The Kestrel Party's Ann Vale has demanded answers.\nThe Kestrel Party's parliamentary leader argued that ministers knew.", "Ann Vale"],
    ["Senate minority leader Ray Hale spoke first.\n“It shows a lack of character,” said the Senate minority leader.", "Ray Hale"],
    ["The vote was close.\n“It shows a lack of character,” said the Senate minority leader.", null],
  ])("%s", (text, speaker) => {
    expect(speakersOf(text).at(-1)).toBe(speaker);
  });
});

describe("a compound opening a sentence is no organisation", () => {
  it("leaves 'Pre-tax profits rose' to the firm the article is about", () => {
    const text = "UK advertising giant WPX has posted larger-than-expected annual profits.\n\nPre-tax profits rose 15% from a year ago, while the operating margin was 14.1%, which it said could reach 14.8% by 2006.";
    expect(speakersOf(text)).toEqual(["WPX"]);
  });

  it("gives 'the Nokia-sponsored research' to Nokia", () => {
    expect(speakersOf("The Tellmark-sponsored research showed that mobiles were used for different purposes.")).toEqual(["Tellmark"]);
  });
});

describe("a peer's full style", () => {
  it("names the peer as the article styles him, and 'he' after it is his", () => {
    const text = "Lord Nicholls of Birkenhead said the law was anathema.\nHe said the government's case was weak.";
    expect(speakersOf(text)).toEqual(["Lord Nicholls of Birkenhead", "Lord Nicholls of Birkenhead"]);
  });

  it("gives way to a first name the article also gives", () => {
    const text = "Neil Kinnock has accepted a peerage.\nHe will sit as Lord Kinnock of Bedwellty.\nMr Kinnock said reform needed votes inside the Lords.";
    expect(speakersOf(text)).toEqual(["Neil Kinnock"]);
  });
});

describe("a medallist described", () => {
  it("is the person the description fits, the one her words are about being someone else", () => {
    const text = "Marion Vale has filed a lawsuit against Balco boss Victor Conti following his allegations.\nThe Sydney Olympic gold medallist says Conti damaged her reputation.";
    expect(speakersOf(text)).toEqual(["Marion Vale"]);
  });
});

describe("a party's spokesman, unnamed", () => {
  it.each([
    ["A Labour spokesman said the plan was a mess.", "Labour"],
    ["A Conservative spokeswoman said the party stuck to the rules.", "Conservative Party"],
    ["A senior Liberal Democrat spokesman said the report was serious.", "Liberal Democrats"],
    ["Lib Dem officials said Mr Oaten was speaking when an inquiry was under way.", "Liberal Democrats"],
  ])("speaks for the party: %s", (text, party) => {
    expect(speakersOf(text)).toEqual([party]);
  });
});

describe("a country and a name that begins with it", () => {
  it("keeps China apart from the China Daily, and names neither 'The China'", () => {
    const text = "The world's biggest tea consumer, China, has said it will not allow new factories, according to a regulator quoted in the China Daily.\nThe China Daily said the ban was final.";
    const { speakers } = resolveLines(text);
    expect(speakers.map((s) => s.name).sort()).toEqual(["China", "China Daily"]);
  });
});

describe("a survey and who carried it out", () => {
  it("gives 'the survey' to the firm the article says carried it out, however long the survey's own words", () => {
    const text = "Consumers are wary of the tags, a survey says.\nThe survey showed that awareness was low. The survey of consumers in the UK, France, Germany and the Netherlands was carried out by consultancy group Kestrelgem.";
    expect(speakersOf(text)).toEqual(["Kestrelgem", "Kestrelgem"]);
  });
});

describe("an unnamed spokesman going on", () => {
  it("keeps 'he said … he said' after 'a spokesman for X said' with X, not the body named before", () => {
    const text = "The word will appear in Kestrel-Webb's dictionary.\nA spokesman for the Harbour University Press said that the word was now in other dictionaries.\n“I think it was the word of last year,” he said. “Now we are getting words that derive from it,” he said.";
    expect(speakersOf(text)).toEqual(["Harbour University Press", "Harbour University Press", "Harbour University Press"]);
  });
});
