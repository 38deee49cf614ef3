import { UNKNOWN_DATE, type PartialDate } from "@/lib/domain/dates";
import { findDate } from "./dates";
import { lookupOutlet } from "./outlets";
import type { SidecarMetadata } from "./sidecar";
import type { Paragraph, ParsedArticle, Span, ValueSource } from "./types";

// Splits a plain-text news article into metadata (title, outlet, dateline, byline, date) and body
// paragraphs, keeping every span as offsets into the original string so statements found later can
// point back at the exact words. Nothing is normalised in place: CRLF, a BOM, tabs and odd spacing all
// stay in the source, and spans simply skip over them.
//
// Layout conventions this recognises (none is required; an article may have none of them):
//   title      the first paragraph, when it reads like a headline (short, no closing sentence, or
//              followed by a blank line); otherwise a title is derived from the lede and marked derived
//   date line  a short paragraph near the top that is just a date ("16/05/2016", "Published: March 3, 2016")
//   byline     "By Jane Doe" near the top
//   dateline   "MOSCOW, June 5. /TASS/.", "WASHINGTON (AP) —", "NEW YORK -" opening the first body
//              paragraph; the paragraph's span starts after it (the dateline is metadata, not words
//              anybody said), and an agency credit there names the outlet
//   footer     "… Published on Cuba Si (http://cubasi.cu)": boilerplate naming the outlet; text after
//              it is still body
//   related    "Read more:" lists and runs of short "- Headline" lines: kept as related headlines

export interface ParseArticleOptions {
  /** Folder metadata for this article (see sidecar.ts); its values win over what the text implies. */
  sidecar?: SidecarMetadata | null;
}

interface Block extends Span {
  text: string;
  /** A blank line (or the end of the text) follows this paragraph. */
  blankAfter: boolean;
}

interface Dateline {
  place: string;
  asWritten: string;
  span: Span;
  /** Where the body text starts after the dateline prefix. */
  bodyStart: number;
  date: PartialDate | null;
  agency: string | null;
}

// Regexes run on whole paragraphs; the length guards keep them cheap on very long lines.
const MAX_HEADER_CHARS = 600;
const MAX_BOILERPLATE_CHARS = 400;
const HEADER_PARAGRAPHS = 6;
const DERIVED_TITLE_WORDS = 12;

