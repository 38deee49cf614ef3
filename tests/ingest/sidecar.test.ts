import { describe, expect, it } from "vitest";
import { SidecarError, parseDelimited, parseSidecar, sidecarFor, sidecarKey } from "@/lib/ingest/sidecar";

describe("parseSidecar", () => {
  describe("a metadata.tsv with PolNeAR's column names, in another order", () => {
    // Invented rows; no corpus file is kept in the repository.
    const tsv = [
      "filename\ttitle\tpublisher\tpublication_date\tauthor\twire\tcredit\tcompartment",
      'nyt_2016-03-03_city-council-approves\tCity council approves "new" budget\tnyt\t2016-03-03\tJANE DOE\tNone\tNone\ttrain',
      "breitbart_2016-04-01_senate-passes\tSenate Passes Highway Bill\tbreitbart\t2016-04-01\tNone\tAP\tNone\ttrain",
      "usa-today_2016-05-02_water-board\tWater board delays vote; Residents ask for time\tusa-today\t2016-05-02\t, ,\tNone\tNone\ttrain",
    ].join("\n");
    const sidecar = parseSidecar("metadata.tsv", `${tsv}\n`);

    it("keys entries by the filename column", () => {
      expect([...sidecar.keys()]).toEqual([
        "nyt_2016-03-03_city-council-approves",
        "breitbart_2016-04-01_senate-passes",
        "usa-today_2016-05-02_water-board",
      ]);
    });

    it("maps publisher, publication_date, author and title, and names known publisher codes", () => {
      expect(sidecar.get("nyt_2016-03-03_city-council-approves")).toEqual({
        title: 'City council approves "new" budget',
        outlet: "The New York Times",
        outletUrl: null,
        date: { year: 2016, month: 3, day: 3 },
        byline: "JANE DOE",
        url: null,
      });
    });

    it.each([
      ["None", "breitbart_2016-04-01_senate-passes"],
      ["a cell with no letters (', ,')", "usa-today_2016-05-02_water-board"],
    ])("reads %s as no value", (_, key) => {
      expect(sidecar.get(key)!.byline).toBeNull();
    });
  });

  it.each([
    ["a.txt", "a"],
    ["a", "a"],
    ["texts/a.txt", "a"],
    ["C:\\corpus\\a.TXT", "a"],
  ])("finds the entry for %j", (fileName, key) => {
    const sidecar = parseSidecar("metadata.csv", `file,title\n${key},A title\n`);
    expect(sidecarFor(sidecar, fileName)?.title).toBe("A title");
    expect(sidecarKey(fileName)).toBe(key);
  });

  it.each([
    ["Headline", "title"],
    ["HEADLINE", "title"],
    ["Publisher", "outlet"],
    ["source", "outlet"],
    ["Published", "date"],
    ["publication date", "date"],
    ["Author", "byline"],
    ["link", "url"],
  ])("recognises the column %j as %s", (header, field) => {
    const value = field === "date" ? "2016-05-16" : field === "url" ? "https://example.com/a" : "Value";
    const sidecar = parseSidecar("metadata.csv", `File Name,${header}\na.txt,${value}\n`);
    expect(sidecar.get("a")).toHaveProperty(field);
    expect(sidecar.get("a")![field as "title"]).not.toBeNull();
  });

  describe("CSV", () => {
    it("follows RFC 4180: quoted commas, doubled quotes, line breaks and CRLF", () => {
      const csv = 'filename,title,byline\r\n"a.txt","Lavrov, Makei meet","Jane ""JD"" Doe"\r\nb.txt,"Two\r\nlines",\r\n';
      const sidecar = parseSidecar("metadata.csv", csv);
      expect(sidecar.get("a")!.title).toBe("Lavrov, Makei meet");
      expect(sidecar.get("a")!.byline).toBe('Jane "JD" Doe');
      expect(sidecar.get("b")!.title).toBe("Two lines");
      expect(sidecar.get("b")!.byline).toBeNull();
    });

    it("ignores a BOM and blank lines", () => {
      const sidecar = parseSidecar("metadata.csv", "\uFEFFfilename,title\n\na.txt,A\n\n");
      expect(sidecar.get("a")!.title).toBe("A");
    });
  });

  describe("dates", () => {
    it.each([
      ["2016-05-16", { year: 2016, month: 5, day: 16 }],
      ["16/05/2016", { year: 2016, month: 5, day: 16 }],
      ["May 16, 2016", { year: 2016, month: 5, day: 16 }],
      ["2016-05", { year: 2016, month: 5, day: null }],
      ["2016", { year: 2016, month: null, day: null }],
      ["June 5", { year: null, month: 6, day: 5 }],
    ])("reads %j with its precision", (value, date) => {
      const sidecar = parseSidecar("metadata.tsv", `filename\tdate\na\t${value}\n`);
      expect(sidecar.get("a")!.date).toEqual(date);
    });
  });

  describe("JSON", () => {
    it("accepts an object keyed by file name", () => {
      const json = JSON.stringify({ "a.txt": { headline: "A", publisher: "TASS", date: "2016-06-05", url: "https://tass.com/a" } });
      expect(parseSidecar("metadata.json", json).get("a")).toEqual({
        title: "A",
        outlet: "TASS",
        outletUrl: null,
        date: { year: 2016, month: 6, day: 5 },
        byline: null,
        url: "https://tass.com/a",
      });
    });

    it("accepts an array of entries with a file field", () => {
      const json = JSON.stringify([{ file: "a", title: "A", author: null }, { file: "b.txt", title: "B" }]);
      const sidecar = parseSidecar("metadata.json", json);
      expect(sidecar.get("a")!.byline).toBeNull();
      expect(sidecar.get("b")!.title).toBe("B");
    });
  });

  describe("errors name the file and the place", () => {
    it.each([
      ["metadata.tsv", "filename\ttitle\na\tA\nb\n", "metadata.tsv: line 3: expected 2 fields, found 1"],
      ["metadata.csv", "title,date\nA,2016\n", "metadata.csv: line 1: no file-name column"],
      ["metadata.csv", "filename,date\na,someday\n", 'metadata.csv: line 2: unreadable date "someday"'],
      ["metadata.csv", "filename,url\na,not a url\n", "metadata.csv: line 2: url:"],
      ["metadata.csv", "filename,title\na,A\na.txt,B\n", 'metadata.csv: line 3: duplicate entry for "a"'],
      ["metadata.csv", 'filename,title\na,B\nc,"C\nd,D\n', "metadata.csv: line 3: quoted field opened on line 3 is never closed"],
      ["metadata.json", "{ not json", "metadata.json: JSON:"],
      ["metadata.json", JSON.stringify([{ file: "a", title: ["x"] }]), "metadata.json: [0]:"],
      ["metadata.json", JSON.stringify([{ title: "A" }]), "metadata.json: [0]: missing the article's file name"],
      ["metadata.xml", "<a/>", "metadata.xml: file name:"],
    ])("%s with %j", (fileName, content, message) => {
      expect(() => parseSidecar(fileName, content)).toThrow(SidecarError);
      expect(() => parseSidecar(fileName, content)).toThrow(message);
    });
  });
});

describe("parseDelimited", () => {
  it("numbers rows by the line they start on", () => {
    const rows = parseDelimited('a,b\n"x\ny",z\nlast,row', ",", true);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 4]);
    expect(rows[1]!.cells).toEqual(["x\ny", "z"]);
  });

  it("leaves quotes alone in TSV", () => {
    expect(parseDelimited('"Dangerous" ad airs\tx', "\t", false)[0]!.cells).toEqual(['"Dangerous" ad airs', "x"]);
  });
});
