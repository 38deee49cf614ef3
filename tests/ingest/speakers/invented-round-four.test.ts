import { describe, expect, it } from "vitest";
import { speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fourth set of invented stories (eval/invented/uk5, uk6, us5,
// us6, stories 05–08). Invented sentences.

describe("a body referred to pages after it was named", () => {
  it("'The trust said…' is the only trust the article named, however far back", () => {
    const filler = Array.from({ length: 22 }, (_, i) => `In ${2000 + i} the maternity ward at the infirmary was busy, short of midwives and slow to help the mothers in its care.`);
    const text = ["North Pennine Hospitals NHS Foundation Trust runs the infirmary.", ...filler, "The trust said it had recruited 58 additional midwives since 2022."].join("\n");
    expect(text.length).toBeGreaterThan(2600);
    expect(statementsAndSpeakers(text)).toEqual([["it had recruited 58 additional midwives since 2022", "North Pennine Hospitals NHS Foundation Trust"]]);
  });

  it("'Lancashire Constabulary' is a police force: 'the force' is it", () => {
    expect(statementsAndSpeakers("Lancashire Constabulary was assessing whether to open an investigation.\nThe force said yesterday that its assessment was continuing.")).toEqual([["its assessment was continuing", "Lancashire Constabulary"]]);
  });
});

describe("people of one surname", () => {
  const fight = [
    "Ruben Cardenas stopped Tyrell Banks in the 10th round on Saturday night to win the title.",
    "Cardenas, a 27-year-old from El Paso, Texas, was behind on two cards when he landed a left hook that sent Banks to a knee.",
    "The Texan said the body shot had been part of the plan.",
    "\"He was winning the fight,\" said Hector Cardenas, Ruben's father and trainer.",
    "The elder Cardenas has trained his son since he was 8. He said the family had sold a truck to pay for his first trip.",
    "Banks protested the stoppage, throwing his arms in the air. In the ring, he told DAZN that he had been fine.",
    "Later, Banks posted on Instagram: \"I was on my feet.\"",
  ].join("\n");

  it("'Hector Cardenas' after 'Ruben Cardenas… Cardenas' is another man; 'the elder Cardenas' the father", () => {
    expect(statementsAndSpeakers(fight).map(([, speaker]) => speaker)).toEqual(["Ruben Cardenas", "Hector Cardenas", "Hector Cardenas", "Tyrell Banks", "Tyrell Banks"]);
  });

  it("'the Texan' is the one person the article placed in Texas, and no one when it placed two", () => {
    expect(statementsAndSpeakers("Texas Gov. Rick Perry met Texas Sen. Ted Cruz in Austin.\n\"We are ready,\" the Texan said.")).toEqual([["\"We are ready,\"", null]]);
  });
});

describe("a title of two words", () => {
  it("'Council Member Shahana Rahman' is Shahana Rahman, a woman her 'she' finds", () => {
    const text = "A Brightwater spokeswoman, Erin Szabo, said the company was devastated.\nCouncil Member Shahana Rahman wrote on social media that the fire was \"a preventable tragedy.\"\n\"I will be asking the landlord some hard questions,\" she wrote.";
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Erin Szabo", "Shahana Rahman", "Shahana Rahman"]);
  });
});

describe("who a description means", () => {
  it("'Meanwhile rival baker Tom Hale, who…,' opens on its subject: 'the 34-year-old' is him, not the councillor who spoke before", () => {
    const text = "Bakery fire\nLocal councillor Amina Hussain said she hoped the council could help the family find new premises.\nMeanwhile rival baker Tom Hale, who runs a shop two streets away, offered the family the use of his ovens overnight.\n'It's what you do,' the 34-year-old said. 'They gave me advice when I started out.'";
    expect(speakersOf(text).at(-1)).toBe("Tom Hale");
  });

  it("'the widow' is the woman just named, whatever else she was called", () => {
    const text = "Bakery fire\nNeighbour Margaret Ellis, 81, who has bought her bread there since 1971, was in tears as she watched.\n'It's like losing a member of the family,' the widow said. 'They know how I like my loaf.'";
    expect(speakersOf(text)).toEqual(["Margaret Ellis"]);
  });

  it("'Tarrant County Public Health said' is a body, and 'the department' it", () => {
    expect(statementsAndSpeakers("Tarrant County Public Health said the employee worked at the restaurant while contagious. The employee handled food during that time, the department said.").map(([, speaker]) => speaker)).toEqual(["Tarrant County Public Health", "Tarrant County Public Health"]);
  });
});

describe("people on a page", () => {
  it("'Several commenters on the restaurant's Facebook page said…' is said by the commenters, not Facebook", () => {
    expect(speakersOf("Taqueria warning\nSeveral commenters on the restaurant's Facebook page said they planned to keep eating there.")).toEqual([null]);
  });

  it("a page that speaks for its owner still does", () => {
    expect(speakersOf("Taqueria warning\nThe Taqueria El Guero Facebook page said the restaurant would reopen on Monday.")).not.toEqual([null]);
  });
});
