import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/ingest/extract";
import { linkSurnameKeys } from "@/lib/domain/speaker-keys";
import { speakerKey } from "@/lib/ingest/names";
import type { ExtractedArticle, ExtractedStatement } from "@/lib/ingest/types";

// The two seed articles hold 20 statements and nothing else (issue 3, "The seeds, exactly"). These are
// expectations about the general extractor's output; nothing in lib/ingest knows these texts.

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const TASS_FILE = "000_055dbd569b79eb43.txt";
const CUBA_FILE = "001_48ddbee5b2988c17.txt";

function load(file: string): { text: string; result: ExtractedArticle } {
  const text = readFileSync(path.join(SEEDS, file), "utf8");
  return { text, result: extractArticle(text, { key: file }) };
}

const tass = load(TASS_FILE);
const cuba = load(CUBA_FILE);

function speakerOf(result: ExtractedArticle, st: ExtractedStatement): string | null {
  return st.speakerIndex === null ? null : result.speakers[st.speakerIndex]!.name;
}

function find(result: ExtractedArticle, snippet: string): ExtractedStatement {
  const hits = result.statements.filter((s) => s.text.includes(snippet));
  expect(hits, `one statement containing "${snippet}"`).toHaveLength(1);
  return hits[0]!;
}

function countBySurname(result: ExtractedArticle): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const st of result.statements) {
    const name = speakerOf(result, st) ?? "(none)";
    const surname = name.split(" ").pop()!.replace(/^Makey$/, "Makei");
    counts[surname] = (counts[surname] ?? 0) + 1;
  }
  return counts;
}

