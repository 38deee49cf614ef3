import { describe, expect, it } from "vitest";
import { speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// How British and American tabloids introduce people, with first names no list of ours knows.

describe("a name a tabloid's first line prints in capitals", () => {
  it("is written as the article writes it elsewhere", () => {
    const text = "ALISTAIR MENZIES-ABERNETHY delivered the shock of the night, then admitted he was up at five.\nMenzies-Abernethy said he would sleep on the bus.";
    expect(speakersOf(text)).toEqual(["Alistair Menzies-Abernethy", "Alistair Menzies-Abernethy"]);
  });

  it("stays in capitals when the article never writes it otherwise (a masthead, an acronym)", () => {
    expect(speakersOf("ORLA QUENBY said the vote was rigged.")).toEqual(["ORLA QUENBY"]);
  });

  it("is a first name when only the first word is in capitals, so a description later is that person", () => {
    expect(speakersOf("WAYNE Quillfeather scored twice on Saturday.\nQuillfeather said he was delighted.")).toEqual(["Wayne Quillfeather"]);
    expect(speakersOf('WAYNE Quillfeather scored twice on Saturday.\nThe striker, 19, fumed: "It was never a penalty."')).toEqual(["Wayne Quillfeather"]);
  });
});

describe("'Former' and one name before a role", () => {
  it("is whom the person played for, not a person: the name after the role is the subject", () => {
    const text = 'Former Castlebridge striker turned pundit Dean Raffertey summed up the mood.\n"Pike will be lucky to get a game," he posted on X.';
    expect(speakersOf(text)).toEqual(["Dean Raffertey"]);
  });
});

describe("a verb between two names", () => {
  it("leaves the first name the subject: the role after the verb is the second person's", () => {
    const text = 'Tom Quillfeather blasted referee Mike Dane after the final.\nThe striker fumed: "It was never a penalty."';
    expect(speakersOf(text)).toEqual(["Tom Quillfeather"]);
  });
});

describe("a relative named by a first name after a possessive", () => {
  it("shares the surname of the person the possessive names", () => {
    const text = 'Singer Tom Hallward won the prize on Sunday.\nPosting on Instagram, Hallward\'s wife Coleen wrote: "Proud of you."';
    expect(speakersOf(text)).toEqual(["Coleen Hallward"]);
  });

  it("even when no list knows the first name", () => {
    const text = 'TV presenter Holly Vantreight left the camp on Sunday.\nVantreight\'s daughter Poppy, 16, posted a message. She wrote: "Come home soon, Mum."';
    expect(speakersOf(text)).toEqual(["Poppy Vantreight"]);
  });

  it("but not of someone the article names by one word alone", () => {
    expect(speakersOf("Prince Charles visited the school.\nCharles's son William said it was a fine day.")).toEqual(["William"]);
  });
});

describe("descriptions tabloids use for parents", () => {
  it.each([
    ["The dad-of-four", "Dorran Quillfeather", "he"],
    ["The mum-of-one", "Ysolde Quillfeather", "she"],
    ["The father of three", "Dorran Quillfeather", "he"],
  ])("reads '%s' as the person just named", (description, name, pronoun) => {
    const text = `“I just guessed which way they would go,” ${name} said.\nThe keeper saved three penalties.\n${description} said ${pronoun} had studied clips on the bus.`;
    expect(speakersOf(text)).toEqual([name, name]);
  });
});

describe("signs that an unlisted name is a person's", () => {
  it("an age in commas after the name", () => {
    expect(speakersOf("Tarquinio Velloza, 61, has run the shop since 1991.\nHe said the fire had ruined him.")).toEqual(["Tarquinio Velloza"]);
  });

  it("a nickname of two words in quotation marks, when the article also writes a firm under the surname", () => {
    const text = "The blaze gutted Velloza Slice House on Tuesday.\nDemos “Jimmy D” Velloza, who opened it in 2022, watched from the street.\nVelloza said he had lost everything.";
    expect(speakersOf(text)).toEqual(["Demos Velloza"]);
  });

  it("a role in apposition before the name", () => {
    const text = "Quarrie’s lawyer, Lorcan Tibbald, blasted the case as a fairy tale.\n“My client was asleep at home,” Tibbald said.";
    expect(speakersOf(text)).toEqual(["Lorcan Tibbald"]);
  });
});

describe("'the judge' after 'Justice …'", () => {
  it("is the justice named before", () => {
    const text = "Justice Ondria Vallance-Rhee set bail at $250,000.\n“Stay away from the man,” the judge told the defendant.";
    expect(speakersOf(text)).toEqual(["Ondria Vallance-Rhee"]);
  });
});

describe("a lead whose words describe someone, spoken by others", () => {
  it("is not given to the person named next", () => {
    const text = "A pizza-maker torched a rival’s shop because he was sure the recipe was stolen, prosecutors charged.\nFulco Strazzamonte, 58, pleaded not guilty.";
    expect(speakersOf(text)).toEqual([null]);
  });

  it("still gives a description after the words to the person named next", () => {
    const text = "Taxes must come down before the economy can grow again, the shadow chancellor has said.\nPeter Letherby said the country could not compete without tax cuts.";
    expect(speakersOf(text)[0]).toBe("Peter Letherby");
  });
});

describe("titles of rank before an unlisted first name", () => {
  it.each([
    ["Detective Constable Wojtek Tarrow", "Wojtek Tarrow"],
    ["Assemblywoman Ifeyinwa Carrow-Lind", "Ifeyinwa Carrow-Lind"],
    ["Councillor Ruairidh Baxendale", "Ruairidh Baxendale"],
  ])("leaves the title out of the name: %s", (written, name) => {
    expect(speakersOf(`${written} said the gang had been caught.`)).toEqual([name]);
  });
});

describe("a surname the article goes on to use alone", () => {
  it("makes an unlisted first name and the surname one person, and keeps a namesake of the other sex apart", () => {
    const text = [
      "Lorcan Quilliam had heard the speech so many times he could recite it.",
      "“Just tell me where I’m going,” Quilliam said.",
      "Quilliam said he had been hearing that kind of thing for years.",
      "His wife, Delphine Quilliam, drove 15 hours to the game. She said she had stopped counting the moves.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Lorcan Quilliam", "Lorcan Quilliam", "Delphine Quilliam"]);
  });

  it("never makes a person of a word of English before a surname ('Neither Cruz')", () => {
    const text = "Neither Quilliam nor his rival answered.\n“We will see,” Quilliam said. Quilliam said he would wait.";
    expect(speakersOf(text)).toEqual(["Quilliam", "Quilliam"]);
  });
});

