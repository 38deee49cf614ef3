// The title: the first paragraph when it reads like a headline, or one derived from the lede.

import { firstSentence, SENTENCE_END } from "../sentences";
import type { Paragraph } from "../types";
import { DATELINE } from "./dateline";
import { matchByline, matchDateLine } from "./header-lines";
import type { Block } from "./paragraphs";

const DERIVED_TITLE_WORDS = 12;

const QUOTE_THEN_SAID =
  /[,.?!]["”’']\s+(?:he|she|they|it|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*)\s+(?:said|says|added|told|asked|wrote)\b/u;

export function looksLikeTitle(blocks: Block[], index: number): boolean {
  const block = blocks[index]!;
  const next = blocks[index + 1];
  // A text that is all one paragraph has no title line; it is all body.
  if (!next) return false;
  const text = block.text;
  const words = wordsOf(text);
  if (words.length === 0 || matchDateLine(text) || matchByline(text)) return false;
  // "Headline; \nDeck…" — a headline and its subheading on two lines, as news databases export them;
  // the deck may run to several sentences.
  const lineBreak = text.indexOf("\n");
  const firstLine = lineBreak < 0 ? text : text.slice(0, lineBreak);
  if (lineBreak >= 0 && /;\s*$/.test(firstLine) && wordsOf(firstLine).length <= 20 && words.length <= 90) {
    return true;
  }
  if (words.length > 30 || text.length > 250) return false;
  // A dateline with a credit or a date opens a lede, not a headline ("MOSCOW, June 5. /TASS/. …").
  const dateline = DATELINE.exec(text.slice(0, 160));
  if (dateline?.groups && (dateline.groups.agency || dateline.groups.agency2 || dateline.groups.date)) return false;
  // More than two sentences is prose, not a headline.
  if ((text.match(/[.!?]["”’]?\s+["“‘]?\p{Lu}/gu) ?? []).length >= 2) return false;

  let score = 0;
  if (!SENTENCE_END.test(text)) score += 2;
  if (isTitleCase(words)) score += 1;
  if (block.blankAfter) score += 1;
  if (words.length <= 20) score += 1;
  if (QUOTE_THEN_SAID.test(text)) score -= 2;
  return score >= 2;
}

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into nor of on or over per the to up via vs with".split(" "),
);

export function isTitleCase(words: string[]): boolean {
  const content = words.filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / content.length >= 0.75;
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Collapses the title's whitespace and drops a lone closing period (headlines do not end in one). */
export function cleanTitle(text: string): string {
  const title = text.replace(/\s+/g, " ").trim();
  // Keep "U.S." or "Jr." whole: only drop the period after a word of two or more lowercase letters.
  return /(?:\p{Ll}{2}|\p{Lu}{2}|[\d"”’')])\.$/u.test(title) && !/\.\.$/.test(title) ? title.slice(0, -1) : title;
}

const TITLE_TRAILING_JUNK = new Set(
  "a an and as at but by for from in into nor of on or over per the to via with that which who whom whose his her its their our your my this these those is are was were be has have had will would".split(
    " ",
  ),
);

/** A short headline-like title from the lede: its first clause or sentence, at most ~12 words. */
export function deriveTitle(paragraphs: Paragraph[]): string {
  const lede = paragraphs.find((p) => /\p{L}/u.test(p.text));
  if (!lede) return "Untitled";
  const sentence = firstSentence(lede.text.slice(0, 1000)).replace(/\s+/g, " ").trim();
  let words = sentence.split(" ");
  let truncated = false;
  if (words.length > DERIVED_TITLE_WORDS + 2) {
    // Prefer ending at a clause boundary when there is one in a sensible place.
    let cut = -1;
    for (let i = DERIVED_TITLE_WORDS + 2; i >= 6; i--) {
      if (/[,;:]$/.test(words[i - 1]!) || words[i] === "—" || words[i] === "–") {
        cut = i;
        break;
      }
    }
    words = words.slice(0, cut > 0 ? cut : DERIVED_TITLE_WORDS);
    truncated = true;
  }
  // An opening quote with no closing one would leave half a quotation in the title.
  const open = words.findIndex((word) => /^["“‘]/.test(word) && !/["”’]$/.test(word));
  if (open >= 4 && !words.slice(open).some((word) => /["”’][,.;:!?]*$/.test(word))) {
    words = words.slice(0, open);
    truncated = true;
  }
  let title = words.join(" ").replace(/[\s,;:—–-]+$/u, "");
  if (truncated) {
    let parts = title.split(" ");
    while (parts.length > 3 && TITLE_TRAILING_JUNK.has(parts[parts.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ""))) {
      parts = parts.slice(0, -1);
    }
    title = `${parts.join(" ").replace(/[\s,;:—–-]+$/u, "")}…`;
  } else {
    title = title.replace(/[.]+$/, "");
  }
  return title || "Untitled";
}
