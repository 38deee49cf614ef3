import { describe, expect, it } from "vitest";
import { formatReliability, reliability } from "@/eval/reliability";

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

  it("prints one row per band and one column per data set", () => {
    const text = formatReliability([{ name: "dev", judged: [{ confidence: 0.95, right: true }] }, { name: "held-out", judged: [] }]);
    expect(text.split("\n")).toHaveLength(6);
    expect(text).toMatch(/0\.9–1\.0\s+1\s+100\.0 % right\s+0\s+0\.0 % right/);
  });
});
