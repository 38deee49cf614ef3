import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// How business pages name and describe companies, from invented British and American articles.

describe("a body described by where it is based, listed or run", () => {
  it.each(["The Aim-listed group", "The London-based firm"])("'%s' is the company named before, never a body called 'Aim-listed'", (description) => {
    const text = `Shares in Brackwell Cycles fell by a quarter on Tuesday.\n${description} said profits would fall.`;
    expect(speakersOf(text)).toEqual(["Brackwell Cycles"]);
  });

  it("leaves where a firm is based out of its name", () => {
    expect(speakersOf("Paris-based Eurovane said it would bid.")).toEqual(["Eurovane"]);
  });
});

describe("what only a company has", () => {
  it("'Shares in X' makes X a company that 'the group' can stand for", () => {
    expect(speakersOf("Shares in Brackwell Cycles fell.\nThe group said it would cut 300 jobs.")).toEqual(["Brackwell Cycles"]);
  });

  it("a place the company has ('its South Yorkshire factory') is no organisation", () => {
    const text = "Shares in Brackwell Cycles fell after the maker said it would cut 300 jobs at its South Yorkshire factory.\nThe group said talks would begin next week.";
    expect(speakersOf(text).at(-1)).toBe("Brackwell Cycles");
  });
});

describe("names in the possessive inside other names", () => {
  it("an s-final name's possessive owns what follows ('Corvaris' Lendal unit')", () => {
    const text = "The merger leaves Corvaris' Lendal unit the largest maker of valves in Europe.\nCorvaris said it would close two plants.";
    expect(speakersOf(text)).toEqual(["Corvaris"]);
  });

  it("a plural noun's possessive stays inside the name ('the Carers' Rights Forum')", () => {
    const text = "The deal will see the Carers' Rights Forum overtake its rivals.\nThe Forum said it would merge departments.";
    expect(speakersOf(text)).not.toContain("Carers");
  });
});

describe("a person's title before a name", () => {
  it("is not read as a short form of an organisation whose name starts with the same word", () => {
    const text = "The line will be built by the Albanian Macedonian Bulgarian Gas Corporation (AMBG). It will run from the Bulgarian port of Tarnesti to the Albanian city of Velna.\n\"Nothing matters more than this pipe,\" said Albanian Prime Minister Dorin Vascanu.";
    expect(speakersOf(text)).toEqual(["Dorin Vascanu"]);
  });
});

describe("local government and football pages", () => {
  it("reads a councillor's party and ward in brackets as no clause of the sentence", () => {
    expect(speakersOf("Coun Imran Akhtar (Con, Ashworth North) said the change was a cut in services.")).toEqual(["Imran Akhtar"]);
  });

  it("gives the words to the person after a fronted place and a description, not to the place", () => {
    const text = "Outside the chamber, retired postman Frank Kowalczak, 74, from Moss Side Lane in Higher Ashworth, said he already struggled.";
    expect(speakersOf(text)).toEqual(["Frank Kowalczak"]);
  });

  it("leaves who runs a council out of its name, and gives 'a council spokesperson' to the council", () => {
    expect(speakersOf("Labour-run Ashworth Council voted to cut bin collections.\nA council spokesperson said residents would receive a letter.")).toEqual(["Ashworth Council"]);
  });

  it("leaves 'Government sources' unnamed", () => {
    expect(speakersOf("The Scottish Government froze the fund.\nGovernment sources insisted the review was not a cover for cuts.")).toEqual([null]);
  });

  it("reads a club's name and 'the club' after it", () => {
    expect(speakersOf("Saltmarsh Rovers have sacked their manager after a cup defeat.\nIn a statement, the club said a change was needed.")).toEqual(["Saltmarsh Rovers"]);
  });

  it("leaves the day out of a club's name ('On Thursday Rangers said')", () => {
    expect(speakersOf("Hexley United turned down a second offer from Tarnside Rangers.\nOn Friday Tarnside Rangers said they would walk away from the deal.")).toEqual(["Tarnside Rangers"]);
  });
});

