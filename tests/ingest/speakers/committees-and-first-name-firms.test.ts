import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Bodies whose names the capitals alone do not give: a parliament's committee written in lower case,
// and a firm whose name is also a first name.

describe("a committee of a house of parliament, written in lower case", () => {
  it("is named whole, 'and' and all, before its verb, and is whom 'it' and 'the committee' stand for", () => {
    const text =
      'There was an "absolute crisis" in the hiring of statisticians, the Commons science and technology committee added. "Serious problems" lie ahead, it said.\n' +
      "The committee said a national fund should be set up.";
    expect(speakersOf(text)).toEqual(["Commons science and technology committee", "Commons science and technology committee", "Commons science and technology committee"]);
  });

  it("is named whole after its verb, and opening the sentence", () => {
    expect(speakersOf("The bill is flawed, said the Lords constitution committee. It added that ministers had rushed it.")).toEqual(["Lords constitution committee", "Lords constitution committee"]);
    expect(speakersOf("The Commons work and pensions committee said the reforms had failed.")).toEqual(["Commons work and pensions committee"]);
  });

  it("is another body than the house, which the article may name too", () => {
    const text = "The Commons voted on Tuesday to pass the bill.\nThe Commons home affairs committee said the plan was unworkable. The Commons said it would act.";
    expect(speakersOf(text)).toEqual(["Commons home affairs committee", "The Commons"]);
  });
});

describe("a kind of business just before a word that is also a first name", () => {
  it("makes the word a firm's name, which 'it' and 'the company' stand for", () => {
    const text =
      "US grocery chain Lily-Rose has filed for bankruptcy protection.\n" +
      "Lily-Rose, once among the most profitable grocers in Florida, said the move would let it restructure. It said its 900 stores would remain open. The company said no jobs would go.";
    expect(speakersOf(text)).toEqual(["Lily-Rose", "Lily-Rose", "Lily-Rose"]);
  });

  it("does not make a partner or an analyst so named a firm", () => {
    expect(speakersOf("Her partner Lily-Rose said she was proud. She said it was a fine day.")).toEqual(["Lily-Rose", "Lily-Rose"]);
  });
});

describe("a body's name that stops on an -ing form or a nation's adjective", () => {
  it("goes on to the lower-case noun after it", () => {
    expect(speakersOf("The Anti-Fraud Working group said attacks were growing.")).toEqual(["Anti-Fraud Working group"]);
    expect(speakersOf("The Association of Welsh brewers warned that sales were falling. It said pubs were closing.")).toContain("Association of Welsh brewers");
  });
});
