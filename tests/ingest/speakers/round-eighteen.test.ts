import { describe, expect, it } from "vitest";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

// A rule read on the dev half of the eighteenth round of BBC gold (twenty-fifth session); every
// sentence is invented.
describe("a body that says something in a report", () => {
  it("is the organisation whose report 'the report' and 'it' are later", () => {
    const text = [
      "Aid budgets are half their 1970 levels, Wellspring says in a report, Counting the Cost.",
      'The report said: "Rich countries are giving less and less."',
      "It also says that no member has reached the target.",
    ].join("\n");
    expect(speakersOf(text).slice(-2)).toEqual(["Wellspring", "Wellspring"]);
  });
});
