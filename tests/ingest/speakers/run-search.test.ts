import { describe, expect, it } from "vitest";
import { mixedAcronyms } from "@/lib/ingest/speakers/acronyms";
import { CAP_SEQ, capitalisedRuns, nextCapitalisedRun } from "@/lib/ingest/speakers/name-runs";

// The searches that skip to where a capitalised run or a mixed acronym can start find what the plain
// regular expressions find, on text with capitals of other scripts, dashes, curly quotes and symbols.
// Invented text.

const TEXTS = [
  "Sen. Ted Cruz and Charles de Gaulle met Ørsted’s chief, Łukasz Wójcik, in Élysée Palace.",
  "“It’s over,” said Mr. Ó Briain — the TfL boss — at 10 a.m. on Monday.",
  "ΑΘΗΝΑ: Yanis Varoufakis told ΕΡΤ that F.B.I. agents and J.M. Berger of Factcheck.org spoke.",
  "AT&T and Procter & Gamble said; the DfE, MoJ and BoE did not. eBay’s McCAIN×CfL aTfL ÉtA.",
  "no capitals here at all, only words × symbols — and dashes’",
  "Ärzte ohne Grenzen, Ünal Şahin and İstanbul’s İBB said Ⅻ.",
];

describe("searching for capitalised runs", () => {
  it("finds the runs CAP_SEQ finds, at the same places", () => {
    for (const text of TEXTS) {
      const expected = [...text.matchAll(new RegExp(CAP_SEQ.source, "gu"))].map((m) => [m.index, m[0]]);
      expect(capitalisedRuns(text).map((m) => [m.index, m[0]])).toEqual(expected);
    }
  });

  it("starts at the offset it is given", () => {
    const text = TEXTS[0]!;
    const second = nextCapitalisedRun(text, 1);
    expect(second?.[0]).toBe("Ted Cruz");
    expect(nextCapitalisedRun(text, text.length)).toBeNull();
  });
});

describe("searching for mixed acronyms", () => {
  it("finds the whole words with a small letter for a small word, in order", () => {
    const whole = /(?<![\p{L}])\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}(?![\p{L}])/gu;
    for (const text of TEXTS) {
      const expected = [...text.matchAll(whole)].map((m) => m[0]).filter((w) => /\p{Ll}/u.test(w));
      expect(mixedAcronyms(text)).toEqual(expected);
    }
    expect(mixedAcronyms(TEXTS[3]!)).toEqual(["DfE", "MoJ", "BoE", "McCAIN", "CfL", "ÉtA"]);
  });
});
