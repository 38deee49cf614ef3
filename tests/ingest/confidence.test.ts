import { describe, expect, it } from "vitest";
import { calibratedConfidence } from "@/lib/ingest/confidence";
import { extractArticle } from "@/lib/ingest/extract";

describe("calibratedConfidence", () => {
  it("is highest for a quotation given to a named speaker, lower for a pronoun, lowest with no speaker", () => {
    const named = calibratedConfidence("direct-quote-before-cue", "name");
    const pronoun = calibratedConfidence("direct-quote-before-cue", "pronoun");
    const none = calibratedConfidence("direct-quote-before-cue", "none");
    expect(named).toBeGreaterThanOrEqual(0.9);
    expect(pronoun).toBeLessThan(named);
    expect(none).toBeLessThan(0.6);
  });

  it("trusts a quotation more than the object of a speech act", () => {
    expect(calibratedConfidence("indirect-object", "name")).toBeLessThan(calibratedConfidence("direct-quote-split", "name"));
  });

  it("gives each statement the confidence of its rule and speaker evidence", () => {
    const text = "Title\n\n“We will win,” said Maria Lopez, the party leader.\n\nOfficials said turnout was high in the north.";
    const { statements } = extractArticle(text, { key: "k" });
    expect(statements.map((s) => [s.speakerEvidence, s.confidence])).toEqual([
      ["name", calibratedConfidence("direct-quote-before-cue", "name")],
      ["none", calibratedConfidence("indirect-bare", "none")],
    ]);
  });
});
