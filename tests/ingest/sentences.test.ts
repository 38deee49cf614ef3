import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, splitSentences } from "@/lib/ingest/sentences";
import { findDoubleQuotes } from "@/lib/ingest/statements/quotes";

const sentences = (p: string) => splitSentences(p, findDoubleQuotes(p).filter((q) => q.closed)).map((s) => p.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ['The vote was close. "Why would we wait?" Lena Ortiz asked. She left.', ["The vote was close.", '"Why would we wait?" Lena Ortiz asked.', "She left."]],
    ['"Enough!" the mayor shouted at the crowd.', ['"Enough!" the mayor shouted at the crowd.']],
    ['Was it fair? "No." The board met again on Monday.', ["Was it fair?", '"No."', "The board met again on Monday."]],
    ['"We will win. Believe me," he said. Then he left.', ['"We will win. Believe me," he said.', "Then he left."]],
    ["Sen. Ann Lee of Calif. spoke first. The U.S. Senate voted.", ["Sen. Ann Lee of Calif. spoke first.", "The U.S. Senate voted."]],
    // A state's abbreviation after a place or a party, or before a word that opens no sentence; else a word.
    ["He lives in Hartford, Conn. He left. Rep. Tom Vale (D-Mass.) spoke. Mass. Gov. Tom Hale agreed.", ["He lives in Hartford, Conn. He left.", "Rep. Tom Vale (D-Mass.) spoke.", "Mass. Gov. Tom Hale agreed."]],
    ["He will speak at Midnight Mass. The cardinal used a message to denounce the war. He fell ill. The doctor came.", ["He will speak at Midnight Mass.", "The cardinal used a message to denounce the war.", "He fell ill.", "The doctor came."]],
  ])("%s", (p, expected) => {
    expect(sentences(p)).toEqual(expected);
  });
});

describe("a text with no full stop in it", () => {
  // A transcript or a flattened table: read as one sentence, each cue in it looked across all of it.
  const words = (n: number) => Array.from({ length: n }, (_, i) => ["the", "minister", "said", "that", "talks", "would", "resume"][i % 7]).join(" ");

  it(`is read in pieces of at most ${MAX_SENTENCE} characters, cut at spaces, every word kept in order`, () => {
    const p = words(3000);
    const spans = splitSentences(p, []);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p[s.start - 1] ?? " ").toMatch(/\s/);
      expect(p[s.end] ?? " ").toMatch(/\s/);
    }
    expect(spans.map((s) => p.slice(s.start, s.end)).join(" ")).toBe(p);
  });

  it("is never cut inside a closed quotation, however long", () => {
    const quote = `"${words(600)}"`;
    const p = `${words(200)} ${quote} ${words(400)}`;
    const pieces = sentences(p);
    expect(pieces.some((s) => s.includes(quote))).toBe(true);
    expect(pieces.join(" ")).toBe(p);
  });
});