describe("more names of bodies (invented tabloid and broadsheet articles)", () => {
  it("keeps a nationality that is part of a body's name ('The American Grain Handlers Council', 'the British Retail Consortium')", () => {
    expect(speakersOf("The American Grain Handlers Council said the program would keep crops from spoiling.")).toEqual(["American Grain Handlers Council"]);
    expect(speakersOf("Sales fell again, according to the British Retail Consortium (BRC).\nThe BRC said high street sales had fallen for a third month.").at(-1)).toBe("British Retail Consortium");
  });

  it("leaves 'Former' out of a body's name ('Former Albion TV presenter …')", () => {
    expect(speakersOf("Former Albion TV presenter Saoirse Brightly has been axed.\nAlbion TV said the decision was about the format.")).toEqual(["Albion TV"]);
  });

  it("reads a firm named in the possessive after words for its kind ('Supermarket chain Kellaway's')", () => {
    expect(speakersOf("Supermarket chain Kellaway's, which sells more biscuits than any other retailer, said it was keeping prices under review.")).toEqual(["Kellaway"]);
  });

  it("leaves 'a source at the club' unnamed", () => {
    expect(speakersOf("Northgate City lost 2-1.\nA Northgate City spokesman said the club would write to the referees.\nBut a source at the club said the board were backing the manager.")).toEqual(["Northgate City", null]);
  });
});

describe("a parent's compound role before a name", () => {
  it("is left out of the name ('Mum-of-four Destiny Okoro-Blake')", () => {
    expect(speakersOf("Mum-of-four Destiny Okoro-Blake said she only noticed when her kids started squabbling.")).toEqual(["Destiny Okoro-Blake"]);
  });
});

describe("'the statement' after someone spoke in a statement", () => {
  it("is the statement of whoever just spoke in it", () => {
    const text = "In a statement, Harbour Radio said its presenter had left by agreement.\n“We thank her for eleven years of breakfast shows,” the statement said.";
    expect(speakersOf(text)).toEqual(["Harbour Radio", "Harbour Radio"]);
  });

  it("is nobody's when the one who spoke in it was left unnamed", () => {
    const text = "Tom Pellard was quoted in the Westport Herald saying the budget would be slashed.\nIn a statement, the party said his words had been twisted. “He backs every one of our plans for schools,” said the statement.";
    expect(speakersOf(text).at(-1)).not.toBe("Westport Herald");
  });
});

describe("a name with 'and' in it", () => {
  it.each([
    ["Harwood Oil and Gas has denied that it is the company in question.", "Harwood Oil and Gas"],
    ["The Pensions and Savings Authority has asked for details of the transfers.", "Pensions and Savings Authority"],
    ["Dorling and Crewe says sales rose by a fifth.", "Dorling and Crewe"],
  ])("is one speaker before a verb in the singular: %s", (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });

  it("ends the subject when the 'and' joins two clauses ('…owns Tamsk and Russia has said')", () => {
    expect(speakersOf("Stavneft now owns Tamsk and Russia has said it will sell the unit.")).toEqual(["Russia"]);
  });

  it("gives an office with 'and' in it to the person, not to a body ('Work and Pensions Secretary Ann Brook has warned')", () => {
    expect(speakersOf("The agency could close if it failed to improve, Work and Pensions Secretary Ann Brook has warned.")).toEqual(["Ann Brook"]);
  });

  it("names two people when the names are people's ('Halloran and Pike', known by surname)", () => {
    const text = "Ed Halloran and Jo Pike run the shop.\nHalloran and Pike say the rent has doubled.";
    expect(speakersOf(text)).not.toContain("Halloran and Pike");
  });
});

describe("a body's ruling, figures or findings", () => {
  it.each([
    ["A European Commission ruling said Greece should have sole rights to the name.", "European Commission"],
    ["Harbour Registry figures showed prices fell by 2% in May.", "Harbour Registry"],
    ["The figures are low, according to the Tarn Lending Council findings.", "Tarn Lending Council"],
  ])("are the body's words: %s", (text, body) => {
    expect(speakersOf(text)).toEqual([body]);
  });

  it("makes no body of a method ('ILO-based figures')", () => {
    expect(speakersOf("And ILO-based figures also suggest that 14,000 new jobs were created.")).not.toContain("ILO-based");
  });
});

