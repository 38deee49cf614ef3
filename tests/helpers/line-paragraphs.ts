import { expect } from "vitest";
import { extractStatements, type RawStatement } from "@/lib/ingest/statements/extract-statements";
import { resolveSpeakers } from "@/lib/ingest/speakers/resolve-speakers";
import type { Span } from "@/lib/ingest/types";

/** Each line of `text` is one paragraph. */
export function lineParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  return paragraphs;
}

/** The statements of a text whose lines are paragraphs, each with its text. */
export function extractLines(text: string): Array<RawStatement & { text: string }> {
  return extractStatements(text, lineParagraphs(text)).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** The one statement of a text; fails the test when there are more or none. */
export function onlyStatement(text: string): RawStatement & { text: string } {
  const found = extractLines(text);
  expect(found, JSON.stringify(found.map((s) => s.text))).toHaveLength(1);
  return found[0]!;
}

/** Statements and their resolved speakers for a text whose lines are paragraphs. */
export function resolveLines(text: string) {
  const paragraphs = lineParagraphs(text);
  return resolveSpeakers(text, paragraphs, extractStatements(text, paragraphs));
}

/** Speaker name (or null) of each statement in a text whose lines are paragraphs. */
export function speakersOf(text: string): Array<string | null> {
  const { speakers, assignments } = resolveLines(text);
  return assignments.map((a) => (a.speakerIndex === null ? null : speakers[a.speakerIndex]!.name));
}

/** Each statement's words and its speaker's name (or null), for a text whose lines are paragraphs. */
export function statementsAndSpeakers(text: string): Array<[string, string | null]> {
  const speakers = speakersOf(text);
  return extractLines(text).map((s, i) => [s.text, speakers[i]!]);
}
