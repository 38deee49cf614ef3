import { describe, expect, it } from "vitest";
import { SeenKeys } from "@/lib/load/sources/seen-keys";

describe("SeenKeys", () => {
  it("says a key is new the first time, and where it was first used every time after", () => {
    const seen = new SeenKeys();
    expect(seen.firstUse("ap-1", "corpus.csv:2")).toBeNull();
    expect(seen.firstUse("ap-2", "corpus.csv:3")).toBeNull();
    expect(seen.firstUse("ap-1", "corpus.csv:9")).toBe("corpus.csv:2");
    expect(seen.firstUse("ap-1", "other.jsonl:1")).toBe("corpus.csv:2");
    expect(seen.firstUse("AP-1", "other.jsonl:2")).toBeNull();
  });

  it.each([
    ["a row of a CSV or JSON Lines table", "data/corpus.csv:17"],
    ["an entry of a JSON array", "data/api.json[0]"],
    ["a file", "corpus/lavrov-makei.txt"],
    ["a file whose name ends in digits", "corpus/2019:007"],
    ["a file named like a row", "corpus/notes:12.txt"],
    ["a row past the millionth", "big.jsonl:123456789"],
  ])("gives back the place of %s as it was written", (_what, at) => {
    const seen = new SeenKeys();
    seen.firstUse("k", at);
    expect(seen.firstUse("k", "elsewhere.csv:2")).toBe(at);
  });

  it("finds every key again after growing, and costs 32 bytes a key at most", () => {
    const seen = new SeenKeys();
    const n = 200_000;
    let repeated = 0;
    for (let i = 0; i < n; i++) if (seen.firstUse(`bench-${i}.txt`, `big.jsonl:${i + 1}`) !== null) repeated++;
    expect(repeated).toBe(0);
    const wrong = [];
    for (let i = 0; i < n; i += 7) if (seen.firstUse(`bench-${i}.txt`, "again.jsonl:1") !== `big.jsonl:${i + 1}`) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(seen.bytes).toBeLessThanOrEqual(32 * n * 1.4);
  });
});
