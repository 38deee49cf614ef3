import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  CorrectionsError,
  type CorrectionsFile,
  applyCorrections,
  parseCorrections,
  speakerMergeTarget,
  unmatchedCorrections,
} from "@/lib/ingest/corrections";
import { statementId } from "@/lib/ingest/ids";
import { parseArticle } from "@/lib/ingest/article/parse-article";
import type { ExtractedArticle, ExtractedStatement } from "@/lib/ingest/types";

const KEY = "000_lavrov";
const SOURCE = `MOSCOW, June 5. /TASS/. Lavrov said the talks went well. "We agree," Makey said. "We disagree," he said.`;

function statement(text: string, speakerIndex: number | null): ExtractedStatement {
  const start = SOURCE.indexOf(text);
  return {
    id: statementId(KEY, text, 0),
    start,
    end: start + text.length,
    text,
    kind: "direct",
    cue: "said",
    speakerIndex,
    speakerAsWritten: null,
    speakerSpan: null,
    confidence: 0.7,
    rule: "test",
    topics: [],
  };
}

const TALKS = statement("the talks went well", 0);
const AGREE = statement('"We agree,"', 1);
const DISAGREE = statement('"We disagree,"', 1);

const EXTRACTED: ExtractedArticle = {
  article: parseArticle(SOURCE),
  speakers: [
    { name: "Sergey Lavrov", aliases: ["Lavrov"], role: "Foreign Minister", kind: "person" },
    { name: "Vladimir Makey", aliases: ["Makey"], role: null, kind: "person" },
  ],
  statements: [TALKS, AGREE, DISAGREE],
  topics: [],
};

function corrections(...entries: unknown[]): CorrectionsFile {
  return parseCorrections(JSON.stringify({ version: 1, corrections: entries }), "corrections.json");
}

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

