// Lines that are not the article's words: footers ("… Published on Cuba Si (http://cubasi.cu)"),
// layout labels, credits, rights notices, social prompts, stray markup, and lists of other stories
// ("Read more:" and runs of "- Headline" lines), which are kept apart as related headlines.

import { lookupOutlet } from "../outlets";
import { SENTENCE_END } from "../sentences";
import { isTitleCase, wordsOf } from "./title";
import type { Block } from "./paragraphs";

// Regexes run on whole paragraphs; the length guard keeps them cheap on very long lines.
const MAX_BOILERPLATE_CHARS = 400;

const FOOTER =
  /(?:^|\s)(?:published|originally published|first published|this (?:article|story) (?:first |originally )?appeared)\s+(?:on|in|at|by)\s+(?<name>[^()\n]{2,60}?)\s*\((?<url>https?:\/\/[^\s()]+)\)\W*$/i;

/** "… Published on Cuba Si (http://cubasi.cu)": the outlet's name and URL. */
export function matchFooter(text: string): { outlet: string; url: string } | null {
  if (text.length > MAX_BOILERPLATE_CHARS || !text.toLowerCase().includes("(http")) return null;
  const match = FOOTER.exec(text);
  if (!match?.groups) return null;
  const known = lookupOutlet(match.groups.name!);
  return { outlet: known?.name ?? match.groups.name!.trim(), url: match.groups.url!.replace(/\/$/, "") };
}

// Each pattern, with the words (in lower case) of which the paragraph must hold one for it to match,
// where the pattern is not anchored at the start: such a pattern is tried at every character.
const BOILERPLATE_PATTERNS: (RegExp | [RegExp, string[]])[] = [
  // Separators and decoration: nothing to read.
  /^[^\p{L}\p{N}]+$/u,
  // Labels left over from page layouts and database exports.
  /^(?:advertisement|abstract|full text|correction appended|continue reading(?: the main story)?|story continues below(?: advertisement)?|skip to (?:main )?content|share this(?: article| story)?|print this(?: article| page)?|email this(?: article| story)?|back to top)\W*$/iu,
  // Credits for reporting and editing.
  /^[-–—(\s]*(?:additional )?(?:reporting|writing|editing|compiled) by\b/i,
  [/\bcontributed(?: reporting)? to this (?:report|article|story)\W*$/i, ["contributed"]],
  // Rights notices. A bare "©" is not enough: mis-decoded text spells "é" as "Ã©" (rÃ©sumÃ©).
  [/©\s*\d{4}|\bcopyright\s+(?:©|\(c\)|\d{4})|\ball rights reserved\b/i, ["©", "copyright", "all rights reserved"]],
  // Social and subscription prompts.
  /^(?:follow|like) (?:us|him|her|them|[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}) on (?:twitter|facebook|instagram|x)\b/iu,
  /^(?:twitter|email|e-mail|facebook|instagram|contact)\s*:\s*\S+\W*$/i,
  /^(?:sign up|subscribe|click here|tap here|download (?:the|our) app)\b/i,
  /^this (?:is a developing story|story is developing|(?:story|article|post) has been updated|(?:story|article) will be updated)\b/i,
  // Embedded markup and styles from scraped pages. Markup around text (an embedded tweet's words) is
  // kept: those words are someone's statement.
  /^(?:<\/?[a-z][^>]*>\s*)+\W*$/i,
  [/^[.#@]?[a-z][\w-]*(?:\s+[\w.#:-]+)*\s*\{$/i, ["{"]],
  [/^-?[a-z][a-z-]*\s*:\s*[^;]{1,80};$/, [";"]],
  // Photo captions and credits.
  /^(?:photo|image|picture|caption|credit|photograph)s?(?: by)?\s*:/i,
  [/\((?:photo|image|credit)s?:[^)]*\)\W*$/i, ["(photo", "(image", "(credit"]],
];

// Short credit lines such as "Bloomberg via Getty Images." or "Ahmed Helal/LinkedIn.": they end in a
// credit and contain no lowercase words other than these connectors (so "He told Reuters." is body).
const CREDIT_TAIL =
  /(?:getty(?: images)?|ap photo(?:\/[^.]*)?|associated press|reuters|afp|epa|shutterstock|\/\s*(?:linkedin|facebook|twitter|instagram|flickr|youtube))\W*$/i;
const CREDIT_CONNECTORS = new Set(["via", "by", "of", "and", "for", "the", "photo", "images", "image", "file"]);

export function isBoilerplate(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS) return false;
  const lower = text.toLowerCase();
  if (BOILERPLATE_PATTERNS.some((p) => (Array.isArray(p) ? p[1].some((word) => lower.includes(word)) && p[0].test(text) : p.test(text)))) return true;
  if (text.length > 120 || !CREDIT_TAIL.test(text)) return false;
  const words = wordsOf(text);
  if (words.length <= 10) {
    return words.every((word) => !/^\p{Ll}/u.test(word) || CREDIT_CONNECTORS.has(word.toLowerCase()));
  }
  return false;
}

const RELATED_HEADING =
  /^(?:read more|read also|also read|related(?: (?:stories|articles|coverage|content|links))?|see also|more on this(?: story)?|more from [\p{L} ]{2,30}|recommended|you may also like|further reading|more news)\s*[:.]?$/iu;

export function isRelatedHeading(text: string): boolean {
  return text.length <= 60 && RELATED_HEADING.test(text.replace(/^[\s"“]+|[\s"”]+$/g, ""));
}

const LIST_ITEM = /^[-–—•*▪►·]\s*\S/;

function isHeadlineItem(text: string): boolean {
  if (text.length > 250 || text.includes("\n")) return false;
  const words = wordsOf(text);
  return words.length >= 2 && words.length <= 25;
}

/**
 * How many paragraphs from `index` form a list of other stories: a "Read more:" heading and the short
 * lines under it, or two or more short "- Headline" lines most of which do not end like a sentence.
 * 0 when there is no such list here.
 */
export function relatedRun(blocks: Block[], index: number): number {
  const first = blocks[index]!;
  if (isRelatedHeading(first.text)) {
    let end = index + 1;
    while (end < blocks.length && end - index <= 12 && isHeadlineItem(blocks[end]!.text)) {
      const item = blocks[end]!.text;
      // Unmarked items must still read like headlines: Title Case, or no closing punctuation.
      if (!LIST_ITEM.test(item) && !isTitleCase(wordsOf(item)) && (SENTENCE_END.test(item) || /:$/.test(item))) break;
      end++;
    }
    return end - index;
  }
  if (!LIST_ITEM.test(first.text)) return 0;
  // A single line of several "— Headline— Headline" links jammed together.
  if (!first.text.includes("\n") && (first.text.match(/[—–]\s?\p{Lu}/gu) ?? []).length >= 3 && isTitleCase(wordsOf(first.text))) {
    return 1;
  }
  let end = index;
  while (end < blocks.length && LIST_ITEM.test(blocks[end]!.text) && isHeadlineItem(blocks[end]!.text)) end++;
  const items = blocks.slice(index, end);
  if (items.length < 2) return 0;
  // Headlines are written without a full stop, or in Title Case; a list of sentences is body.
  const sentenceLike = items.filter((item) => SENTENCE_END.test(item.text) && !isTitleCase(wordsOf(item.text))).length;
  return sentenceLike * 2 < items.length ? items.length : 0;
}
