import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

describe("resolvePhrase: a description before a person's full name", () => {
  it("makes 'The men's solicitor Matthew Knight' a person whom 'he' can then refer to", () => {
    const text = "The men's solicitor Anton Pike said that the men had broken no law.\n“There is no offence here,” he said.";
    const { speakers, assignments } = resolveLines(text);
    expect(assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name))).toEqual(["Anton Pike", "Anton Pike"]);
    expect(speakers[0]!.kind).toBe("person");
  });
});

describe("a capitalised word and a role before a person's name", () => {
  it.each([
    ["a role word we do not list", "Soap star Imogen Vale has hit out at the show's bosses.\nShe said she was devastated by the decision.", "Imogen Vale"],
    ["an acronym opening a tabloid lead", "SOAP star Imogen Vale has hit out at the show's bosses.\n“I found out in a phone call,” she told the Daily Post.", "Imogen Vale"],
    ["a first name our lists do not know", "Pop star Kerry Dunmore has cancelled her tour.\nThe 34-year-old said she needed a rest.", "Kerry Dunmore"],
  ])("makes the person the sentence's subject: %s", (_, text, name) => {
    const { speakers, assignments } = resolveLines(text);
    expect(assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name))).toEqual([name]);
  });
});

describe("a lead that describes someone the next sentence names", () => {
  it("gives the lead's words to the person named first after it", () => {
    const text = "A school caretaker suspended over posts on his blog says he has been sacked.\nTom Arden, who writes online as the Night Porter, said he was told on Monday.";
    expect(speakersOf(text)).toEqual(["Tom Arden", "Tom Arden"]);
    const lead = extractArticle(`Caretaker sacked\n\n${text.replace("\n", "\n\n")}`, { key: "lead" }).statements[0]!;
    expect(lead.speakerAsWritten).toBe("A school caretaker suspended over posts on his blog");
  });

  it("gives a lead about someone's lawyer to the person named first after it, never to the one whose lawyer it is", () => {
    expect(speakersOf("Tomas Kenter's lawyer has called for the charges against the sprinter to be dropped.\nGregory Ianni has sent new evidence to the tribunal. Kenter was suspended in May.")).toEqual(["Gregory Ianni"]);
    expect(speakersOf("Tomas Kenter's lawyer has called for the charges against the sprinter to be dropped.\nTomas Kenter was suspended in May.")).toEqual([null]);
  });

  it("gives a lead's definite description of a person to the person named next, when nobody was named before", () => {
    const { speakers, assignments } = resolveLines("The pound rose after the central bank head said the deficit would shrink.\nAnd Alan Grennan told the bankers that savings were rising.");
    expect(assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name))).toEqual(["Alan Grennan", "Alan Grennan"]);
    expect(assignments[0]!.confidence).toBeLessThan(0.9);
  });

  it("reads an office written with capitals as such a description ('the Trade and Industry Secretary'), never a party member ('The lifelong Republican')", () => {
    const office = "Paid leave should be prominent in Labour's manifesto, the Trade and Industry Secretary has said.\nPatricia Holm said the cost was being evaluated.";
    expect(speakersOf(office)).toEqual(["Patricia Holm", "Patricia Holm"]);
    const member = "The lifelong Republican who wrote the speech says he won't vote for the nominee.\nRichard Crane, a former aide, said he might vote for the other side.";
    expect(speakersOf(member)[0]).toBeNull();
  });

  it("gives a lead about one of a kind of organisation to the organisation the next sentence names", () => {
    expect(speakersOf("Soaring oil sales mean Norland's debt is no longer risky, one of the world's leading credit rating agencies says.\nTarn & Orme (T&O) has upgraded the country's bonds. T&O said the risk was low.")).toEqual(["Tarn & Orme", "Tarn & Orme"]);
  });

  it.each([
    ["a spokesman, who is never named later", "A spokesman for the school says the caretaker broke the rules.\nMary Holt, a parent, said the school was calm.", [null, "Mary Holt"]],
    ["a person of the other sex than the lead's pronoun", "A school caretaker suspended over posts on his blog says he has been sacked.\nMary Holt, the head teacher, said the rules were clear.", [null, "Mary Holt"]],
    ["a lead that is not the article's first statement", "Mary Holt said she was happy.\nA pilot suspended over posts on his blog says he has been sacked.\nJohn Harlow, the airline's chief, said the rules were clear.", ["Mary Holt", null, "John Harlow"]],
  ])("guesses nothing for %s", (_, text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe("a person and where they work, joined by 'from', 'at' or 'with'", () => {
  it.each([
    ["from, before the verb", "Greta Holm from the Tarn Institute said the rise would continue.", ["Greta Holm"]],
    ["from, after a quotation", "“We expect the rise to continue,” Greta Holm from the Tarn Institute said.", ["Greta Holm"]],
    ["from, with 'told' and whom she told", "“We expect the rise to continue,” Greta Holm from the Tarn Institute told the Daily Post.", ["Greta Holm"]],
    ["at", "Ms Holm at Fjordline Capital told investors that prices would rise.", ["Greta Holm"]],
    ["with, as American papers write it", "Dale Ruddock with the Civic Liberties Union said the law was unconstitutional.", ["Dale Ruddock"]],
  ])("gives the words to the person, not the body: %s", (_, sentence, names) => {
    const lead = /^Ms Holm/.test(sentence) ? "Greta Holm runs the fund.\n" : "";
    expect(speakersOf(lead + sentence).slice(lead ? -1 : 0)).toEqual(names);
  });

  it("keeps a body's own words the body's", () => {
    expect(speakersOf("The Tarn Institute said the rise would continue.")).toEqual(["Tarn Institute"]);
  });
});

describe("findMentions: a sentence opening on what someone does, then their name in commas", () => {
  it.each([
    ["Computer specialist at the IAEA, Peter Smith, would like to add new tools."],
    ["Head of the division, Peter Smith, spoke about the plans."],
    ["The Attorney General, Lord Smith, has issued no guidance."],
  ])("makes the name the subject 'he' goes back to: %s", (opening) => {
    const text = `Livio Costantini said the system was ready.\n${opening} “We are moving,” he said.`;
    expect(speakersOf(text).at(-1)).toMatch(/Smith$/);
  });

  it("not when the opening is a clause of its own", () => {
    const text = "Cate Blanchett won on Saturday.\nShe thanked the woman she played, Katharine Hepburn, for paving the way. “Thank you,” she said.";
    expect(speakersOf(text).at(-1)).toBe("Cate Blanchett");
  });
});

describe("a person described by the band or the films they work on", () => {
  it("is the person, not the band or the film", () => {
    const lead = "The guitarist with US rock band Torn has quit the music business, saying he had found faith.\nBrian Welch told a radio station that his bandmates respected his decision.";
    expect(speakersOf(lead)).toEqual(["Brian Welch", "Brian Welch"]);
    const films = "Oliver Stone was honoured in Stockholm on Sunday.\n“Europeans see me differently,” said the director behind JFK and Platoon.";
    expect(speakersOf(films)).toEqual(["Oliver Stone"]);
  });
});