describe("applyCorrections", () => {
  it("changes nothing without corrections, and never mutates its input", () => {
    const before = structuredClone(EXTRACTED);
    const result = applyCorrections(KEY, EXTRACTED, corrections());
    expect(result.extracted).toEqual(EXTRACTED);
    expect(result.applied).toEqual([]);
    applyCorrections(
      KEY,
      EXTRACTED,
      corrections(
        { op: "reassign-speaker", statement: AGREE.id, speaker: "Sergey Lavrov", note: "x" },
        { op: "set-date", article: KEY, date: { year: 2016 }, note: "x" },
        { op: "merge-speakers", from: "Vladimir Makey", into: "Vladimir Makei", note: "x" },
      ),
    );
    expect(EXTRACTED).toEqual(before);
  });

  it("reassigns a statement to an existing speaker and says an editor did it", () => {
    const { extracted, applied } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections({ op: "reassign-speaker", statement: AGREE.id, speaker: "Lavrov", note: "Lavrov said it", editor: "jd" }),
    );
    const agree = extracted.statements.find((s) => s.id === AGREE.id)!;
    expect(extracted.speakers[agree.speakerIndex!]!.name).toBe("Sergey Lavrov");
    expect(agree.confidence).toBe(1);
    expect(agree.corrections).toEqual([{ field: "speaker", note: "Lavrov said it", editor: "jd" }]);
    expect(applied).toEqual([
      { index: 0, op: "reassign-speaker", target: AGREE.id, field: "speaker", note: "Lavrov said it", editor: "jd" },
    ]);
    // Untouched statements carry no corrections.
    expect(extracted.statements.find((s) => s.id === TALKS.id)).not.toHaveProperty("corrections");
  });

  it("reassigns to a new speaker when the article has none by that name, and drops orphaned speakers", () => {
    const { extracted } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections(
        { op: "reassign-speaker", statement: AGREE.id, speaker: "Alexander Lukashenko", note: "x" },
        { op: "reassign-speaker", statement: DISAGREE.id, speaker: "Alexander Lukashenko", note: "x" },
      ),
    );
    expect(extracted.speakers.map((s) => s.name)).toEqual(["Sergey Lavrov", "Alexander Lukashenko"]);
    expect(extracted.statements.map((s) => extracted.speakers[s.speakerIndex!]!.name)).toEqual([
      "Sergey Lavrov",
      "Alexander Lukashenko",
      "Alexander Lukashenko",
    ]);
  });

  it("splits one statement off to a new speaker, keeping the other statements where they were", () => {
    const { extracted } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections({ op: "split-speaker", statement: DISAGREE.id, speaker: "Alexander Lukashenko", role: "President of Belarus", note: "x" }),
    );
    expect(extracted.speakers).toHaveLength(3);
    expect(extracted.speakers[2]).toEqual({ name: "Alexander Lukashenko", aliases: [], role: "President of Belarus", kind: "person" });
    const [talks, agree, disagree] = extracted.statements;
    expect([talks!.speakerIndex, agree!.speakerIndex, disagree!.speakerIndex]).toEqual([0, 1, 2]);
  });

  it("drops a false statement", () => {
    const { extracted, applied } = applyCorrections(KEY, EXTRACTED, corrections({ op: "drop-statement", statement: TALKS.id, note: "Not said" }));
    expect(extracted.statements.map((s) => s.id)).toEqual([AGREE.id, DISAGREE.id]);
    // Lavrov has no statements left.
    expect(extracted.speakers.map((s) => s.name)).toEqual(["Vladimir Makey"]);
    expect(extracted.statements.every((s) => s.speakerIndex === 0)).toBe(true);
    expect(applied[0]).toMatchObject({ op: "drop-statement", field: "statement", note: "Not said" });
  });

  it("supplies a missing year, keeping month and day, and marks the date corrected", () => {
    const { extracted } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections({ op: "set-date", article: `${KEY}.txt`, date: { year: 2016 }, note: "Year from the archive", editor: "jd" }),
    );
    expect(extracted.article.published).toEqual({ year: 2016, month: 6, day: 5 });
    expect(extracted.article.provenance.published).toBe("correction");
    expect(extracted.article.corrections).toEqual([{ field: "published", note: "Year from the archive", editor: "jd" }]);
  });

  it("sets article metadata", () => {
    const { extracted } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections({ op: "set-metadata", article: KEY, title: "Lavrov and Makei meet", byline: null, note: "Original page" }),
    );
    expect(extracted.article.title).toBe("Lavrov and Makei meet");
    expect(extracted.article.titleDerived).toBe(false);
    expect(extracted.article.provenance.title).toBe("correction");
    expect(extracted.article.corrections!.map((c) => c.field)).toEqual(["title", "byline"]);
  });

  it("ignores corrections for other articles and statements", () => {
    const { extracted, applied } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections(
        { op: "set-date", article: "001_other", date: { year: 2016 }, note: "x" },
        { op: "drop-statement", statement: statementId("001_other", "x", 0), note: "x" },
      ),
    );
    expect(extracted).toEqual(EXTRACTED);
    expect(applied).toEqual([]);
  });

  it("merges a speaker into its canonical name, keeping the old name as an alias", () => {
    const { extracted } = applyCorrections(
      KEY,
      EXTRACTED,
      corrections({ op: "merge-speakers", from: "Vladimir Makey", into: "Vladimir Makei", note: "Transliteration" }),
    );
    expect(extracted.speakers[1]).toMatchObject({ name: "Vladimir Makei", aliases: ["Makey", "Vladimir Makey"] });
    expect(extracted.statements[1]!.corrections).toEqual([{ field: "speaker", note: "Transliteration" }]);
  });

  it("folds two speakers that a merge makes one", () => {
    const article: ExtractedArticle = {
      ...EXTRACTED,
      speakers: [...EXTRACTED.speakers, { name: "Vladimir Makei", aliases: ["Makei"], role: "Foreign Minister of Belarus", kind: "person" }],
      statements: [TALKS, AGREE, { ...DISAGREE, speakerIndex: 2 }],
    };
    const { extracted } = applyCorrections(
      KEY,
      article,
      corrections({ op: "merge-speakers", from: "Vladimir Makey", into: "Vladimir Makei", note: "x" }),
    );
    expect(extracted.speakers.map((s) => s.name)).toEqual(["Sergey Lavrov", "Vladimir Makei"]);
    expect(extracted.speakers[1]!.role).toBe("Foreign Minister of Belarus");
    expect(extracted.statements.map((s) => s.speakerIndex)).toEqual([0, 1, 1]);
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
