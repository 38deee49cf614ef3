import { describe, expect, it } from "vitest";
import { extractLines } from "@/tests/helpers/line-paragraphs";

describe("what stands beside a cue", () => {
  it.each([
    ["an adjunct between commas after the cue", "The minister said, by 2008, every visitor would be fingerprinted.", ["every visitor would be fingerprinted"]],
    ["a reported clause whose verb is irregular", "Sales fell by a third last year, the company said.", ["Sales fell by a third last year"]],
    [
      "a quotation and a second cue of the same speaker",
      'He said "the new harbour is of great value to the island", but stressed that repairs were needed at every pier.',
      ['"the new harbour is of great value to the island"', "repairs were needed at every pier"],
    ],
    ["whoever was told, and where, before a colon and a quotation", "Megan Doyle told fans on her podcast: 'It has been the hardest month of my life.'", ["'It has been the hardest month of my life.'"]],
    ["a programme with a number in its name before the colon", 'Mr Vane told BBC Radio 5 Live: "We will appeal."', ['"We will appeal."']],
    ["two people told, joined by “and”", 'The singer told hosts Ant and Dec: "I loved every minute."', ['"I loved every minute."']],
    ["a magazine whose title ends in an exclamation mark", 'Kelly Marsh told Hello! magazine: "I thought he was the one."', ['"I thought he was the one."']],
  ])("%s", (_, text, spans) => {
    expect(extractLines(text).map((s) => s.text)).toEqual(spans);
  });

  it.each([
    ["a name told, and how and where, ending the sentence", "The stoppage began at the 8 a.m. shift change, union president Javiera Quispe told Reuters by telephone from the mine site.", "The stoppage began at the 8 a.m. shift change"],
    ["a pronoun after “in a statement”", "Microsoft said in a statement it is investigating what it called a criminal attack.", "it is investigating what it called a criminal attack"],
    ["a pronoun after “in a referendum”", "Most Gibraltarians said in a referendum they wanted to remain British.", "they wanted to remain British"],
    ["a number “at least” or “about”", "Gov. Harriet Lindgren said at least 40 homes were destroyed.", "at least 40 homes were destroyed"],
    ["a number “about”", "Gov. Harriet Lindgren said about 200 people were evacuated from the coast.", "about 200 people were evacuated from the coast"],
    ["an object “at least” a number", "Authorities reported at least 20 victims at a nonprofit center.", "at least 20 victims at a nonprofit center"],
  ])("the reported clause after %s", (_, text, span) => {
    expect(extractLines(text).map((s) => s.text)).toEqual([span]);
  });

  it("keeps a clause of its own between the addressee and a colon", () => {
    const [first] = extractLines('His lawyer told the BBC it was a laughable suggestion and added: "He had no computer."');
    expect(first!.text).toMatch(/^it was a laughable suggestion/);
  });
});

