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

  it("leaves where a body is based out of its name, when the place takes several words", () => {
    expect(speakersOf("In May, the New York-based Hartwell Foundation said it would close its offices.")).toEqual(["Hartwell Foundation"]);
    expect(speakersOf("The Rio de Janeiro-based Banco Ardente said profits had risen.")).toEqual(["Banco Ardente"]);
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

describe("a name inside words that open the sentence on a participle or 'like'", () => {
  it("is their object: the role after its comma is the subject, not the name's apposition", () => {
    const text = "Prime Minister Ann Carrow met the press on Monday.\nEchoing the Treasury Secretary Paul Derwin, the prime minister said the deal was fair.";
    expect(speakersOf(text)).toEqual(["Ann Carrow"]);
  });

  it("gives the description to the person the article introduced, not the one in the opening words", () => {
    const text = "World number two Jana Holt has spoken out about prize money.\nReacting to a remark by club chairman Tom Vale, the Czech said: \"It is highly insulting.\"";
    expect(speakersOf(text)).toEqual(["Jana Holt"]);
  });

  it("still reads a name opening the sentence, its role's closing comma left out, as the speaker", () => {
    expect(speakersOf("Alan Marr, the party's campaign strategist said the vote was lost.")).toEqual(["Alan Marr"]);
  });
});
