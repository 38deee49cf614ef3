// Splits a plain-text news article into metadata (title, outlet, dateline, byline, date) and body
// paragraphs, keeping every span as offsets into the original string so statements found later can
// point back at the exact words. Nothing is normalised in place: CRLF, a BOM, tabs and odd spacing all
// stay in the source, and spans simply skip over them.
//
// Layout conventions this recognises (none is required; an article may have none of them):
//   title      the first paragraph, when it reads like a headline (short, no closing sentence, or
//              followed by a blank line); otherwise a title is derived from the lede and marked derived
//   date line  a short paragraph that is just a date ("16/05/2016", "Published: March 3, 2016",
//              "Tue 3 Mar 2020 14.05 GMT"), near the top or at the foot
//   byline     "By Jane Doe" near the top, or under the title without "By" ("Jane Doe, Associated
//              Press", "Patricia Wren in Brussels")
//   dateline   "MOSCOW, June 5. /TASS/.", "WASHINGTON (AP) —", "LONDON, March 3, 2019.", "Paris (AFP) -"
//              opening the first body paragraph; the paragraph's span starts after it (the dateline
//              is metadata, not words anybody said), and an agency credit there names the outlet, as
//              one glued to the first word does ("(CNN)Blues legend…")
//   footer     "… Published on Cuba Si (http://cubasi.cu)": boilerplate naming the outlet; text after
//              it is still body
//   related    "Read more:" lists and runs of short "- Headline" lines: kept as related headlines

import { UNKNOWN_DATE } from "@/lib/domain/dates";
import { lookupOutlet } from "../outlets";
import type { SidecarMetadata } from "../sidecar";
import type { Paragraph, ParsedArticle } from "../types";
import { isBoilerplate, isRelatedHeading, matchFooter, relatedRun } from "./boilerplate";
import { matchDateline } from "./dateline";
import { isUpdateLine, matchBareByline, matchByline, matchDateLine } from "./header-lines";
import { detectLanguage } from "./language";
import { settleMetadata, type TextMetadata } from "./metadata";
import { splitParagraphs, toParagraph, type Block } from "./paragraphs";
import { cleanTitle, looksLikeTitle } from "./title";

export interface ParseArticleOptions {
  /** Metadata given beside the text: a sidecar row or a table's columns (see sidecar.ts); it wins over the text. */
  sidecar?: SidecarMetadata | null;
  /** Metadata read from a saved page's markup (meta tags, JSON-LD): below a sidecar, above the text. */
  markup?: SidecarMetadata | null;
}

// Regexes run on whole paragraphs; the length guard keeps them cheap on very long lines.
const MAX_HEADER_CHARS = 600;
const HEADER_PARAGRAPHS = 6;

export function parseArticle(text: string, opts: ParseArticleOptions = {}): ParsedArticle {
  const layout = readLayout(text);
  const { paragraphs, dateline } = layout;
  const meta = settleMetadata(layout, { sidecar: opts.sidecar, markup: opts.markup }, text, paragraphs);
  return {
    title: meta.title,
    titleDerived: meta.titleDerived,
    titleSpan: layout.titleSpan,
    outlet: meta.outlet,
    outletUrl: meta.outletUrl,
    sourceUrl: meta.sourceUrl,
    dateline: dateline?.place ?? null,
    datelineAsWritten: dateline?.asWritten ?? null,
    datelineSpan: dateline?.span ?? null,
    byline: meta.byline,
    published: meta.published ?? { ...UNKNOWN_DATE },
    paragraphs,
    relatedHeadlines: layout.relatedHeadlines,
    boilerplate: layout.boilerplate,
    language: detectLanguage(leadingText(paragraphs) || meta.title || ""),
    provenance: meta.provenance,
  };
}

/** Every non-empty line in exactly one place: title, body, related headlines or boilerplate. */
interface Layout extends TextMetadata {
  /** The date read so far is a revision's ("Updated …"): a publication date read later wins. */
  publishedByUpdate: boolean;
  paragraphs: Paragraph[];
  relatedHeadlines: Paragraph[];
  boilerplate: Paragraph[];
}

function readLayout(text: string): Layout {
  const blocks = splitParagraphs(text);
  const layout: Layout = {
    title: null,
    titleSpan: null,
    outlet: null,
    outletUrl: null,
    published: null,
    publishedByUpdate: false,
    byline: null,
    dateline: null,
    paragraphs: [],
    relatedHeadlines: [],
    boilerplate: [],
  };
  let inHeader = true;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const header = inHeader && i < HEADER_PARAGRAPHS && block.text.length <= MAX_HEADER_CHARS;
    if (header && takeBareByline(layout, block, i)) continue;
    if (takeBoilerplate(layout, block)) continue;
    const related = relatedRun(blocks, i);
    if (related > 0) {
      // A "Read more:" heading is boilerplate; the headlines under it are kept as related headlines.
      for (let j = i; j < i + related; j++) {
        const item = blocks[j]!;
        if (isRelatedHeading(item.text)) layout.boilerplate.push(toParagraph(item));
        else layout.relatedHeadlines.push(toParagraph(item));
      }
      i += related - 1;
      continue;
    }
    if (header && takeHeaderLine(layout, blocks, i)) continue;
    if (inHeader) {
      inHeader = false;
      if (takeDateline(layout, text, block)) continue;
    }
    if (takeDateLine(layout, block)) continue;
    // Under a standfirst, which ends the header: "By Danny Whitmore, Football Reporter" is still the byline.
    if (i < HEADER_PARAGRAPHS && takeByline(layout, block)) continue;
    layout.paragraphs.push(toParagraph(block));
  }
  return layout;
}