describe("someone of a body, unnamed", () => {
  it.each(["One American League scout", "A Labour MP", "One Tory MEP"])("'%s' is nobody the article names", (phrase) => {
    expect(speakersOf(`The American League and Labour were both involved.\n${phrase} said the plan would fail.`)).toEqual([null]);
  });
});

describe("a team called by the plural that ends its name", () => {
  it("is the team", () => {
    expect(speakersOf("The Kansas City Royals called him up on Monday.\nIn a statement, the Royals said he had earned it.")).toEqual(["Kansas City Royals"]);
  });

  it("is not a group named with a word of English before the plural", () => {
    expect(speakersOf("Several Democrats spoke on Monday.\nThe Democrats said the vote was rigged.")).not.toContain("Several Democrats");
  });
});

describe("more signs that an unlisted name is a person's (wire and broadsheet)", () => {
  it("a noun for what someone does in apposition ('a former Crucible semi-finalist')", () => {
    const text = "Cai Pennock won 10-8 against Chanwit Boonsiri, a former Crucible semi-finalist, on Monday.\nBoonsiri, 38, was gracious in defeat.\n‘He plays like someone who has never been afraid,’ the Thai said.";
    expect(speakersOf(text)).toEqual(["Chanwit Boonsiri"]);
  });

  it("a word for what the speaker is between 'said' and the name, and the name before 'of' then", () => {
    const text = "“The disasters now come every two years,” said climatologist Erdene Lkhagvasuren of the Institute of Steppe Meteorology.\nShe said herders had no time to rebuild their flocks.";
    expect(speakersOf(text)).toEqual(["Erdene Lkhagvasuren", "Erdene Lkhagvasuren"]);
  });

  it("a surname used alone once, as the one who speaks, with 'her' after it", () => {
    const text = "Canada could have won, but skip Deryn Pellow-Foss' last rock was heavy.\n\"I'll see that shot in my sleep,\" said Pellow-Foss, who was playing in her third final.";
    expect(speakersOf(text)).toEqual(["Deryn Pellow-Foss"]);
  });

  it("a surname that is also a word, used alone three times, once as the one who speaks", () => {
    const text = "Cai Pennant sits his exams next month.\nPennant, who is 16, trailed 8-6 before winning four frames in a row.\nPennant began playing at seven in his home town.\n‘I don’t really know what’s just happened,’ he said.\nPennant said he would celebrate with a takeaway.";
    expect(speakersOf(text)).toEqual(["Cai Pennant", "Cai Pennant"]);
  });
});

