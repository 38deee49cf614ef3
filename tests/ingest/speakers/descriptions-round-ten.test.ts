import { describe, expect, it } from "vitest";
import { extractLines, resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the tenth round of BBC gold (twenty-third session); every sentence is invented.
describe("descriptions of people and bodies named just before", () => {
  it("reads 'the Tory leader' as the man just named, whose 'Mr' is no office", () => {
    const text = "Michael Hale has attacked the cost of the scheme under Tom Verne.\nThe Tory leader said councils had spent more than £3bn.\nMr Hale said the system was chaotic.";
    expect(speakersOf(text)).toEqual(["Michael Hale", "Michael Hale"]);
  });

  it("gives 'the net firm' to the bare name the sentence before opened on", () => {
    const text = "Internet portal Vorlo has made a screensaver that requests data from spam sites.\nVorlo hopes it will raise the bills of spammers.\nThe net firm estimates that spammers could pay for terabytes of data.";
    expect(speakersOf(text)).toEqual(["Vorlo"]);
    const fronted = "At the fair, Zentrix showed off a faster network.\nThe German company said data could move at one gigabit a second.";
    expect(speakersOf(fronted)).toEqual(["Zentrix"]);
  });

  it("never makes a body of a person, a place or a name that says it is another kind of body", () => {
    // A person opens the sentence before: the firm is nobody the article named.
    expect(speakersOf("Tom Verne showed off a faster network.\nThe German company said data could move faster.")).toEqual([null]);
    // A place.
    expect(speakersOf("In March, Germany approved a faster network.\nThe company said data could move faster.")).toEqual([null]);
    // "The Orme Association" is an association, not "the German company" (nor any company).
    expect(speakersOf("Kestrel Werke showed off its network at the fair.\nThe Orme Association hopes sales will rise.\nThe German company said the network would open in 2006.")).toEqual([null]);
    // Only the sentence just before.
    expect(speakersOf("Vorlo has made a screensaver.\nSpam costs little to send.\nThe net firm estimates that spammers could pay more.")).toEqual([null]);
  });
});

describe("bodies named by their country and where they are", () => {
  it("reads 'a spokesman for the Albanian embassy in London' as the embassy, not London", () => {
    const text = "A spokesman for the Albanian embassy in London said it was the first it had heard of the scheme.";
    expect(speakersOf(text)).toEqual(["Albanian embassy"]);
  });
});

describe("documents and who holds them", () => {
  it("never gives a document to whoever saw, received or keeps it", () => {
    for (const source of ["a ministry document seen by Reuters", "a registration document filed with the Securities and Exchange Commission", "papers filed with a court in Delaware", "a letter sent to the Orme Institute", "a filing with the Securities and Exchange Commission"]) {
      expect(speakersOf(`Orme Systems owes $2bn, according to ${source}.`)).toEqual([null]);
    }
    // The one who filed it still is the source.
    expect(speakersOf("Exports fell 4%, according to the Orme Systems filing with the Securities and Exchange Commission.")).toEqual(["Orme Systems"]);
  });

  it("gives 'according to its website' to the body the sentence names", () => {
    const text = "Southfield Wines said it had been approached by a brewer.\nSouthfield Wines employs 2,700 people, according to its website.";
    expect(speakersOf(text)).toEqual(["Southfield Wines", "Southfield Wines"]);
  });
});

describe("names before a role", () => {
  it("reads 'Richard and Judy executive producer Amanda Ross' as Amanda Ross, on either side of the cue", () => {
    const after = 'Richard Madeley hosts the show.\n"It was very hard to follow last year\'s list," said Richard and Judy executive producer Amanda Ross.';
    expect(speakersOf(after)).toEqual(["Amanda Ross"]);
    const before = "Richard and Judy executive producer Amanda Ross said the list was the best yet.";
    expect(speakersOf(before)).toEqual(["Amanda Ross"]);
    // Two people joined by "and" are still not one.
    expect(speakersOf('"We will appeal," said Tom Hale and Anna Verne.')).not.toEqual(["Anna Verne"]);
  });
});

describe("an organisation's name", () => {
  it("keeps the name the article settled on over a longer form written once later", () => {
    const text = [
      "Zentrix loses court battle",
      "Comic book company Zentrix is to pay its founder.",
      "A judge upheld his demand for 10% of Zentrix's profits.",
      "He should get a tenth of profits made by Zentrix TV and movie productions.",
      "Zentrix said it would appeal.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Zentrix"]);
    // A full name given first stays the name.
    expect(speakersOf("Zentrix Media Group said it would appeal.\nZentrix said profits rose.\nZentrix said it was confident.\nZentrix said the ruling was wrong.")).toEqual(Array(3).fill("Zentrix Media Group"));
  });
});

