import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/ingest/sentences";
import { findDoubleQuotes } from "@/lib/ingest/statements/quotes";

const sentences = (p: string) => splitSentences(p, findDoubleQuotes(p).filter((q) => q.closed)).map((s) => p.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ['The vote was close. "Why would we wait?" Lena Ortiz asked. She left.', ["The vote was close.", '"Why would we wait?" Lena Ortiz asked.', "She left."]],
    ['"Enough!" the mayor shouted at the crowd.', ['"Enough!" the mayor shouted at the crowd.']],
    ['Was it fair? "No." The board met again on Monday.', ["Was it fair?", '"No."', "The board met again on Monday."]],
    ['"We will win. Believe me," he said. Then he left.', ['"We will win. Believe me," he said.', "Then he left."]],
    ["Sen. Ann Lee of Calif. spoke first. The U.S. Senate voted.", ["Sen. Ann Lee of Calif. spoke first.", "The U.S. Senate voted."]],
  ])("%s", (p, expected) => {
    expect(sentences(p)).toEqual(expected);
  });
});