describe("descriptions by where someone is from or by age with a noun", () => {
  it.each([
    ["the Newark native", "Lazarus Ndiaye-Fulton, 27, an Olympic alternate from Newark, said he had no regrets."],
    ["the 27-year-old boxer", "Lazarus Ndiaye-Fulton, 27, an Olympic alternate from Newark, said he had no regrets."],
  ])("reads '%s' as the person just named", (description, first) => {
    expect(speakersOf(`${first}\n"He can talk about my record," ${description} said.`)).toEqual(["Lazarus Ndiaye-Fulton", "Lazarus Ndiaye-Fulton"]);
  });
});

describe("a phrase of place opening a sentence ('Back at the store,')", () => {
  it("leaves the name after it the sentence's subject, whom 'he' then refers to", () => {
    const text = [
      "Nasir Qurashi, 61, was stocking shelves when a masked man burst in, police said.",
      "City Councilmember Luz Hernandez-Parkes said the attack showed the area needs more patrols.",
      "Back at the store, Qurashi shrugged off all the attention.",
      "“People keep calling me a hero. I’m not a hero,” he said.",
    ].join("\n");
    expect(speakersOf(text).at(-1)).toBe("Nasir Qurashi");
  });
});

describe("sports pages", () => {
  it("reads 'the defender' as the captain just named (a captain plays somewhere)", () => {
    const text = "Northgate lost 3-0 on Saturday.\nCaptain Marcus Dalby, 31, posted an apology to supporters on Sunday night.\n“No excuses. We let you down,” the defender wrote.";
    expect(speakersOf(text)).toEqual(["Marcus Dalby"]);
  });

  it("gives 'according to analysts, Name,' to the body named, and 'a new book, Title by Name,' to its author", () => {
    expect(statementsAndSpeakers("According to technology analysts, Vantor Research, there will be 20 million subscribers by 2010.")).toEqual([["there will be 20 million subscribers by 2010", "Vantor Research"]]);
    expect(statementsAndSpeakers("According to a new book, Hale's Britain by Sunday Post journalist Robert Vane, Mr Blair went back on a pledge.")).toEqual([["Mr Blair went back on a pledge", "Robert Vane"]]);
    expect(speakersOf("According to analysts, Britain, France and Germany must act.")).toEqual([null]);
  });

  it("gives 'according to his agent, Leon Strand,' to the agent named, not to the role", () => {
    expect(speakersOf("Teen striker Kofi Mensah was dropped.\nAccording to his agent, Leon Strand, the youngster is gutted for the manager.")).toEqual(["Leon Strand"]);
  });

  it("keeps the source of 'according to a summary, NAME, …' the summary (the name is what it says)", () => {
    const text = "According to a police summary of the inquiry, Dora Pellinger, a senior clerk, sent the contractor a letter about the tender.";
    expect(speakersOf(text)).not.toContain("Dora Pellinger");
  });
});

describe("gender from the possessive after a name", () => {
  it("lets 'she' reach the person whose 'her' the article wrote, past a person of the other gender", () => {
    const text = [
      "Wrenna Castelo, 33, canceled the last dates of her tour in May.",
      "Teodar Lindvik, 36, defended his record on Monday.",
      "“People see the sparkly stuff,” she said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Wrenna Castelo"]);
  });

  it("does not read 'her' in a clause of its own as the speaker's ('X concedes there are members of her union he distrusts')", () => {
    const text = "Floran Grobek, 33, concedes there are members of her union he distrusts.\n“He has zero experience,” he said.";
    expect(speakersOf(text).at(-1)).toBe("Floran Grobek");
  });
});

