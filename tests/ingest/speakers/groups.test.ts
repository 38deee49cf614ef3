import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";

function speakersOf(text: string): (string | null)[] {
  const { statements, speakers } = extractArticle(`Doping row\n\n${text}`, { key: "groups" });
  return statements.map((s) => (s.speakerIndex === null ? null : speakers[s.speakerIndex]!.name));
}

describe("a group the article named as two", () => {
  it("speaks as the pair's subject does: 'the pair', 'both men', 'the companies'", () => {
    expect(speakersOf("The Greek sprinters Kostas Kenteris and Katerina Thanou missed a test in August. The pair said they had been injured in a crash.")).toEqual(["Katerina Thanou"]);
    expect(speakersOf("Centerview was founded by Blair Effron and Robert Pruzan in 2006. Both men said there were no plans to sell shares.")).toEqual(["Robert Pruzan"]);
    expect(speakersOf("Airbus owners EADS and BAE Systems welcomed the talks. The companies said the dispute should end.")).toEqual(["BAE Systems"]);
  });

  it("is nobody when no two of its kind were named together", () => {
    expect(speakersOf("Katerina Thanou missed a test in August. Her coach was charged. The pair said they had been injured in a crash.")).toEqual([null]);
    expect(speakersOf("Kostas Kenteris and Katerina Thanou missed a test. The companies said they would pay the fines.")).toEqual([null]);
  });
});
