import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "@/lib/ingest/encoding";
import { runExtractJob } from "@/lib/load/extract-job";

// Mojibake as it arrives: UTF-8 bytes read as Windows-1252 or Latin-1 and saved again, once or twice.
// Made here with iconv-lite from correct text, so that each case can be checked against its original.

const misread = (text: string, as: "win1252" | "latin1", times = 1): string => {
  let out = text;
  for (let i = 0; i < times; i++) out = iconv.decode(Buffer.from(out, "utf8"), as);
  return out;
};

const ORIGINALS = [
  "Jesús Navas said “it’s over” — the fine was 5 € and the club’s reply “absurd”.",
  "Ça va, Müller? Ørsted’s naïve façade in Zürich, Ærø and São Paulo.",
  "„Grüß Gott“, sagte der Bürgermeister der Straße.",
  "«Café» déjà vu: l’été à Besançon.",
  "Москва и Αθήνα, 😀 and a £4bn deal.",
];

describe("repairMojibake", () => {
  it.each(ORIGINALS)("leaves correct text as it is: %s", (text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0, layers: 0, damaged: false });
  });

  it.each(ORIGINALS.flatMap((text) => [["win1252", 1], ["win1252", 2], ["latin1", 1], ["latin1", 2]].map(([as, times]) => [text, as, times] as const)))(
    "repairs %s read as %s %i time(s), exactly",
    (text, as, times) => {
      const broken = misread(text, as as "win1252" | "latin1", times as number);
      // Windows-1252 has no character for five bytes: text that needed them lost them, and says so.
      const lossy = as === "win1252" && /[”ŁсМΑθή😀]/u.test(text);
      const repair = repairMojibake(broken);
      if (lossy) {
        expect(repair.damaged).toBe(true);
      } else {
        expect(repair.text).toBe(text);
        expect(repair).toMatchObject({ layers: times, damaged: false });
      }
    },
  );

  it.each([
    ["a German closing quote after ß (would decode to an N'Ko letter)", "Gruß“ und Kuß“"],
    ["Portuguese capitals", "SÃO PAULO E ÃVILA"],
    ["a French quote after é", "«café» et «thé»"],
  ])("does not 'repair' %s", (_case, text) => {
    expect(repairMojibake(text).text).toBe(text);
  });

  it.each([
    ["replacement characters", "Jes\ufffds Navas"],
    ["a byte lost to a question mark", "It\u00e2\u20ac?s over"],
    ["a sequence missing its last byte (the issue's JesÃÂos)", "Jes\u00c3\u00c2os"],
    ["C1 controls from a Latin-1 read that lost a byte", "it\u00e2\u0080s"],
  ])("flags %s as damaged and keeps the text", (_case, text) => {
    const repair = repairMojibake(text);
    expect(repair.damaged).toBe(true);
  });
});

describe("mojibake at ingest", () => {
  const original = "Budget row deepens\n\nMADRID (Reuters) - \"We will not sign this budget,\" said Jesús Navas, the finance minister’s deputy.\n";
  const job = (input: string, title: string | null = null) =>
    runExtractJob({ key: "row-1", input, format: "jsonl", sidecar: title ? { title } : null }, { version: 1, corrections: [] });

  it("repairs the text and its metadata, records it, and gives offsets into the repaired text", () => {
    const result = job(misread(original, "win1252", 2), misread("Jesús speaks", "win1252"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(original);
    expect(result.encoding).toEqual({ repaired: expect.any(Number), layers: 2, damaged: false });
    expect(result.extracted.article.title).toBe("Jesús speaks");
    expect(result.extracted.article.provenance.encoding).toBe("repaired");
    const statement = result.extracted.statements[0]!;
    expect(original.slice(statement.start, statement.end)).toBe(statement.text);
    expect(result.extracted.speakers.map((s) => s.name)).toContain("Jesús Navas");
  });

  it("ingests damaged text as it is, flagged", () => {
    const damaged = original.replace("Jesús", "Jes\ufffds");
    const result = job(damaged);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBeNull();
    expect(result.extracted.article.provenance.encoding).toBe("damaged");
  });

  it("notes nothing for clean text", () => {
    const result = job(original);
    if (!result.ok) throw new Error(result.reason);
    expect(result.encoding).toBeNull();
    expect(result.extracted.article.provenance.encoding).toBeUndefined();
  });
});

describe("decomposed mojibake", () => {
  it("recomposes text whose mojibake was later decomposed (NFD), as found in a real corpus, and repairs it", () => {
    // "François" read as Latin-1 twice, then stored decomposed: "A" + U+0303 for "Ã", "A" + U+0302 for "Â".
    const stored = "French President Fran\u0041\u0303\u0083\u0041\u0302\u00a7ois Hollande";
    expect(repairMojibake(stored)).toEqual({ text: "French President François Hollande", repaired: 3, layers: 2, damaged: false });
  });

  it("leaves decomposed text without mojibake as it is", () => {
    const decomposed = "Cafe\u0301 and Zu\u0308rich";
    expect(repairMojibake(decomposed).text).toBe(decomposed);
  });
});