describe("a tabloid's description without its article", () => {
  it("'Furious Pole demands…' is the furious Pole, never a person called 'Furious Pole'", () => {
    expect(speakersOf("Furious Pole demands answers and warns his side will not lie down in the relegation scrap.")).toEqual([null]);
    expect(speakersOf("Stefan Kowalski, the Pole, was seething.\nTearful Pole said his side would not lie down.")).toEqual(["Stefan Kowalski"]);
  });

  it("'The Vatican says' is still the Vatican", () => {
    expect(speakersOf("The Vatican says Pope Francis has no plans to meet the senator.")).toEqual(["Vatican"]);
  });
});

describe("role words before a name whose first name no list knows", () => {
  it("'Fellow professional Mateo Ruiz-Castell … telling fans that' is Ruiz-Castell, not 'Fellow'", () => {
    expect(speakersOf("Fellow professional Mateo Ruiz-Castell also leapt to the pair’s defence, telling fans during a live Q&A that the rumours were “completely blown out of proportion”.")).toEqual(["Mateo Ruiz-Castell"]);
  });

  it("'Her former partner, cricketer Rohan Deshpande, once joked that' is Deshpande", () => {
    expect(speakersOf("Anzhela Petrenko is tough.\nHer former partner, cricketer Rohan Deshpande, once joked that she trained him “harder than any coach I’ve ever had”.")).toEqual(["Rohan Deshpande"]);
  });
});

describe("a relative described by what she does", () => {
  it("'Hours later, the Duchess's mum Caroline Whitlock … Beaming, the retired primary school headteacher said:' is Caroline", () => {
    const text = 'Hours later, the Duchess\'s mum Caroline Whitlow, 61, spoke of her joy as she left her home.\nBeaming, the retired primary school headteacher said: "Imogen rang me at four in the morning."';
    expect(speakersOf(text)).toEqual(["Caroline Whitlow"]);
  });
});

describe("first names that are also words", () => {
  it("'Villa Amor's Jasmine Adebayo … Jasmine added that' is one woman, and 'Hazel' a first name", () => {
    const text = "Villa Amor's Jasmine Adebiyi has leapt to the defence of her mum.\nJasmine added that she and Callum were working through things.";
    expect(speakersOf(text)).toEqual(["Jasmine Adebiyi"]);
    expect(speakersOf("Home Office minister Hazel Bleary said the searches were justified.")).toEqual(["Hazel Bleary"]);
  });
});

describe("'the mum-of-two', 'the father-of-three'", () => {
  it("is the person just named, whatever they do: being a parent is who someone is", () => {
    expect(speakersOf('Singer Jade Quinn, 34, has split from her husband after six years.\nThe mum-of-two said she was "happy now".')).toEqual(["Jade Quinn"]);
    expect(speakersOf("Chelsea boss Jose Mourinho was angry on Sunday.\nThe father-of-two said the referee was wrong.")).toEqual(["Jose Mourinho"]);
  });

  it("is never someone of the other sex", () => {
    expect(speakersOf("Chelsea boss Jose Mourinho was angry on Sunday.\nThe mum-of-two said the referee was wrong.")).toEqual([null]);
  });
});

// Invented stories in the styles of British and American tabloids and papers (thirty-fifth session).
describe("descriptions the tabloids use", () => {
  it("reads 'The bubbly blonde, who…, hit back on Instagram, insisting…' as the woman just named", () => {
    const text = "Love Villa star Kayleigh Brent has been blasted by furious neighbours.\nThe bubbly blonde, who shot to fame on the dating show in 2021, hit back on Instagram, insisting she was a good neighbour.";
    expect(speakersOf(text)).toEqual(["Kayleigh Brent"]);
  });

  it("reads 'The real estate developer Vincent Amato spent five hours…, insisting…' as Amato", () => {
    expect(speakersOf("The real estate developer Vincent Amato spent nearly five hours on the witness stand on Wednesday, insisting to jurors that he had never paid an inspector.")).toEqual(["Vincent Amato"]);
  });

  it("gives 'The intensive care nurse' to the mum-of-three just named, 'The Londoner' and 'The Bronx-born heavyweight' to the fighter", () => {
    expect(speakersOf("Mum-of-three Shannon Pryce, 34, racked up the penalties at the hospital.\nThe intensive care nurse told the Mirror she had been left \"in tears\" by the letters.")).toEqual(["Shannon Pryce"]);
    expect(speakersOf("Ashby, 31, a former Commonwealth champion, hit back: \"Kane's a kid who's never been punched properly.\"\nThe Londoner also claimed Doherty had \"ducked\" him twice.")).toEqual(["Ashby", "Ashby"]);
    expect(speakersOf("Marcus Delgado weighed in at 240 pounds on Thursday.\nThe Bronx-born heavyweight said the Dane was a \"coward\" who had ducked him for years.")).toEqual(["Marcus Delgado"]);
  });
});

