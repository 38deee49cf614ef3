import { describe, expect, it } from "vitest";
import { calibrationLines, formatReliability, reliability, speakersByEvidence } from "@/eval/reliability";

describe("reliability", () => {
  it("counts statements per confidence band and the share of them that were right", () => {
    const rows = reliability([
      { confidence: 0.95, right: true },
      { confidence: 1, right: false },
      { confidence: 0.9, right: true },
      { confidence: 0.89, right: false },
      { confidence: 0.2, right: true },
    ]);
    expect(rows.map((r) => [r.band, r.count, r.right])).toEqual([
      ["0.0–0.5", 1, 1],
      ["0.5–0.7", 0, 0],
      ["0.7–0.8", 0, 0],
      ["0.8–0.9", 1, 0],
      ["0.9–1.0", 3, 2],
    ]);
  });

  it("counts right speakers by what named them, over right statements whose speaker the gold checks only", () => {
    const judged = [
      { confidence: 0.9, right: true, evidence: "name", spanRight: true, speakerChecked: true },
      { confidence: 0.9, right: false, evidence: "name", spanRight: true, speakerChecked: true },
      { confidence: 0.9, right: true, evidence: "pronoun", spanRight: true, speakerChecked: true },
      { confidence: 0.9, right: false, evidence: "pronoun", spanRight: false, speakerChecked: true },
      { confidence: 0.9, right: true, evidence: "none", spanRight: true, speakerChecked: false },
    ];
    expect(speakersByEvidence(judged)).toEqual([
      { group: "name", hit: 1, n: 2 },
      { group: "pronoun", hit: 1, n: 1 },
    ]);
    expect(calibrationLines("dev", judged).filter((l) => l.includes("speaker-by-evidence"))).toEqual(["CAL\tdev\tspeaker-by-evidence\tname\t1\t2", "CAL\tdev\tspeaker-by-evidence\tpronoun\t1\t1"]);
  });

  it("prints one row per band and one column per data set", () => {
    const text = formatReliability([{ name: "dev", judged: [{ confidence: 0.95, right: true }] }, { name: "held-out", judged: [] }]);
    expect(text.split("\n")).toHaveLength(6);
    expect(text).toMatch(/0\.9–1\.0\s+1\s+100\.0 % right\s+0\s+0\.0 % right/);
  });
});
