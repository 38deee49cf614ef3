import { describe, expect, it } from "vitest";
import { speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Readings the thirty-second and thirty-third rounds of BBC gold showed wrong on their dev half, each
// as a general rule.

describe("a name closing the sentence after an inverted cue", () => {
  it("speaks when the sentence opens on a phrase of time or place", () => {
    const text = "In October, mobile phone users grew by 1.4 million, overtaking landlines, said the Telecom Regulatory Authority of India.";
    expect(speakersOf(text)).toEqual(["Telecom Regulatory Authority of India"]);
    expect(speakersOf("On Monday, shares fell by 3%, wiping £2bn off its value, said the London Stock Exchange.")).toEqual(["London Stock Exchange"]);
  });

  it("leaves a subject after the opening phrase its own", () => {
    expect(speakersOf("At the time Lord Woolf, the Lord Chief Justice, had said the reduction would be rare.")).toEqual(["Woolf"]);
  });
});

describe("a firm of two names in the possessive before a person", () => {
  it("is whose the person is, not the speaker", () => {
    expect(speakersOf("\"The market could take off,\" added Ernst and Young's Sanjay Mehta.")).toEqual(["Sanjay Mehta"]);
    expect(speakersOf("Marks & Spencer's Stuart Rose said sales would grow.")).toEqual(["Stuart Rose"]);
  });
});

describe("role words before a name", () => {
  it("stop at a modal: in 'the prime minister should sack Mr Brown' Brown is no prime minister", () => {
    const text = "Tony Blair has dismissed reports he told Gordon Brown he would quit.\n\"You do not do deals,\" the prime minister told the BBC.\nFrank Field said the prime minister should sack Mr Brown, but did not believe Mr Blair would.";
    expect(speakersOf(text)).toEqual(["Tony Blair", "Tony Blair", "Frank Field"]);
  });
});

describe("an -ing form of speech opening the sentence", () => {
  it("reports only up to the comma before the main clause, whose subject is its speaker", () => {
    const text = "Werner Seifert runs the exchange. Despite insisting he wants a deal, he said he may pull out.";
    expect(statementsAndSpeakers(text)).toEqual([
      ["he wants a deal", "Werner Seifert"],
      ["he may pull out", "Werner Seifert"],
    ]);
    const text2 = "Marco Rubio spoke on Tuesday. After suggesting on Wednesday that he regretted the insults, Mr. Rubio only occasionally disagreed with him.";
    expect(statementsAndSpeakers(text2)).toEqual([["he regretted the insults", "Marco Rubio"]]);
  });
});

describe("a phrase of time or place after 'But' opening the sentence", () => {
  it("leaves the name after its comma the subject, for the pronoun after", () => {
    const text = "Brian Fallon, a spokesman for Mrs. Clinton, said Bernie Sanders had reached a new low.\nBut at another event on Thursday morning, Mr. Sanders showed no sign of apologising. He said that he does respect Mrs. Clinton.";
    expect(speakersOf(text)).toEqual(["Brian Fallon", "Bernie Sanders"]);
  });
});

describe("a quotation split by its attribution", () => {
  it("is one statement though a sentence with a cue of its own follows it", () => {
    const text = "Tim Warner works at a firm. \"Most firms have secured their gateway,\" said Mr Warner, \"but the irony is that most let malicious content through.\" He said behavioural systems can help.";
    expect(statementsAndSpeakers(text)).toEqual([
      ["\"Most firms have secured their gateway,\" said Mr Warner, \"but the irony is that most let malicious content through.\"", "Tim Warner"],
      ["behavioural systems can help", "Tim Warner"],
    ]);
  });
});

describe("people of a kind after a body's name", () => {
  it("are several people, not the body nor anyone it is part of the name of", () => {
    const text = "Church ministers said they do not want his lyrics in their town.\nMr Rodgers, of the Fullness of Joy Church, said he was concerned.";
    expect(speakersOf(text)).toEqual([null, "Rodgers"]);
  });
});

describe("a name in the possessive ending in s'", () => {
  it("is no subject: the relative named after it is, for 'she'", () => {
    // (A first name either sex may have: "she" could be the guitarist.)
    const text = "Kim Edwards, guitarist and lyricist for the band, vanished in 1995. Edwards was 27.\nEdwards' sister Rachel makes an emotional appeal. \"I would like him to come back,\" she said.";
    expect(speakersOf(text)).toEqual(["Rachel Edwards"]);
  });
});

describe("a pronoun inside a 'who' clause", () => {
  it("is the person the clause is about", () => {
    const text = "Claudia Tenney won by eight points, to Steve Wells' 33 percent.\nTenney once fought Oneida Indian Nation leader Ray Halbritter, who led the campaign to change the Washington Redskins mascot because he claimed it was offensive.";
    expect(speakersOf(text)).toEqual(["Ray Halbritter"]);
    const text2 = "Penny Nance welcomed the ruling.\nThe legislature passed a ban; Republican Gov. Mary Fallin, who opposes abortion, vetoed the bill because she said it was unconstitutional.";
    expect(speakersOf(text2)).toEqual(["Mary Fallin"]);
  });
});

describe("a programme told", () => {
  it("is whom it was told, not what was said", () => {
    expect(statementsAndSpeakers("Dr Liam Fox told BBC One's Breakfast with Frost programme there was no place for vindictiveness.")).toEqual([["there was no place for vindictiveness", "Liam Fox"]]);
    expect(statementsAndSpeakers("Gordon Brown told BBC Radio 4's Today programme: \"We need more resources.\"")).toEqual([["\"We need more resources.\"", "Gordon Brown"]]);
    expect(statementsAndSpeakers("Imelda Staunton told BBC News 24 she had not expected the film to win.")).toEqual([["she had not expected the film to win", "Imelda Staunton"]]);
  });
});

describe("a quotation split by an attribution with an appositive", () => {
  it("is one statement, unless the appositive holds a cue of its own", () => {
    const text = "\"Ossie was my hero, and he still is,\" said actor Alan Alda, a family friend for over 40 years. \"Ossie was a thing of beauty.\"";
    expect(statementsAndSpeakers(text)).toEqual([[text, "Alan Alda"]]);
    const two = "\"It was a good day,\" said Tom Vale, while his rival Ann Hale said it was a bad one. \"We won.\"";
    expect(statementsAndSpeakers(two).map(([s]) => s)).not.toContain(two);
  });
});

describe("'according to' inside what someone opening the sentence says", () => {
  it("is theirs to cite; the statement is theirs", () => {
    const text = "Shelley Taylor is an analyst. She said rampant competition between music services, of which there are now 230 according to recent figures, could drive more openness.";
    expect(statementsAndSpeakers(text)).toEqual([["rampant competition between music services, of which there are now 230 according to recent figures, could drive more openness", "Shelley Taylor"]]);
  });
});

describe("a body whose initials hold its country's letters", () => {
  it("keeps the country in its name, is known by the initials, and has no branch as another form", () => {
    const text = "A candidate for the UK Independence Party (UKIP) has resigned.\nA UKIP spokesman said he had quit. A meeting of Suffolk Coastal UKIP members is due next week.";
    expect(speakersOf(text)).toEqual(["UK Independence Party"]);
  });
});

describe("'responded to the figures:'", () => {
  it("is a cue and whom it answers, before the quotation its colon opens", () => {
    expect(statementsAndSpeakers("Paul Randle, Microsoft's product manager, responded to the figures: \"We respect that.\"")).toEqual([["\"We respect that.\"", "Paul Randle"]]);
    expect(statementsAndSpeakers("Clinton and Sanders did respond to the union and displayed similar stances.")).toEqual([]);
  });
});

describe("'was reported to have suggested'", () => {
  it("is the subject speaking, at the verb after 'to have'", () => {
    expect(statementsAndSpeakers("Conservative deputy chairman Howard Flight was reported to have suggested Mr Howard was planning cuts.")).toEqual([["Mr Howard was planning cuts", "Howard Flight"]]);
    expect(statementsAndSpeakers("In his book Mr Brown is alleged to have told the prime minister: \"There is nothing you could say.\"")).toEqual([["\"There is nothing you could say.\"", "Brown"]]);
  });

  it("is nobody's when what follows 'to have' is no speech", () => {
    expect(statementsAndSpeakers("Tony Blair and Gordon Brown are said to have declared all out war on each other.").map(([, s]) => s)).toEqual([null]);
  });
});

describe("'organizing director' before a name", () => {
  it("is a role, so the name after it speaks", () => {
    expect(speakersOf("“They have to decide,” organizing director Kendall Fells told Fox News 6 in Milwaukee.")).toEqual(["Kendall Fells"]);
  });
});

describe("a programme, a site or an agency told", () => {
  it("is whom it was told, whatever follows it or when it ends the sentence", () => {
    expect(statementsAndSpeakers("Tom Vale told the BBC News website prices would rise.")).toEqual([["prices would rise", "Tom Vale"]]);
    expect(statementsAndSpeakers("Prices will rise, Tom Vale told Reuters news agency.")).toEqual([["Prices will rise", "Tom Vale"]]);
    expect(statementsAndSpeakers("Nicholas Negroponte told the BBC World Service programme Go Digital he hoped it would help.")).toEqual([["he hoped it would help", "Nicholas Negroponte"]]);
  });

  it("leaves the name before a role whose closing comma is missing the speaker, after a quotation too", () => {
    expect(speakersOf("\"It is transforming products,\" Jeff Joseph, from the Consumer Electronics Association told the BBC News website.")).toEqual(["Jeff Joseph"]);
    expect(speakersOf("\"We will see it in the UK,\" Adam Hume, the BBC's chief analyst told the BBC News website.")).toEqual(["Adam Hume"]);
  });
});
