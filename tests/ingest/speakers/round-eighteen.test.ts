import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// A rule read on the dev half of the eighteenth round of BBC gold (twenty-fifth session); every
// sentence is invented.
describe("a body that says something in a report", () => {
  it("is the organisation whose report 'the report' and 'it' are later", () => {
    const text = [
      "Aid budgets are half their 1970 levels, Wellspring says in a report, Counting the Cost.",
      'The report said: "Rich countries are giving less and less."',
      "It also says that no member has reached the target.",
    ].join("\n");
    expect(speakersOf(text).slice(-2)).toEqual(["Wellspring", "Wellspring"]);
  });
});

describe("a firm known by one word", () => {
  it("is an organisation when it does something to 'its' profits, and 'the firm' is it", () => {
    const text = "Strong sales helped Kestrix boost its profits by 40% in 2004.\nThe firm said demand outside Europe lifted its results.";
    expect(speakersOf(text)).toEqual(["Kestrix"]);
  });

  it("even when the word is also a first name, if only a firm could have what follows", () => {
    const text = "Strong sales helped Dexter boost its profits by 40% in 2004.\nSales outside Dexter's core market rose.\nThe firm said demand outside Europe lifted its results.";
    expect(speakersOf(text)).toEqual(["Dexter"]);
  });

  it("but a first name followed by 'said it' stays a person's", () => {
    const text = "Mr Eaves' daughter Emily said it would be a big step for the festival.";
    expect(resolveLines(text).speakers.map((sp) => sp.kind)).toEqual(["person"]);
  });
});

describe("an honorific before a first name", () => {
  it("is another person than the one of that first name whom the article calls by his surname", () => {
    const text = "Sacked MP Howard Glaze said he was shocked.\nMr Glaze said he would fight on.\nMr Howard said the MP had broken the party's rules.";
    expect(speakersOf(text)).toEqual(["Howard Glaze", "Howard Glaze", "Howard"]);
  });

  it("but the same person when the article calls him by that name ('Mr. Lou' is Lou Jiwei)", () => {
    const text = "Finance minister Lou Jiwei spoke on Tuesday.\nMr. Lou said growth would slow.";
    expect(speakersOf(text)).toEqual(["Lou Jiwei"]);
  });
});

describe("an organisation the article does not name", () => {
  it("is nobody, not the capitalised word that says where it works", () => {
    const text = "Prices fell by 24%, according to research from a City investment bank.";
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("a name that opens with a particle", () => {
  it("keeps the particle: 'De Gaulle' and 'Al Cardenas' are not cut", () => {
    expect(speakersOf("The war is over, De Gaulle said.")).toEqual(["De Gaulle"]);
    expect(speakersOf('"It is not so much that," said Florida strategist Al Cardenas.')).toEqual(["Al Cardenas"]);
  });

  it("is the person of that surname the article named in full", () => {
    const text = 'French far-right leader Marine Le Pen spoke on Monday.\n"It is everything but the old parties," Le Pen said.\nLater, Le Pen said she would run.';
    expect(speakersOf(text)).toEqual(["Marine Le Pen", "Marine Le Pen"]);
  });
});

describe("a name before a member's role and a person", () => {
  it("is an organisation of the kind the role says, even when it is an ordinary word", () => {
    const text = "Oasis singer Liam Gallagher has been fined after a fight in a hotel.\nThe band said they were victims of an attack.";
    expect(speakersOf(text)).toEqual(["Oasis"]);
  });

  it("whose spokesman speaks for the club", () => {
    const text = "Harbourside midfielder James Morrow has been ruled out for eight weeks.\nA club spokesman confirmed: \"It is a double hernia.\"";
    expect(speakersOf(text)).toEqual(["Harbourside"]);
  });

  it("but a place before the role is no organisation", () => {
    const text = "New Zealand striker Tom Ruaki spoke on Monday.\nThe club said it was pleased.";
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("a participle's speaker after a clause opening the sentence", () => {
  it("is the main clause's subject, not nobody", () => {
    const text = 'When Carver died, President Hale led the public tributes, saying the host "had a profound influence".';
    expect(speakersOf(text)).toEqual(["Hale"]);
  });
});

describe("sources within a body", () => {
  it("are unnamed people in it, not the body", () => {
    expect(speakersOf("Sources within the Conservative Party told the BBC the leader had always backed the cards.")).toEqual([null]);
    expect(speakersOf("Sources within the party said the leader had always backed the cards.")).toEqual([null]);
  });
});

describe("a place's police written with a small 'p'", () => {
  it("is that police force", () => {
    expect(speakersOf("West Yorkshire police confirmed they had arrested a 45-year-old man.")).toEqual(["West Yorkshire police"]);
  });

  it("but 'The police' and 'Riot police' name no force", () => {
    expect(speakersOf("The police said they had arrested a man.\nRiot police said the crowd had gone.")).toEqual([null, null]);
  });
});

describe("a firm known by its letters after its full name", () => {
  it("is the one firm: 'SBC' after 'SBC Communications'", () => {
    const text = "US phone company SBC Communications said it expects to cut 12,800 jobs.\nSBC said 5,125 positions would go.";
    expect(speakersOf(text)).toEqual(["SBC Communications", "SBC Communications"]);
  });
});
