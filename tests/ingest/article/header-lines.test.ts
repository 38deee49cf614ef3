import { describe, expect, it } from "vitest";
import { matchByline, matchDateLine } from "@/lib/ingest/article/header-lines";

describe("header lines", () => {
  describe("matchDateLine", () => {
    it.each([
      ["16/05/2016", { year: 2016, month: 5, day: 16 }],
      ["05/06/2016", { year: 2016, month: 6, day: 5 }],
      ["March 3, 2016", { year: 2016, month: 3, day: 3 }],
      ["2016-03-03", { year: 2016, month: 3, day: 3 }],
      ["Published: Thursday, March 3, 2016 5:30 PM", { year: 2016, month: 3, day: 3 }],
      ["Updated Sept. 12, 2015 at 10:00 a.m. ET", { year: 2015, month: 9, day: 12 }],
      ["June 5", { year: null, month: 6, day: 5 }],
      ["May 2016", { year: 2016, month: 5, day: null }],
    ])("reads the date line %j", (line, date) => {
      expect(matchDateLine(line)).toEqual(date);
    });

    it.each([["yesterday"], ["Friday"], ["5:30 p.m."], ["The vote was held on March 3, 2016, in Albany."], ["Chapter 12"]])(
      "does not take %j as a date line",
      (line) => {
        expect(matchDateLine(line)).toBeNull();
      },
    );
  });

  describe("matchByline", () => {
    it.each([
      ["By Jane Doe", "Jane Doe", null],
      ["BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE", null],
      ["By Jane Doe, Associated Press", "Jane Doe, Associated Press", null],
      ["By Jane Doe | March 3, 2016", "Jane Doe", { year: 2016, month: 3, day: 3 }],
      ["Byline: Amber Smith.", "Amber Smith", null],
    ])("reads %j", (line, byline, date) => {
      expect(matchByline(line)).toEqual({ byline, date });
    });

    it.each([["By now, the senator had left the room."], ["By contrast, the House bill is smaller."], ["By 2026, the deficit would grow."]])(
      "does not take %j as a byline",
      (line) => {
        expect(matchByline(line)).toBeNull();
      },
    );
  });
});
