import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";

// Every combination of the ways news writes who said something: the subject (a name, an honorific,
// an apposition, a description, a pronoun), what stands between it and the verb (an auxiliary, an
// adverb, a time), the verb, and what was said (a bare clause, a "that" clause, a quotation after a
// colon). Rules read on one article's sentence mend that sentence; the grid finds the shapes no
// article happened to show (an apposition and "on Monday" before "said" had been dropped).

const LEAD = "Mark Hewitt beat Geoff Pollard's favourite on Sunday, and Tennis Australia was pleased.";
const SUBJECTS: [string, string][] = [
  ["Mark Hewitt", "Mark Hewitt"],
  ["Mr Hewitt", "Mark Hewitt"],
  ["Hewitt, 23,", "Mark Hewitt"],
  ["Hewitt, the world number one,", "Mark Hewitt"],
  ["Hewitt, who lost in 2003,", "Mark Hewitt"],
  ["Hewitt - a former champion -", "Mark Hewitt"],
  ["The 23-year-old", "Mark Hewitt"],
  ["He", "Mark Hewitt"],
  ["Geoff Pollard, head of Tennis Australia,", "Geoff Pollard"],
  ["A Tennis Australia spokesman", "Tennis Australia"],
];
const BETWEEN = ["", "earlier ", "has also ", "had earlier ", "on Monday ", "last night ", "has since ", "repeatedly ", "then "];
const VERBS = ["said", "insisted", "warned", "admitted"];
const SAID: [string, string][] = [
  [" the surface was poor.", "the surface was poor"],
  [" that the surface was poor.", "the surface was poor"],
  [': "The surface is poor."', '"The surface is poor."'],
];

/** The speaker and words of each statement of the sentence, after the lead. */
function statementsOf(sentence: string): string[] {
  const text = `Court row\n\n${LEAD}\n\n${sentence}`;
  const { statements, speakers } = extractArticle(text, { key: "grid" });
  const at = text.indexOf(sentence);
  return statements.filter((s) => s.start >= at).map((s) => `${s.speakerIndex === null ? "(none)" : speakers[s.speakerIndex]!.name} | ${text.slice(s.start, s.end)}`);
}

describe("a grid of attribution shapes", () => {
  it(`reads every one of ${SUBJECTS.length * BETWEEN.length * VERBS.length * SAID.length} sentences with its speaker and its words`, () => {
    const wrong: string[] = [];
    for (const [subject, speaker] of SUBJECTS) {
      for (const between of BETWEEN) {
        for (const verb of VERBS) {
          for (const [said, words] of SAID) {
            const sentence = `${subject} ${between}${verb}${said}`;
            const found = statementsOf(sentence);
            if (found.length !== 1 || found[0] !== `${speaker} | ${words}`) wrong.push(`${sentence} => ${found.join(" ; ") || "(nothing)"}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
