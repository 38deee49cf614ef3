import { describe, expect, it } from "vitest";
import { onlyStatement } from "@/tests/helpers/line-paragraphs";

describe("according to", () => {
  it.each([
    ["According to the Russian minister, Europe must approve the principle of equal security.", "Europe must approve the principle of equal security", "the Russian minister"],
    ["The deficit grew by a third last year, according to the Congressional Budget Office.", "The deficit grew by a third last year", "the Congressional Budget Office"],
  ])("reads 'according to': %s", (text, content, speaker) => {
    const st = onlyStatement(text);
    expect(st.text).toBe(content);
    expect(st.speakerAsWritten).toBe(speaker);
    expect(st.cue).toMatch(/^[Aa]ccording to$/);
  });
});
