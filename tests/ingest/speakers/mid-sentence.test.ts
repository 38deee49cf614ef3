import { describe, expect, it } from "vitest";
import { usedMidSentence } from "@/lib/ingest/speakers/mid-sentence";

// `usedMidSentence` finds a word with indexOf where an expression built for each word searched the
// whole article; both must answer alike, on letters of other scripts and planes too. Invented text.

const TEXTS = [
  "Organisers said the march would go ahead. Judges ruled on it, and Organisers appealed.",
  "Research suggests little. Funding for Research fell; 2004 Research rose.",
  "Figures show growth.\nFigures\u00a0later fell, said 12\tFigures.",
  "Café owners met. The café, Café Nero’s rival, said; é Café.",
  "Figuresque art. Figures_x and Figures2 are no words; 𝑎 Figures is a letter outside the plane.",
  "Après-ski resorts said Après was busy, and après Après came Judges.",
];
const WORDS = ["Organisers", "Judges", "Research", "Funding", "Figures", "Café", "Après", "The"];

describe("a word used in mid-sentence", () => {
  it("answers as /[\\p{Ll}\\p{N},;]\\s+WORD\\b/u does", () => {
    for (const text of TEXTS) {
      for (const word of WORDS) {
        expect([text, word, usedMidSentence(text, word)]).toEqual([text, word, new RegExp(`[\\p{Ll}\\p{N},;]\\s+${word}\\b`, "u").test(text)]);
      }
    }
  });

  it("tells a word that only opens sentences from one written after a comma", () => {
    expect(usedMidSentence(TEXTS[0]!, "Organisers")).toBe(true);
    expect(usedMidSentence(TEXTS[0]!, "Judges")).toBe(false);
    expect(usedMidSentence(TEXTS[4]!, "Figures")).toBe(true);
  });
});