/** A footer (which may name the outlet) or another boilerplate line. */
function takeBoilerplate(layout: Layout, block: Block): boolean {
  const footer = matchFooter(block.text);
  if (footer) {
    layout.boilerplate.push(toParagraph(block));
    layout.outlet ??= footer.outlet;
    layout.outletUrl ??= footer.url;
    return true;
  }
  if (isBoilerplate(block.text)) {
    layout.boilerplate.push(toParagraph(block));
    return true;
  }
  return false;
}

/** The title, a date line or a byline near the top. */
function takeHeaderLine(layout: Layout, blocks: Block[], i: number): boolean {
  const block = blocks[i]!;
  // The title is the first paragraph that is not boilerplate (a date line may come first).
  if (layout.title === null && layout.paragraphs.length === 0 && layout.relatedHeadlines.length === 0 && looksLikeTitle(blocks, i)) {
    layout.title = cleanTitle(block.text);
    layout.titleSpan = { start: block.start, end: block.end };
    return true;
  }
  return takeDateLine(layout, block) || takeByline(layout, block);
}

/** "By Jane Doe", "By Danny Whitmore, Football Reporter": the byline, when none was read yet. */
function takeByline(layout: Layout, block: Block): boolean {
  const by = layout.byline === null ? matchByline(block.text) : null;
  if (!by) return false;
  layout.byline = by.byline;
  layout.published ??= by.date;
  layout.boilerplate.push(toParagraph(block));
  return true;
}

/**
 * A byline without "By" ("Jane Doe, Associated Press"), read before boilerplate, which would take it
 * for a photo credit; only under a title, since a headline may be a name too.
 */
function takeBareByline(layout: Layout, block: Block, i: number): boolean {
  if (layout.byline !== null || (layout.title === null && i === 0) || layout.paragraphs.length > 0) return false;
  const bare = matchBareByline(block.text);
  if (!bare) return false;
  layout.byline = bare.byline;
  const known = bare.credit ? lookupOutlet(bare.credit) : null;
  if (known) {
    layout.outlet ??= known.name;
    layout.outletUrl ??= known.url;
  }
  layout.boilerplate.push(toParagraph(block));
  return true;
}

/**
 * A paragraph that is only a date, anywhere (a header line, or a footer's "Published March 3, 2019"):
 * boilerplate, and the publication date unless one was read before it. A revision's date ("Updated …",
 * "Last modified …") gives way to a publication date read later.
 */
function takeDateLine(layout: Layout, block: Block): boolean {
  if (block.text.length > 80 || !/\d/.test(block.text)) return false;
  const date = matchDateLine(block.text);
  if (!date) return false;
  const update = isUpdateLine(block.text);
  if (layout.published === null || (layout.publishedByUpdate && !update)) {
    layout.published = date;
    layout.publishedByUpdate = update;
  }
  layout.boilerplate.push(toParagraph(block));
  return true;
}

/** A dateline opening the first body paragraph: metadata, and the body starts after it. */
function takeDateline(layout: Layout, text: string, block: Block): boolean {
  const found = matchDateline(text, block);
  if (!found) return false;
  // An agency credit with no place ("(CNN)Blues legend…") names the outlet; there is no dateline.
  if (found.place !== null) layout.dateline = found;
  if (found.agency) {
    const known = lookupOutlet(found.agency);
    layout.outlet ??= known ? known.name : found.agency;
    layout.outletUrl ??= known ? known.url : null;
  }
  layout.published ??= found.date;
  if (found.bodyStart < block.end) {
    layout.paragraphs.push(toParagraph({ ...block, start: found.bodyStart, text: text.slice(found.bodyStart, block.end) }));
  } else {
    // A dateline on a line of its own ("MOSCOW, June 5 (TASS)"); the body starts below it.
    layout.boilerplate.push(toParagraph(block));
  }
  return true;
}

/** The body's first paragraphs, up to the length that decides its language (not the whole text). */
function leadingText(paragraphs: { text: string }[]): string {
  let out = "";
  for (const p of paragraphs) {
    out += out ? `\n${p.text}` : p.text;
    if (out.length >= 1500) break;
  }
  return out;
}
