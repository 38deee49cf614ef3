// Quotation marks as a reader expects them. The New York Times' archive text writes a quotation's
// marks as two apostrophes (''We will not,'' he said); the stored text keeps them (every offset points
// into it), and pages show them as the quotation marks they stand for.

const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/;

/**
 * `text` with each doubled apostrophe shown as an opening or closing quotation mark: opening at the
 * start of a word (after a space, a bracket, a dash or nothing), closing otherwise. `before` and
 * `after` are the characters around `text` when it is a piece of a longer one (a paragraph's
 * segments), so that a mark at a piece's edge is read in its context. Two characters become one:
 * display only, never offsets.
 */
export function doubledApostrophesAsQuotes(text: string, before = "", after = ""): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_, at: number) => {
    const prev = at > 0 ? text[at - 1]! : before;
    const next = at + 2 < text.length ? text[at + 2]! : after;
    const opens = (prev === "" || OPENS_AFTER.test(prev)) && next !== "" && !/\s/.test(next);
    return opens ? "\u201c" : "\u201d";
  });
}
