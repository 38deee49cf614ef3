import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Readings the twenty-ninth round of BBC gold showed wrong on its dev half, each as a general rule.
// A lawyer or an agent speaks for a client as a spokesperson does: for a person, not as that person
// (nobody named); for a body, as the body.

describe("a lawyer or an agent for someone", () => {
  it("is not the person they represent, however the phrase joins them", () => {
    const intro = "Tom Ferris and Dan Rourke were charged with robbery on Monday.\n";
    expect(speakersOf(intro + "A lawyer representing Mr Ferris and Mr Rourke said the pair denied the charges.")).toEqual([null]);
    expect(speakersOf(intro + "A lawyer representing Mr Rourke said he denied the charges.")).toEqual([null]);
    expect(speakersOf(intro + "Lawyers acting for Mr Rourke said he would appeal.")).toEqual([null]);
  });

  it("is the body they represent", () => {
    const intro = "Orrick Bank was fined £2m on Monday.\n";
    expect(speakersOf(intro + "Lawyers representing Orrick Bank said it would appeal.")).toEqual(["Orrick Bank"]);
    expect(speakersOf(intro + "A lawyer for the bank said it would appeal.")).toEqual(["Orrick Bank"]);
  });
});

describe("'the woman' or 'the man' after someone introduced without a name", () => {
  it("is that someone, whatever word introduced them, not the person named before", () => {
    const text = "Singer Rory Vance has been sued by a make-up artist who claimed he assaulted her.\nThe woman said she was attacked after a recording in 2003.";
    expect(speakersOf(text).at(-1)).toBeNull();
    const text2 = "Adam Hale said the mosque was quiet.\nAnother worshipper who did not want to be named said he knew the gunman. \"It is a hate crime,\" the man said.";
    expect(speakersOf(text2).at(-1)).toBeNull();
  });

  it("is still the person named when nobody else was introduced", () => {
    const text = "Police named the victim as Tom Vale, 42.\nThe man said he had been attacked from behind.";
    expect(speakersOf(text)).toEqual(["Tom Vale"]);
  });
});

