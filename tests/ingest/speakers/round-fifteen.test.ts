import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// Rules read on the dev half of the fifteenth round of BBC gold (twenty-fourth session); every
// sentence is invented.
describe("a body described by what kind of business it is", () => {
  it("gives 'The insurer' to the 'insurance broker' named in the lead, though it was no subject", () => {
    const text = "Up to 2,500 jobs are to go at US insurance broker Harlan & Pike in a shake-up.\nThe insurer said the cuts were part of a cost-cutting drive.";
    expect(speakersOf(text)).toEqual(["Harlan & Pike"]);
  });

  it("never to a body of another kind", () => {
    const text = "Up to 2,500 jobs are to go at US engineering firm Harlan & Pike in a shake-up.\nThe insurer said the cuts were part of a cost-cutting drive.";
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe("a surname that is also a network's name", () => {
  it("reads 'Chris Fox' and 'Mr Fox' as one person, not the network", () => {
    const text = "Association of Chief Police Officers president Chris Fox said the powers did not have enough impact.\nInstead, he said, the new act could help reduce disorder.\nMr Fox said the drinks industry was not regulating itself.";
    expect(speakersOf(text)).toEqual(["Chris Fox", "Chris Fox", "Chris Fox"]);
  });

  it("still reads 'Fox said' alone as the network's", () => {
    expect(speakersOf("Fox said the special had been vetted by its standards department.")).not.toContain("Chris Fox");
  });
});

describe("'the government' beside 'accused the government of'", () => {
  it("is still Britain's: 'government of' names no other country", () => {
    const text = "Labour MPs and Liberal Democrat MPs backed the plan.\nThe Tory spokesman accused the government of dragging its feet.\nThe government said it would invite observers to the election.";
    expect(speakersOf(text).at(-1)).toBe("UK government");
  });
});
