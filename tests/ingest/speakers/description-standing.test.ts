import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

describe("resolveRole: a description and the roles the article gave", () => {
  it("gives 'the cardinal' to the cardinal, not to the archbishop who spoke just before", () => {
    const text = [
      "Cardinal Tomas Oyelaran said the money should have gone to the poor.",
      "The cardinal said the coming year must be one of giving.",
      "Archbishop Hugh Penrose said the churches would speak with one voice.",
      "At Easter the cardinal will urge the faithful to give more to charity.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Tomas Oyelaran", "Tomas Oyelaran", "Hugh Penrose", "Tomas Oyelaran"]);
  });

  it("never reads a shadow, deputy or former office as the office itself", () => {
    const text = "Shadow chancellor Martin Aske said taxes would have to rise.\nThe chancellor insisted the figures added up.";
    // The chancellor is nobody the article names, and not the shadow chancellor who just spoke.
    expect(speakersOf(text)).toEqual(["Martin Aske", null]);
    const deputy = "Deputy Prime Minister Alma Ruiz said the talks would go on.\nLabour MP Colm Reddy said the unions were right.\nThe prime minister said the rules would stand.";
    expect(speakersOf(deputy).at(-1)).not.toBe("Alma Ruiz");
  });

  it("reads 'Sen.' and 'Gov.' before a name as the senator's and the governor's roles", () => {
    const text = [
      "Gov. Dale Whitcomb of Ohio met donors in Dayton on Tuesday.",
      "Former Gov. Irene Baskin said the party would unite behind its nominee.",
      "The governor said he expected to win the state.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Irene Baskin", "Dale Whitcomb"]);
  });

  it("does not let a description guessed on recency outweigh the one who just spoke", () => {
    const text = [
      "Radio host Glenn Marr asked Oregon Gov. Rick Dalby about the budget.",
      "The candidate said his rivals had no plan for schools.",
      "Dalby said it was still possible to win.",
      "The candidate pointed out that turnout had doubled since May.",
    ].join("\n");
    expect(speakersOf(text).at(-1)).toBe("Rick Dalby");
  });

  it("lets 'the striker' be a footballer just named, a position being no other role", () => {
    expect(speakersOf("Footballer Tom Hale has bought a record label.\nThe Everton striker said he had spent thousands on the album.")).toEqual(["Tom Hale"]);
  });

  it("reads 'the PM' as the prime minister", () => {
    expect(speakersOf("Prime Minister Ruth Caddick visited the plant.\nThe PM said the factory had a bright future.")).toEqual(["Ruth Caddick"]);
  });
});

describe("resolveRole: a description in the sentence that named two people", () => {
  it("guesses neither on recency when another person was named between the subject and the description", () => {
    // The description may be either (here the one named second): no guess is safe.
    const object = "Tom Hale took on Anna Reade on Sunday after the front-runner had said that he was unfit for office.";
    expect(speakersOf(object)).toEqual([null]);
    const press = "Radio host Glenn Marr pressed Jane Wilde on the budget, but the senator insisted she had not discussed it.";
    expect(speakersOf(press)).toEqual([null]);
  });

  it("still gives the description to the subject in the next sentence, and when nobody else was named", () => {
    expect(speakersOf("Tom Hale took on Anna Reade on Sunday.\nThe front-runner said that she was unfit for office.")).toEqual(["Tom Hale"]);
    expect(speakersOf("Tom Hale spoke on Sunday after the front-runner had said that the race was over.")).toEqual(["Tom Hale"]);
  });
});

describe("resolveRole: the sex the reported words give the speaker", () => {
  it("never gives 'The star said he…' to the woman just named", () => {
    const text = [
      "Rock star Ozzy Vane tackled a burglar at his home on Monday.",
      "His wife Sharon, who called the police, said her rings were taken.",
      "The heavy metal star said he could have been badly hurt.",
    ].join("\n");
    expect(speakersOf(text).at(-1)).toBe("Ozzy Vane");
  });

  it("reads nothing into them for someone the description's words do not fit, or when they speak of the other sex too", () => {
    // "he" is the one attacked: the speaker is still the one just named.
    const rival = "Anna Reade attacked Tom Hale on Sunday.\nThe former secretary of state said he was unfit for office.";
    expect(speakersOf(rival)).toEqual(["Anna Reade"]);
    // "he" is the attacker here, and the teacher may be a woman.
    const witness = "Jane Wilde gave evidence on Monday.\nThe teacher said he had grabbed her by the arm.";
    expect(speakersOf(witness)).toEqual(["Jane Wilde"]);
  });
});

describe("resolveRole: two words for what one person does", () => {
  it("reads 'The feminist writer and broadcaster said' as one person, not a broadcaster that is a body", () => {
    const text = "Germaine Greer said the tactics could encourage bullying.\nThe feminist writer and broadcaster said Big Brother had behaved badly to everyone.";
    expect(speakersOf(text)).toEqual(["Germaine Greer", "Germaine Greer"]);
  });
});

describe("an office named before the person who holds it", () => {
  it("gives '…, the economy minister said' to the one the next statement names with that office", () => {
    const text = "Business confidence has weakened, the Bank of Japan said. “The economy is at a pause”, the economy minister said. “It will feel slower next year,” said economy minister Heizo Takenaka.";
    expect(speakersOf(text)).toEqual(["Bank of Japan", "Heizo Takenaka", "Heizo Takenaka"]);
    // Not someone named before, nor one the next statement names with another office.
    const other = "“The economy is at a pause”, the economy minister said. “It will feel slower next year,” said trade minister Aiko Sato.";
    expect(speakersOf(other)[0]).toBeNull();
  });
});
