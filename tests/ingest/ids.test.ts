import { describe, expect, it } from "vitest";
import { normalizeForId, statementId } from "@/lib/ingest/ids";

// A permalink survives re-ingest: the id reads the statement's words, not how they were spaced or
// which quotation marks the file used.

describe("statement ids", () => {
  it("ignore runs of spaces, tabs, line breaks and non-breaking spaces", () => {
    const plain = statementId("k", "We will not stand for this, he said.", 0);
    for (const spaced of ["We will  not stand for this, he said.", "We will\nnot stand\tfor this, he said.", "We\u00a0will not stand for this, he said.", " We will not stand for this, he said. "]) {
      expect(statementId("k", spaced, 0)).toBe(plain);
    }
  });

  it("ignore curly against straight quotation marks and letter case", () => {
    expect(normalizeForId("“We Won’t,” she said")).toBe(normalizeForId('"we won\'t," she said'));
  });

  it("tell texts, articles and occurrences apart, in 12 base-32 characters", () => {
    const ids = [statementId("k", "Yes.", 0), statementId("k", "No.", 0), statementId("j", "Yes.", 0), statementId("k", "Yes.", 1)];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[a-z2-7]{12}$/);
  });
});