export function parseArticle(text: string, opts: ParseArticleOptions = {}): ParsedArticle {
  const blocks = splitParagraphs(text);
  const paragraphs: Paragraph[] = [];
  const relatedHeadlines: Paragraph[] = [];
  const boilerplate: Paragraph[] = [];

  let title: string | null = null;
  let titleSpan: Span | null = null;
  let published: PartialDate | null = null;
  let byline: string | null = null;
  let outlet: string | null = null;
  let outletUrl: string | null = null;
  let dateline: Dateline | null = null;
  let inHeader = true;

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const footer = matchFooter(block.text);
    if (footer) {
      boilerplate.push(toParagraph(block));
      outlet ??= footer.outlet;
      outletUrl ??= footer.url;
      continue;
    }
    if (isBoilerplate(block.text)) {
      boilerplate.push(toParagraph(block));
      continue;
    }
    const related = relatedRun(blocks, i);
    if (related > 0) {
      // A "Read more:" heading is boilerplate; the headlines under it are kept as related headlines.
      for (let j = i; j < i + related; j++) {
        const item = blocks[j]!;
        if (isRelatedHeading(item.text)) boilerplate.push(toParagraph(item));
        else relatedHeadlines.push(toParagraph(item));
      }
      i += related - 1;
      continue;
    }

    if (inHeader && i < HEADER_PARAGRAPHS && block.text.length <= MAX_HEADER_CHARS) {
      // The title is the first paragraph that is not boilerplate (a date line may come first).
      if (title === null && paragraphs.length === 0 && relatedHeadlines.length === 0 && looksLikeTitle(blocks, i)) {
        title = cleanTitle(block.text);
        titleSpan = { start: block.start, end: block.end };
        continue;
      }
      const date: PartialDate | null = published === null ? matchDateLine(block.text) : null;
      if (date) {
        published = date;
        boilerplate.push(toParagraph(block));
        continue;
      }
      const by: ReturnType<typeof matchByline> = byline === null ? matchByline(block.text) : null;
      if (by) {
        byline = by.byline;
        published ??= by.date;
        boilerplate.push(toParagraph(block));
        continue;
      }
    }

    if (inHeader) {
      inHeader = false;
      const found = matchDateline(text, block);
      if (found) {
        dateline = found;
        if (found.agency) {
          const known = lookupOutlet(found.agency);
          outlet ??= known ? known.name : found.agency;
          outletUrl ??= known ? known.url : null;
        }
        published ??= found.date;
        if (found.bodyStart < block.end) {
          paragraphs.push(toParagraph({ ...block, start: found.bodyStart, text: text.slice(found.bodyStart, block.end) }));
        } else {
          // A dateline on a line of its own ("MOSCOW, June 5 (TASS)"); the body starts below it.
          boilerplate.push(toParagraph(block));
        }
        continue;
      }
    }
    paragraphs.push(toParagraph(block));
  }

  const provenance: Record<string, ValueSource> = {};
  const sidecar = opts.sidecar ?? null;

  let titleDerived = false;
  if (sidecar?.title) {
    title = sidecar.title;
    provenance.title = "sidecar";
  } else if (title !== null) {
    provenance.title = "text";
  } else {
    title = deriveTitle(paragraphs);
    titleDerived = true;
    provenance.title = "derived";
  }

  if (sidecar?.outlet) {
    const known = lookupOutlet(sidecar.outlet);
    // A sidecar naming a different outlet than the text makes the text's URL meaningless.
    if (outlet === null || (known?.name ?? sidecar.outlet) !== outlet) outletUrl = null;
    outlet = known ? known.name : sidecar.outlet;
    provenance.outlet = "sidecar";
  } else if (outlet !== null) {
    provenance.outlet = "text";
  }
  if (sidecar?.outletUrl) {
    outletUrl = sidecar.outletUrl;
    provenance.outletUrl = "sidecar";
  } else if (outletUrl !== null) {
    provenance.outletUrl = provenance.outlet === "text" && text.includes(outletUrl) ? "text" : "derived";
  } else if (outlet !== null) {
    outletUrl = lookupOutlet(outlet)?.url ?? null;
    if (outletUrl !== null) provenance.outletUrl = "derived";
  }

  if (sidecar?.date && hasAnyPart(sidecar.date)) {
    published = mergeDates(sidecar.date, published);
    provenance.published = "sidecar";
  } else if (published !== null && hasAnyPart(published)) {
    provenance.published = "text";
  }

  if (sidecar?.byline) {
    byline = sidecar.byline;
    provenance.byline = "sidecar";
  } else if (byline !== null) {
    provenance.byline = "text";
  }

  const sourceUrl = sidecar?.url ?? null;
  if (sourceUrl !== null) provenance.sourceUrl = "sidecar";
  if (dateline !== null) provenance.dateline = "text";

  return {
    title: title ?? "",
    titleDerived,
    titleSpan,
    outlet,
    outletUrl,
    sourceUrl,
    dateline: dateline?.place ?? null,
    datelineAsWritten: dateline?.asWritten ?? null,
    datelineSpan: dateline?.span ?? null,
    byline,
    published: published ?? { ...UNKNOWN_DATE },
    paragraphs,
    relatedHeadlines,
    boilerplate,
    language: detectLanguage(paragraphs.map((p) => p.text).join("\n") || title || ""),
    provenance,
  };
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs

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

const LIST_MARKER = /^(?:[-–—•*▪►·]|\d{1,2}[.)]\s)/;
const SENTENCE_END = /[.!?…]["”’')\]]*$|["”’]$/;

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

function toParagraph(block: Span & { text: string }): Paragraph {
  return { start: block.start, end: block.end, text: block.text };
}

// ---------------------------------------------------------------------------------------------------
// Title

