import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/web/csv";

describe("toCsv", () => {
  it("writes RFC 4180: CRLF lines, a header row, quotes only where needed, doubled inner quotes", () => {
    const csv = toCsv(["id", "text", "topics", "year"], [
      { id: "a", text: 'He said "no", twice', topics: ["nato", "osce"], year: 2016 },
      { id: "b", text: "line one\nline two", topics: [], year: null },
    ]);
    expect(csv).toBe('id,text,topics,year\r\na,"He said ""no"", twice",nato;osce,2016\r\nb,"line one\nline two",,\r\n');
  });

  it("writes the header row of an empty answer, and quotes a lone carriage return", () => {
    expect(toCsv(["id", "text"], [])).toBe("id,text\r\n");
    expect(toCsv(["id", "text"], [{ id: "a", text: "one\rtwo" }])).toBe('id,text\r\na,"one\rtwo"\r\n');
  });
});
