// Quotation marks in a paragraph: double quotations (curly, straight, guillemets and the wire copy's
// ''…'') and single ones ('dividing lines'), told apart from apostrophes.

import { partitionPoint } from "../partition-point";

export interface Quote {
  /** Paragraph-local index of the opening mark. */
  open: number;
  /** Paragraph-local index just after the closing mark (or the guessed end when unclosed). */
  close: number;
  closed: boolean;
}

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
export const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** Arrays of quotations in order, each closing before the next opens (as the finders below make them). */
const inOrder = new WeakMap<readonly Quote[], boolean>();

function ordered(quotes: readonly Quote[]): boolean {
  let known = inOrder.get(quotes);
  if (known === undefined) {
    known = quotes.every((q, i) => i === 0 || quotes[i - 1]!.close <= q.open);
    inOrder.set(quotes, known);
  }
  return known;
}

/** The last closed quotation whose closing mark ends between `from` and `to` (inclusive). */
export function lastClosedBetween(quotes: readonly Quote[], from: number, to: number): Quote | undefined {
  if (!ordered(quotes)) {
    for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i]!.closed && quotes[i]!.close <= to && quotes[i]!.close >= from) return quotes[i];
    return undefined;
  }
  const lo = partitionPoint(quotes.length, (i) => quotes[i]!.close <= to);
  for (let i = lo - 1; i >= 0 && quotes[i]!.close >= from; i--) if (quotes[i]!.closed) return quotes[i];
  return undefined;
}

/** True when `pos` lies strictly inside one of the quotations (between its marks). */
export function insideQuote(quotes: readonly Quote[], pos: number): boolean {
  if (!ordered(quotes)) return quotes.some((q) => pos > q.open && pos < q.close);
  // In order, only the last quotation to open before `pos` can hold it: searched, not scanned, as a
  // paragraph can hold thousands and each cue asks.
  const lo = partitionPoint(quotes.length, (i) => quotes[i]!.open < pos);
  return lo > 0 && pos < quotes[lo - 1]!.close;
}

/** A straight mark right after a word or its punctuation and before a space or punctuation: "…home". */
const closingShape = (prev: string | undefined, next: string | undefined) => (isLetterOrDigit(prev) || /[.,!?]/.test(prev ?? "")) && (isSpace(next) || /[.,;:!?)]/.test(next ?? ""));