const QUOTE_THEN_SAID =
  /[,.?!]["”’']\s+(?:he|she|they|it|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*)\s+(?:said|says|added|told|asked|wrote)\b/u;

function looksLikeTitle(blocks: Block[], index: number): boolean {
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

function isTitleCase(words: string[]): boolean {
  const content = words.filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / content.length >= 0.75;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Collapses the title's whitespace and drops a lone closing period (headlines do not end in one). */
function cleanTitle(text: string): string {
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

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function firstSentence(text: string): string {
  for (const { segment } of sentenceSegmenter.segment(text)) {
    if (/\p{L}/u.test(segment)) return segment;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Date lines, bylines, datelines

const DATE_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+(?:on|at))?|dated?)\s*:?\s*/i;

/** A paragraph that is only a date (optionally labelled "Published:"), or null. */
export function matchDateLine(text: string): PartialDate | null {
  if (text.length > 80) return null;
  const rest = text.replace(DATE_LABEL, "").replace(/\s+/g, " ").trim();
  if (!/\d/.test(rest)) return null;
  const found = findDate(rest);
  if (!found) return null;
  // The date must be (nearly) the whole line; a sentence that mentions a date is body.
  const leftover = (rest.slice(0, found.index) + rest.slice(found.index + found.text.length))
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, "")
    .replace(/\b(?:[AaPp]\.?[Mm]\.?|E[SD]?T|UTC|GMT|[CMP][SD]?T)\b/g, "")
    .replace(/[\d\s.,:|/()–—-]+/g, "");
  return leftover.length <= 3 ? found.date : null;
}

const BYLINE = /^(?:by|by:|byline:|author:|written by)\s+(.+?)\.?$/i;
const BYLINE_NAME = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|del|la|le|bin|al-?\p{L}*))*$/u;

/** "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Associated Press | March 3, 2016". */
export function matchByline(text: string): { byline: string; date: PartialDate | null } | null {
  if (text.length > 160 || text.includes("\n")) return null;
  const match = BYLINE.exec(text.trim());
  if (!match) return null;
  let names = match[1]!;
  let date: PartialDate | null = null;
  const separator = /\s+[|·•—–]\s+|\s+-\s+/.exec(names);
  if (separator) {
    const tail = names.slice(separator.index + separator[0].length);
    date = matchDateLine(tail);
    if (date) names = names.slice(0, separator.index);
  }
  names = names.replace(/[\s,;.]+$/, "");
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/i).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  if (!parts.every((part) => BYLINE_NAME.test(part) && part.split(/\s+/).length <= 6)) return null;
  return { byline: names, date };
}

// Place: up to four all-caps words ("MOSCOW", "NEW YORK", "ST. LOUIS"), an optional region
// (", Va.", ", N.H.", ", Belarus"), an optional date (", June 5", ", Aug. 24", ", 16 May"), an optional
// agency credit ("/TASS/", "(AP)", "(Reuters)") and a separator (dash, colon, or the credit's period).
// Spaces in datelines are often no-break spaces ("WASHINGTON\u00a0— …").
const SP = "[ \\t\\u00a0]";
const DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’]*(?:(?:${SP}|-)\\p{Lu}[\\p{Lu}\\p{M}.'’]*){0,3})` +
    `(?<region>,${SP}*\\p{Lu}[\\p{L}.]*(?:${SP}\\p{Lu}[\\p{L}.]*)?)?` +
    `(?:,${SP}*(?<date>(?:\\p{L}{3,9}\\.?${SP}+\\d{1,2}|\\d{1,2}${SP}+\\p{L}{3,9}\\.?)(?:,?${SP}+\\d{4})?))?` +
    `${SP}*\\.?${SP}*` +
    `(?:(?:/(?<agency>[^/\\n]{2,30})/|\\((?<agency2>[^()\\n]{2,30})\\))${SP}*[.:]?${SP}*(?:[—–]|--?)?` +
    `|${SP}+(?:[—–]|--?))` +
    `${SP}*(?=[\"“‘'\\p{L}\\p{N}]|$)`,
  "u",
);

// All-caps labels that open a story the way a place does ("EXCLUSIVE — Trump said…").
const NOT_PLACES = new Set(
  "EXCLUSIVE BREAKING UPDATE UPDATED WATCH LOOK BOOM VIDEO PHOTOS OPINION ANALYSIS EDITORIAL COMMENTARY REVIEW LIVE FLASHBACK NEW JUST IN".split(
    " ",
  ),
);

function matchDateline(text: string, block: Block): Dateline | null {
  const head = text.slice(block.start, Math.min(block.end, block.start + 160));
  const match = DATELINE.exec(head);
  if (!match?.groups) return null;
  const place = match.groups.place!;
  if ((place.match(/\p{Lu}/gu) ?? []).length < 3 || NOT_PLACES.has(place.trim())) return null;
  const agency = (match.groups.agency ?? match.groups.agency2 ?? "").trim() || null;
  const region = match.groups.region ? match.groups.region.replace(/^,\s*/, "") : null;
  const date = match.groups.date ? findDate(match.groups.date)?.date ?? null : null;
  const placeText = titleCasePlace(place.trim());
  const asWritten = place.trim() + (region ? `, ${region}` : "");
  return {
    place: region ? `${placeText}, ${region}` : placeText,
    asWritten,
    span: { start: block.start, end: block.start + asWritten.length },
    bodyStart: block.start + match[0].length,
    date,
    agency,
  };
}

const LOWERCASE_PLACE_WORDS = new Set(["de", "del", "la", "le", "of", "on", "upon", "am", "an", "der"]);

/** "MOSCOW" → "Moscow", "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis". */
export function titleCasePlace(place: string): string {
  return place
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, index) =>
      index > 0 && LOWERCASE_PLACE_WORDS.has(word) ? word : word.replace(/^(\p{L})/u, (c) => c.toUpperCase()),
    )
    .join("");
}

