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

describe("a pronoun after a sentence about someone's possession", () => {
  it("gives 'He' to the person whose possession opens the sentence before", () => {
    const text = [
      "Tony Blair visited Leeds on Monday with Gordon Ross.",
      "Michael Howard's only fresh entry is a hamper from a supporter. He also said the rules were fair.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Michael Howard"]);
    const paragraph = "Tony Blair visited Leeds on Monday.\nAnna Reade's speech was cheered by the party.\nShe said the party would win.";
    expect(speakersOf(paragraph)).toEqual(["Anna Reade"]);
  });

  it("not when what opens the sentence is a person of theirs, or the sentence names another", () => {
    // "Mr Howard's spokesman … He added": the spokesman, whom nobody named.
    const spokesman = "Tony Blair visited Leeds on Monday.\nMr Howard's spokesman said the visit went well. He added that talks would go on.";
    expect(speakersOf(spokesman)).toEqual([null, null]);
    // A subject named in that sentence is still the latest person a pronoun may be.
    const subject = "Tony Blair visited Leeds on Monday.\nMichael Howard's plan was backed by Tom Vane in a speech. He said the plan would work.";
    expect(speakersOf(subject).at(-1)).not.toBe("Michael Howard");
    // Nor when that sentence speaks of someone before it as "him".
    const him = "Tom Hale met the press on Monday.\nTony Blair's decision angered him. He said the plan would fail.";
    expect(speakersOf(him)).toEqual(["Tom Hale"]);
  });
});

describe("a surname told as a person's by an age or a sex in apposition", () => {
  it("makes 'Mirza, the first Indian woman to…' a woman, and her unlisted full name a person", () => {
    const text = [
      "Former champion Conchita Martinez and India's Sania Mirza reached the second round.",
      "Martinez, 32, beat Shinobu Asagoe. Mirza, the first Indian woman to win a WTA Tour title this month on home ground, will now face Svetlana Kuznetsova.",
      "But she is remaining confident. “Everyone is beatable,” she said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual(["Sania Mirza"]);
    // A surname alone, never written in full, is a person too.
    expect(speakersOf("Okonjo, the youngest man in the squad, will now face Tom Hale.\nBut he is calm. “I am ready,” he said.")).toEqual(["Okonjo"]);
  });
});