describe("an organisation's name after a headline", () => {
  it("keeps a full name the body gives first, whatever the headline wrote", () => {
    const text = ["Zentrix offers processing by the hour", "Zentrix Microsystems has launched a pay-as-you-go service.", "Zentrix said it already had customers.", "Zentrix said demand was strong.", "Zentrix said prices would fall."].join("\n");
    expect(new Set(speakersOf(text))).toEqual(new Set(["Zentrix Microsystems"]));
  });
});

describe("a pronoun before anyone is named", () => {
  it("gives 'he' in a story whose opening was cut to the man named next", () => {
    const text = "Euro rules 'will not stop spending'\nBut he denied that he was ruling out membership of the euro. Mr Hale said that it was vital to invest in science.";
    expect(speakersOf(text)).toEqual(["Hale", "Hale"]);
  });

  it("never when someone was named before, even in the possessive", () => {
    const text = "Tom Verne's official spokesman declined to comment on the plans. He said: \"What matters is the process.\"\nDave Ardent said the plans were wrong.";
    expect(speakersOf(text)[0]).not.toBe("Dave Ardent");
  });
});

describe("a plural possessive inside a name", () => {
  it("reads 'the British Bankers' Association' whole, not as someone's 'Association'", () => {
    const text = "Mortgage lending showed a lull, lenders said.\nThe Building Society Association said lending was down.\nAt the same time, the British Bankers' Association (BBA) said lending was weaker.";
    expect(speakersOf(text)).toEqual([null, "Building Society Association", "British Bankers Association"]);
  });
});

describe("what a firm is to another", () => {
  it("keeps 'Rival' out of the name of the firm it opens", () => {
    expect(speakersOf("Nintendo said the console would launch in March.\nRival Zentrix said it would launch its own in May.")).toEqual(["Nintendo", "Zentrix"]);
  });
});

describe("the report of a body that has just spoken", () => {
  it("gives 'the report said' to the body whose statements come just before, not to what it audited", () => {
    const text = [
      "The National Audit Office said reported fraud was falling. It said member states needed to be more accountable.",
      'The report said: "Member states still do not report fraud on a consistent basis."',
      '"It is essential to strengthen the audit of EU revenue," it added.',
    ].join("\n");
    expect(speakersOf(text)).toEqual(Array(4).fill("National Audit Office"));
  });
});

describe("a lead's description and the titled person named next", () => {
  it("gives 'The UK's top judge has revealed…' to Lord Hale, named next with his title only", () => {
    const text = "The UK's top judge has revealed he has clashed with ministers about inquiries.\nLord Hale said he was determined to keep his veto.";
    expect(speakersOf(text)).toEqual(["Hale", "Hale"]);
  });
});

describe("parties and sums", () => {
  it("reads 'Labour said' as the party, and 'organised labour' as no one", () => {
    expect(speakersOf("Mr Hale had received advice from officials.\nLabour said he had not asked about paid advocacy.")).toEqual(["Labour"]);
  });

  it("keeps a sum before a name out of the speaker: 'nowhere near the $27bn Russia says Yukos owes'", () => {
    expect(speakersOf("The unit sold for $9bn - nowhere near the $27bn Russia says Orvane owes in taxes.")).toEqual(["Russia"]);
  });
});

describe("an adverb before an inverted cue", () => {
  it("reads 'Worryingly, said the firm, CLAUSE' as the clause, not the adverb", () => {
    const found = extractLines("Orme Labs tracks spam.\nWorryingly, said the firm, phishing gangs were using cleverer techniques.\nAlso, said Mr Hale, Vorlo has cut off ten sellers.");
    expect(found.map((s) => s.text)).toEqual(["phishing gangs were using cleverer techniques", "Vorlo has cut off ten sellers"]);
    // "At the same time, reported fraud dropped": no statement.
    expect(extractLines("At the same time, reported fraud throughout the EU dropped to 8,177 cases.")).toEqual([]);
  });
});

describe("'according to' that names no source", () => {
  it("keeps 'said' as the cue when 'according to whether' follows in the clause", () => {
    const found = extractLines("A CPS spokesperson said the figures were not definitive because cases are not listed according to whether they involved a householder.");
    expect(found.map((s) => s.rule)).toEqual(["indirect-bare"]);
    expect(speakersOf("According to Planet Research, sales fell.\nSales fell, according to his spokesman.")).toHaveLength(2);
  });
});

