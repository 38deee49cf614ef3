import { describe, expect, it } from "vitest";
import { extractLines, speakersOf } from "@/tests/helpers/line-paragraphs";
import { extractArticle } from "@/lib/ingest/extract";

// Shapes read in the dev half of BBC rounds 27 and 28 and in British stories written for these tests.

describe("a description whose head is a winner", () => {
  it("is the person, not the award its words name", () => {
    expect(speakersOf('Tom Vantage starred in the film.\n"Christmas is a special time of the year," said the two-time Academy Award winner.')).toEqual(["Tom Vantage"]);
  });
});

describe("a body named short", () => {
  it("'the Bank' after the Bank of England is the Bank of England", () => {
    expect(speakersOf("The Bank of England held rates at 4.75%.\nThe Bank's minutes said the risks were to the downside.")).toEqual(["Bank of England"]);
  });

  it("'the BBC' is not BBC One, its channel", () => {
    const text = 'The show will not return to screens, the BBC has said.\nThe presenters were recruited to host the BBC One family show last July. "There are no plans for another series," a spokeswoman said.';
    expect(speakersOf(text)).toEqual(["BBC", "BBC"]);
  });

  it("is no conjunction's: 'Once Google learned of the flaw'", () => {
    expect(speakersOf("Once Corvane learned of the flaw, it fixed it.\nCorvane said it would review its procedures.")).toEqual(["Corvane"]);
  });

  it("keeps a body's team or staff the body's", () => {
    expect(speakersOf('Corvane fixed the flaw within seven hours. Corvane said it was sorry.\nCorvane\'s security team said: "We think we can do better."')).toEqual(["Corvane", "Corvane"]);
  });
});

describe("a select committee, and 'a committee of MPs' before it is named", () => {
  it("reads 'the environment select committee' whole, and gives it the lead's 'a committee of MPs'", () => {
    const text =
      "Anglers could find themselves in court under plans to crack down on cruelty, a committee of MPs has warned.\n" +
      "Sloppy wording of the bill could leave anglers facing prosecution, the environment select committee said. The committee said an amendment was needed.";
    expect(speakersOf(text)).toEqual(["environment select committee", "environment select committee", "environment select committee"]);
  });

  it("leaves 'a committee of MPs' unnamed when the article names two committees or none", () => {
    expect(speakersOf("Anglers could face court, a committee of MPs has warned.\nThe Home Office said it would act.")).toEqual([null, "Home Office"]);
  });
});

describe("'he' or 'she' right after a body's spokesperson spoke", () => {
  it("is the spokesperson, whose words are the body's", () => {
    expect(speakersOf('The Ofcom spokesman said it was considering a mask. "We would want strict controls on power levels," he said.')).toEqual(["Ofcom", "Ofcom"]);
    expect(speakersOf("A Treasury spokeswoman said the figures were wrong. She added that no decision had been taken.")).toEqual(["Treasury", "Treasury"]);
  });

  it("is not once a person has been named since, nor for a party's spokesman, who is a named shadow minister", () => {
    expect(speakersOf("A Treasury spokeswoman said the figures were wrong. Mr Hale disagreed. He said they were right.")).toEqual(["Treasury", "Hale"]);
    const party = 'Shadow foreign secretary Michael Ancram said the paper was a ploy.\nThe Tory spokesman also criticised the government for claiming the treaty was simple. "It took 500 pages to explain," he said.';
    expect(speakersOf(party)[2]).not.toBe(speakersOf(party)[1]);
  });
});

describe("the subject after a long opening phrase of time or place", () => {
  it("is the subject 'she' goes back to", () => {
    const text =
      'In an interview published in the Radio Times in January, Vera Lindqvist slated comedian Sam Holt for his character Ali K\'s "horrible" humour.\n' +
      '"With so many good writers, it is a shame people cannot write a script," she said.';
    expect(speakersOf(text)).toEqual(["Vera Lindqvist"]);
  });
});

describe("'it' in a sentence that named one body before it", () => {
  it("is that body, though another spoke before", () => {
    const text = "Corvane Motors has sold 4,000 hybrids, it said.\nEven sports car maker Halvorsen may join the race, although it insists it is still considering a hybrid.";
    expect(speakersOf(text)).toEqual(["Corvane Motors", "Halvorsen"]);
  });
});

