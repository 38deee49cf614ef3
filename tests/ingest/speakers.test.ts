import { describe, expect, it } from "vitest";
import { extractStatements } from "@/lib/ingest/statements/extract-statements";
import { linkSurnameKeys } from "@/lib/domain/speaker-keys";
import { countriesIn, foldName, speakerKey } from "@/lib/ingest/names";
import { resolveSpeakers } from "@/lib/ingest/speakers";

/** Speaker name (or null) of each statement in a text whose lines are paragraphs. */
function speakersOf(text: string): Array<string | null> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  const statements = extractStatements(text, paragraphs);
  const { speakers, assignments } = resolveSpeakers(text, paragraphs, statements);
  return assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name));
}

function resolved(text: string) {
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  return resolveSpeakers(text, paragraphs, extractStatements(text, paragraphs));
}

describe("resolveSpeakers", () => {
  describe("pronoun speakers", () => {
    it("gives 'he said' to the last named speaker", () => {
      expect(speakersOf("Senator John Smith said the bill would pass.\n“It is a good bill,” he said.")).toEqual(["John Smith", "John Smith"]);
    });

    it("gives 'she said' to the last woman spoken of, not the last man", () => {
      const text = "Hillary Clinton met Bernie Sanders on Monday.\nClinton said the party was united.\n“We are stronger together,” she said.";
      expect(speakersOf(text)).toEqual(["Hillary Clinton", "Hillary Clinton"]);
    });

    it("leaves 'they said' unresolved", () => {
      expect(speakersOf("Officials met on Monday.\nThe deal is close, they said.")).toEqual([null]);
    });
  });

  describe("role descriptions", () => {
    it("resolves 'the minister' to the minister just quoted", () => {
      const text = "Russian Foreign Minister Sergey Lavrov met his Belarusian counterpart Vladimir Makei.\nVladimir Makei said the talks went well.\n“We agree on everything,” the minister said.";
      expect(speakersOf(text)).toEqual(["Vladimir Makei", "Vladimir Makei"]);
    });

    it("uses nationality to tell two ministers apart", () => {
      const text =
        "Belarusian Foreign Minister Vladimir Makei met Sergei Lavrov in Minsk.\nLavrov highlighted that Russia wants no confrontation.\nThe Belorussian minister said that the sides share concerns.\nAccording to the Russian minister, Europe must approve the principle.";
      expect(speakersOf(text)).toEqual(["Sergei Lavrov", "Vladimir Makei", "Sergei Lavrov"]);
    });

    it("leaves plural and indefinite sources unresolved rather than guessing", () => {
      const text = "Donald Trump spoke in Iowa.\nSeveral officials said the rally was crowded.\nA senior aide said the speech was rewritten.";
      expect(speakersOf(text)).toEqual([null, null]);
    });
  });

  describe("names", () => {
    it("merges transliteration variants into one speaker with aliases", () => {
      const { speakers } = resolved("Vladimir Makey arrived in Moscow.\nVladimir Makei said the visit was useful.\n“We meet regularly,” Makei said.");
      expect(speakers).toHaveLength(1);
      // Equally full forms: the surname spelling the article uses most wins (Makei twice, Makey once).
      expect(speakers[0]!.name).toBe("Vladimir Makei");
      expect(speakers[0]!.aliases).toEqual(expect.arrayContaining(["Vladimir Makey", "Makei"]));
    });

    it("prefers a role that says what someone is over how they relate to someone", () => {
      const { speakers } = resolved(
        "Lavrov met his Belarussian counterpart Vladimir Makei. Makei said the talks went well.\n“We agree,” the Belarusian foreign minister said.",
      );
      const makei = speakers.find((s) => s.name === "Vladimir Makei");
      expect(makei?.role).toBe("Belarusian foreign minister");
    });

    it("keeps the role written before a name", () => {
      const { speakers } = resolved("Russian Foreign Minister Sergey Lavrov said the talks were useful.");
      expect(speakers[0]).toMatchObject({ name: "Sergey Lavrov", role: "Russian Foreign Minister", kind: "person" });
    });

    it("tells Bill Clinton from Hillary Clinton", () => {
      const text = "Bill Clinton said the economy was better in the 1990s.\nHillary Clinton said the plan would create jobs.";
      expect(speakersOf(text)).toEqual(["Bill Clinton", "Hillary Clinton"]);
    });

    it("takes the name from an appositive after a description", () => {
      const text = "“We are winning,” said the campaign manager, Rich Beeson, in an interview.";
      expect(speakersOf(text)).toEqual(["Rich Beeson"]);
    });
  });

  describe("organizations", () => {
    it.each([
      ["The Belorussian news agency Belta reported that the visit includes several meetings.", "Belta"],
      ["A Clinton spokesman said the campaign raised $20 million.\nHillary Clinton spoke in Iowa.", null],
      ["Hillary Clinton spoke in Iowa.\nA Clinton spokesman said the campaign raised $20 million.", "Clinton campaign"],
      ["The State Department said the visas were revoked.", "State Department"],
      ["Support for the plan fell to 40 percent, according to a Gallup poll.", "Gallup"],
    ])("%s → %s", (text, name) => {
      const { speakers, assignments } = resolved(text);
      const last = assignments[assignments.length - 1]!;
      const speaker = last.speakerIndex === null ? null : speakers[last.speakerIndex]!;
      if (name === null) {
        // Without a Clinton named before, "a Clinton spokesman" is still the Clinton organization's.
        expect(speaker?.kind ?? "organization").toBe("organization");
      } else {
        expect(speaker).toMatchObject({ name, kind: "organization" });
      }
    });
  });
});

describe("speakerKey", () => {
  it.each([
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Vladimir Makey", "Vladimir Makei"],
    ["Sen. Ted Cruz", "Ted Cruz"],
    ["Donald J. Trump", "Donald Trump"],
    ["Hillary Rodham Clinton", "Hillary Clinton"],
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

describe("linkSurnameKeys", () => {
  it("attaches a surname-only key to the one first-named person with that surname", () => {
    const linked = linkSurnameKeys([speakerKey("Makei"), speakerKey("Vladimir Makey")]);
    expect(linked.get(speakerKey("Makei"))).toBe(speakerKey("Vladimir Makei"));
  });

  it("leaves a surname-only key alone when several people share the surname", () => {
    const keys = [speakerKey("Clinton"), speakerKey("Bill Clinton"), speakerKey("Hillary Clinton")];
    expect(linkSurnameKeys(keys).get(speakerKey("Clinton"))).toBe(speakerKey("Clinton"));
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
