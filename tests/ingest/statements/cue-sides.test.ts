import { describe, expect, it } from "vitest";
import { extractLines } from "@/tests/helpers/line-paragraphs";

describe("what stands beside a cue", () => {
  it.each([
    ["an adjunct between commas after the cue", "The minister said, by 2008, every visitor would be fingerprinted.", ["every visitor would be fingerprinted"]],
    ["a reported clause whose verb is irregular", "Sales fell by a third last year, the company said.", ["Sales fell by a third last year"]],
    [
      "a quotation and a second cue of the same speaker",
      'He said "migrants are of great value to this country", but stressed that controls were needed at every border.',
      ['"migrants are of great value to this country"', "controls were needed at every border"],
    ],
  ])("%s", (_, text, spans) => {
    expect(extractLines(text).map((s) => s.text)).toEqual(spans);
  });
});
