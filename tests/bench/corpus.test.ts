import { beforeAll, describe, expect, it } from "vitest";
import {
  FIRST_YEAR,
  LAST_YEAR,
  generateArticle,
  personPoolSize,
  planArticle,
  profileSource,
  sidecarTsv,
  type SourceProfile,
} from "@/bench/corpus";
import { PERSON_POOL_CAPACITY, personName } from "@/bench/pools";
import { readSources } from "@/bench/sources";
import { parseSidecar } from "@/lib/ingest/sidecar";

// The benchmark corpus generator, on the project's own seeds and fixtures (what it falls back to
// without --corpus). Planning is cheap, so the variety promised at 100,000 articles is checked on the
// plans of a full 100,000-article corpus; texts are checked on a few articles.

let profiles: SourceProfile[];
beforeAll(() => {
  profiles = readSources(null).map(profileSource);
});

describe("the person pool", () => {
  it("gives every person a surname of their own, for well over 1,000 people", () => {
    expect(PERSON_POOL_CAPACITY).toBeGreaterThanOrEqual(2_000);
    const surnames = new Set(Array.from({ length: PERSON_POOL_CAPACITY }, (_, i) => personName(i).last));
    expect(surnames.size).toBe(PERSON_POOL_CAPACITY);
  });

  it.each([
    [1_000, 25],
    [20_000, 500],
    [100_000, 2_500],
  ])("grows with the corpus: %i articles draw on %i people", (articles, people) => {
    expect(personPoolSize(articles)).toBe(people);
  });
});

describe("generateArticle", () => {
  it("is deterministic given a seed", () => {
    const options = { articles: 1_000, seed: 7 };
    for (const i of [0, 1, 17, 999]) expect(generateArticle(profiles, options, i)).toEqual(generateArticle(profiles, options, i));
  });

  it("varies with the seed", () => {
    const a = Array.from({ length: 20 }, (_, i) => generateArticle(profiles, { articles: 1_000, seed: 1 }, i));
    const b = Array.from({ length: 20 }, (_, i) => generateArticle(profiles, { articles: 1_000, seed: 2 }, i));
    expect(a.map((x) => x.text)).not.toEqual(b.map((x) => x.text));
  });

  it("swaps the people a real text quotes for people of the pool", () => {
    const tass = profiles.findIndex((p) => p.name === "000_055dbd569b79eb43");
    expect(profiles[tass]!.people.map((p) => p.name)).toContain("Sergey Lavrov");
    const article = generateArticle(profiles, { articles: 1_000, seed: 7 }, tass);
    // Every form the extractor lists goes (a spelling it does not list, "Makei", may stay).
    expect(article.text).not.toMatch(/Lavrov|Makey/);
    expect(article.text).toContain("/TASS/");
  });

  it("gives each article a unique key and a sidecar row that ingest reads back", () => {
    const articles = Array.from({ length: 30 }, (_, i) => generateArticle(profiles, { articles: 30, seed: 3 }, i));
    expect(new Set(articles.map((a) => a.key)).size).toBe(30);
    const sidecar = parseSidecar("metadata.tsv", sidecarTsv(articles));
    const first = sidecar.get(articles[0]!.key);
    expect(first?.outlet).toBe(articles[0]!.outlet);
    expect(sidecar.size).toBe(30);
  });
});

describe("a planned corpus of 100,000 articles", () => {
  const options = { articles: 100_000, seed: 1 };
  let plans: ReturnType<typeof planArticle>[];
  beforeAll(() => {
    plans = Array.from({ length: options.articles }, (_, i) => planArticle(profiles, options, i));
  });

  it("quotes at least 1,000 distinct people", () => {
    expect(new Set(plans.flatMap((p) => p.people)).size).toBeGreaterThanOrEqual(1_000);
  });

  it("spreads its dates over at least five years, a few of them partial or unstated", () => {
    const years = new Set(plans.map((p) => p.date.slice(0, 4)).filter(Boolean));
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(LAST_YEAR - FIRST_YEAR + 1).toBe(years.size);
    expect(plans.some((p) => p.date === "")).toBe(true);
    expect(plans.some((p) => /^\d{4}-\d{2}$/.test(p.date))).toBe(true);
  });

  it("comes from many outlets, some much more often than others", () => {
    const byOutlet = new Map<string, number>();
    for (const p of plans) byOutlet.set(p.outlet, (byOutlet.get(p.outlet) ?? 0) + 1);
    const counts = [...byOutlet.values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThanOrEqual(30);
    expect(counts[0]!).toBeGreaterThan(5 * counts.at(-1)!);
  });

  it("adds quote paragraphs to short articles, aiming at about ten statements each", () => {
    const expected = plans.slice(0, 2_000).map(
      (p) => profiles[p.source]!.statements + p.donors.reduce((n, [d, q]) => n + profiles[d]!.quoteParagraphs[q]!.statements, 0),
    );
    const mean = expected.reduce((a, b) => a + b, 0) / expected.length;
    expect(mean).toBeGreaterThanOrEqual(6);
    expect(mean).toBeLessThanOrEqual(14);
  });
});
