import { describe, expect, it } from "vitest";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fifth set of invented stories (eval/invented/uk7, uk8, us7,
// us8, stories 05–08). Invented sentences.

describe("an unnamed spokesperson's pronoun", () => {
  const opening = "Priya Malhotra, 31, will join the cast of EastEnders in March.";

  it("does not go on past a sentence about someone described", () => {
    const text = [
      opening,
      "A BBC spokesperson said her first scenes would air in the spring.",
      "Filming has already begun in Elstree, and the young actress has been renting a flat nearby.",
      "She said the hardest part had been learning the lines.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["BBC", "Priya Malhotra"]);
  });

  it("goes on in the sentence after", () => {
    const text = [opening, "A BBC spokesperson said her first scenes would air in the spring.", "She added that the storyline was under wraps."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["BBC", "BBC"]);
  });
});

describe("two women of one surname", () => {
  it("'Her mother, Kulwinder Sandhu,' is a woman, and 'Mrs Sandhu' is not the daughter the article calls 'Ms'", () => {
    const text = [
      "Harleen Sandhu, 24, will join the soap in the new year.",
      "Ms Sandhu trained at a drama school in Birmingham.",
      "Her mother, Kulwinder Sandhu, said the family had screamed the house down.",
      "Mrs Sandhu said her daughter had been performing since she was four.",
      "Ms Sandhu said she was still pinching herself.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Kulwinder Sandhu", "Kulwinder Sandhu", "Harleen Sandhu"]);
  });

  it("'his sister, Miriam Pell,' makes 'Mr. Pell' her brother and 'Ms. Pell' her", () => {
    const text = [
      "The company was founded by Jonah Pell, a former banker, and his sister, Miriam Pell, a stage manager.",
      "Mr. Pell said he did not blame the star.",
      "Ms. Pell said only that nothing was off the table.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Jonah Pell", "Miriam Pell"]);
  });
});

describe("a sentence opening on 'For now,'", () => {
  it("has its subject after the comma, for the next 'she'", () => {
    const text = [
      "Gloria Ruiz, 63, said she woke up to her daughter pounding on the door.",
      "Her daughter, Ana Ruiz, 34, said she carried her son down three flights of stairs.",
      "Ald. Lamont Bracey said the company had shown a pattern of neglect.",
      "For now, the elder Ruiz is staying with a cousin. She said she does not know whether she will move back.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Gloria Ruiz", "Ana Ruiz", "Lamont Bracey", "Gloria Ruiz"]);
  });
});

describe("'the club'", () => {
  it("is never the league the club plays in", () => {
    const text = [
      "Ferreira's side sit third in the United Counties League Premier Division North.",
      "The club said Osei would have a scan on his knee this week.",
    ].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["Osei would have a scan on his knee this week", null]]);
  });
});

describe("descriptions no list of roles holds", () => {
  it("'the retired postman', 'the ecologist', 'the Purdue signee' are the person just named", () => {
    for (const [intro, description, name] of [
      ["It was found in May by volunteer recorder Keith Loades, 72, during a survey.", "The retired postman", "Keith Loades"],
      ["Femi Adebayo, who was not involved in the study, said it was welcome.", "The ecologist", "Femi Adebayo"],
      ['"We never stopped believing," Malik Osei said after the final.', "The Purdue signee", "Malik Osei"],
    ]) {
      expect(statementsAndSpeakers(`${intro}\n${description} said he was proud of the result.`).at(-1)).toEqual(["he was proud of the result", name]);
    }
  });

  it("one who spoke on condition of anonymity is nobody named", () => {
    const text = ["Ivana Marsh said her label would grow next year.", "The designer, who spoke on the condition of anonymity for fear of losing her job, said she became pregnant last year."].join("\n");
    expect(statementsAndSpeakers(text).at(-1)).toEqual(["she became pregnant last year", null]);
  });
});

describe("'It' after a sentence that opened on the study", () => {
  it("is the study, whose lead author speaks for it, not the body named inside that sentence", () => {
    const text = [
      "The study, published in the Western Journal of Emergency Care, used data from the Consumer Product Safety Commission's injury system.",
      "It estimated that about 28,900 people were treated in 2023.",
      "Lead author Dr. Priya Raman, an emergency physician in Aurora, said she began the research after her own shifts.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Priya Raman", "Priya Raman"]);
  });
});

