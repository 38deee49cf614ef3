import { createRequire } from "node:module";
import { parsePartialDate } from "@/lib/ingest/dates";
import { cleanValue, type SidecarMetadata } from "@/lib/ingest/sidecar";

// A saved web page as an article: its readable text (Mozilla's Readability, the library behind
// Firefox's Reader View, over linkedom's DOM) and the metadata its markup states (JSON-LD, Open
// Graph and article: meta tags, the canonical link). Navigation, ads, photo captions and related-story
// lists are not the article's words and never become its text. The stored text is plain: the
// headline, a blank line, then one paragraph per block, so that offsets point into what readers see.

// linkedom takes most of a second to load (776 ms, measured on a loaded machine): loaded on the first
// page, so that ingests and extracts without saved pages never pay for it.
const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof import("linkedom").parseHTML; Readability: typeof import("@mozilla/readability").Readability } | null = null;
function dom() {
  libraries ??= {
    parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
  };
  return libraries;
}

export interface Page {
  text: string;
  markup: SidecarMetadata;
}

/** A page that holds no article. */
export class PageError extends Error {}

// Elements whose text is never the article's: captions, and leftovers Readability keeps.
const SKIPPED = new Set(["FIGURE", "FIGCAPTION", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "NAV", "ASIDE", "FORM"]);
const BLOCKS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6",
  "UL", "OL", "LI", "DL", "DT", "DD", "TABLE", "TR", "TD", "TH", "HR",
]);

export function readPage(html: string): Page {
  const { parseHTML, Readability } = dom();
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document as it goes.
  const url = canonicalUrl(document);
  const dated = metaDate(document);
  const readable = new Readability(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!readable?.content) throw new PageError("has no readable article text");
  const paragraphs: string[] = [];
  collectText(readable.content as unknown as Element, paragraphs, { current: "" });
  const body = paragraphs.filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (body.length === 0) throw new PageError("has no readable article text");
  const title = cleanValue(readable.title ?? undefined);
  const text = `${[...(title && body[0] !== title ? [title] : []), ...body].join("\n\n")}\n`;
  return { text, markup: markupMetadata(readable, url, dated) };
}

type Readable = { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null };

function markupMetadata(readable: Readable, url: string | null, dated: string | null): SidecarMetadata {
  const publishedTime = cleanValue(readable.publishedTime ?? undefined) ?? dated;
  const outlet = cleanValue(readable.siteName ?? undefined);
  // Readability reads bylines as written on the page: "By Jane Doe, CNN" is Jane Doe of the outlet.
  let byline = readable.byline?.replace(/^\s*by\s+/i, "") ?? "";
  if (outlet && byline.toLowerCase().endsWith(`, ${outlet.toLowerCase()}`)) byline = byline.slice(0, -(outlet.length + 2));
  return {
    title: cleanValue(readable.title ?? undefined),
    outlet,
    date: publishedTime ? parsePartialDate(publishedTime) : null,
    byline: cleanValue(byline),
    url,
  };
}

// Publication dates in meta tags Readability does not read (it reads JSON-LD's datePublished,
// article:published_time and a few others): the names CMSs and analytics tags use.
const DATE_META = [
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]',
  'meta[property="og:published_time"]',
  "time[datetime][pubdate]",
];

function metaDate(document: { querySelector(selector: string): Element | null }): string | null {
  for (const selector of DATE_META) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute("content") ?? element?.getAttribute("datetime");
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** The page's own address: its canonical link, or Open Graph's og:url; http(s) only. */
function canonicalUrl(document: { querySelector(selector: string): Element | null }): string | null {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    document.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch {
      // A relative or broken link says nothing reliable about where the page lives.
    }
  }
  return null;
}

/** Text in document order, a paragraph per block element; `<br>` breaks a line within one. */
function collectText(node: Element, out: string[], run: { current: string }): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      // Line breaks in the markup are layout, not text: only <br> breaks a line.
      run.current += (child.textContent ?? "").replace(/\s+/g, " ");
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || ((tag === "UL" || tag === "OL") && isLinkList(element))) continue;
    if (tag === "BR") {
      run.current += "\n";
      continue;
    }
    if (!BLOCKS.has(tag)) {
      collectText(element, out, run);
      continue;
    }
    flush(out, run);
    collectText(element, out, run);
    flush(out, run);
  }
}

function flush(out: string[], run: { current: string }): void {
  const lines = run.current.split("\n").map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim()).filter(Boolean);
  if (lines.length > 0) out.push(lines.join("\n"));
  run.current = "";
}

/** A list whose text is mostly links: other stories ("More on this story"), not the article. */
function isLinkList(list: Element): boolean {
  const all = (list.textContent ?? "").replace(/\s+/g, "").length;
  if (all === 0) return true;
  const linked = Array.from(list.querySelectorAll("a")).reduce((n, a) => n + (a.textContent ?? "").replace(/\s+/g, "").length, 0);
  return linked / all >= 0.6;
}
