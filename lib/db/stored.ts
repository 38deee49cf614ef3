import { z } from "zod";
import type { Span } from "@/lib/ingest/types";

// How values stored by ingest are read back: spans as JSON, FTS5 snippets with our own markers.

const spansSchema = z.array(z.object({ start: z.number().int(), end: z.number().int() }));

/**
 * A JSON value a query built (Dialect.jsonArray): SQLite hands it over as text, PostgreSQL's driver
 * as the value itself.
 */
export const parseJsonValue = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

/** A JSON column of { start, end } offsets (paragraphs, related headlines, boilerplate). */
export const parseSpans = (value: string): Span[] => spansSchema.parse(JSON.parse(value));

/** The characters FTS5's snippet() puts around matches in our queries: never in article text. */
export const SNIPPET_OPEN = "\u0001";
export const SNIPPET_CLOSE = "\u0002";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A snippet as HTML: everything from the corpus escaped first, then <mark> around the matches. */
export function markSnippet(raw: string): string {
  return escapeHtml(raw).replaceAll(SNIPPET_OPEN, "<mark>").replaceAll(SNIPPET_CLOSE, "</mark>");
}
