import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Wrong speakers read on the development half of the third set of invented stories (British
// tabloid and broadsheet, American newspaper, tabloid and wire). Each is a general rule, tested on
// sentences invented here.

describe("two people of one surname told apart by a title", () => {
  it("'Prof Hale' is the professor, 'Dr Hale' the doctor", () => {
    const text = [
      "The study was led by Dr Ruth Hale of the University of Leeds.",
      "Its co-author, Professor Owen Hale - no relation - said the results were clear.",
      '"We saw it every single day," Prof Hale said.',
      "Dr Hale said the team would go on with the work next year.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Owen Hale", "Owen Hale", "Ruth Hale"]);
  });
});

describe("someone of a place, not the place", () => {
  it("'One shop supervisor in Bradford', 'a nurse from Leeds' name nobody", () => {
    expect(speakersOf('One shop supervisor in Bradford wrote on Facebook: "We had to find out from a text."')).toEqual([null]);
    expect(speakersOf("A nurse from Leeds said the closure was a blow to the town centre.")).toEqual([null]);
    expect(speakersOf('One shop supervisor in Bradford, a mum-of-three who has worked there for years, wrote: "We had to find out from a text."')).toEqual([null]);
  });

  it("a spokesman or a statement from a body still speaks for it", () => {
    expect(speakersOf("A spokesman from Tesco said the stores would stay open over the holiday.")).toEqual(["Tesco"]);
  });
});

describe("a firm's name ending in a word for what it does", () => {
  it("'Hartley Reeve Advisory' is a firm, though Hartley is a first name", () => {
    const text = ["Administrators from Hartley Reeve Advisory were appointed on Tuesday.", "A spokesman for Hartley Reeve Advisory said it was too early to say how many shops would close."].join("\n");
    expect(speakersOf(text)).toEqual(["Hartley Reeve Advisory"]);
  });
});

describe("a description in apposition with a 'who' of its own", () => {
  it("'said Mark Oster, a pastor in Holmes Creek who has urged his congregation…': the pastor urged", () => {
    const text = "Families have long been wary of vaccines, said Mark Oster, a pastor in Holmes Creek who has urged his congregation to follow the county's guidance.";
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Mark Oster", "Mark Oster"]);
  });
});

describe("a first name no list knows", () => {
  it("is a woman's when 'She said' opens the sentence after hers, so a later 'he' is not hers", () => {
    const text = [
      "Kevin Tran, 19, was asleep when his phone rang.",
      "“She was screaming at me to get out,” Kevin said.",
      "Linh Tran arrived about 40 minutes later. She said she had driven there without remembering any of it.",
      "The family lost nearly everything, Linh Tran said.",
      "“My sister keeps asking about her fish,” he said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Kevin Tran", "Linh Tran", "Linh Tran", "Kevin Tran"]);
  });

  it("is a person's when 'the 44-year-old said' follows within three sentences, in apposition too", () => {
    const text = [
      "Kareem Haddad, 27, pleaded guilty to manslaughter in the death of Sofia Ortega, a junior at Flatbush Prep.",
      "Sofia’s mother, Marisol Ortega, read a victim impact statement in court.",
      "“You didn’t even slow down. You left her in the street,” the 44-year-old said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Marisol Ortega"]);
  });
});

describe("a body named after what it is", () => {
  it("'formed a group called Safe Streets Flatbush… The group has argued': the group speaks", () => {
    const text = [
      "The crash galvanized neighbors, who formed a group called Safe Streets Flatbush weeks after the death.",
      "The group has argued that the avenue needs speed bumps and a new crossing.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Safe Streets Flatbush"]);
  });
});

describe("names and what they are", () => {
  it("'Castmate Brianna DeLuca': a word for what someone is opens the sentence, not the name", () => {
    const text = ["Castmate Brianna DeLuca weighed in on her podcast on Monday.", "“I love Gigi, but I’m not shocked,” DeLuca said on the episode."].join("\n");
    expect(speakersOf(text)).toEqual(["Brianna DeLuca"]);
  });

  it("'the producers, Lanyard Stage Productions, said… The company said': a production company", () => {
    const text = [
      "In a statement, the producers, Lanyard Stage Productions, said they had agreed to release him from his contract.",
      "The show will run at the Aldridge Theatre until March.",
      "The company said ticket holders would be offered refunds.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Lanyard Stage Productions", "Lanyard Stage Productions"]);
  });

  it("'Equity, the performers' union, said': a body, in a plural's possessive", () => {
    expect(speakersOf("Equity, the performers' union, said it had not received a complaint from any member of the cast.")).toEqual(["Equity"]);
  });
});

describe("a lone name no list knows, shown to be a body", () => {
  it("'a survey by Earthlink and Webroot', 'chief operating officer of Sony': a firm", () => {
    const text = [
      "A survey by Earthlink and Webroot found that most machines carried spyware.",
      "Ken Kutaragi, chief operating officer of Sony, said the chip was ready.",
      "Sony said it would ship the console in March.",
    ].join("\n");
    const { speakers } = resolveLines(text);
    expect(speakers.map((s) => `${s.kind} ${s.name}`)).toEqual(["organization Webroot", "person Ken Kutaragi", "organization Sony"]);
  });

  it("'a senior manager in Symantec's security response': so a later 'he' is not the firm's", () => {
    const text = [
      "Kevin Hogan, a senior manager in Symantec's security response, said worms were now the main threat.",
      "In September Symantec released statistics which showed that attacks had risen.",
      "Part of the reason, he said, was a change in the way viruses were written.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Kevin Hogan", "Symantec", "Kevin Hogan"]);
  });

  it("is no 'who': 'Howard Rubel, a senior analyst at Jefferies, who notes that…' is the analyst", () => {
    const text = "That is not good enough, said Howard Rubel, a senior analyst at Jefferies, who notes that the firm has vowed to cut costs.";
    expect(speakersOf(text)).toEqual(["Howard Rubel", "Howard Rubel"]);
  });

  it("'BDO' after 'researchers at BDO Stoy Hayward': the letters opening a long name are that body", () => {
    const text = "Business is more optimistic than at any time since 1997, say researchers at BDO Stoy Hayward.\nThe only blight this year will be the election, BDO said.";
    expect(speakersOf(text)).toEqual(["BDO Stoy Hayward", "BDO Stoy Hayward"]);
  });
});

describe("a nationality written as a noun", () => {
  it("'the Dane' after a professor of the University of Copenhagen; 'the Kiwi', 'the Turk', 'the Brit' too", () => {
    const text = "Prof Lars Henriksen of the University of Copenhagen said the pattern would be repeated. “Britain has good records,” the Dane said.";
    expect(speakersOf(text)).toEqual(["Lars Henriksen", "Lars Henriksen"]);
    const kiwi = "Wellington-born Tom Kerr, a New Zealander, won the sprint. “It was hard,” the Kiwi said.";
    expect(speakersOf(kiwi)).toEqual(["Tom Kerr"]);
  });
});

describe("'the hospital', 'the school', 'the church' said", () => {
  it("is the hospital, school or church the article named", () => {
    const text = ["Doctors at Mercy Valley Children's Hospital have turned a ward into an isolation unit.", "The hospital said in a statement that it had enough beds for now."].join("\n");
    expect(speakersOf(text)).toEqual(["Mercy Valley Children's Hospital"]);
    const school = ["Pupils at Ashgrove Primary School were sent home early.", "The school said the heating had failed overnight."].join("\n");
    expect(speakersOf(school)).toEqual(["Ashgrove Primary School"]);
  });
});
