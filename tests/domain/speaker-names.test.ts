import { describe, expect, it } from "vitest";
import { linkSurnameKeys } from "@/lib/domain/speaker-keys";
import { corpusSpeakerFields, hasDebris, isFragmentName, roleProblem, withoutDebris } from "@/lib/domain/speaker-names";
import { genderOfFoldedFirstName, speakerKey } from "@/lib/ingest/names";

describe("roleProblem", () => {
  it.each(["Mr.", "Ms", "Mrs.", "Dr.", "Mr. Dr."])("%s is an honorific alone", (role) => {
    expect(roleProblem(role)).toBe("honorific");
  });

  it.each(["N. Ambassador", "Jersey Gov.", "research director for", "senior adviser to Mr", "Secretary of", "the", "''", "U.", "Former", "spokesman for the"])(
    "%s is a fragment",
    (role) => {
      expect(roleProblem(role)).toBe("fragment");
    },
  );

  it.each(["Sen.", "Former Florida Gov.", "U.N. Ambassador", "New Jersey Gov.", "Democratic pollster", "research director at the Urban Institute", "professor of economics", "Mr. Trump's campaign manager"])(
    "%s is a role",
    (role) => {
      expect(roleProblem(role)).toBeNull();
    },
  );
});

describe("withoutDebris", () => {
  it.each([
    ["Trump'", "Trump"],
    ["Sanders-", "Sanders"],
    ["Hillary Clinton'", "Hillary Clinton"],
    ["''", ""],
    ["Washington Post, the", "Washington Post"],
    ["“Obama", "Obama"],
    ["Trump.", "Trump"],
  ])("%s → %s", (text, clean) => {
    expect(withoutDebris(text)).toBe(clean);
    expect(hasDebris(text)).toBe(true);
  });

  it.each(["Donald Trump Jr.", "J.", "U.S.", "Martin O’Malley", "Alex Seitz-Wald", "Wealth-X", "Sinn Féin"])("keeps %s", (text) => {
    expect(withoutDebris(text)).toBe(text);
  });
});

describe("isFragmentName", () => {
  it.each([
    ["Trump-style", "person"],
    ["Texas-based Matt Mackowiak", "person"],
    ["Mr.", "person"],
    ["Washington Post, the", "organization"],
  ])("%s is a fragment", (name, kind) => {
    expect(isFragmentName(name, kind)).toBe(true);
  });

  it.each([
    ["Ludwig van Beethoven", "person"],
    ["Osama bin Laden", "person"],
    ["Nadia el Amrani", "person"],
    ["Ban Ki-moon", "person"],
    ["Kim Jong-un", "person"],
    ["Bureau of Labor Statistics", "organization"],
    ["Trump campaign", "organization"],
  ])("%s is a name", (name, kind) => {
    expect(isFragmentName(name, kind)).toBe(false);
  });
});

