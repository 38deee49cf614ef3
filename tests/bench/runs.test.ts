import { describe, expect, it } from "vitest";
import { medianOf } from "@/bench/runs";

describe("medianOf", () => {
  it("takes the median of every number, keeping the shape", () => {
    const runs = [
      { rate: 300, query: { p95: 12 }, per_query: [{ name: "1", p95: 3 }], ok: true },
      { rate: 280, query: { p95: 30 }, per_query: [{ name: "1", p95: 1 }], ok: true },
      { rate: 320, query: { p95: 11 }, per_query: [{ name: "1", p95: 2 }], ok: false },
    ];
    expect(medianOf(runs)).toEqual({ rate: 300, query: { p95: 12 }, per_query: [{ name: "1", p95: 2 }], ok: true });
  });

  it("averages the two middle numbers of an even count and skips missing ones", () => {
    expect(medianOf([{ a: 1 }, { a: 4 }, { a: 2 }, { a: 10 }])).toEqual({ a: 3 });
    expect(medianOf([{ a: 5, b: null }, { a: 7 }, { a: null }])).toEqual({ a: 6, b: null });
  });
});
