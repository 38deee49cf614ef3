import { describe, expect, it } from "vitest";
import { countriesIn, countryOf, foldName, genderOfFirstName, speakerKey } from "@/lib/ingest/names";

describe("speakerKey", () => {
  it.each([
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Vladimir Makey", "Vladimir Makei"],
    ["Sen. Ted Cruz", "Ted Cruz"],
    ["Donald J. Trump", "Donald Trump"],
    ["Hillary Rodham Clinton", "Hillary Clinton"],
    ["Lord Nicholls of Birkenhead", "Lord Nicholls"],
  ])("%s = %s", (a, b) => {
    expect(speakerKey(a)).toBe(speakerKey(b));
  });

  it.each([
    ["Bill Clinton", "Hillary Clinton"],
    ["Donald Trump", "Donald Trump Jr."],
    ["Makei", "Vladimir Makei"],
  ])("%s ≠ %s", (a, b) => {
    expect(speakerKey(a)).not.toBe(speakerKey(b));
  });

  it("keys organizations apart from people", () => {
    expect(speakerKey("Belta", "organization")).toBe(speakerKey("BelTA", "organization"));
    expect(speakerKey("Belta", "organization")).not.toBe(speakerKey("Belta"));
  });
});

describe("name normalization", () => {
  it.each([
    ["Belarussian", "Belorussian"],
    ["Belarusian", "Belorussian"],
    ["Makey", "Makei"],
    ["Sergey", "Sergei"],
  ])("folds %s and %s together", (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it("reads countries from adjectives and 'of' phrases", () => {
    expect(countriesIn("the Foreign Minister of Belarus")).toEqual(["Belarus"]);
    expect(countriesIn("the Belorussian minister")).toEqual(["Belarus"]);
    expect(countriesIn("the Russian minister")).toEqual(["Russia"]);
  });
});

describe("countryOf", () => {
  it("knows every country by its English name, not only those with adjectives listed", () => {
    for (const country of ["Mongolia", "Eritrea", "Kyrgyzstan", "Malawi"]) expect(countryOf(country)).toBe(country);
  });

  it("knows every country by its adjective too, where the adjective names one country", () => {
    for (const [adjective, country] of [["Albanian", "Albania"], ["Eritrean", "Eritrea"], ["Malian", "Mali"], ["Kirghiz", "Kyrgyzstan"]]) expect(countryOf(adjective!)).toBe(country);
    // "Congolese" and "Korean" name two countries each; "Jordanian" a country whose name is a first name.
    for (const adjective of ["Congolese", "Korean", "Jordanian"]) expect(countryOf(adjective)).toBeNull();
  });

  it("takes no first name or common word for a country unless the lists say so", () => {
    for (const word of ["Chad", "Jersey", "Guinea", "Dominica"]) expect(countryOf(word)).toBeNull();
  });
});

describe("genderOfFirstName", () => {
  it("reads a name ending in -a that stdlib gives to women only, and no other of its names", () => {
    expect(genderOfFirstName("Imelda")).toBe("female");
    expect(genderOfFirstName("Conchita")).toBe("female");
    // On stdlib's women's list only, wrongly: not read.
    expect(genderOfFirstName("Philippe")).toBeNull();
    expect(genderOfFirstName("Graeme")).not.toBe("female");
    // Men's names ending in -a are on its men's list.
    for (const name of ["Nikita", "Ezra", "Sasha", "Elia"]) expect(genderOfFirstName(name)).not.toBe("female");
  });
});
