import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";

// References across sentences, as grids: a lead introduces someone or a body in one of the ways news
// does, and the next paragraph refers back to them. A shape that fails here fails in every outlet
// that writes it: a first name no list of ours knows ("Lleyton", "Novak"), "by the Football
// Association" in a passive, "the governing body".

/** The speakers of the statements after the lead, "(none)" where nobody is named. */
function speakersAfter(lead: string, sentence: string): string[] {
  const text = `Court row\n\n${lead}\n\n${sentence}`;
  const { statements, speakers } = extractArticle(text, { key: "grid" });
  const at = text.indexOf(sentence);
  return statements.filter((s) => s.start >= at).map((s) => (s.speakerIndex === null ? "(none)" : speakers[s.speakerIndex]!.name));
}

function wrongIn(cases: [string, string, string][]): string[] {
  const wrong: string[] = [];
  for (const [lead, sentence, speaker] of cases) {
    const found = speakersAfter(lead, sentence);
    if (found.length !== 1 || found[0] !== speaker) wrong.push(`${lead} / ${sentence} => ${found.join(" ; ") || "(nothing)"}`);
  }
  return wrong;
}

describe("a person whose first name no list knows", () => {
  const NAMES: [string, string][] = [
    ["Mark Hewitt", "Hewitt"],
    ["Lleyton Hewitt", "Hewitt"],
    ["Novak Djokovic", "Djokovic"],
    ["Kemi Adeyemi", "Adeyemi"],
  ];
  const LEADS = [
    (n: string) => `${n} beat the favourite on Sunday.`,
    (n: string) => `${n}, 23, beat the favourite on Sunday.`,
    (n: string) => `Australian ${n} beat the favourite on Sunday.`,
    (n: string) => `On Sunday, ${n} beat the favourite.`,
    (n: string) => `${n} (pictured) beat the favourite on Sunday.`,
    (n: string) => `${n} beat Geoff Pollard's favourite on Sunday.`,
    (n: string) => `${n} has been the favourite since the draw was made in Melbourne.`,
    (n: string) => `${n} beat the favourite on Sunday to reach the final in Melbourne, where the crowd cheered.`,
  ];
  const REFERENCES = [
    () => "He said the surface was poor.",
    () => '"The surface is poor," he said.',
    () => 'Afterwards he told reporters: "The surface is poor."',
    () => "The 23-year-old said the surface was poor.",
    (s: string) => `${s} said the surface was poor.`,
    (s: string) => `"The surface is poor," said ${s}.`,
    (s: string) => `${s} (pictured) said the surface was poor.`,
    (s: string) => `${s} - a former champion - said the surface was poor.`,
    (s: string) => `But ${s} said the surface was poor.`,
  ];

  it(`is the one referred to, in ${NAMES.length * LEADS.length * REFERENCES.length} pairs of sentences`, () => {
    const cases: [string, string, string][] = [];
    for (const [name, surname] of NAMES) for (const lead of LEADS) for (const reference of REFERENCES) cases.push([lead(name), reference(surname), name]);
    expect(wrongIn(cases)).toEqual([]);
  });

  it("is not read where the name is inside a quotation, or a place", () => {
    expect(speakersAfter('Julian White was upbeat. "Gethin Jenkins is starting for them. He is very good," he added.', "He said the surface was poor.")).not.toContain("Gethin Jenkins");
    expect(speakersAfter("Ms. Acosta ran the bank. Even today, Puerto Rico tends to run everything through it.", "It was a good bank, she said.")).toEqual(["Acosta"]);
  });
});
