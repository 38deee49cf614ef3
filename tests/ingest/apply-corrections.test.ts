import { describe, expect, it } from "vitest";
import { applyCorrections } from "@/lib/ingest/apply-corrections";
import { statementId } from "@/lib/ingest/ids";
import type { ExtractedArticle } from "@/lib/ingest/types";
import { AGREE, DISAGREE, EXTRACTED, KEY, TALKS, corrections } from "./corrections-fixture";

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

  it("drops where the article named the extracted speaker once an editor names another", () => {
    const named = { ...EXTRACTED, statements: EXTRACTED.statements.map((s) => ({ ...s, speakerNamedSpan: { start: 0, end: 6 } })) };
    const { extracted } = applyCorrections(
      KEY,
      named,
      corrections({ op: "reassign-speaker", statement: AGREE.id, speaker: "Alexander Lukashenko", note: "x" }),
    );
    expect(extracted.statements.map((s) => [s.id, s.speakerNamedSpan])).toEqual([
      [TALKS.id, { start: 0, end: 6 }],
      [AGREE.id, null],
      [DISAGREE.id, { start: 0, end: 6 }],
    ]);
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
