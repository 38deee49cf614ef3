import { describe, expect, it } from "vitest";
import { linkSurnameKeys } from "@/lib/domain/speaker-keys";
import { genderOfFoldedFirstName, speakerKey } from "@/lib/ingest/names";
import { formalNamesOf } from "@/lib/ingest/names-diminutives";

const link = (names: string[]) => linkSurnameKeys(names.map((n) => speakerKey(n)), genderOfFoldedFirstName, formalNamesOf);

describe("linkSurnameKeys", () => {
  it("attaches a surname-only key to the one first-named person with that surname", () => {
    const linked = linkSurnameKeys([speakerKey("Makei"), speakerKey("Vladimir Makey")]);
    expect(linked.get(speakerKey("Makei"))).toBe(speakerKey("Vladimir Makei"));
  });

  it("leaves a surname-only key alone when several people share the surname", () => {
    const keys = [speakerKey("Clinton"), speakerKey("Bill Clinton"), speakerKey("Hillary Clinton")];
    expect(linkSurnameKeys(keys).get(speakerKey("Clinton"))).toBe(speakerKey("Clinton"));
  });

  it("attaches a short first name to the one person of the surname whose name it is short for", () => {
    const linked = link(["Pete King", "Peter T. King", "Ben Rhodes", "Benjamin J. Rhodes", "Geoff Garin", "Geoffrey Garin"]);
    expect(linked.get(speakerKey("Pete King"))).toBe(speakerKey("Peter King"));
    expect(linked.get(speakerKey("Ben Rhodes"))).toBe(speakerKey("Benjamin Rhodes"));
    expect(linked.get(speakerKey("Geoff Garin"))).toBe(speakerKey("Geoffrey Garin"));
  });

  it("counts a short name and the full one as one person for a surname-only key, in whatever order the keys come", () => {
    const names = ["King", "Pete King", "Peter T. King", "Makei", "Vladimir Makei"];
    for (const order of [names, [...names].reverse()]) {
      expect(link(order).get(speakerKey("King"))).toBe(speakerKey("Peter King"));
      expect(link(order).get(speakerKey("Makei"))).toBe(speakerKey("Vladimir Makei"));
    }
  });

  it.each([
    ["a short name two people of the surname may have", ["Chris Shelton", "Christopher Shelton", "Christine Shelton"], "Chris Shelton"],
    ["different first names", ["John Bush", "Jeb Bush"], "Jeb Bush"],
    ["a full name that is not the short one's", ["Tom Burke", "Timothy Burke"], "Tom Burke"],
    ["another suffix", ["Don Trump Jr.", "Donald Trump"], "Don Trump Jr."],
  ])("leaves keys apart on %s", (_, names, name) => {
    expect(link(names).get(speakerKey(name))).toBe(speakerKey(name));
  });

  it("never links a short name to a name of the other gender", () => {
    const gender = (f: string) => (f === "jo" ? "male" : f === "josefine" ? "female" : null);
    const keys = [speakerKey("Jo March"), speakerKey("Josephine March")];
    expect(linkSurnameKeys(keys, gender, (f) => (f === "jo" ? ["josefine"] : [])).get(keys[0]!)).toBe(keys[0]);
    expect(linkSurnameKeys(keys, () => null, (f) => (f === "jo" ? ["josefine"] : [])).get(keys[0]!)).toBe(keys[1]);
  });
});