describe("a team at a university led by someone", () => {
  it("'a team at the University of East Anglia (UEA) led by entomologist Dr Nkechi Eze': the study is hers", () => {
    const text = [
      "Specimens were sent to a team at the University of East Anglia (UEA) led by entomologist Dr Nkechi Eze, which used DNA analysis to verify the find.",
      "The study, published this week in the journal Insect Conservation, found the Norfolk beetles were genetically distinct.",
    ].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["the Norfolk beetles were genetically distinct", "Nkechi Eze"]]);
  });
});

describe("a body whose name is a word and a country", () => {
  it("'According to Natural England' is the body, not the one person named ('Furious Pole' is a description)", () => {
    const text = ["Richard Thurston, 58, said he was happy to sell the field.", "According to Natural England, less than 1% of the original fenland survives."].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Richard Thurston", "Natural England"]);
  });
});

describe("'The Grand Ole Opry'", () => {
  it("is a body, not a man called Ole Opry whom the next 'he' could be", () => {
    const text = ["The Grand Ole Opry said in a post on X that Hollister had made more than 200 appearances on its stage."].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["Hollister had made more than 200 appearances on its stage", "Grand Ole Opry"]]);
  });
});

describe("a review led by someone", () => {
  it("'The review, led by the senior midwife Dr Bernadette Kilbride and commissioned by NHS England,': its findings are hers", () => {
    const text = [
      "The review, led by the senior midwife Dr Bernadette Kilbride and commissioned by NHS England in 2023, examined the cases of 212 families.",
      "The review found that the trust's board had been told of rising numbers of serious incidents.",
    ].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["the trust's board had been told of rising numbers of serious incidents", "Bernadette Kilbride"]]);
  });
});

describe("a filing by a firm with a regulator", () => {
  it("is the firm's, not the regulator's", () => {
    const text = ["Summit Air Holdings is in talks to sell itself.", "According to a filing by Summit with the Securities and Exchange Commission, the company had held talks with another buyer."].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([["the company had held talks with another buyer", "Summit Air Holdings"]]);
  });
});

describe("'the group'", () => {
  it("is no district attorney's office", () => {
    const text = [
      "The Brooklyn DA's office said the sentence holds Mr. Haddad accountable.",
      "The crash galvanized neighbors, who formed a group called Safe Streets Flatbush weeks after the death. The group has argued that the avenue needs speed bumps.",
    ].join("\n");
    expect(statementsAndSpeakers(text).at(-1)).toEqual(["the avenue needs speed bumps", "Safe Streets Flatbush"]);
  });
});

describe("'the coroner'", () => {
  it("is the coroner the article named", () => {
    const text = [
      "Recording a narrative conclusion on Thursday, the assistant coroner, Katherine Mensah, said there had been missed opportunities.",
      "She said observations were recorded only twice overnight. The coroner added that a nurse had been unable to find a doctor.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Katherine Mensah", "Katherine Mensah", "Katherine Mensah"]);
  });
});

describe("a review's 'It' and a study's authors", () => {
  it("'It' after the review opened the sentence before is the review's lead; 'Its authors' are the study's", () => {
    const review = [
      "The review of maternity services at North Pennine Hospitals NHS Foundation Trust, led by the senior midwife Dame Lorna Fairweather, examined the care of 312 families.",
      "It said the trust had ignored concerns raised by junior staff.",
    ].join("\n");
    expect(statementsAndSpeakers(review)).toEqual([["the trust had ignored concerns raised by junior staff", "Lorna Fairweather"]]);
    const study = [
      "The study, led by Dr Hannah Morgan of the University of Sussex, tracked moths for three years.",
      "Its authors said the findings showed that light pollution was a serious threat.",
    ].join("\n");
    expect(statementsAndSpeakers(study).at(-1)).toEqual(["the findings showed that light pollution was a serious threat", "Hannah Morgan"]);
  });
});

describe("a body named in a fronted phrase", () => {
  it("is no subject, but 'the hospital' later is it", () => {
    const text = [
      "At Mercy Valley Children's Hospital in Mansfield, doctors have converted part of a ward into an isolation unit.",
      "Dr. Samuel Whitaker said the ward was full.",
      "The hospital said in a statement on Friday that it had enough capacity for now.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Samuel Whitaker", "Mercy Valley Children's Hospital"]);
  });
});
