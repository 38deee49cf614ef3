import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Words that open a sentence before a body's name are no part of it; a speech is its speaker's.

describe("words before a body's name that belong to the sentence", () => {
  it("leaves a quantifier out of the name", () => {
    const text = "Some Orrick Bank operations came under criticism last year.\nOrrick Bank said it would co-operate fully.";
    expect(speakersOf(text)).toEqual(["Orrick Bank"]);
  });

  it("leaves a weekday out of the name after 'on' (a paper may start with Sunday)", () => {
    expect(speakersOf("At a press conference on Thursday Corvane announced that two groups had merged.\nCorvane said it would list standards later.")).toEqual(["Corvane", "Corvane"]);
    expect(speakersOf("The Sunday Times said the minister had resigned.")).toEqual(["Sunday Times"]);
  });
});

describe("what someone speaks through, after 'with'", () => {
  it("is the sentence's subject's, and so is 'he' after it", () => {
    const text = "Party chairman Liam Fenwick opened proceedings with a speech criticising the government's record. Its rule had been a failure, he said.";
    expect(speakersOf(text)).toEqual(["Liam Fenwick", "Liam Fenwick"]);
  });

  it("is not a person named after 'with' or 'from'", () => {
    expect(speakersOf("Tom Marr read out a letter from Ms Vance insisting she was innocent.")).toEqual(["Vance"]);
  });
});
