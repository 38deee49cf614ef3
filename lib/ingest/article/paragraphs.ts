// Paragraphs of a plain-text article: runs of non-blank lines, joined only where a line plainly breaks
// mid-sentence, with spans trimmed of whitespace, BOMs and CRs (the text itself is never rewritten).

import { SENTENCE_END } from "../sentences";
import type { Paragraph, Span } from "../types";

export interface Block extends Span {
  text: string;
  /** A blank line (or the end of the text) follows this paragraph. */
  blankAfter: boolean;
}

const TRIM_CHARS = /[\s\uFEFF\u200B]/;

/** Non-blank runs of lines, with spans trimmed of surrounding whitespace (and BOMs, and CRs). */
export function splitParagraphs(text: string): Block[] {
  const lines: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && TRIM_CHARS.test(text[start]!)) start++;
    while (end > start && TRIM_CHARS.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end), blankAfter: false });
    else if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true;
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (lines.length > 0) lines[lines.length - 1]!.blankAfter = true;

  const hardWrapped = isHardWrapped(lines);
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    if (previous && !previous.blankAfter && continuesParagraph(previous.text, line.text, hardWrapped)) {
      previous.end = line.end;
      previous.text = text.slice(previous.start, previous.end);
      previous.blankAfter = line.blankAfter;
    } else {
      blocks.push({ ...line });
    }
  }
  return blocks;
}

/** A list item ("- Headline", "• point", "2. step"): never joined to the line before or after. */
const LIST_MARKER = /^(?:[-–—•*▪►·]|\d{1,2}[.)]\s)/;

/**
 * Text wrapped at a fixed width (e-mail, some archives) breaks lines mid-sentence throughout; news
 * text usually puts each paragraph on one line (TASS has no blank lines at all). Decided once per
 * text, because a single line break is ambiguous on its own.
 */
function isHardWrapped(lines: Block[]): boolean {
  let followed = 0;
  let broken = 0;
  for (const line of lines) {
    if (line.blankAfter || LIST_MARKER.test(line.text)) continue;
    followed++;
    if (line.text.length >= 40 && !SENTENCE_END.test(line.text)) broken++;
  }
  return broken >= 2 && broken * 2 >= followed;
}

// Otherwise a paragraph continues on the next line only when the line plainly breaks mid-sentence,
// as two-line headlines do ("…campaign; \nCandidates scramble…").
function continuesParagraph(previous: string, next: string, hardWrapped: boolean): boolean {
  const lastLine = previous.slice(previous.lastIndexOf("\n") + 1);
  if (LIST_MARKER.test(lastLine) || LIST_MARKER.test(next)) return false;
  if (hardWrapped) return true;
  if (SENTENCE_END.test(lastLine)) return false;
  return /[,;]$/.test(lastLine) || /^\p{Ll}/u.test(next);
}

export function toParagraph(block: Span & { text: string }): Paragraph {
  return { start: block.start, end: block.end, text: block.text };
}
