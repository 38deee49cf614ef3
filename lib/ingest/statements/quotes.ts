// Quotation marks in a paragraph: double quotations (curly, straight, guillemets and the wire copy's
// ''…'') and single ones ('dividing lines'), told apart from apostrophes.

export interface Quote {
  /** Paragraph-local index of the opening mark. */
  open: number;
  /** Paragraph-local index just after the closing mark (or the guessed end when unclosed). */
  close: number;
  closed: boolean;
}

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
export const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** True when `pos` lies strictly inside one of the quotations (between its marks). */
export function insideQuote(quotes: Quote[], pos: number): boolean {
  for (const q of quotes) if (pos > q.open && pos < q.close) return true;
  return false;
}

/** Double-quote regions of a paragraph; straight quotes are paired by which side has a space. */
export function findDoubleQuotes(p: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  const closeUnclosed = (at: number) => {
    let end = at;
    while (end > openAt && isSpace(p[end - 1])) end--;
    quotes.push({ open: openAt, close: end, closed: false });
    openAt = -1;
  };
  for (let i = 0; i < p.length; i++) {
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
    if (ch === "“" || ch === "«" || ch === "„") {
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
      } else if (!isSpace(next) || i === 0) {
        openAt = i;
      }
    }
  }
  if (openAt >= 0) closeUnclosed(p.length);
  return quotes;
}

/** Single-quote regions ('dividing lines'), told apart from apostrophes (alliance’s, don’t). */
export function findSingleQuotes(p: string, doubles: Quote[]): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch !== "‘" && ch !== "’" && ch !== "'") continue;
    if (ch === "'" && (p[i + 1] === "'" || p[i - 1] === "'")) continue;
    const prev = p[i - 1];
    const next = p[i + 1];
    if (openAt < 0) {
      if ((ch === "‘" || ch === "'") && (isSpace(prev) || /[“"(\[—–-]/.test(prev ?? "")) && isLetterOrDigit(next)) openAt = i;
    } else if ((ch === "’" || ch === "'") && !isLetterOrDigit(next) && !isSpace(prev) && !/s/i.test(prev ?? "") || ((ch === "’" || ch === "'") && /s/i.test(prev ?? "") && /[.,;:!?”"]/.test(next ?? "") )) {
      quotes.push({ open: openAt, close: i + 1, closed: true });
      openAt = -1;
    } else if ((ch === "’" || ch === "'") && /s/i.test(prev ?? "") && isSpace(next) && i - openAt > 3) {
      // "the Clintons’ foundation" is a possessive, but "‘the dividing lines’ between" closes a quote:
      // only close when a double-quote or sentence boundary does not intervene.
      quotes.push({ open: openAt, close: i + 1, closed: true });
      openAt = -1;
    }
  }
  return quotes.filter((q) => !doubles.some((d) => q.open < d.open && q.close > d.open));
}
