import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Wrong speakers that the speaker audit (npm run speakers:audit) showed on the BBC corpus: names that
// are a word of English or a fragment. Each is a general rule, tested on invented sentences.

describe("a portfolio joined by 'and' in a title after an inverted cue", () => {
  it("is the title of the person named after it, not a speaker of its own", () => {
    expect(speakersOf('"Growth will return," said Energy and Climate Policy Minister Aiko Tanabe.')).toEqual(["Aiko Tanabe"]);
    expect(speakersOf('"We will look again," said Work and Pensions Secretary Moira Lund.')).toEqual(["Moira Lund"]);
  });

  it("runs over a list of portfolios with commas", () => {
    expect(speakersOf('"The bid is strong," said Culture, Media and Sport Secretary Owen Pryce.')).toEqual(["Owen Pryce"]);
  });

  it("leaves two people joined by 'and' apart", () => {
    expect(speakersOf('"We are delighted," said Smith and Jones.')).toEqual(["Smith"]);
  });
});

describe("a body named by a place, 'National' and a common noun", () => {
  it("is the body a spokesman speaks for, not a person called by the noun", () => {
    const text = "But a spokesman for the Welsh National Ballet told reporters that half the dancers were local.\nHe said auditions were fierce.";
    expect(speakersOf(text)).toEqual(["Welsh National Ballet", "Welsh National Ballet"]);
    const { speakers } = resolveLines(text);
    expect(speakers.map((s) => s.kind)).toEqual(["organization"]);
  });

  it("speaks as a body when it opens the sentence", () => {
    expect(speakersOf("Welsh National Ballet said the tour would go ahead.")).toEqual(["Welsh National Ballet"]);
  });
});

describe("role words before a name", () => {
  it("end at a past form after a word for a person: in 'the actress named magazines Now Weekly', she did the naming", () => {
    const text = "Pop star Dana Kerr has attacked celebrity magazines.\nIn a post on her blog, the actress named gossip magazines Now Weekly and Star as the worst.\n\"You will remain a false magazine,\" the 27-year-old wrote.";
    expect(speakersOf(text)).toEqual(["Dana Kerr"]);
  });

  it("still take a past form that says what someone is before the role", () => {
    const { speakers } = resolveLines("Newly appointed manager Ian Holt said the squad was fit.");
    expect(speakers.map((s) => [s.name, s.role])).toEqual([["Ian Holt", "Newly appointed manager"]]);
  });
});

describe("a hyphenated description opening the sentence before a surname", () => {
  it("is a role, and the surname the person named before", () => {
    const text = '"A brilliant goal by Liam Carrow," said the manager.\nPlayer-of-the-year Carrow explained what went wrong when he missed a header.';
    const { speakers, assignments } = resolveLines(text);
    const last = speakers[assignments.at(-1)!.speakerIndex!]!;
    expect([last.name, last.role]).toEqual(["Liam Carrow", "Player-of-the-year"]);
  });
});

describe("an ordinary word opening the sentence before what it qualifies", () => {
  it("names no body when the article never capitalises it inside a sentence", () => {
    const text = "Figures showed that Asians were twice as likely to be stopped.\nSeparate figures on searches showed that ethnic minorities were more likely to be stopped.\nParty strategists claim that turnout rises by 4% where women stand.";
    expect(speakersOf(text)).toEqual([null, null, null]);
  });

  it("is the body's name when the article writes it capitalised inside a sentence too", () => {
    expect(speakersOf("Oil prices helped Shell this year.\nShell figures showed that profits rose by a fifth.")).toEqual(["Shell"]);
  });
});

describe("a rugby position before a name", () => {
  it("is a role that says a person is named, first name listed or not", () => {
    const text = 'The view was backed by his coach at the club, former Wales and Lions prop Dai Penrhyn.\n"He has been on an upward curve all season," Penrhyn told BBC Sport Wales.';
    const { speakers } = resolveLines(text);
    expect(speakers.map((s) => [s.name, s.role])).toEqual([["Dai Penrhyn", "Lions prop"]]);
  });
});

