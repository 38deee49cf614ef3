import { describe, expect, it } from "vitest";
import { speakerKey } from "@/lib/ingest/names";
import { speakersOf } from "@/tests/helpers/line-paragraphs";

describe("royals and popes go by their title and one name", () => {
  it("names 'Prince Charles', not 'Charles', and keeps him apart from Ray Charles", () => {
    const text = [
      "Prince Charles opened the new wing on Monday.",
      "Charles said the staff had done wonders.",
      "The prince said he would come back in the spring.",
      "Singer Ray Charles said he had once played in the hall.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Prince Charles", "Prince Charles", "Ray Charles"]);
    // Across the corpus too: a bare "Charles" of another article is never keyed as Prince Charles's.
    expect(speakerKey("Prince Charles")).not.toBe(speakerKey("Charles"));
    expect(speakerKey("Prince Charles")).not.toBe(speakerKey("Ray Charles"));
  });

  it("reads the title with any royal or papal name, and the one name after a fuller one", () => {
    expect(speakersOf("Queen Rania said the schools would reopen.")).toEqual(["Queen Rania"]);
    expect(speakersOf("Pope Francis said the poor must come first.")).toEqual(["Pope Francis"]);
    expect(speakersOf("Prince Alwaleed bin Talal bought the hotel in May.\nPrince Alwaleed said the price was fair.")).toEqual(["Alwaleed bin Talal"]);
  });
});
