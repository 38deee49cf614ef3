import { describe, expect, it } from "vitest";
import { speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Habits of American news (wire copy, broadsheets, a city tabloid) that gave a statement to the wrong
// speaker, or to a piece of one. Invented sentences in those styles.

describe("who a description names", () => {
  it("a description with an age is a person's, whatever capitalised word it holds ('the 34-year-old TV cook')", () => {
    const text = 'Celebrity chef Rocco Vantaggio lost his restaurant on Wednesday.\n"This is a shakedown," the 34-year-old TV cook fumed.';
    expect(speakersOf(text)).toEqual(["Rocco Vantaggio"]);
  });

  it("the person the article last named, even when it has spoken of him since only in the possessive", () => {
    const filler = "The stadium was cold and the crowd was thin for most of the night, and the visitors led from the opening drive until the final minutes. ".repeat(4);
    const text = `Darnell Okonkwo-Price had thrown two interceptions and been sacked four times.\n${filler}\nOkonkwo-Price's late touchdown pass gave the Mustangs a 27-24 victory.\n"I owed them one," the quarterback said.`;
    expect(speakersOf(text)).toEqual(["Darnell Okonkwo-Price"]);
  });

  it("is not the next person named when the article gives them another sport's role", () => {
    const text = '"I wasn\'t going to let my mistakes be the story," the quarterback said.\nCoach Dan Kowalczyk said he never considered benching him.';
    expect(speakersOf(text)).toEqual([null, "Dan Kowalczyk"]);
  });
});

describe("a nickname of several words", () => {
  it("is a name the person is called by later", () => {
    const text = 'Celebrity chef Rocco "The Meatball King" Vantaggio lost his restaurant on Wednesday.\nMs. Ruiz, the landlord, said he owed rent.\nUndeterred, the Meatball King vowed to reopen the restaurant in Brooklyn by the spring.';
    expect(speakersOf(text)).toEqual(["Ruiz", "Rocco Vantaggio"]);
  });
});

describe("first names with accents", () => {
  it("are first names ('Lucía'), so a sister is her own person", () => {
    const text = '"This is a regressive tax," said Councilman Rafael Castellanos.\nHis sister, Lucía Castellanos, was blunter. "We will be at every station," Ms. Castellanos said.';
    expect(speakersOf(text)).toEqual(["Rafael Castellanos", "Lucía Castellanos"]);
  });
});

describe("organisations", () => {
  it("'the authority' is the one whose name says authority, not the council mentioned since", () => {
    const text = "The board of the Hudson Valley Regional Transit Authority postponed a vote on Wednesday.\nThe plan has drawn opposition from several members of the City Council.\nIn a statement, the authority said it had exhausted every reasonable option.";
    expect(speakersOf(text)).toEqual(["Hudson Valley Regional Transit Authority"]);
  });

  it("a town's state between commas inside a relative clause is no speaker", () => {
    expect(speakersOf("Workers United, which represents 300 employees at the Cookeville, Tenn., plant, said in a statement that it had learned of the closing from the news.")).toEqual(["Workers United"]);
    expect(speakersOf("Workers United, which represents 300 employees at the Springfield, Illinois, plant, said in a statement that it had learned of the closing from the news.")).toEqual(["Workers United"]);
  });

  it("a body's name with 'and' keeps the words before it ('the Illinois Life and Health Insurance Council')", () => {
    expect(speakersOf("The Illinois Life and Health Insurance Council said in a statement that it was disappointed by the vote.")).toEqual(["Illinois Life and Health Insurance Council"]);
  });

  it("keeps a possessive inside a body's name ('the Tillman County Sheriff's Office', 'Boston Children's Hospital')", () => {
    expect(speakersOf("The Tillman County Sheriff's Office said the suspect had been arrested.")).toEqual(["Tillman County Sheriff's Office"]);
    expect(speakersOf("Boston Children's Hospital said the boy was stable.")).toEqual(["Boston Children's Hospital"]);
    expect(speakersOf("The Manhattan District Attorney's Office said the case was closed.")).toEqual(["Manhattan District Attorney's Office"]);
  });

  it("a firm whose name has a word that is also a first name ('Marine', 'York') keeps its whole name", () => {
    expect(speakersOf("Brackley Marine Engineering told MSPs in a letter that the vessel would not be ready before spring.")).toEqual(["Brackley Marine Engineering"]);
    expect(speakersOf("Tarnley Marine Services said the ferry would not sail.")).toEqual(["Tarnley Marine Services"]);
    expect(speakersOf("The New York Post reported that the deal was off.")).toEqual(["New York Post"]);
  });
});

describe("a participle between commas after the subject", () => {
  it("is an aside ('Mayor Eric Stanton, asked about the trip, said…'); the verb after it is the cue", () => {
    expect(statementsAndSpeakers('Mayor Eric Stanton, asked about the trip at an unrelated press conference, said he had not seen the details.')).toEqual([["he had not seen the details", "Eric Stanton"]]);
  });
});

describe("a name inside someone else's words, quoted by the speaker", () => {
  it("'\"She told me, 'Jesús, I'm not living here without a shelter,'\" he said' is Jesús", () => {
    const text = "Mayor Dwight Pennington said crews had cleared the main roads.\nAcross the street, Jesús Altamirano and his sons were clearing a pecan tree.\nAltamirano said he and his family survived in a storm shelter.\n\"She told me, 'Jesús, I'm not living in Oklahoma without a hole in the ground,'\" he said.";
    expect(speakersOf(text).at(-1)).toBe("Jesús Altamirano");
  });
});

describe("namesakes told apart by an office", () => {
  it("'Galloway, the senator, later posted' is Sen. Ruth Galloway, not Rep. Dean Galloway named last", () => {
    const text = 'Rep. Dean Galloway (R-Idaho) told reporters the bill was dead.\nSen. Ruth Galloway (D-Ore.) said Senate Democrats would reject it.\n"Dean Galloway can hold his breath as long as he wants," she said.\nGalloway, the senator, later posted on X: "Four days. Same answer. Fund the government."';
    expect(speakersOf(text)).toEqual(["Dean Galloway", "Ruth Galloway", "Ruth Galloway", "Ruth Galloway"]);
  });
});

describe("people quoted in a list, each a name, what they are and a colon", () => {
  it("'Tuan Nguyen-Pham, a former PTA president: \"…\"' quotes Nguyen-Pham", () => {
    const text = 'Parents spoke at the meeting.\nRosalind Achterfeld, whose twins are in third grade at Whitmore: "You are asking eight-year-olds to spend 40 minutes on a bus."\nTuan Nguyen-Pham, a former PTA president: "The numbers have been going down for ten years."';
    expect(speakersOf(text)).toEqual(["Rosalind Achterfeld", "Tuan Nguyen-Pham"]);
  });

  it("not a headline in capitals, nor a clause with its own verb and commas", () => {
    expect(speakersOf('INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman: “Indiana has long looked like a fork in the road.”')).not.toContain("INDIANA’S DEMOGRAPHICS FAVOR CRUZ");
  });
});

describe("business and government roles and bodies", () => {
  it("'The CFO said' is the chief financial officer named before, and 'he' after him too", () => {
    const text = '"We saw the consumer pull back," Chief Financial Officer Tobias Reinhart said on a call with analysts.\nOn the call, Jared Whitby of Oakmont Partners pressed Reinhart on inventory levels. The CFO said the company had already begun marking down slower-moving items.\n"We would rather take the markdown now than carry it into spring," he said.';
    expect(speakersOf(text)).toEqual(["Tobias Reinhart", "Tobias Reinhart", "Tobias Reinhart"]);
  });

  it("'U.S. Immigration and Customs Enforcement' is one body, however its spokesperson is introduced", () => {
    expect(speakersOf("U.S. Immigration and Customs Enforcement said the agency does not comment on pending litigation.")).toEqual(["U.S. Immigration and Customs Enforcement"]);
    expect(speakersOf("A spokesperson for U.S. Immigration and Customs Enforcement said the agency does not comment on pending litigation.")).toEqual(["U.S. Immigration and Customs Enforcement"]);
  });

  it("a spokesperson for a person named before ('- A spokesperson for Okoro said') is nobody named", () => {
    expect(speakersOf("Mayor Anthony Okafo backs the cap.\n- A spokesperson for Okafo said Wednesday that he plans to sign it before the end of the month.")).toEqual([null]);
    expect(speakersOf("Sen. Dolores Whitcomb backs the bill.\nA spokesperson for Whitcomb said the office had not received any written offer.")).toEqual([null]);
  });
});

describe("a brand's capital inside a word", () => {
  it("'DashPlate' is a firm, so 'she' after it is the mayor named since", () => {
    const text = 'The other side: DashPlate, in a statement, called the ordinance "a policy that sounds great at a podium."\nFlashback: When the emergency cap passed in 2021, then-Mayor Ruth Feldberg signed it in a shuttered diner.\n- "This is a lifeline for the places that make our neighborhoods," she said at the time.';
    expect(speakersOf(text)).toEqual(["DashPlate", "Ruth Feldberg"]);
  });

  it("'McDonald', 'DeSantis', 'VanderSloot' are still people's names", () => {
    expect(speakersOf("Frank VanderSlood said the two front-runners were not on his list.")).toEqual(["Frank VanderSlood"]);
    expect(speakersOf("Gov. Ron DeSantos said the state would appeal.")).toEqual(["Ron DeSantos"]);
  });
});

describe("a ward's number after a name", () => {
  it.each([
    ["Among them was Ald. Luis Hernandes, 31st, who said he had heard from dozens of constituents.", "Luis Hernandes"],
    ["Ald. Bernice Oyelarin, 9th, who voted no, said she supported the goal.", "Bernice Oyelarin"],
    ["Among them was Tom Harlon, 59, who said the floods had ruined the crop.", "Tom Harlon"],
  ])("'%s'", (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });
});

describe("an office described", () => {
  it("'the sheriff's office said' is the Sheriff's Office named before; 'the statistical office' no bank named after", () => {
    expect(speakersOf("The Kessler County Sheriff's Office said deputies had rescued 37 people overnight.\nThe sheriff's office said roads were not safe.")).toEqual(["Kessler County Sheriff's Office", "Kessler County Sheriff's Office"]);
    expect(speakersOf("Gross domestic product rose by 1.7% last year, the statistical office said.\nThe European Central Bank left its benchmark interest rate unchanged.")).toEqual([null]);
  });
});

describe("a legislator's party and state in one abbreviation", () => {
  it("is read for 'the Ohio Republican', 'the California Democrat' later", () => {
    expect(speakersOf('Sen. Tom Hale, R-Ohio, is running for president.\n"We will win," the Ohio Republican said.')).toEqual(["Tom Hale"]);
    expect(speakersOf('Rep. Ann Vale (D-Calif.) voted against the bill.\n"It is a bad bill," the California Democrat said.')).toEqual(["Ann Vale"]);
    expect(speakersOf('Sen. Joe Bell, D-N.Y., voted for it.\n"It is a bad bill," the New York Democrat said.')).toEqual(["Joe Bell"]);
  });

  it("tells two legislators apart by it", () => {
    const text = 'Sen. Tom Hale, R-Ohio, and Sen. Joe Bell, D-N.Y., met on Monday.\n"We agreed on nothing," the Ohio Republican said.';
    expect(speakersOf(text)).toEqual(["Tom Hale"]);
  });
});

describe("an unnamed party member", () => {
  it("is nobody, as 'a Labour MP' is", () => {
    const text = 'Insiders see Trump rebound\n"Trump will be defeated in this process," said a New Hampshire Republican.\n"It is Bernie\'s to lose," added another New Hampshire Democrat.';
    expect(speakersOf(text)).toEqual([null, null]);
  });
});
