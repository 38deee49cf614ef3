import { describe, expect, it } from "vitest";
import { jsonChunks } from "@/lib/db/json-chunks";

describe("jsonChunks", () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ id: i, text: "x".repeat(i * 10) }));

  it.each([
    ["by rows", 3, 1_000_000],
    ["by size", 100, 200],
    ["one row past the size alone", 100, 1],
    ["all in one", 100, 1_000_000],
  ])("cuts %s and loses nothing", (_, maxRows, maxChars) => {
    const chunks = [...jsonChunks(rows, maxRows, maxChars)];
    expect(chunks.flatMap((c) => JSON.parse(c) as unknown[])).toEqual(rows);
    for (const chunk of chunks) {
      const parsed = JSON.parse(chunk) as unknown[];
      expect(parsed.length).toBeLessThanOrEqual(maxRows);
      // A chunk of several rows stays within the size; a row larger than it goes alone.
      if (parsed.length > 1) expect(chunk.length).toBeLessThanOrEqual(maxChars + 2);
    }
  });

  it("gives exactly JSON.stringify's text when everything fits", () => {
    expect([...jsonChunks(rows, 100, 1_000_000)]).toEqual([JSON.stringify(rows)]);
  });

  it("gives nothing for no rows", () => {
    expect([...jsonChunks([], 10)]).toEqual([]);
  });
});
