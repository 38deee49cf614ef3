import { describe, expect, it } from "vitest";
import { dayRange } from "@/lib/ingest/dates";

describe("dayRange", () => {
  it.each([
    [{ year: 2016, month: 5, day: 16 }, { from: 20160516, to: 20160516 }],
    [{ year: 2016, month: 2, day: null }, { from: 20160201, to: 20160229 }],
    [{ year: 2015, month: 2, day: null }, { from: 20150201, to: 20150228 }],
    [{ year: 2016, month: null, day: null }, { from: 20160101, to: 20161231 }],
    [{ year: null, month: 6, day: 5 }, null],
  ])("gives %j the days %j", (date, range) => {
    expect(dayRange(date)).toEqual(range);
  });
});