describe("a role in apposition without an article", () => {
  it("is the role of the person named before it", () => {
    const { speakers } = resolveLines('"Illegal spam must be stopped," said Lena Ward, Ohio attorney general, on Monday.\n"It will stop," said Tom Hale, Kestrel chief executive.');
    expect(speakers.map((s) => [s.name, s.role])).toEqual([
      ["Lena Ward", "Ohio attorney general"],
      ["Tom Hale", "Kestrel chief executive"],
    ]);
  });

  it("is no relative clause", () => {
    const { speakers } = resolveLines("Dora Penn, whose husband died in the attack, said she would not forgive them.");
    expect(speakers.map((s) => [s.name, s.role])).toEqual([["Dora Penn", null]]);
  });
});

describe("a people's name of two words", () => {
  it("describes the person named before, as 'the Australian' does", () => {
    const text = 'Director Hemi Walker has hit out at the studio.\n"It will take years to settle," said the New Zealander.';
    expect(speakersOf(text)).toEqual(["Hemi Walker"]);
  });
});

describe("a body's role words and an 'of' phrase after an inverted cue", () => {
  it("describe the person named after the comma", () => {
    expect(speakersOf('"The decision to suspend flights was hard," said Kestrel director of route planning, Mara Quist. "The routes lose money."')).toEqual(["Mara Quist"]);
  });
});

describe("a surname ending in s after a quotation closed by a comma", () => {
  it("is a name, not a plural opening a sentence", () => {
    expect(speakersOf('It was a bad day for the squad.\n"We have plenty of young players coming through," Edwards added.')).toEqual(["Edwards"]);
  });

  it("leaves a plural of people nobody", () => {
    expect(speakersOf('It was a bad day for the squad.\n"We have plenty of young players coming through," Organisers added.')).toEqual([null]);
  });
});

describe("a word of speech after 'his' or 'its' and before a comma", () => {
  it("is a noun: 'In his annual report, Mr Brown…' is no statement of the report", () => {
    expect(statementsAndSpeakers("In his annual report, Mr Brown surprised experts by forecasting growth of 3%.")).toEqual([]);
  });

  it("is still a verb with its clause: 'His lawyers claim that…'", () => {
    expect(statementsAndSpeakers("His lawyers claim that their client was never told.")).toEqual([["their client was never told", null]]);
  });
});

describe("a name before a word for a kind of firm and another name", () => {
  it("is what the firm named next runs, and no subject 'the firm' refers back to", () => {
    expect(speakersOf("Channel Ferry operator Seacrest has seen sales fall.\nThe firm said sales were down 4% in 2004.")).toEqual(["Seacrest"]);
  });
});

describe("a quotation after a sentence that opens on someone newly named, inside a paragraph", () => {
  it("is that person's, not the last speaker going on", () => {
    const text = '"What a great way to end the year," said Ruiz afterwards. Team coach Dan Pruett wants his players to train on clay. "I think it will help these guys learn to mix things up."';
    expect(speakersOf(text)).toEqual(["Ruiz", "Dan Pruett"]);
  });

  it("is still the last speaker's when the sentence names them", () => {
    const text = '"Immigration is important," says Mel Rourke, 32, of Sodus. Rourke supports Democrat Hillary Clinton in the race. "I have student loans and no great job."';
    expect(speakersOf(text)).toEqual(["Mel Rourke", "Mel Rourke"]);
  });
});

describe("a description before anyone is named", () => {
  it("is the one person named soon after with every word of it as a role", () => {
    const text = "Ohio has filed a lawsuit against two men.\nThe Ohio attorney general said the messages broke three laws.\nThe suit names Ryan Pell, a student, and Mark Tott of California. \"Illegal spam must be stopped,\" said Lena Ward, Ohio attorney general, on Monday.";
    expect(speakersOf(text)).toEqual(["Lena Ward", "Lena Ward"]);
  });

  it("is nobody when no one named after holds all of it", () => {
    const text = "Ohio has filed a lawsuit against two men.\nThe Ohio attorney general said the messages broke three laws.\n\"Illegal spam must be stopped,\" said Lena Ward, a lawyer.";
    expect(speakersOf(text)).toEqual([null, "Lena Ward"]);
  });
});

describe("a lead that opens on a role with 'for' or 'of' after it", () => {
  it("is the person named at the start of the next paragraph", () => {
    const text = "The new transport minister for Wales says there are lessons to learn from England.\nDr Owen Price, on his first day in the job, admitted there were big challenges.";
    expect(speakersOf(text)).toEqual(["Owen Price", "Owen Price"]);
  });
});
