import { describe, expect, it } from "vitest";
import { resolveLines, speakersOf } from "@/tests/helpers/line-paragraphs";

// A capitalised run is taken apart once and kept by its text (lib/ingest/speakers/mentions.ts). What
// the words around it say is read each time: the same run in another sentence, or in another
// article, reads as that sentence says. Invented articles.

const BANK = [
  "Harbour Bank said on Monday that it would close 40 branches.",
  "Wexcombe district council said the closures would hurt the town.",
  "Councillor Amy Fenwick, who leads Wexcombe, said she would write to the bank.",
  "Harbour Bank's chief executive, Tom Reade, said the branches had lost money for years.",
].join("\n");

const COMMISSION = [
  "The United Nations Economic Commission for Europe said trade would slow.",
  "Tom Reade, an economist at Harbour Bank, said the forecast was too gloomy.",
  "The Commission said its figures were sound.",
].join("\n");

describe("a capitalised run met again", () => {
  it("reads the words after it anew: 'Wexcombe' before 'district council' is the council, alone a place", () => {
    expect(speakersOf(BANK)).toEqual(["Harbour Bank", "Wexcombe district council", "Amy Fenwick", "Tom Reade"]);
  });

  it("reads an organisation's name on past 'for' where the text goes on, and its short form as the same body", () => {
    expect(speakersOf(COMMISSION)).toEqual(["United Nations Economic Commission for Europe", "Tom Reade", "United Nations Economic Commission for Europe"]);
  });

  it("gives an article the same reading before and after other articles used its runs", () => {
    const first = resolveLines(BANK);
    resolveLines(COMMISSION);
    resolveLines(BANK.replace(/Tom Reade/g, "Mr Reade"));
    expect(resolveLines(BANK)).toEqual(first);
  });
});
