import { describe, expect, it } from "vitest";
import { extractLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the twenty-fifth and twenty-sixth rounds of BBC gold (thirty-fifth
// session); every sentence is invented.
describe("a participle before its noun", () => {
  it("reads 'a Commons written statement' as no cue: the minister's clause runs on past it", () => {
    const text = "Trade Secretary Ann Hale said the new rules, revealed in a Commons written statement, would raise up to £60m for the clean-up.";
    const lines = extractLines(text);
    expect(lines.map((s) => s.text)).toEqual(["the new rules, revealed in a Commons written statement, would raise up to £60m for the clean-up"]);
    expect(lines[0]!.speakerAsWritten).toBe("Trade Secretary Ann Hale");
  });

  it("still reads 'has written to' and 'written that' as speech", () => {
    expect(speakersOf("Ann Hale has written to the council to complain about the noise.")).toEqual(["Ann Hale"]);
  });
});

describe("a means of speaking between the subject and its verb", () => {
  it("reads 'X used a speech to say…' and 'took the opportunity to warn' as X's", () => {
    expect(speakersOf('Ann Hale said so on Monday.\nA day ahead of the report, Ms Hale used a speech to say her party was facing up to "painful realities".')).toEqual(["Ann Hale"]);
    expect(speakersOf("Tom Vale used his column in the Evening Post to warn that prices would rise.")).toEqual(["Tom Vale"]);
    expect(speakersOf("Tom Vale took the opportunity to say the plan would go ahead.")).toEqual(["Tom Vale"]);
  });
});

describe("a body in apposition with a possessive", () => {
  it("reads 'Kestrel Life, Europe's largest mutual insurer,' as a firm that 'the insurer' and 'the company' name later", () => {
    const text = "Kestrel Life, Europe's largest mutual life insurer, has cut bonuses for its policyholders.\nThe insurer argued that shares outperformed other investments.\nRecently, Norvale Union and Axa Sun Life both cut their bonus rates.\nKestrel Life has 2.4 million policyholders. Last year, the company announced that it would float in 2006.";
    expect(speakersOf(text)).toEqual(["Kestrel Life", "Kestrel Life"]);
  });
});

describe("a holding company", () => {
  it("is its firm's parent, not a longer form of the firm's name", () => {
    const text = "Jet fuel supplier Kestrel Aviation Oil has offered to repay its creditors.\nThe firm said it hoped to pay $100m now.\nThe rest would come from its parent company, Kestrel Aviation Oil Holding Company in Beijing.\nThe firm also said it would sell its stake in the airport.";
    expect(speakersOf(text)).toEqual(["Kestrel Aviation Oil", "Kestrel Aviation Oil"]);
  });
});

describe("a nickname in quotation marks between the names", () => {
  it("keeps 'Brian 'Head' Welch' as Brian Welch: a word of English is no first name to call him by", () => {
    const text = "Brian 'Head' Welch told a radio station that his bandmates respected his decision.\nWelch added that he would appear at a church.";
    expect(speakersOf(text)).toEqual(["Brian Welch", "Brian Welch"]);
  });

  it("still calls 'William 'Bill' Vane' by the first name he goes by", () => {
    expect(speakersOf("William 'Bill' Vane told a radio station that he was happy.")).toEqual(["Bill Vane"]);
  });
});

describe("a party's branch in a town", () => {
  it("keeps 'Labour' apart from 'the Stevenage Labour Party' named later", () => {
    const text = "Labour denies breaking the rules.\nIt says calls are not marketing.\nHis letter quotes a Stevenage Labour Party members' newsletter.\nThe newsletter says: \"We can send them direct mailings.\"\nA Labour spokesman said: \"We are acting within the law.\"";
    expect(speakersOf(text)).toEqual(["Labour", "Labour", "Stevenage Labour Party", "Labour"]);
  });
});

describe("documents a body issued", () => {
  it("gives 'the 36-page submission' to the body that 'said in its submission'", () => {
    const text = "The Trades Union Congress said in its submission before the Budget that action is needed.\nIt calls for better pensions.\nThe 36-page submission also urges the government to examine support for industry.";
    expect(speakersOf(text)).toEqual(["Trades Union Congress", "Trades Union Congress", "Trades Union Congress"]);
  });
});

describe("short words that name no body alone", () => {
  it("keeps 'BT' for BT, not the longer name of one of its arms named after it", () => {
    const text = "Tom Vale, managing director for BT Consumer, said they watch calling patterns closely.\nThe biggest phone company BT says it is doing what it can to monitor fraud.";
    expect(speakersOf(text)).toEqual(["Tom Vale", "BT"]);
  });

  it("still does not make a body's part ('the company's American business') what 'the company' names", () => {
    const text = "Kestrel Telekom said its debt fell to 35bn euros last year.\nKestrel Mobile USA, the company's American mobile business, made a strong contribution.\nThe company also said it would resume paying a dividend.";
    expect(speakersOf(text)).toEqual(["Kestrel Telekom", "Kestrel Telekom"]);
  });
});

describe("a possessor's document", () => {
  it("reads 'ahead of the government's pre-Budget report,' as no cue", () => {
    const text = "Ann Hale spoke on Monday.\nA day ahead of the government's pre-Budget report, Ms Hale used a speech to say her party was facing up to painful realities.";
    expect(extractLines(text).map((s) => [s.speakerAsWritten, s.text])).toEqual([["Ms Hale", "her party was facing up to painful realities"]]);
  });

  it("still reads 'Vale's lawyers claim…' as speech", () => {
    expect(extractLines("Tom Vale's lawyers claim the evidence was planted by the police.").map((s) => s.text)).toEqual(["the evidence was planted by the police"]);
  });
});

describe("a company's board", () => {
  it("speaks for the company the story is about", () => {
    const text = "Kestrel United said it would consider the bid.\nMr Vane owns 28% of the club.\nNow the board has confirmed that the US bidder is back with a new offer.";
    expect(speakersOf(text)).toEqual(["Kestrel United", "Kestrel United"]);
  });
});

describe("a name in apposition after a description's 'of' phrase", () => {
  it("gives '…,\" said the chairman of the Commons education committee, Labour MP Ben Sherwin.' to Sherwin", () => {
    const text = "Sir Mike Tomlinson was briefed this week.\n\"It will be a tragedy if the government comes through with a half-hearted response,\" said the chairman of the Commons education select committee, Labour MP Ben Sherwin.";
    expect(speakersOf(text)).toEqual(["Ben Sherwin"]);
  });
});

describe("a quotation that answers a claim", () => {
  it("is the one who hit back at the claims, not the claims' source", () => {
    const text = 'Mr Vane denied he had been "playing politics" with the case.\nAnd he hit back at Labour claims he had used Mrs Dixon as a "human shield". "She is not a human shield, she is a human being."';
    expect(speakersOf(text)).toEqual(["Vane", "Labour", "Vane"]);
  });
});

describe("the people a poll asked", () => {
  it("are nobody named, wherever and by whom they were asked", () => {
    const text = "Almost 70% of those asked in a poll said that net firms are not doing enough to protect people.\nThose questioned by Mori said they would vote in May.";
    expect(extractLines(text).map((s) => s.speakerAsWritten)).toEqual(["Almost 70% of those asked in a poll", "Those questioned by Mori"]);
    expect(speakersOf(text)).toEqual([null, null]);
  });
});

describe("who someone is", () => {
  it("reads 'whether an individual is who they say they are' as no speech", () => {
    const text = "Tom Vale told the BBC there are two parts to the process. The hardest is to know whether an individual is who they say they are when they are online.\n\"The end solution is to combine something the user knows with something they have.\"";
    expect(speakersOf(text)).toEqual(["Tom Vale", "Tom Vale"]);
  });
});

describe("officials in a place", () => {
  it("are the unnamed officials, not the place", () => {
    expect(speakersOf("Drug enforcement chiefs in the US have vowed to crack down on cheats.")).toEqual([null]);
  });
});

describe("an office the article names no one to", () => {
  it("is held by the one person named who has held it: 'Tony Blair's intervention… the prime minister says'", () => {
    const text = "Mr Vale also claimed Tony Blair's intervention in the row was \"an attempt to reassure voters\". But the prime minister says it is time for Mr Livingstone to say sorry.";
    expect(speakersOf(text)).toEqual(["Vale", "Tony Blair"]);
  });

  it("is not one the article calls a member of parliament, who held no office then ('Tory MP Boris Johnson')", () => {
    const text =
      'Ken Vale should "stick to his guns" and not apologise, Tory MP Boris Johnson has insisted.\n' +
      'Mr Johnson also claimed Tony Blair\'s intervention was "an attempt to reassure voters". London mayor Mr Vale says he is "standing by" his remarks. But the prime minister says it is time for Mr Vale to say sorry.';
    expect(speakersOf(text)).toEqual(["Boris Johnson", "Boris Johnson", "Ken Vale", "Tony Blair"]);
  });

  it("is a party's leader too: 'the Tory leader', 'the Lib Dem leader'", () => {
    const text =
      "Oliver Letwin set out £4bn of tax cuts on Monday, after Michael Howard met business leaders.\nAs the Tory leader declared, the aim is to open up a divide with Labour.\nCharles Kennedy and Charles Clarke spoke later. The Lib Dem leader said the cards should be dropped.";
    expect(speakersOf(text)).toEqual(["Michael Howard", "Charles Kennedy"]);
  });

  it("is not one the article gave another office ('Chancellor Gordon Brown')", () => {
    const withBrown = "Chancellor Gordon Brown met Tony Blair on Monday.\nThe prime minister said he had discussed the claims with the chancellor.";
    expect(speakersOf(withBrown)).toEqual(["Tony Blair"]);
  });
});

describe("'the government' in a story about one country", () => {
  it("is that country's government when the article names no government and no home institutions", () => {
    const text = "South Korea's economy grew by 4% last year, and South Korean banks lent more to firms.\nSeoul's central bank kept rates on hold. South Korea is the world's fourth-biggest steel maker.\nThe government said it would ask firms to roll over loans that come due in 2005.";
    expect(speakersOf(text)).toEqual(["South Korean government"]);
  });

  it("is no one's when two countries are named about as often", () => {
    const text = "Britain offered troops to Indonesia. Indonesia thanked Britain, and Indonesian officials met British diplomats.\nThe government said the offer was aimed at the Aceh province.";
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("a firm named in passing, then described", () => {
  it("reads 'Profits at Barclays rose… The bank said' and 'Sales at Woolworths fell… The firm said'", () => {
    expect(speakersOf("Profits at Kestrel Bank rose 20% last year. The bank said it expected growth to continue.")).toEqual(["Kestrel Bank"]);
    expect(speakersOf("Sales at Norvale fell in the six weeks to 8 January. The firm said the fall was caused by weak demand.")).toEqual(["Norvale"]);
  });

  it("looks past a sentence that names nobody: 'Kestrel Foods has bought a rival. The deal… The firm said'", () => {
    expect(speakersOf("Kestrel Foods has bought a rival for £20m. The deal will make it the biggest baker in the north. The firm said it would keep all staff.")).toEqual(["Kestrel Foods"]);
  });

  it("reads 'Nissan has recalled 5,000 cars' as no speech", () => {
    expect(speakersOf("Norvale Motors has recalled 5,000 cars in Japan. The firm said the fault was minor.")).toEqual(["Norvale Motors"]);
  });
});

describe("'it' after a body its own sentence named", () => {
  it("reads 'Shares in Norvale fell 5% after it warned…' as Norvale's", () => {
    expect(speakersOf("Shares in Norvale fell 5% after it warned that profits would fall.")).toEqual(["Norvale"]);
  });

  it("never takes a body named in the reported words themselves", () => {
    expect(speakersOf('Officials met on Monday.\n"So far, 59 of the 75 witnesses had never been interviewed by the Kestrel Commission," it stated.')).toEqual([null]);
  });
});

describe("what a person wrote or filed", () => {
  it("speaks for its writer: 'Tony Blair's entry confirms…', 'Her lawsuit says…', 'Mr Campbell's e-mail suggested…'", () => {
    expect(speakersOf("Tom Hale has declared his interests. Tom Hale's entry confirms that a king paid for him to fly home.")).toEqual(["Tom Hale"]);
    expect(speakersOf("Ann Vale is suing the firm. Her lawsuit says the company ignored her complaints for years.")).toEqual(["Ann Vale"]);
    expect(speakersOf("Tom Hale met the agency in May. Mr Hale's e-mail suggested they should get a new boss to issue a statement.")).toEqual(["Tom Hale"]);
  });
});

describe("'the lawsuit', 'the book' named before", () => {
  it("speak for whoever filed or wrote them", () => {
    expect(speakersOf("Ann Vale filed a lawsuit against the firm in May. The lawsuit says the company ignored her complaints for years.")).toEqual(["Ann Vale"]);
    expect(speakersOf("The row began with journalist Tom Hale's new book.\nThe new book claims the prime minister agreed to stand down.")).toEqual(["Tom Hale"]);
  });

  it("never read a writing after a preposition as the subject", () => {
    expect(speakersOf("The state has filed a lawsuit against two men. The company named in the lawsuit denied any wrongdoing and said it complied with all laws.")).not.toContain("state");
  });
});

describe("who filed the lawsuit, who wrote the book", () => {
  it("reads 'X is suing…', 'the suit, filed on Monday by X', 'written by former aide X', 'author X'", () => {
    expect(speakersOf("Ann Vale is suing the firm for £2m. The lawsuit says the company ignored her complaints.")).toEqual(["Ann Vale"]);
    expect(speakersOf("The suit, filed in Los Angeles on Monday by Ann Vale, seeks $2m. The lawsuit claims the company ignored her.")).toEqual(["Ann Vale"]);
    expect(speakersOf("The memoir was written by former aide Tom Hale. The book claims the prime minister agreed to stand down.")).toEqual(["Tom Hale"]);
    expect(speakersOf("Author Tom Hale spoke at the festival. The book argues that the war was a mistake.")).toEqual(["Tom Hale"]);
  });

  it("still never gives a lawsuit to the one sued", () => {
    expect(speakersOf("Rapper Kestrel Dogg sued for 'assault'\nThe lawsuit, filed in Los Angeles on Friday, says the woman was assaulted.")).toEqual([null]);
  });
});
