import { describe, expect, it } from "vitest";
import { formatDate, isoDate } from "@/lib/format";

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
