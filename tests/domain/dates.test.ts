import { describe, expect, it } from "vitest";
import { dayRange, formatDate, isoDate } from "@/lib/domain/dates";

describe("formatDate", () => {
  it.each([
    [{ year: 2016, month: 5, day: 16 }, "16 May 2016", "2016-05-16"],
    [{ year: 2016, month: 5, day: null }, "May 2016", "2016-05"],
    [{ year: 2016, month: null, day: null }, "2016", "2016"],
    [{ year: null, month: 6, day: 5 }, "5 June, year not stated", null],
    [{ year: null, month: 6, day: null }, "June, year not stated", null],
    [{ year: null, month: null, day: null }, "Date not stated", null],
  ])("shows %j as %s, never inventing a year", (date, text, iso) => {
    expect(formatDate(date)).toBe(text);
    expect(isoDate(date)).toBe(iso);
  });
});

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