describe("two roles joined by 'and' before a name", () => {
  it("are both the person's: a footballer who also runs a label is 'the striker'", () => {
    const text = "Championship footballer and record label boss Dean Rafferty has won an injunction against singer Tom Vale.\nThe Leeds striker signed Vale to his label and claims he spent thousands on his album.";
    expect(speakersOf(text)).toEqual(["Dean Rafferty"]);
  });

  it("stay apart when the first is a plural, someone else's", () => {
    const text = "The row between the lawyers and judge Ann Hale grew.\nThe barrister said the case was closed.";
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("'the England international'", () => {
  it("is a player who plays for a country, described as any sportsman is", () => {
    expect(speakersOf('Tom Hale scored twice on Saturday.\nThe England international said: "It was a great day."')).toEqual(["Tom Hale"]);
  });
});

describe("'it' after a body spoke of a person", () => {
  it("is still the body: a person named only in what it said is no new topic", () => {
    const text = "Orrick Bank has agreed to open its books to investor Tom Vale.\nIn a statement, the bank said it would allow Mr Vale to see its accounts. But it said it still opposed his plans.";
    expect(speakersOf(text)).toEqual(["Orrick Bank", "Orrick Bank"]);
  });

  it("is nobody sure when the person was spoken of after the body's words", () => {
    const text = "Orrick Bank has agreed to open its books to investor Tom Vale.\nIn a statement, the bank said it would allow Mr Vale to see its accounts. Mr Vale arrived on Monday. But it said it still opposed his plans.";
    expect(speakersOf(text)).toEqual(["Orrick Bank", null]);
  });
});

describe("a body whose name says it is one, described beside its name", () => {
  it("keeps the description: 'the group' is the publishing group, not the newspaper named since", () => {
    const text = "Irish publishing group Orrick News & Media is buying a stake in Indian newspaper company Halden.\nHalden publishes the country's top-selling daily, the Hindi-language Dainik Halden. News of the deal came as the group said its results would meet market forecasts.";
    expect(speakersOf(text)).toEqual(["Orrick News & Media"]);
  });
});

describe("a place's possessive before a body's name", () => {
  it("is no part of the name ('Britain's Orrick Bank', 'the UK's Office of Fair Trading')", () => {
    expect(speakersOf("Prices rose by 3% last year, according to Britain's Orrick Bank.")).toEqual(["Orrick Bank"]);
    expect(speakersOf("Retailers must make prices clearer, according to the UK's Office of Fair Trading.")).toEqual(["Office of Fair Trading"]);
  });

  it("stays where the rest of the name needs it ('Japan's Finance Ministry')", () => {
    expect(speakersOf("Exports rose by 3% last year, according to Japan's Finance Ministry.")).toEqual(["Japan's Finance Ministry"]);
  });
});

describe("a name in apposition after an inverted cue's 'one of …' or 'the … at the time'", () => {
  it("speaks ('said one of their lawyers, Tom Hale.')", () => {
    expect(speakersOf('Ann Reade and Ian Marr face a hearing.\n"A decision is now expected by mid-March," said one of their lawyers, Tom Hale. Reade, 31, won the title in 2000.')).toEqual(["Tom Hale"]);
  });

  it("ends at a full stop after the name, not at an initial", () => {
    expect(speakersOf('"The party was working to change its image," wrote the American ambassador at the time, John E. Herbst.')).toEqual(["John E. Herbst"]);
  });
});

describe("a name opening a clause after 'but', with its role before it", () => {
  it("is the subject 'he' then refers to", () => {
    const text = 'Coach Tom Vale has made four changes to the side, but captain Ian Marr sees hope on the horizon. "I get the impression we are getting better," he said.';
    expect(speakersOf(text)).toEqual(["Ian Marr"]);
  });
});

describe("a capital city as a subject", () => {
  it("stands for its government, named as the article writes it", () => {
    expect(speakersOf('The EU move was welcomed by Beijing, which described the embargo as a "product of the Cold War".')).toEqual(["Beijing"]);
    expect(speakersOf("Moscow has denied that its troops crossed the border on Monday.")).toEqual(["Moscow"]);
  });

  it("is no speaker after a preposition, where it only says where", () => {
    expect(speakersOf("In 2000, EU leaders at a summit in Lisbon pledged the European economy would outstrip that of the US.")).not.toContain("Lisbon");
  });
});

describe("a body 'which commissioned the survey'", () => {
  it("issued it: 'the research' said later is the body's", () => {
    const text = 'Shoppers are being lured by spam, a report suggests.\n"Many consumers do not see the risks," said Tom Vale, a spokesperson for the Orrick Alliance which commissioned the survey.\nThe research, which covered 6,000 people, revealed that Brazilians were the most likely to read spam.';
    expect(speakersOf(text).at(-1)).toBe("Orrick Alliance");
  });
});

describe("someone introduced in a lead by what they are, 'a sheriff who says…'", () => {
  it("is the person named next as that, not whoever is named first", () => {
    const text = "Rapper films video in jail\n\nA US rapper awaiting trial has filmed part of a music video in jail, angering a sheriff who says he was tricked into letting TV crews in.\n\nB-Rhyme, a former member of rap group Tru, was filmed in his prison suit. Jefferson Parish Sheriff Harry Vane said he would not allow it again.";
    expect(speakersOf(text)[0]).toBe("Harry Vane");
  });
});

describe("who someone is (an age, a nationality) when the article has named one person", () => {
  it("is that person, subject or not", () => {
    const text = 'Norwich have signed Charlton midfielder Dean Stuart until the end of the season.\n"It was a very easy decision to make," the 34-year-old told the club\'s website.';
    expect(speakersOf(text)).toEqual(["Dean Stuart"]);
  });

  it("is nobody sure when two were named", () => {
    const text = 'Norwich have signed Charlton midfielder Dean Stuart from manager Alan Curbishley.\n"It was a very easy decision to make," the 34-year-old told the club\'s website.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("what someone is set to do, or did ('set to direct', 'directed by')", () => {
  it("gives them the role a description later names them by", () => {
    const text = 'A British author has sold the film rights to her novel, with Ridley Vane set to direct.\nThe director said he was "thrilled" with the project.';
    expect(speakersOf(text)).toEqual(["Ridley Vane"]);
    expect(speakersOf('The film, directed by Ridley Vane, opens in May.\nThe director said he was "thrilled" with the reviews.')).toEqual(["Ridley Vane"]);
  });
});

describe("'the Manchester United wing'", () => {
  it("is a winger after a club's name, the player named before", () => {
    expect(speakersOf("Ryan Hale will captain Wales on Wednesday.\nThe Kestrel United wing revealed that his manager had talked him into staying.")).toEqual(["Ryan Hale"]);
  });

  it("but a party's right wing is no person", () => {
    expect(speakersOf("Ryan Hale will lead the party on Wednesday.\nThe Tory right wing said that he had talked too much.")).toEqual([null]);
  });
});
