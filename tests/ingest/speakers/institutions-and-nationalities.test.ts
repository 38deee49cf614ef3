import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Two rules of the twenty-sixth session, found by listing the statements of the whole BBC corpus
// left with no speaker although their phrase names one. Every sentence is invented.

describe("an institution known by one ordinary word, after a sentence's opening 'The'", () => {
  it("is named: the word's capital is its own ('The Treasury said')", () => {
    const text = "Taxes must rise by £10bn, the Kestrel Institute claims.\nThe Treasury said its plans were on track.";
    expect(speakersOf(text)).toEqual(["Kestrel Institute", "The Treasury"]);
  });

  it("as is a newspaper so named ('The Mirror said')", () => {
    expect(speakersOf("The Mirror said it had been handed a dossier on the visit.")).toEqual(["The Mirror"]);
  });

  it("but a plural opening a sentence still names nobody ('Organisers said')", () => {
    expect(speakersOf("Organisers said the race would go ahead.")).toEqual([null]);
  });
});

describe("'the Swedish firm' when no firm is placed in Sweden", () => {
  it("is the one firm mentioned before it that the article places nowhere", () => {
    const text = "Kestrix saw its shares rise 14% on Tuesday.\nThe Swedish firm said it is to move 10 of its 27 plants.";
    expect(speakersOf(text)).toEqual(["Kestrix"]);
  });

  it("is nobody when two such firms were mentioned", () => {
    const text = "Kestrix and Norvale saw their shares rise 14% on Tuesday.\nThe Swedish firm said it is to move 10 of its 27 plants.";
    expect(speakersOf(text)).toEqual([null]);
  });

  it("is never a firm the article places in another country", () => {
    const text = "French firm Kestrix saw its shares rise 14% on Tuesday.\nThe Swedish firm said it is to move 10 of its 27 plants.";
    expect(speakersOf(text)).toEqual([null]);
  });
});
