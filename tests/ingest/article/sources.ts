import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { ParsedArticle } from "@/lib/ingest/types";

export const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url)), "utf8");
export const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), "utf8");

export const TASS = seed("000_055dbd569b79eb43.txt");
export const CUBA_SI = seed("001_48ddbee5b2988c17.txt");

/** Every span the parser returns must give back exactly its text, trimmed. */
export function expectExactSpans(source: string, article: ParsedArticle) {
  for (const span of [...article.paragraphs, ...article.relatedHeadlines, ...article.boilerplate]) {
    expect(source.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
  }
}