// ---------------------------------------------------------------------------------------------------
// Boilerplate and related headlines

const FOOTER =
  /(?:^|\s)(?:published|originally published|first published|this (?:article|story) (?:first |originally )?appeared)\s+(?:on|in|at|by)\s+(?<name>[^()\n]{2,60}?)\s*\((?<url>https?:\/\/[^\s()]+)\)\W*$/i;

/** "… Published on Cuba Si (http://cubasi.cu)": the outlet's name and URL. */
export function matchFooter(text: string): { outlet: string; url: string } | null {
  if (text.length > MAX_BOILERPLATE_CHARS) return null;
  const match = FOOTER.exec(text);
  if (!match?.groups) return null;
  const known = lookupOutlet(match.groups.name!);
  return { outlet: known?.name ?? match.groups.name!.trim(), url: match.groups.url!.replace(/\/$/, "") };
}

const BOILERPLATE_PATTERNS: RegExp[] = [
  // Separators and decoration: nothing to read.
  /^[^\p{L}\p{N}]+$/u,
  // Labels left over from page layouts and database exports.
  /^(?:advertisement|abstract|full text|correction appended|continue reading(?: the main story)?|story continues below(?: advertisement)?|skip to (?:main )?content|share this(?: article| story)?|print this(?: article| page)?|email this(?: article| story)?|back to top)\W*$/iu,
  // Credits for reporting and editing.
  /^[-–—(\s]*(?:additional )?(?:reporting|writing|editing|compiled) by\b/i,
  /\bcontributed(?: reporting)? to this (?:report|article|story)\W*$/i,
  // Rights notices. A bare "©" is not enough: mis-decoded text spells "é" as "Ã©" (rÃ©sumÃ©).
  /©\s*\d{4}|\bcopyright\s+(?:©|\(c\)|\d{4})|\ball rights reserved\b/i,
  // Social and subscription prompts.
  /^(?:follow|like) (?:us|him|her|them|[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}) on (?:twitter|facebook|instagram|x)\b/iu,
  /^(?:twitter|email|e-mail|facebook|instagram|contact)\s*:\s*\S+\W*$/i,
  /^(?:sign up|subscribe|click here|tap here|download (?:the|our) app)\b/i,
  /^this (?:is a developing story|story is developing|(?:story|article|post) has been updated|(?:story|article) will be updated)\b/i,
  // Embedded markup and styles from scraped pages. Markup around text (an embedded tweet's words) is
  // kept: those words are someone's statement.
  /^(?:<\/?[a-z][^>]*>\s*)+\W*$/i,
  /^[.#@]?[a-z][\w-]*(?:\s+[\w.#:-]+)*\s*\{$/i,
  /^-?[a-z][a-z-]*\s*:\s*[^;]{1,80};$/,
  // Photo captions and credits.
  /^(?:photo|image|picture|caption|credit|photograph)s?(?: by)?\s*:/i,
  /\((?:photo|image|credit)s?:[^)]*\)\W*$/i,
];

// Short credit lines such as "Bloomberg via Getty Images." or "Ahmed Helal/LinkedIn.": they end in a
// credit and contain no lowercase words other than these connectors (so "He told Reuters." is body).
const CREDIT_TAIL =
  /(?:getty(?: images)?|ap photo(?:\/[^.]*)?|associated press|reuters|afp|epa|shutterstock|\/\s*(?:linkedin|facebook|twitter|instagram|flickr|youtube))\W*$/i;
const CREDIT_CONNECTORS = new Set(["via", "by", "of", "and", "for", "the", "photo", "images", "image", "file"]);

export function isBoilerplate(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS) return false;
  if (BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  if (text.length > 120 || !CREDIT_TAIL.test(text)) return false;
  const words = wordsOf(text);
  if (words.length <= 10) {
    return words.every((word) => !/^\p{Ll}/u.test(word) || CREDIT_CONNECTORS.has(word.toLowerCase()));
  }
  return false;
}

const RELATED_HEADING =
  /^(?:read more|read also|also read|related(?: (?:stories|articles|coverage|content|links))?|see also|more on this(?: story)?|more from [\p{L} ]{2,30}|recommended|you may also like|further reading|more news)\s*[:.]?$/iu;

function isRelatedHeading(text: string): boolean {
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
function relatedRun(blocks: Block[], index: number): number {
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

// ---------------------------------------------------------------------------------------------------
// Language

// Function words are the cheapest reliable signal: in English prose roughly a third to a half of all
// tokens are among these; in other languages almost none are. Only English gets statements.
const STOP_WORDS: Record<string, Set<string>> = {
  en: new Set(
    "the of and to a in that is was he she it for on with as his her at by said from be have has are were this not but they which or an had their who will would its been also after we i you there more about than".split(
      " ",
    ),
  ),
  es: new Set("el la los las de del que y en un una por para con se su es al lo como más pero sus".split(" ")),
  fr: new Set("le la les de des du et en un une est que qui pour dans par sur au aux pas ne il elle".split(" ")),
  de: new Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es".split(" ")),
  pt: new Set("o a os as de do da dos das que e em um uma para com não por se na no mais".split(" ")),
  it: new Set("il lo la gli le di del della che e è un una per con non si sono da nel alla".split(" ")),
};

/** ISO 639-1 code of the text's language when it is one of a few common ones, else "und". */
export function detectLanguage(text: string): string {
  // A few hundred words decide it; reading more only costs time. Words of other scripts (CJK,
  // Arabic…) are not counted, so such texts come out "und".
  const words = text
    .slice(0, 2500)
    .toLowerCase()
    .split(/[^a-z\u00C0-\u024F\u0400-\u04FF]+/)
    .filter((word) => word.length > 0)
    .slice(0, 400);
  if (words.length === 0) return "und";
  const cyrillic = words.filter((word) => word.charCodeAt(0) >= 0x400).length;
  if (cyrillic > words.length / 2) return "ru";
  let best = "und";
  let bestRatio = 0;
  for (const [language, stops] of Object.entries(STOP_WORDS)) {
    let hits = 0;
    for (const word of words) if (stops.has(word)) hits++;
    const ratio = hits / words.length;
    if (ratio > bestRatio) {
      best = language;
      bestRatio = ratio;
    }
  }
  // Headlines are light on function words, so short texts need less evidence.
  const threshold = words.length < 20 ? 0.08 : 0.15;
  return bestRatio >= threshold ? best : "und";
}

// ---------------------------------------------------------------------------------------------------
// Helpers

function hasAnyPart(date: PartialDate): boolean {
  return date.year !== null || date.month !== null || date.day !== null;
}

/**
 * The sidecar's date, with parts it lacks taken from the text when the two do not contradict each
 * other (sidecar "2016" + text "June 5" → 5 June 2016; sidecar "2016-05-16" ignores the text).
 */
function mergeDates(preferred: PartialDate, fallback: PartialDate | null): PartialDate {
  if (!fallback) return { ...preferred };
  const agrees = (a: number | null, b: number | null) => a === null || b === null || a === b;
  if (!agrees(preferred.year, fallback.year) || !agrees(preferred.month, fallback.month)) return { ...preferred };
  const year = preferred.year ?? fallback.year;
  const month = preferred.month ?? fallback.month;
  // Only borrow a finer part when every coarser part is known and agreed.
  const day = preferred.day ?? (month !== null && agrees(preferred.month, fallback.month) ? fallback.day : null);
  return { year, month, day };
}