describe("a place's Executive", () => {
  it.each([
    ["But the Scottish Executive has insisted the minister was speaking about adults.", "Scottish Executive"],
    ["The Northern Ireland Executive said talks would resume.", "Northern Ireland Executive"],
  ])("is a government, not a person: %s", (text, body) => {
    expect(speakersOf(text)).toEqual([body]);
  });

  it("speaks through 'an executive spokeswoman' named after it", () => {
    const text = "The Scottish Executive said a report had been ordered.\nAnne Hale of the opposition demanded answers.\nBut an executive spokeswoman insisted the minister had acted properly.";
    expect(speakersOf(text).at(-1)).toBe("Scottish Executive");
  });

  it("leaves a company's executive and a titled person as they were", () => {
    expect(speakersOf("The Scottish chief executive said talks would resume.")).toEqual([null]);
    expect(speakersOf("Mark Ross, the Scottish Executive's spokesman, said talks would resume.")).toEqual(["Mark Ross"]);
  });
});

describe("a name right after a word for a business", () => {
  it("is the business's, however much it looks like a person's", () => {
    const text = "Building products group James Hardie has agreed to pay $1.1bn to victims.\nThe firm said its old fund was running out of money.";
    expect(speakersOf(text)).toEqual(["James Hardie"]);
    // Never a person whom "he" could be.
    const film = "Ridley Scott will direct the film for his company Grant Hale.\n“It is an enchanting book,” he said.";
    expect(speakersOf(film)).not.toContain("Grant Hale");
  });
});

describe("where a body is, and a body named after a person", () => {
  it("reads 'The South Yorkshire company' as the company last spoken of, not a body called South Yorkshire", () => {
    const text = "UK Coal said it had made a loss in 2004.\nThe South Yorkshire company, led by Gerry Spindler, said it hoped to return to profit.\nThe Texas firm said it was pleased.";
    expect(speakersOf(text)).toEqual(["UK Coal", "UK Coal", "UK Coal"]);
    // The place in a body's name it has named says which: "Colorado State University … the Colorado centre".
    const centre = "Colorado State University published its forecast on Friday.\nRival body Ellis Partners disagreed.\nA series of shocks, the Colorado centre has argued, show the risk.";
    expect(speakersOf(centre).at(-1)).toBe("Colorado State University");
  });

  it("reads 'Laura Ashley, which…' as a firm that 'it' and 'the company' refer to", () => {
    const text = "Shares fell on the London Stock Exchange on Monday.\nLaura Ashley, which is due to report soon, has been hit by poor sales. In October it announced the closure of a factory. In September, the company had said that its sales had been poor.";
    expect(speakersOf(text)).toEqual(["Laura Ashley", "Laura Ashley"]);
    // Not a person the sentence is not about: "the super PAC backing Hillary Clinton is using its…".
    const pac = "The super PAC backing Hillary Clinton is using some of its muscle.\nClinton laughed off the attack. “It shows how desperate they are,” she said.";
    expect(speakersOf(pac)).toEqual(["Hillary Clinton"]);
  });
});

describe("a word for the kind of firm opening the sentence", () => {
  it.each([["Car-maker Honda"], ["Chipmaker Intel"], ["Bookmaker Ladbrokes"]])("is no part of the name in '%s said…'", (opening) => {
    const name = opening.split(" ").at(-1)!;
    expect(speakersOf(`${opening} said it would build a new plant in Wales next year.\n“It is ready,” said a ${name} spokesman.`)).toEqual([name, name]);
  });
});

describe("a body's arm in a country or region", () => {
  it.each([["Amnesty International UK"], ["Lycos Europe"], ["Oxfam America"]])("'%s said…' is that body", (name) => {
    const { speakers } = resolveLines(`${name} said the number of phishing messages had risen sharply.`);
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([[name, "organization"]]);
  });
});