/** Double-quote regions of a paragraph; straight quotes are paired by which side has a space. */
export function findDoubleQuotes(p: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  const closeUnclosed = (at: number) => {
    // A quotation whose closing mark the writer dropped mid-paragraph: it ends before a later sentence
    // in which someone named speaks ("…lives. Scrichapan said he would donate…"), not at the next
    // quotation or the paragraph's end.
    // (Looked for between the marks only: a paragraph may be long, and hold many such quotations.)
    NAMED_SPEAKS.lastIndex = 0;
    const named = NAMED_SPEAKS.exec(p.slice(openAt, at));
    let end = named ? openAt + named.index + named[0].length - named[1]!.length : at;
    while (end > openAt && isSpace(p[end - 1])) end--;
    quotes.push({ open: openAt, close: end, closed: false });
    openAt = -1;
  };
  for (let i = 0; i < p.length; i++) {
    // Only quotation marks and apostrophes matter: every other character is passed at once.
    const code = p.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 96 && code !== 0xab && code !== 0xbb && code !== 0x201c && code !== 0x201d && code !== 0x201e) continue;
    let ch = p[i];
    // Two apostrophes stand for a double quotation mark in some wire copy (the NYT's ''…'').
    let width = 1;
    // "…'We'll bomb them,''' said McCain": an inner single quote closing right before the double one.
    if (ch === "'" && p[i + 1] === "'" && p[i + 2] === "'" && openAt >= 0) continue;
    if ((ch === "'" && p[i + 1] === "'") || (ch === "`" && p[i + 1] === "`")) {
      width = 2;
      const prev = p[i - 1];
      const next = p[i + 2];
      ch = ch === "`" ? "“" : openAt >= 0 && !(isSpace(prev) && !isSpace(next)) ? "”" : isSpace(prev) || i === 0 || /[(\[—–-]/.test(prev ?? "") ? "“" : "”";
    }
    // „Low-high“ marks close with the high mark that elsewhere opens.
    if (ch === "“" && openAt >= 0 && p[openAt] === "„") {
      quotes.push({ open: openAt, close: i + 1, closed: true });
      openAt = -1;
    } else if (ch === "“" || ch === "«" || ch === "„") {
      if (openAt >= 0) closeUnclosed(i);
      openAt = i;
      i += width - 1;
    } else if (ch === "”" || ch === "»") {
      if (openAt >= 0) {
        quotes.push({ open: openAt, close: i + width, closed: true });
        openAt = -1;
      }
      i += width - 1;
    } else if (ch === '"') {
      const prev = p[i - 1];
      const next = p[i + 1];
      const looksOpening = (isSpace(prev) || /[(\[—–-]/.test(prev ?? "")) && !isSpace(next);
      if (openAt >= 0) {
        if (looksOpening && i > openAt + 1) {
          closeUnclosed(i);
          openAt = i;
        } else {
          quotes.push({ open: openAt, close: i + 1, closed: true });
          openAt = -1;
        }
      } else if (i === 0 || (!closingShape(prev, next) && (!isSpace(next) || isSpace(prev)))) {
        // With nothing open, a mark between spaces ('could be " very important') opens; one shaped
        // like a closing mark ('neighbourhood".') closes a quotation whose opening was not seen.
        openAt = i;
      }
    }
  }
  if (openAt >= 0) closeUnclosed(p.length);
  return quotes;
}

/** A sentence opening on a name and a verb of speech: "… Scrichapan said", "… Mr Dale told". */
const NAMED_SPEAKS = /[.!?]\s+((?!(?:He|She|They|It|We|I|You|This|That|These|Those|There|Somebody|Someone|Everyone|Everybody|Nobody|Anyone|Anybody|People|One)\s)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds|announced|insisted|argued|claimed|revealed|admitted)\b)/gu;

/**
 * Single-quote regions ('dividing lines', 'We will fight on,' he said), told apart from apostrophes:
 * "don’t", "the Smiths’ house", "the '90s". With `unclosed`, a quotation still open at the end of the
 * paragraph runs to its end, as a quotation that goes on in the next paragraph does.
 */
export function findSingleQuotes(p: string, doubles: Quote[], unclosed = false): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch !== "‘" && ch !== "’" && ch !== "'") continue;
    if (ch === "'" && (p[i + 1] === "'" || p[i - 1] === "'")) continue;
    const prev = p[i - 1];
    const next = p[i + 1];
    if (openAt < 0) {
      if (opensSingle(p, i)) openAt = i;
      continue;
    }
    if (ch === "‘") continue;
    if (isLetterOrDigit(next) || isSpace(prev)) continue;
    // "the Smiths’ house": after an "s" the mark may be a plural's apostrophe; a later mark that
    // clearly closes (after punctuation, before a space or the end) is the closing one.
    if (/s/i.test(prev ?? "") && !/[.,;:!?”"]/.test(next ?? "") && laterClose(p, i + 1)) continue;
    quotes.push({ open: openAt, close: i + 1, closed: true });
    openAt = -1;
  }
  if (openAt >= 0 && unclosed && p.slice(openAt).split(/\s+/).length >= 4) {
    let end = p.length;
    while (end > openAt && isSpace(p[end - 1])) end--;
    quotes.push({ open: openAt, close: end, closed: false });
  }
  return quotes.filter((q) => !doubles.some((d) => q.open < d.open && q.close > d.open));
}

/** An opening single mark: after a space, a bracket or a double mark, before a letter; not "'90s" or "'em". */
function opensSingle(p: string, i: number): boolean {
  const ch = p[i];
  if (ch !== "‘" && ch !== "'") return false;
  if (!(isSpace(p[i - 1]) || /[“"(\[—–-]/.test(p[i - 1] ?? "")) || !isLetterOrDigit(p[i + 1])) return false;
  return !/^.(?:\d0s|\d\ds|em|n|s|cos|til|tis)\b/i.test(p.slice(i, i + 5));
}

/** Whether a mark after `from` closes a quotation for sure: after punctuation, before a space or the end. */
function laterClose(p: string, from: number): boolean {
  for (let j = from; j < p.length; j++) {
    const ch = p[j];
    if ((ch === "’" || ch === "'") && /[.,;:!?]/.test(p[j - 1] ?? "") && (isSpace(p[j + 1]) || j + 1 === p.length)) return true;
    if (opensSingle(p, j)) return false;
  }
  return false;
}

const SINGLE_OPENING = /(?:^|[\s(\[“"—–-])['‘]\p{L}/u;

/**
 * Which marks an article quotes with: "double" (“…”, "…") or "single" ('…', ‘…’, as many British
 * papers print them). Only quotations that look like speech count: opening a paragraph, after a
 * colon, or ending in punctuation inside the marks ("'We will win,' he said"); scare quotes and
 * titles do not. Single when such single-mark quotations outnumber the double ones; the other kind
 * then marks quotations inside quotations.
 */
export function quoteStyle(paragraphs: string[]): "double" | "single" {
  // Most articles have no single mark that could open a quotation: nothing to weigh.
  if (!paragraphs.some((p) => (p.includes("'") || p.includes("‘")) && SINGLE_OPENING.test(p))) return "double";
  let doubles = 0;
  let singles = 0;
  for (const p of paragraphs) {
    const d = findDoubleQuotes(p);
    for (const q of d) if (speechLike(p, q)) doubles++;
    if (!p.includes("'") && !p.includes("‘")) continue;
    for (const q of findSingleQuotes(p, [], true)) if (speechLike(p, q) && !insideQuote(d, q.open)) singles++;
  }
  return singles > doubles ? "single" : "double";
}

function speechLike(p: string, q: Quote): boolean {
  if (p.slice(q.open, q.close).split(/\s+/).length < 3) return false;
  return !/\S/.test(p.slice(0, q.open)) || /:\s*$/.test(p.slice(0, q.open)) || /[.,!?]\W?$/.test(p.slice(q.open, q.close));
}
