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

import { UNKNOWN_DATE } from "@/lib/domain/dates";
import { lookupOutlet } from "../outlets";
import type { SidecarMetadata } from "../sidecar";
import type { Paragraph, ParsedArticle } from "../types";
import { isBoilerplate, isRelatedHeading, matchFooter, relatedRun } from "./boilerplate";
import { matchDateline } from "./dateline";
import { matchByline, matchDateLine } from "./header-lines";
import { detectLanguage } from "./language";
import { settleMetadata, type TextMetadata } from "./metadata";
import { splitParagraphs, toParagraph, type Block } from "./paragraphs";
import { cleanTitle, looksLikeTitle } from "./title";

export interface ParseArticleOptions {
  /** Folder metadata for this article (see sidecar.ts); its values win over what the text implies. */
  sidecar?: SidecarMetadata | null;
}

// Regexes run on whole paragraphs; the length guard keeps them cheap on very long lines.
const MAX_HEADER_CHARS = 600;
const HEADER_PARAGRAPHS = 6;

export function parseArticle(text: string, opts: ParseArticleOptions = {}): ParsedArticle {
  const layout = readLayout(text);
  const { paragraphs, dateline } = layout;
  const meta = settleMetadata(layout, opts.sidecar ?? null, text, paragraphs);
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
    language: detectLanguage(paragraphs.map((p) => p.text).join("\n") || meta.title || ""),
    provenance: meta.provenance,
  };
}

/** Every non-empty line in exactly one place: title, body, related headlines or boilerplate. */
interface Layout extends TextMetadata {
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
    byline: null,
    dateline: null,
    paragraphs: [],
    relatedHeadlines: [],
    boilerplate: [],
  };
  let inHeader = true;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
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
    if (inHeader && i < HEADER_PARAGRAPHS && block.text.length <= MAX_HEADER_CHARS && takeHeaderLine(layout, blocks, i)) continue;
    if (inHeader) {
      inHeader = false;
      if (takeDateline(layout, text, block)) continue;
    }
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
  const date = layout.published === null ? matchDateLine(block.text) : null;
  if (date) {
    layout.published = date;
    layout.boilerplate.push(toParagraph(block));
    return true;
  }
  const by = layout.byline === null ? matchByline(block.text) : null;
  if (by) {
    layout.byline = by.byline;
    layout.published ??= by.date;
    layout.boilerplate.push(toParagraph(block));
    return true;
  }
  return false;
}

/** A dateline opening the first body paragraph: metadata, and the body starts after it. */
function takeDateline(layout: Layout, text: string, block: Block): boolean {
  const found = matchDateline(text, block);
  if (!found) return false;
  layout.dateline = found;
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