describe("corpusSpeakerFields", () => {
  it("moves a gendered courtesy title that was a surname's whole role into its name", () => {
    expect(corpusSpeakerFields({ name: "Trump", role: "Mr.", aliases: [], kind: "person" })).toEqual({ name: "Mr. Trump", role: null, aliases: ["Trump"] });
    expect(corpusSpeakerFields({ name: "Clinton", role: "Mrs", aliases: ["Clinton'"], kind: "person" })).toEqual({ name: "Mrs. Clinton", role: null, aliases: ["Clinton"] });
  });

  it("drops a courtesy title that says nothing of who is meant, and fragment roles", () => {
    expect(corpusSpeakerFields({ name: "John Ellis Bush", role: "Mr.", aliases: [], kind: "person" })).toEqual({ name: "John Ellis Bush", role: null, aliases: [] });
    expect(corpusSpeakerFields({ name: "Carson", role: "Dr.", aliases: [], kind: "person" })).toEqual({ name: "Carson", role: null, aliases: [] });
    expect(corpusSpeakerFields({ name: "Pete King", role: "York Congressman", aliases: [], kind: "person" }).role).toBeNull();
  });

  it("takes a hyphenated description out of a person's name into the role", () => {
    expect(corpusSpeakerFields({ name: "Co-anchor Norah O’Donnell", role: null, aliases: ["O’Donnell"], kind: "person" })).toEqual({
      name: "Norah O’Donnell",
      role: "Co-anchor",
      aliases: ["O’Donnell"],
    });
    expect(corpusSpeakerFields({ name: "Texas-based Matt Mackowiak", role: "Republican strategist", aliases: [], kind: "person" })).toEqual({
      name: "Matt Mackowiak",
      role: "Republican strategist",
      aliases: [],
    });
    // Not a description of someone named after it.
    expect(corpusSpeakerFields({ name: "Trump-style", role: null, aliases: [], kind: "person" }).name).toBe("Trump-style");
    expect(corpusSpeakerFields({ name: "Alex Seitz-Wald", role: null, aliases: [], kind: "person" }).name).toBe("Alex Seitz-Wald");
    expect(corpusSpeakerFields({ name: "Coca-Cola Enterprises", role: null, aliases: [], kind: "organization" }).name).toBe("Coca-Cola Enterprises");
  });

  it("keeps a role that is a role, and aliases without debris", () => {
    expect(corpusSpeakerFields({ name: "Bernie Sanders", role: "Vermont Sen.", aliases: ["Sanders-", "Sanders", "Bernie Sanders"], kind: "person" })).toEqual({
      name: "Bernie Sanders",
      role: "Vermont Sen.",
      aliases: ["Sanders"],
    });
  });
});

describe("gendered surname keys", () => {
  it("keys a surname with a gendered courtesy title by gender, apart from the bare surname", () => {
    expect(speakerKey("Mrs. Clinton")).toBe("p:clinton;f");
    expect(speakerKey("Ms. Clinton")).toBe("p:clinton;f");
    expect(speakerKey("Mr. Clinton")).toBe("p:clinton;m");
    expect(speakerKey("Clinton")).toBe("p:clinton");
    expect(speakerKey("Dr. Clinton")).toBe("p:clinton");
    expect(speakerKey("Mr. Bill Clinton")).toBe(speakerKey("Bill Clinton"));
  });

  it("links a gendered surname to the one person of that surname it can be, never across genders", () => {
    const keys = ["Mrs. Clinton", "Mr. Clinton", "Clinton", "Bill Clinton", "Hillary Clinton"].map((n) => speakerKey(n));
    const linked = linkSurnameKeys(keys, genderOfFoldedFirstName);
    expect(linked.get(speakerKey("Mrs. Clinton"))).toBe(speakerKey("Hillary Clinton"));
    expect(linked.get(speakerKey("Mr. Clinton"))).toBe(speakerKey("Bill Clinton"));
    // A bare surname says nothing of gender: two Clintons, no link.
    expect(linked.get(speakerKey("Clinton"))).toBe(speakerKey("Clinton"));
    // Only a man to link to: "Mrs. Makei" stays herself.
    const makei = linkSurnameKeys([speakerKey("Mrs. Makei"), speakerKey("Vladimir Makei")], genderOfFoldedFirstName);
    expect(makei.get(speakerKey("Mrs. Makei"))).toBe(speakerKey("Mrs. Makei"));
  });

  it("leaves a gendered surname apart when two people of that gender share it, or a name is given to both", () => {
    const trumps = ["Mr. Trump", "Donald Trump", "Eric Trump", "Melania Trump"].map((n) => speakerKey(n));
    expect(linkSurnameKeys(trumps, genderOfFoldedFirstName).get(speakerKey("Mr. Trump"))).toBe(speakerKey("Mr. Trump"));
    const epsteins = ["Ms. Epstein", "Lee Epstein", "Jane Epstein"].map((n) => speakerKey(n));
    expect(linkSurnameKeys(epsteins, genderOfFoldedFirstName).get(speakerKey("Ms. Epstein"))).toBe(speakerKey("Ms. Epstein"));
  });
});