describe("subjects the finder cut short", () => {
  it("reads 'the WHO' as a name, not 'who'", () => {
    expect(extractLines("A funding gap still stood in the way, the WHO said.").map((s) => s.speakerAsWritten)).toEqual(["the WHO"]);
    expect(extractLines('"We need money," said the WHO.').map((s) => s.speakerAsWritten)).toEqual(["the WHO"]);
  });

  it("keeps a trade's -ing word inside the subject: 'the public spending watchdog has said'", () => {
    expect(extractLines("Member states fail to report fraud, the UK's public spending watchdog has said.").map((s) => s.speakerAsWritten)).toEqual(["the UK's public spending watchdog"]);
  });
});

describe("clauses with a longer subject, and rulings", () => {
  it("reads 'claimed the decision to accept the request was typical' as a clause", () => {
    expect(extractLines("He claimed the decision to accept the extradition request was typical.").map((s) => s.text)).toEqual(["the decision to accept the extradition request was typical"]);
    // A relative clause's subject is no part of the object ("add their awards to the four they won").
    expect(extractLines("Orvane will add their awards to the four they won in August.")).toEqual([]);
  });

  it("reads what a court or a judge ruled, never 'the rules'", () => {
    expect(extractLines("But an independent tribunal ruled that the duo had not been informed.").map((s) => s.text)).toEqual(["the duo had not been informed"]);
    expect(extractLines("Judge Tom Hale ruled Mr Verne should get a tenth of profits.").map((s) => s.text)).toEqual(["Mr Verne should get a tenth of profits"]);
    expect(extractLines("An RNC rules committee member has accused his party of a breach of trust.").map((s) => s.rule)).not.toContain("indirect-bare");
  });
});

describe("members by their letters", () => {
  it("reads 'The MEP said' as the member the article named, not a body called MEP", () => {
    expect(speakersOf("Robert Kilroy-Silk quit the party on Thursday.\nThe MEP said he was ashamed to have joined it.")).toEqual(["Robert Kilroy-Silk"]);
    expect(speakersOf("Labour MP Stephen Pound spoke in the debate.\nThe MP said the plans were wrong.")).toEqual(["Stephen Pound"]);
  });
});

describe("a phrase opening the sentence without a comma", () => {
  it("ends the subject at its article: 'In his New Year message the Liberal Democrat leader said'", () => {
    const text = "Voters have a clear choice, said Charles Kennedy.\nIn his New Year message the Liberal Democrat leader said his rivals relied on fear.";
    expect(extractLines(text).map((s) => s.speakerAsWritten)).toEqual(["Charles Kennedy", "the Liberal Democrat leader"]);
    expect(speakersOf(text)).toEqual(["Charles Kennedy", "Charles Kennedy"]);
  });
});

describe("what someone was is no office a description contradicts", () => {
  it("gives 'The MEP said' to the ex-chat show host just named, as a description", () => {
    const text = "Ex-chat show host Robert Kilroy-Silk has quit the party.\nThe MEP said he was ashamed to have joined it.";
    expect(speakersOf(text)).toEqual(["Robert Kilroy-Silk"]);
    const [assignment] = resolveLines(text).assignments;
    expect(assignment!.evidence).toBe("description");
  });
});

describe("a lead's description of a body", () => {
  it("gives '…, the UK's public spending watchdog has said.' to the body named next", () => {
    const text = "Member states fail to report fraud, the UK's public spending watchdog has said.\nThe National Audit Office said reported fraud was falling.";
    expect(speakersOf(text)).toEqual(["National Audit Office", "National Audit Office"]);
    // Not when a body was named before it.
    const named = "The Orme Institute published its accounts.\nMember states fail to report fraud, the spending watchdog has said.\nThe National Audit Office said reported fraud was falling.";
    expect(speakersOf(named)[0]).not.toBe("National Audit Office");
  });

  it("gives it to the body whose head speaks next, when no body is the next subject", () => {
    const text = "Schools must teach more citizenship, says the education watchdog.\nFaith schools were singled out by Fenstat chief, Tom Bell, for doing too little.";
    expect(speakersOf(text)).toEqual(["Fenstat"]);
  });
});

describe("a label before a colon and a quotation", () => {
  it("reads 'Said Wales assistant coach Scott Johnson: \"…\"' as Scott Johnson's", () => {
    const text = 'Mark Davies has been ruled out.\nSaid Wales assistant coach Scott Johnson: "We are positive about Hal and hope he will be raring to go."';
    expect(speakersOf(text)).toEqual(["Scott Johnson"]);
  });
});
