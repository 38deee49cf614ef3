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
