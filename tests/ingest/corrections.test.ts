import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CorrectionsError, parseCorrections, speakerMergeTarget, unmatchedCorrections } from "@/lib/ingest/corrections";
import { applyCorrections } from "@/lib/ingest/apply-corrections";
import { AGREE, DISAGREE, EXTRACTED, KEY, TALKS, corrections } from "./corrections-fixture";

describe("parseCorrections", () => {
  it("accepts the checked-in file", () => {
    const path = fileURLToPath(new URL("../../editorial/corrections.json", import.meta.url));
    expect(parseCorrections(readFileSync(path, "utf8"), "corrections.json").version).toBe(1);
  });

  it("accepts one of each operation", () => {
    const file = corrections(
      { op: "reassign-speaker", statement: AGREE.id, speaker: "Sergey Lavrov", note: "Lavrov said it", editor: "ed" },
      { op: "split-speaker", statement: DISAGREE.id, speaker: "Alexander Lukashenko", note: "He is Lukashenko here" },
      { op: "drop-statement", statement: TALKS.id, note: "Not a statement" },
      { op: "set-date", article: KEY, date: { year: 2016 }, note: "Year from the TASS archive" },
      { op: "set-metadata", article: KEY, title: "Lavrov and Makei meet", note: "Title of the original page" },
      { op: "merge-speakers", from: "Vladimir Makey", into: "Vladimir Makei", note: "Transliteration" },
    );
    expect(file.corrections.map((c) => c.op)).toEqual([
      "reassign-speaker",
      "split-speaker",
      "drop-statement",
      "set-date",
      "set-metadata",
      "merge-speakers",
    ]);
  });

  it.each([
    ["invalid JSON", "{", "corrections.json: JSON:"],
    ["a missing version", JSON.stringify({ corrections: [] }), "corrections.json: version:"],
    [
      "an unknown operation",
      JSON.stringify({ version: 1, corrections: [{ op: "rename", note: "x" }] }),
      "corrections.json: corrections[0].op:",
    ],
    [
      "a missing note",
      JSON.stringify({ version: 1, corrections: [{ op: "drop-statement", statement: "abcdefghijkl" }] }),
      "corrections.json: corrections[0].note: a note saying why is required",
    ],
    [
      "a malformed statement id",
      JSON.stringify({ version: 1, corrections: [{ op: "drop-statement", statement: "42", note: "x" }] }),
      "corrections.json: corrections[0].statement: expected a 12-character statement id",
    ],
    [
      "an unknown field",
      JSON.stringify({ version: 1, corrections: [{ op: "drop-statement", statement: "abcdefghijkl", note: "x", speaker: "y" }] }),
      "corrections.json: corrections[0]",
    ],
    [
      "an empty date",
      JSON.stringify({ version: 1, corrections: [{ op: "set-date", article: "a", date: {}, note: "x" }] }),
      "corrections.json: corrections[0].date: give at least one of year, month, day",
    ],
    [
      "a month out of range",
      JSON.stringify({ version: 1, corrections: [{ op: "set-date", article: "a", date: { month: 13 }, note: "x" }] }),
      "corrections.json: corrections[0].date.month:",
    ],
    [
      "a merge into itself",
      JSON.stringify({ version: 1, corrections: [{ op: "merge-speakers", from: "A B", into: "a  b", note: "x" }] }),
      "corrections.json: corrections[0]: a speaker cannot be merged into itself",
    ],
    [
      "a cycle of merges",
      JSON.stringify({
        version: 1,
        corrections: [
          { op: "merge-speakers", from: "A", into: "B", note: "x" },
          { op: "merge-speakers", from: "B", into: "A", note: "x" },
        ],
      }),
      "speaker merges form a cycle",
    ],
  ])("rejects %s, naming the file and the path", (_, json, message) => {
    expect(() => parseCorrections(json, "corrections.json")).toThrow(CorrectionsError);
    expect(() => parseCorrections(json, "corrections.json")).toThrow(message);
  });
});

describe("speakerMergeTarget", () => {
  const target = speakerMergeTarget(
    corrections(
      { op: "merge-speakers", from: "Vladimir Makey", into: "Vladimir Makei", note: "Transliteration" },
      { op: "merge-speakers", from: "V. Makey", into: "Vladimir Makey", note: "Initial" },
    ),
  );

  it.each([
    ["Vladimir Makey", "Vladimir Makei"],
    ["vladimir  makey", "Vladimir Makei"],
    ["V. Makey", "Vladimir Makei"],
    ["Sergey Lavrov", "Sergey Lavrov"],
  ])("maps %j to %j", (name, canonical) => {
    expect(target(name)).toBe(canonical);
  });
});

describe("unmatchedCorrections", () => {
  it("lists corrections that applied to no article", () => {
    const file = corrections(
      { op: "drop-statement", statement: TALKS.id, note: "x" },
      { op: "drop-statement", statement: "zzzzzzzzzzzz", note: "stale id" },
    );
    const { applied } = applyCorrections(KEY, EXTRACTED, file);
    expect(unmatchedCorrections(file, applied)).toEqual([1]);
  });
});