describe("cues missed and words that are not speech", () => {
  it.each([
    ["a present-tense claim without “that”", "Mr Harlow claims the system is being abused by gangs.", "the system is being abused by gangs"],
    ["“added” before a bare clause", "The firm posted a loss. It added it was planning to close ten stores.", "it was planning to close ten stores"],
    ["“hailed X as”", "The minister hailed the deal as a turning point for the region.", "the deal as a turning point for the region"],
    ["“questioned why”", "Ms Reade questioned why the inquiry had taken so long.", "why the inquiry had taken so long"],
    ["a claim whose subject is a possessive phrase", "Mr Jensen also claimed Tony Blake's move in the row was a stunt.", "Tony Blake's move in the row was a stunt"],
    ["a claim whose subject is capitalised", "Ahmed Bogdan then claimed the Northern League title would be close.", "the Northern League title would be close"],
    ["a present-tense claim known by its object", "The singer, 31, claims the label owes him money.", "the label owes him money"],
    ["a person who tells the story of how something happened", "He often tells the story of how she talked him into the race.", "she talked him into the race"],
    ["a claim inside a relative clause, its antecedent's verb after it", "Tom Reade has sent new evidence to the panel which he claims proves the former Olympic champion has no case to answer.", "proves the former Olympic champion has no case to answer"],
    ["“branded X …”", "Ms Reade branded the plan “a stunt that backfired”.", "the plan “a stunt that backfired”."],
    ["a present-tense claim whose clause has an irregular past verb", "Reade, who has missed six games, claims he knew instantly something was wrong.", "he knew instantly something was wrong"],
    ["what a study found", "The study found that prices rose in every region.", "prices rose in every region"],
    ["a forecast", "The agency forecasts that growth will slow next year.", "growth will slow next year"],
    ["what research has shown", "Earlier research has shown that most cyclists ignore red lights.", "most cyclists ignore red lights"],
    ["a promise after its pronoun subject", "In the brochure, he promises to reopen the library and fix the roads.", "to reopen the library and fix the roads"],
    ["a call after its pronoun subject", "It calls for longer opening hours at the clinic.", "for longer opening hours at the clinic"],
    ["what people agree", "But economists agree that the rise owes much to cheap credit.", "the rise owes much to cheap credit"],
    ["a quotation someone agreed with", "“You rarely get that chance,” agreed Pryce.", "“You rarely get that chance,”"],
    ["the words of someone named like a modal verb", "Drummer Tom May has said he hopes to play again in June.", "he hopes to play again in June"],
    ["the words of someone named like a modal verb, after the quotation", "“We were amazed,” Will wrote on his website.", "“We were amazed,”"],
    ["a hint without “that”, before a bare noun phrase and its auxiliary", "The home secretary hinted new rules could be published next year.", "new rules could be published next year"],
  ])("reads %s", (_, text, span) => {
    expect(extractLines(text).map((s) => s.text)).toContain(span);
  });

  it.each([
    ["“adds to”", "The study adds to evidence that smoking harms the young."],
    ["a plural noun after a verb", "He dismissed claims made by the opposition last week."],
    ["an -ing form describing a noun", "Customers reporting problems were told to wait."],
    ["“found” with no document as its subject", "Police found the car abandoned near the border."],
    ["“shown” in the passive", "A film about his life was shown at the festival."],
    ["promises as a noun", "His promises to voters were broken within a year."],
    ["an agreement", "The firm agreed a £5bn deal with the bank on Monday."],
    ["an agreement to do something", "Both sides agreed to meet again next week in Geneva."],
    ["what someone promises, as the object of another verb", "Voters know he cannot do what he promises to do."],
    ["a cue inside a quotation", "The leaflet stated: 'According to the police, the crowd was peaceful.'"],
    ["“question” as a noun", "The question is whether the plan will pass this year."],
  ])("takes no cue from %s", (_, text) => {
    expect(extractLines(text).map((s) => s.cue)).not.toContain(expect.stringMatching(/^(?:adds|claims|reporting|found|shown|promises|agreed|According to|question)$/));
  });

  it.each([
    ["a noun phrase joined by “and” to a verb", "He claimed self-defence and was acquitted a year later."],
    ["a reflexive after a noun", "The call itself was cut short by the storm."],
    ["a verb made another by its particle", "The chairman has written off the rebels' attempt to stop him."],
    ["a relative clause after a cue's noun form", "He has kept the promises he made to the voters of Ohio."],
    ["a name given with “called”", "A woman called Vera Lapp has been arrested in Leeds."],
    ["a film that tells a story", "The film opens in May. It tells the story of a young woman who ages after falling under a spell."],
    ["“brand” as a noun", "Mr Hale attacked the party's divisive brand of politics on Monday."],
    ["things lost and found", "More phones were left in cabs in Leeds than in the cities where the research into lost and found gadgets was carried out."],
  ])("reads no bare clause from %s", (_, text) => {
    expect(extractLines(text)).toEqual([]);
  });

});
