import { describe, expect, it } from "vitest";
import { extractLines, speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

const read = statementsAndSpeakers;

describe("a reported clause ends where another speaker's begins", () => {
  it("ends an object at “, but” however short it is", () => {
    expect(read("John Harwood chairs Norvale Bank.\nNorvale last week announced losses of £9m, but Harwood confirmed they would find funds to pay staff.")).toEqual([
      ["losses of £9m", "Norvale Bank"],
      ["they would find funds to pay staff", "John Harwood"],
    ]);
  });

  it("keeps “said, though, that…” whole", () => {
    expect(read("Mr Harwood said, though, that the funds were found.")).toEqual([["the funds were found", "Harwood"]]);
  });

  it("ends a clause before a named speaker and cue it ran on over", () => {
    expect(read("As Mr Dace announced the date in a short statement, accountancy firm Kestrel & Vane urged him to wait.")).toEqual([
      ["the date in a short statement", "Dace"],
      ["him to wait", "Kestrel & Vane"],
    ]);
  });

  it("leaves a report inside a report to the outer speaker when its subject is a pronoun", () => {
    const found = read("The local Harbour News said Transport Minister Amir Haddad had angered drivers when he said his office would close roads.");
    expect(found).toEqual([["Transport Minister Amir Haddad had angered drivers when he said his office would close roads", "Harbour News"]]);
  });

  it("ends a fronted clause at the sentence's own subject and verb opening a quotation", () => {
    expect(read('Reminded that Tom Hale called him "a disgrace", Ed Vane added: "I do not answer anything. It is fine."')).toEqual([
      ['him "a disgrace"', "Tom Hale"],
      ['"I do not answer anything. It is fine."', "Ed Vane"],
    ]);
    expect(read('Ed Vane sent Ms Hale his "warmest congratulations", saying: "We look to her to unite the party."')).toEqual([['"We look to her to unite the party."', "Ed Vane"]]);
  });

  it("does not read a noun as a later cue", () => {
    expect(read("Ms Ashdown told the radio station she got no warning or reason when they dismissed her.")).toEqual([
      ["she got no warning or reason when they dismissed her", "Ashdown"],
    ]);
  });
});

describe("“As X reported, …” needs the report to stand alone", () => {
  it("reads “as” with an object as time, not as a cue", () => {
    const found = read("As the council announced its budget, the union urged members to strike.");
    expect(found.map(([text]) => text)).not.toContain("the union urged members to strike");
  });
});

describe("a quantity opening the reported words", () => {
  it.each([
    ["Over 60% of new phones featured cameras, the firm said.", "Over 60% of new phones featured cameras"],
    ["About half the staff voted for it, the union said.", "About half the staff voted for it"],
  ])("%s", (text, words) => {
    expect(read(text).map(([t]) => t)).toEqual([words]);
  });
});

describe("poll answers: statements with nobody named", () => {
  it.each([
    ["Half of those asked said they did not know.", "they did not know"],
    ["Those asked said the plan was unfair.", "the plan was unfair"],
    ["A majority, 52%, said the chancellor had done well.", "the chancellor had done well"],
  ])("%s", (text, words) => {
    expect(read(`Voters were polled last week.\n${text}`)).toEqual([[words, null]]);
  });
});

describe("a cue inside a relative clause in commas", () => {
  it("reports only up to the clause's end when the sentence goes on to its own cue", () => {
    const text = "Labour MP Tom Vane, who said he was tired of the rows, said the cost had surprised him.";
    expect(extractLines(text).map((s) => s.text)).toEqual(["he was tired of the rows", "the cost had surprised him"]);
    expect(speakersOf(text)).toEqual(["Tom Vane", "Tom Vane"]);
  });

  it("gives the words after the clause to the one named before it", () => {
    const text = "Labour MP John Cryer, whose question revealed the price estimate, said the cost had surprised him.";
    const found = extractLines(text).map((s) => s.text);
    expect(found).toContain("the cost had surprised him");
    expect(found.every((s) => !s.includes("said the cost"))).toBe(true);
    expect(speakersOf(text).at(-1)).toBe("John Cryer");
  });
});
