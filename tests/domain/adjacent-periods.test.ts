import { describe, expect, it } from "vitest";
import { adjacentPeriods, type PartialDate } from "@/lib/domain/dates";

const d = (year: number | null, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day });

describe("adjacentPeriods", () => {
  it.each([
    [d(2016), d(2015), d(2017)],
    [d(2016, 1), d(2015, 12), d(2016, 2)],
    [d(2016, 12), d(2016, 11), d(2017, 1)],
    [d(2016, 3, 1), d(2016, 2, 29), d(2016, 3, 2)],
    [d(2015, 12, 31), d(2015, 12, 30), d(2016, 1, 1)],
  ])("gives the periods around %j", (date, previous, next) => {
    expect(adjacentPeriods(date)).toEqual({ previous, next });
  });

  it("has none for an unknown year", () => {
    expect(adjacentPeriods(d(null))).toBeNull();
  });
});