describe("a country's central bank named in lower case", () => {
  it("is the body that 'the central bank' and 'it' stand for later", () => {
    const text = "Malaysia's central bank is to relax restrictions on foreign ownership.\nAlso on Tuesday, the central bank released figures showing growth of 7%. But growth slowed in the last quarter. It said it expected 6% expansion in 2005.";
    // (The figures it released speak for it too.)
    expect(speakersOf(text)).toEqual(["Malaysia central bank", "Malaysia central bank"]);
  });
});

describe("how long ago, before the subject", () => {
  it("is no part of the speaker's words", () => {
    const text = "Continental Airlines said it could run out of cash. Two weeks ago the group also announced it would shave a further $48m a year from its costs.";
    expect(speakersOf(text)).toEqual(["Continental Airlines", "Continental Airlines"]);
  });
});

describe("a participle after the main verb's object", () => {
  it("goes on from the subject when the object is 'the show' (a noun, not the verb 'shows')", () => {
    expect(speakersOf("Mr Cameron sent the message by mistake.\nHe later contacted the show saying the original e-mail had been sent in error.")).toEqual(["Cameron"]);
  });

  it("keeps a verb ending in -led out of the speaker's words ('e-mailed Mr Fadden' is no name)", () => {
    const text = "Realising his error, Mr Cameron then e-mailed Mr Fadden pointing out the mistake, but suggesting the presenter would have seen the funny side.";
    const phrases = extractLines(text).map((s) => s.speakerAsWritten ?? "");
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.filter((w) => w.includes("e-mailed"))).toEqual([]);
  });
});

describe("another word for the same trade", () => {
  it("'the presenter' is the person introduced as a television host", () => {
    expect(speakersOf("Veteran US television host Dick Vance is in hospital after a mild stroke.\nThe presenter said that he is hopeful of getting better in time for New Year.")).toEqual(["Dick Vance"]);
  });
});

describe("a firm named like a person, after the word for its business", () => {
  it("is a firm whether the word opens the sentence or not", () => {
    expect(speakersOf('Bookmaker Tom Harland has stopped taking bets on the next Bond. The firm closed the book on Friday, saying "insider information" could have played a part.')).toEqual(["Tom Harland"]);
    const text = 'Housebuilder George Marsden reported a 19% rise in profits. Marsden said the housing market had proved challenging last year. "By late summer, the market had slowed sharply," it said.';
    expect(speakersOf(text)).toEqual(["George Marsden", "George Marsden", "George Marsden"]);
  });

  it("is a person after a word for a trade a person has ('Publisher Felix Dane')", () => {
    expect(speakersOf("Publisher Felix Dane has sold his magazines. Dane said the sale had gone well. He said he would now retire to Devon.")).toEqual(["Felix Dane", "Felix Dane"]);
  });
});

describe("a name with a plural verb, as British news writes a club or a firm", () => {
  it("is an organisation, even a word that is also a first name, and 'they' after it is that body", () => {
    expect(speakersOf("Chelsea have confirmed that their manager will stay. They said he had signed a new deal.")).toEqual(["Chelsea", "Chelsea"]);
  });

  it("is a party British news names in the plural, however long its name, and as sure as 'it'", () => {
    const text = "The Liberal Democrats said they opposed the bill. They said the cards were a waste of money.";
    expect(speakersOf(text)).toEqual(["Liberal Democrats", "Liberal Democrats"]);
    const { statements } = extractArticle(`Cards\n\n${text}`, { key: "they" });
    expect(statements[1]!.speakerEvidence).toBe("it");
  });

  it("is the party that ends the sentence before, though it was no subject", () => {
    const text = "The bill is expected to be opposed by the Liberal Democrats. They have said the scheme is deeply flawed.";
    expect(speakersOf(text)).toEqual(["Liberal Democrats"]);
  });

  it("is not one name of a list, nor a place", () => {
    expect(speakersOf("Tony Blair and Gordon Brown have denied a rift. They said they were friends.")[1]).toBeNull();
    expect(speakersOf("A drug maker is to change its packaging.\nAfrica are now the main market for the copies. The company says that it will then be possible to identify the distributors.")).toEqual([null]);
  });
});

describe("a paper named after a place", () => {
  it("is not the place's club", () => {
    const text = 'Liverpool have ruled out a move for the striker, the Liverpool Echo newspaper reported.\nA Liverpool spokesman said: "He is not for sale."';
    expect(speakersOf(text)).toEqual(["Liverpool Echo", "Liverpool"]);
  });
});
