import { describe, expect, it } from "vitest";
import { extractLines, speakersOf, statementsAndSpeakers } from "@/tests/helpers/line-paragraphs";

// British tabloid style (twenty-sixth session): verbs of manner for "said", and a lead whose "he"
// the article never names before it. Every sentence is invented.

const read = statementsAndSpeakers;

describe("verbs of manner beside a quotation", () => {
  it("are cues: 'fumed:', 'sobbed', 'confesses:', 'is fuming that'", () => {
    expect(read("Striker Tom Reade, 30, fumed: 'People write me off every summer.'")).toEqual([["'People write me off every summer.'", "Tom Reade"]]);
    expect(read("'I miss him every day,' sobbed Ann Quill.")).toEqual([["'I miss him every day,'", "Ann Quill"]]);
    expect(read("Ann Quill is fuming that she has been named in the row.")).toEqual([["she has been named in the row", "Ann Quill"]]);
  });

  it("but not without one ('a very public rant about', 'confess to nothing')", () => {
    expect(read("Ann Quill went on a very public rant about her fiance.")).toEqual([]);
    expect(read("Ann Quill sighed and left the room.")).toEqual([]);
  });
});

describe("'he' with nobody named before it", () => {
  it("is the person who opens the next sentence, as in a story whose opening was cut", () => {
    expect(speakersOf('He added: "I am as fit as ever."\nGlenn Rowe said the skipper had lost his pace.')).toEqual(["Glenn Rowe", "Glenn Rowe"]);
  });

  it("but not one brought in by 'But': that is someone else answering", () => {
    expect(speakersOf('The striker was angry.\nHe added: "I am as fit as ever."\nBut Glenn Rowe insisted the skipper had lost his pace.')).toEqual([null, "Glenn Rowe"]);
  });
});

describe("a nickname in quotation marks inside a name", () => {
  it("is no quotation: 'Kane \"The Hammer\" Doherty last night vowed he would…' is Doherty's vow", () => {
    const lines = extractLines('Heavyweight hopeful Kane "The Hammer" Doherty last night vowed he would knock out his rival inside three rounds.');
    expect(lines.map((s) => s.text)).toEqual(["he would knock out his rival inside three rounds"]);
  });
});

describe("answering and griping", () => {
  it("reads '\"…,\" the Dane fired back.', 'hit back: \"…\"' and 'griped commuter Frank DeLuca' as cues", () => {
    expect(extractLines('"Talk is cheap, and talk is all he has," Sorensen fired back.').map((s) => s.speakerAsWritten)).toEqual(["Sorensen"]);
    expect(extractLines('Ashby hit back: "He has never been punched properly."').map((s) => s.speakerAsWritten)).toEqual(["Ashby"]);
    expect(speakersOf('"Where are the cops when you need them?" griped commuter Frank DeLuca, 61.')).toEqual(["Frank DeLuca"]);
  });

  it("still reads 'he hit back at the claims' as no quotation's cue", () => {
    expect(extractLines("He hit back at the claims on Monday.")).toEqual([]);
  });
});
