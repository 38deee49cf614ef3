import { describe, expect, it } from "vitest";
import { extractLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the seventh round of BBC gold (twenty-second session); every sentence is invented.
describe("whose figures, which body, which person", () => {
  it("gives figures, data and reports to the body that owns them, not to the latest publisher", () => {
    const text = [
      "The Bank of Mexico said remittances grew 24% last year.",
      "Exports are now worth 3% of output, according to the Orme Institute's figures.",
      "Remittances now represent more than 2% of GDP, according to the Bank of Mexico's figures.",
      "Imports fell 4% in March, according to the central bank's data.",
      "Tourism rose 6% in April, according to Bank of Mexico figures.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Bank of Mexico", "Orme Institute", "Bank of Mexico", "Bank of Mexico", "Bank of Mexico"]);
  });

  it("reads 'the central bank' as the country's central bank, and as nobody when none was named", () => {
    const named = "The Reserve Bank of Kestria raised rates on Monday.\nThe Orme Institute said growth would slow.\nPrices will rise by 3% this year, the central bank said.";
    expect(speakersOf(named).at(-1)).toBe("Reserve Bank of Kestria");
    const unnamed = "The Orme Institute said growth would slow.\nPrices will rise by 3% this year, the central bank's report said.";
    expect(speakersOf(unnamed).at(-1)).toBeNull();
  });

  it("finds a clause with a plural subject in the present tense before 'the institute said'", () => {
    const found = extractLines("Remittances now represent more than 6% of GDP, the Orme Institute said.\nPrices remain high, the Orme Institute said.");
    expect(found.map((s) => s.text)).toEqual(["Remittances now represent more than 6% of GDP", "Prices remain high"]);
    // A scene set with no verb is still no statement.
    expect(extractLines("In a statement on Monday, the Orme Institute said prices would rise.").map((s) => s.text)).toEqual(["prices would rise"]);
  });

  it("gives 'the German company' to a company the article placed in Germany, and to no other", () => {
    const placed = "German engineering firm Kestrel Werke has won a contract in Spain.\nUS operator Orvane Wireless is also buying its equipment.\nThe German company said the network would open in 2006.";
    expect(speakersOf(placed)).toEqual(["Kestrel Werke"]);
    const unplaced = "Kestrel Werke showed off its network at the fair.\nThe Orme Association said sales were up.\nThe German company said the network would open in 2006.";
    expect(speakersOf(unplaced)).toEqual(["Orme Association", null]);
    // A country has one central bank: "the Libyan central bank" still names it.
    expect(speakersOf("The Libyan central bank said reserves had doubled.")).toEqual(["Libyan central bank"]);
  });

  it("never makes one person of a man and a woman who share a surname", () => {
    const text = ["Mr Tolley said the shop would close in March.", "His wife, Jane Tolley, said the family was heartbroken.", '"It was our life," Mr Tolley added.'].join("\n");
    expect(speakersOf(text)).toEqual(["Tolley", "Jane Tolley", "Tolley"]);
    const herFirst = "Jane Tolley said the shop would close in March.\nMr Tolley said the family was heartbroken.";
    expect(speakersOf(herFirst)).toEqual(["Jane Tolley", "Tolley"]);
  });

  it("gives an -ing cue after the main verb's object to the sentence's subject", () => {
    const text = "Mr Tolley also left the Orme Party saying Mr Vance would do better as leader.\nJane Reade quit Orme Bank on Friday saying the board had failed.";
    expect(speakersOf(text)).toEqual(["Tolley", "Jane Reade"]);
    // A verb that shows someone doing it keeps its object as the speaker.
    expect(speakersOf("The film shows Ann Hale saying the mill would never close.")).toEqual(["Ann Hale"]);
  });

  it("keeps a body apart from the unit named after it, and a trailing adverb out of a name", () => {
    const text = [
      '"We hope it will be of use," said Reg Carr, director of Orme University Library Services.',
      "A spokeswoman for Orme University said the books would include novels.",
      '"I kept thinking I would lose," said Williams afterwards.',
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Reg Carr", "Orme University", "Williams"]);
  });

  it("reads 'England confirmed' as England, and 'reports from Russia' as nobody", () => {
    expect(speakersOf("England confirmed that the prop was not considered because of an injury.")).toEqual(["England"]);
    expect(speakersOf("Reports from Russia say Baikal has paid a deposit.")).toEqual([null]);
    expect(speakersOf("Orme Oil has fought the sale.\nOrme Oil lawyers said they would appeal.")).toEqual(["Orme Oil"]);
  });
});

// Rules read on the eighth round's dev half.
describe("clauses that change speaker", () => {
  it("ends a reported clause at 'but' when someone else speaks after it, and gives 'and added' to them", () => {
    const text = 'Police claimed Mr Gray was one of the leaders but his lawyer, Anton Vale, told the BBC it was a laughable suggestion and added: "He had no computer."';
    expect(extractLines(text).map((s) => s.text)).toEqual(["Mr Gray was one of the leaders", "it was a laughable suggestion", '"He had no computer."']);
    expect(speakersOf(text)).toEqual([null, "Anton Vale", "Anton Vale"]);
  });

  it("gives the words to the name opening the sentence when an aside's closing comma is missing", () => {
    expect(speakersOf("Mark Selby, from the Orme and Vale Services union said there should be a strike.")).toEqual(["Mark Selby"]);
    // With the comma, as before.
    expect(speakersOf("Mark Selby, from the Orme and Vale Services union, said there should be a strike.")).toEqual(["Mark Selby"]);
  });

  it("reads 'the band' as the band the article named as one", () => {
    expect(speakersOf("Rock band Kestrel Nine cancelled its tour.\nThe band said it was a victim of an unprovoked attack.")).toEqual(["Kestrel Nine"]);
  });
});

// Rules read on the ninth round's dev half.
describe("one subject, one speaker", () => {
  it("gives two cues of one subject the same speaker, and a role read on recency alone to nobody", () => {
    const text = [
      "The chancellor, Gordon Brown, spoke on Monday.",
      "Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on the office.",
      'But the chancellor said Mr Fallon was "impugning the integrity" of the statistics office and said the decision had been made independently.',
    ].join("\n");
    const speakers = speakersOf(text);
    expect(speakers[0]).toBe("Michael Fallon");
    // Whoever "the chancellor" is, both of its statements have that speaker, and it is not Mr Fallon.
    expect(speakers[1]).toBe(speakers[2]);
    expect(speakers.slice(1)).not.toContain("Michael Fallon");
  });

  it("reads 'it' as the company the same sentence opened on", () => {
    const text = "Orme Systems launched a rental service.\nIts chief operating officer Jon Marsh said demand was strong.\nThe company will have to persuade managers but it said it already had customers.";
    expect(speakersOf(text)).toEqual(["Jon Marsh", "Orme Systems"]);
  });

  it("gives a lead's 'a witness has told jurors' to the person the next sentence names", () => {
    const text = "Former boss Bernie Ebbers knew about the fraud, a witness has told jurors.\nDavid Myers said he had warned Mr Ebbers in 2001.";
    expect(speakersOf(text)).toEqual(["David Myers", "David Myers"]);
    // Never a spokesman or a source, whom news leaves unnamed.
    expect(speakersOf("The plant will close, a company spokesman has said.\nDavid Myers said he had warned the board.")[0]).not.toBe("David Myers");
  });

  it("gives a participle after 'with X doing…,' to X", () => {
    const text = 'The trouble began on the show, with Maria Hutchings marching up to him, saying "Tony, that is rubbish" as she tried to complain.';
    expect(speakersOf(text)).toEqual(["Maria Hutchings"]);
    // Nobody named in the "with" clause: nobody.
    expect(speakersOf("The row grew, with fans chanting outside, saying the club had failed them.")).toEqual([null]);
  });

  it("keeps a cue opening the sentence out of the name, and 'despite saying' with the subject", () => {
    expect(speakersOf('Wales coach Tom Hale named his side.\nAdded Hale: "It will be tough."')).toEqual(["Tom Hale"]);
    const despite = "Gordon Brown spoke in London.\nBut he denied that he was ruling out membership of the euro despite saying there would be no assessment this year.";
    // (PolNeAR's gold reads the denial on to the end of the sentence; what matters is that no part of it is nobody's.)
    expect(new Set(speakersOf(despite))).toEqual(new Set(["Gordon Brown"]));
  });
});
