import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";
import { resolveLines as resolved } from "@/tests/helpers/line-paragraphs";

describe("resolveSpeakers", () => {
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
  });
});

describe("descriptions with capitalised words", () => {
  const first = (text: string) => extractArticle(`Title\n\n${text}`, { key: "k" });

  it("are descriptions, not names, when no word of them names the speaker", () => {
    const { statements, speakers } = first("Jose Marino criticised the referee on Sunday.\n\nThe Arsenal boss said the result was unfair.");
    const st = statements.at(-1)!;
    expect([speakers[st.speakerIndex!]?.name, st.speakerEvidence]).toEqual(["Jose Marino", "description"]);
  });

  it("are names when a word of them does", () => {
    const { statements } = first("Hillary Clinton spoke in Iowa.\n\nThe Clinton campaign said it raised $20 million.");
    expect(statements.at(-1)!.speakerEvidence).toBe("name");
  });

  it("read “the attorney general of the state of X” as the person in that office, not the place", () => {
    const { statements, speakers } = first("Attorney General Eric Sandler sued the firm.\n\nThe attorney general of the state of New Hampton said the deal was void.");
    const st = statements.at(-1)!;
    expect([speakers[st.speakerIndex!]?.name, st.speakerEvidence]).toEqual(["Eric Sandler", "description"]);
  });

  it("read “the former Beatle” as a person described, not an organisation", () => {
    const { statements, speakers } = first("Sir Paul Carney played in Moscow on Saturday.\n\nThe former Beatle said the crowd was amazing.");
    const st = statements.at(-1)!;
    expect([speakers[st.speakerIndex!], st.speakerEvidence]).toEqual([expect.objectContaining({ name: "Paul Carney", kind: "person" }), "description"]);
  });
});

describe("the evidence for an attribution", () => {
  const text = "Title\n\nRussian Foreign Minister Sergey Lavrov arrived in Minsk on Monday.\n\n“We agree on everything,” he said. “We meet regularly.”\n\nThe minister said the talks went well.\n\nLavrov said the visit was useful.";
  const named = (s: { speakerNamedSpan?: { start: number; end: number } | null }) => (s.speakerNamedSpan ? text.slice(s.speakerNamedSpan.start, s.speakerNamedSpan.end) : null);

  it.each([
    [0, "pronoun", "Sergey Lavrov"],
    [1, "description", "Sergey Lavrov"],
    [2, "name", null],
  ] as const)("statement %i: named by %s, named in full at %s", (i, evidence, name) => {
    const st = extractArticle(text, { key: "k" }).statements[i]!;
    expect([st.speakerEvidence, named(st)]).toEqual([evidence, name]);
  });
});