describe("seed articles", () => {
  it("hold 20 statements: 10 in TASS, 10 (or 11, when 'discussed… and he also reaffirmed…' is split) in Cuba Si", () => {
    expect(tass.result.statements).toHaveLength(10);
    expect([10, 11]).toContain(cuba.result.statements.length);
  });

  it("gives TASS's statements to Lavrov (4) and Makei (6)", () => {
    expect(countBySurname(tass.result)).toEqual({ Lavrov: 4, Makei: 6 });
  });

  it("gives Cuba Si's statements to Makei (4), Lavrov (5, or 6 when split) and Belta (1)", () => {
    const counts = countBySurname(cuba.result);
    expect(counts.Makei).toBe(4);
    expect([5, 6]).toContain(counts.Lavrov);
    expect(counts.Belta).toBe(1);
    expect(Object.keys(counts).sort()).toEqual(["Belta", "Lavrov", "Makei"]);
  });

  it.each([
    [TASS_FILE, "he will discuss with his Belarussian counterpart", "Lavrov", "indirect"],
    [TASS_FILE, "We are going to discuss with NATO", "Lavrov", "direct"],
    [TASS_FILE, "contradict decisions adopted by the OSCE", "Lavrov", "mixed"],
    [TASS_FILE, "Concerted action by our countries", "Lavrov", "direct"],
    [TASS_FILE, "the deployment of missile defense elements in Europe and the reinforcement of the NATO eastern flank are undermining", "Makei", "indirect"],
    [TASS_FILE, "The deployment of missile defense elements in Europe and the reinforcement of NATO’s eastern flank", "Makei", "direct"],
    [TASS_FILE, "The argumentation of such actions is well-known", "Makei", "indirect"],
    [TASS_FILE, "But this does not make it look any more convincing", "Makei", "direct"],
    [TASS_FILE, "Mildly speaking, NATO does not want", "Makei", "direct"],
    [TASS_FILE, "This sharply narrows variants for cooperation", "Makei", "direct"],
    [CUBA_FILE, "Minsk will support the initiatives on disarmament", "Makei", "indirect"],
    [CUBA_FILE, "Minsk and Moscow share concerns", "Makei", "mixed"],
    [CUBA_FILE, "there is no disagreement at all with Moscow", "Makei", "indirect"],
    [CUBA_FILE, "We meet regularly within different international formats", "Makei", "direct"],
    [CUBA_FILE, "neither Russia nor Belarus are in favor", "Lavrov", "indirect"],
    [CUBA_FILE, "Europe must approve the principle", "Lavrov", "indirect"],
    [CUBA_FILE, "the sides have discussed the overall security situation", "Lavrov", null],
    [CUBA_FILE, "these efforts were unsuccessful", "Lavrov", "indirect"],
    [CUBA_FILE, "constructive agreement to find a way out", "Lavrov", "mixed"],
    [CUBA_FILE, "the visit to Minsk by the head of Kremlin diplomacy", "Belta", "indirect"],
  ])("%s: “%s…” is said by %s", (file, snippet, surname, kind) => {
    const { result } = file === TASS_FILE ? tass : cuba;
    const st = find(result, snippet);
    expect(speakerOf(result, st)?.replace("Makey", "Makei")).toMatch(new RegExp(`${surname}$`));
    if (kind) expect(st.kind).toBe(kind);
  });

  it("keeps the split quotation as one statement from the first quote mark to the last", () => {
    const st = find(tass.result, "We are going to discuss with NATO");
    expect(st.text.startsWith('"We are going')).toBe(true);
    expect(st.text.endsWith('situation in Europe."')).toBe(true);
    expect(st.rule).toBe("direct-quote-split");
  });

  it("spans the reported clause, not the 'X said' clause", () => {
    const st = find(tass.result, "he will discuss");
    expect(st.text.startsWith("he will discuss")).toBe(true);
    expect(st.speakerAsWritten).toBe("Russian Foreign Minister Sergey Lavrov");
    expect(st.cue).toBe("said");
  });

  it("points every statement back at its exact words", () => {
    for (const { text, result } of [tass, cuba]) {
      for (const st of result.statements) {
        expect(text.slice(st.start, st.end)).toBe(st.text);
        expect(st.confidence).toBeGreaterThanOrEqual(0);
        expect(st.confidence).toBeLessThanOrEqual(1);
        expect(st.rule).toMatch(/^[a-z-]+$/);
      }
    }
  });

  it("never takes statements from related headlines or the publisher footer", () => {
    for (const { result } of [tass, cuba]) {
      for (const st of result.statements) {
        for (const block of [...result.article.relatedHeadlines, ...result.article.boilerplate]) {
          expect(st.end <= block.start || st.start >= block.end).toBe(true);
        }
      }
    }
    expect(tass.result.statements.some((s) => /Putin/.test(s.text))).toBe(false);
  });

  it("resolves pronouns and role descriptions to the named minister", () => {
    const theMinister = find(tass.result, "The deployment of missile defense elements in Europe and the reinforcement of NATO’s");
    expect(theMinister.speakerAsWritten).toBe("the minister");
    const belorussian = find(cuba.result, "Minsk and Moscow share concerns");
    expect(belorussian.speakerAsWritten).toBe("the Belorussian minister");
    const russian = find(cuba.result, "Europe must approve");
    expect(russian.speakerAsWritten).toBe("the Russian minister");
    expect(speakerOf(cuba.result, russian)).toBe("Sergei Lavrov");
  });

  it("merges transliteration variants into one speaker with aliases and keeps roles", () => {
    const makei = tass.result.speakers.find((s) => /Make[iy]$/.test(s.name))!;
    expect(makei.aliases.concat(makei.name)).toEqual(expect.arrayContaining(["Vladimir Makey", "Vladimir Makei"]));
    const lavrov = tass.result.speakers.find((s) => s.name === "Sergey Lavrov")!;
    expect(lavrov.role).toBe("Russian Foreign Minister");
    expect(tass.result.speakers).toHaveLength(2);
  });

  it("treats the news agency Belta as an organization speaker", () => {
    const belta = cuba.result.speakers.find((s) => s.name === "Belta");
    expect(belta?.kind).toBe("organization");
  });

  it("has one speaker for Lavrov and one for Makei across both articles", () => {
    const keys = [...tass.result.speakers, ...cuba.result.speakers]
      .filter((s) => s.kind === "person")
      .map((s) => [s.name, speakerKey(s.name)] as const);
    const linked = linkSurnameKeys(keys.map(([, k]) => k));
    const byPerson = new Map<string, Set<string>>();
    for (const [name, key] of keys) {
      const person = /Lavrov/.test(name) ? "Lavrov" : "Makei";
      byPerson.set(person, (byPerson.get(person) ?? new Set()).add(linked.get(key)!));
    }
    expect(byPerson.get("Lavrov")!.size).toBe(1);
    expect(byPerson.get("Makei")!.size).toBe(1);
    expect([...byPerson.get("Lavrov")!][0]).not.toBe([...byPerson.get("Makei")!][0]);
  });

  it("tags statements with topics from their whole sentence", () => {
    expect(find(cuba.result, "these efforts were unsuccessful").topics).toContain("missile-defense");
    expect(find(tass.result, "Concerted action").topics).toContain("csto");
    expect(tass.result.topics).toEqual(expect.arrayContaining(["nato", "missile-defense"]));
  });

  it("gives statement ids that depend on the article key and text only", () => {
    const again = extractArticle(tass.text, { key: TASS_FILE });
    expect(again.statements.map((s) => s.id)).toEqual(tass.result.statements.map((s) => s.id));
    const other = extractArticle(tass.text, { key: "another-name.txt" });
    expect(other.statements[0]!.id).not.toBe(tass.result.statements[0]!.id);
  });
});