describe("bodies described by their trade", () => {
  it("gives 'The retailer' to 'department store chain Harcourt & Lane' and 'the theater' to a theatre", () => {
    expect(speakersOf("The department store chain Harcourt & Lane is to close 14 of its 52 shops.\nThe retailer said trading had been \"significantly below expectations\" since June.")).toEqual(["Harcourt & Lane"]);
    expect(speakersOf("The artistic director of Potomac Repertory Theatre resigned on Friday.\nThe theater said it would name an interim artistic director within two weeks.")).toEqual(["Potomac Repertory Theatre"]);
  });

  it("never makes an awards night the body that holds it", () => {
    expect(speakersOf("The winners of the Critics Circle Theatre Awards were named on Tuesday.\nThe Critics' Circle said the standard had never been higher this year.")).not.toContain("Critics Circle Theatre Awards");
  });
});

describe("sources that name a body, and groups that name no one", () => {
  it("gives 'A Treasury spokesperson' to the Treasury and 'Police said' to the one force named", () => {
    expect(speakersOf("A Treasury spokesperson said the figures were wrong.")).toEqual(["Treasury"]);
    expect(speakersOf("He died on Wednesday, Nottinghamshire Police said.\nPolice said the car was found burnt out in a lay-by.")).toEqual(["Nottinghamshire Police", "Nottinghamshire Police"]);
  });

  it("gives 'Several government backbenchers', 'Members of Delgado's camp' and 'A rep for Marsh' to no one", () => {
    const text = "Jolene Marsh and Marcus Delgado met on Monday.\nSeveral government backbenchers said they expected a rise in capital gains tax.\nMembers of Delgado's camp claimed that the trainer had shoved one of their cornermen.\nA rep for Marsh said the mom of two was focusing on her family.";
    expect(speakersOf(text)).toEqual([null, null, null]);
  });

  it("gives 'The bubbly blonde' to the woman named, not the man who spoke since", () => {
    const text = "Love Villa star Kayleigh Brent has been blasted by furious neighbours.\nRetired postman Derek Holloway said: \"It's like living next to Ibiza.\"\nThe bubbly blonde hit back on Instagram, insisting she was a good neighbour.";
    expect(speakersOf(text)).toEqual(["Derek Holloway", "Kayleigh Brent"]);
  });
});

describe("bodies in stories of other kinds", () => {
  it("reads 'Devon and Cornwall Police' whole and 'its director of science, Dr Lucy Penhaligon' as her", () => {
    expect(speakersOf("The man was arrested on Friday.\nDevon and Cornwall Police said officers were investigating a report.")).toEqual(["Devon and Cornwall Police"]);
    expect(speakersOf("The Pollinator Trust funded the study.\n\"If a bee can do sums, the least we can do is stop poisoning it,\" said its director of science, Dr Lucy Penhaligon.")).toEqual(["Lucy Penhaligon"]);
  });

  it("never gives 'the company' to a union, and gives 'the utility' to an electric cooperative", () => {
    const text = "Riders working for the app Zipfare are entitled to the minimum wage, three judges ruled.\nThe Independent Couriers Union said it was a historic day.\nA spokesperson for the company said riders valued the flexibility of their work.";
    expect(speakersOf(text)).toEqual([null, "Independent Couriers Union", "Zipfare"]);
    expect(speakersOf("Appalachian Ridge Electric, the cooperative that serves the area, said 38,000 customers were without power.\nThe utility said some outages could last several days.")).toEqual(["Appalachian Ridge Electric", "Appalachian Ridge Electric"]);
  });
});
