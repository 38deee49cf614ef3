import { describe, expect, it } from "vitest";
import { sexOfWords } from "@/lib/ingest/speakers/sexed-words";
import { statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// A description that says its person is a woman or a man is never someone of the other sex.
// Invented sentences.

describe("the sex a description's words give", () => {
  it("reads compounds and heads, not whom the description is of", () => {
    expect(["the grandmother", "the Welshwoman", "the mother-of-two", "Rooney's wife", "the housewife", "the sportswoman"].map(sexOfWords)).toEqual(Array(6).fill("female"));
    expect(["the grandfather", "the Yorkshireman", "the dad-of-three", "the businessman", "spokesman for the Queen", "the wife's brother"].map(sexOfWords)).toEqual(Array(6).fill("male"));
    expect(["the German", "the human rights lawyer", "the midwife", "the person", "the Roman Catholic priest", "the chairman"].map(sexOfWords)).toEqual(Array(6).fill(null));
  });
});

describe("a woman described after a man was named", () => {
  const flood = "Farmer Gwen Pritchard, 58, lost 40 sheep in the flood. Her neighbour Tom Ellis helped to move the rest.";

  it("'the grandmother' is the woman named before, not the man named last", () => {
    expect(statementsAndSpeakers(`${flood}\n"It was the worst night of my life," the grandmother said.`)).toEqual([['"It was the worst night of my life,"', "Gwen Pritchard"]]);
  });

  it("'the Welshwoman' is the woman too", () => {
    expect(statementsAndSpeakers(`${flood}\n"We are on our own," the Welshwoman said.`)).toEqual([['"We are on our own,"', "Gwen Pritchard"]]);
  });

  it("'the Yorkshireman' is the man", () => {
    expect(statementsAndSpeakers(`Retired miner Tom Ellis, 71, found the dog. His daughter Gwen Pritchard drove him to the vet.\n"She was shaking," the Yorkshireman said.`)).toEqual([['"She was shaking,"', "Tom Ellis"]]);
  });
});

describe("a person whom 'she' spoke as", () => {
  it("is no 'he' afterwards, whatever her first name says", () => {
    const text = [
      "Jesse Marlow, the gravel-voiced songwriter, has died. He was 78.",
      "Marlow died Sunday at home, his publicist, Dana Kurtz, said Monday. The cause was pneumonia, she said.",
      "He once told Rolling Stone that he wrote the song in about 20 minutes.",
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Dana Kurtz", "Dana Kurtz", "Jesse Marlow"]);
  });
});

describe("a grandparent described before the next person is named", () => {
  it("is the one person named so far, and never the wife named next", () => {
    const text = [
      "The beetle was found in May by volunteer recorder Keith Loades, 72, during a routine survey.",
      '"I have been turning over logs on that fen for 15 years," the grandfather-of-five told the EDP.',
      'His wife, Janet Loades, said she had "lost count" of the creatures he had brought home.',
    ].join("\n");
    expect(statementsAndSpeakers(text).map(([, speaker]) => speaker)).toEqual(["Keith Loades", "Janet Loades"]);
  });

  it("'the experiment' is no former anything", () => {
    const text = ["Ravi Purushotma teaches German with a video game.", 'A report on the experiment said: "Students began asking questions in the context of game play."'].join("\n");
    expect(statementsAndSpeakers(text)).toEqual([['"Students began asking questions in the context of game play."', null]]);
  });
});
