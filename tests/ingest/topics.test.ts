import { describe, expect, it } from "vitest";
import { autoKeyPhrases, autoTopicSlug, defaultTopics, isNounPhrase, taxonomySchema, tokenize, TopicMatcher } from "@/lib/ingest/topics";
import taxonomy from "@/editorial/topics.json";

describe("topic taxonomy (editorial/topics.json)", () => {
  it("is valid and has unique slugs", () => {
    const parsed = taxonomySchema.parse(taxonomy);
    const slugs = parsed.topics.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeGreaterThanOrEqual(50);
  });

  it.each(["missile-defense", "nato", "european-security", "disarmament", "arms-race", "csto", "osce", "russia-belarus-relations", "immigration", "health-care", "economy", "elections"])(
    "contains %s",
    (slug) => {
      expect(defaultTopics().topics.some((t) => t.slug === slug)).toBe(true);
    },
  );
});

describe("TopicMatcher", () => {
  const topics = defaultTopics();

  it.each([
    ["Russia and Belarus Will Coordinate Response to US Missile Shield", ["russia-belarus-relations", "missile-defense"]],
    ["the continuing efforts to build a US missile defense destabilize the situation", ["missile-defense"]],
    ["including those within the CSTO, where Belarus holds the rotating presidency", ["csto"]],
    ["decisions adopted by the OSCE and Russia-NATO summits", ["osce", "nato"]],
    ["a new arms race", ["arms-race"]],
    ["the initiatives on disarmament promoted by Russia", ["disarmament"]],
    ["the alliance’s military buildup", ["arms-race"]],
  ])("finds topics in “%s”", (text, expected) => {
    expect(topics.match(text)).toEqual(expect.arrayContaining(expected));
  });

  it("matches whole words only", () => {
    expect(topics.match("the natowide plan")).not.toContain("nato");
  });

  it("prefers the longest synonym at a position", () => {
    const m = new TopicMatcher([
      { slug: "weapons", label: "Weapons", synonyms: ["missile"] },
      { slug: "defense", label: "Defense", synonyms: ["missile defense"] },
    ]);
    expect(m.match("a missile defense system")).toEqual(["defense"]);
  });

  it("labels curated and automatic topics", () => {
    expect(topics.label("missile-defense")).toBe("Missile defense");
    expect(topics.label(autoTopicSlug("coordinated action"))).toBe("coordinated action");
  });
});

describe("autoKeyPhrases", () => {
  it("finds recurring phrases the taxonomy does not know", () => {
    const text =
      "The charter school vote divided the city. Supporters of the charter school plan rallied. " +
      "Opponents said the charter school plan drains money.";
    expect(autoKeyPhrases(text)[0]).toBe("charter school plan");
  });

  it("ignores phrases that are already curated synonyms", () => {
    const text = "The missile defense plan. Another missile defense plan. The missile defense plan again.";
    expect(autoKeyPhrases(text)).not.toContain("missile defense");
  });

  it("keeps only phrases that name a subject, not opinions that recur in quotes", () => {
    const text =
      "The senator called the harbor tunnel plan absolutely wrong. \"It is absolutely wrong,\" she said of the harbor tunnel. " +
      "Her aide said the toll was absolutely wrong going forward. \"We strongly believe the harbor tunnel must wait going forward,\" he said. " +
      "Backers strongly believe otherwise.";
    const phrases = autoKeyPhrases(text);
    expect(phrases).toContain("harbor tunnel");
    expect(phrases).not.toContain("absolutely wrong");
    expect(phrases).not.toContain("going forward");
    expect(phrases).not.toContain("strongly believe");
  });

  it.each([
    ["charter school plan", true], ["trade war", true], ["nuclear deal", true], ["tax cut", true], ["voting rights", true],
    ["north korea", true], ["united nations", true], ["health care", true], ["harbor tunnel", true], ["lavrov visit", true],
    ["absolutely wrong", false], ["going forward", false], ["strongly believe", false], ["really great", false],
    ["deeply concerned", false], ["totally unacceptable", false], ["extremely important", false], ["seeing broad strength", false],
    ["armed forces", true], ["rising prices", true], ["pledged delegates", true],
  ])("calls %j a noun phrase: %s", (phrase, expected) => {
    expect(isNounPhrase(phrase.split(" "))).toBe(expected);
  });

  it("makes kebab-case slugs", () => {
    expect(autoTopicSlug("charter school plan")).toBe("auto-charter-school-plan");
  });
});

describe("tokenize", () => {
  it("keeps offsets exact when lower-casing changes a character's length", () => {
    const text = "İstanbul talks on missile defense";
    const tokens = tokenize(text);
    const last = tokens[tokens.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe("defense");
  });
});
