import { hash } from "node:crypto";

// Permalinks must survive re-ingest, so a statement id depends only on the article's key (its file
// name), the statement's normalized text and which occurrence of that text it is — never on database
// row ids or on anything else in the corpus.

/** Whitespace that collapsing to one space would change: two in a row, or any but a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

export function normalizeForId(text: string): string {
  let t = text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
  // Most statements are spaced evenly already; the global replace would copy them all the same.
  if (UNEVEN_SPACE.test(t)) t = t.replace(/\s+/g, " ");
  return t.trim().toLowerCase();
}

/** 12 lowercase base-32 characters (60 bits): short enough to cite, far from colliding in a corpus. */
export function statementId(articleKey: string, text: string, occurrence: number): string {
  // One-shot hashing: a third cheaper than createHash().update().digest() for strings this short.
  const digest = hash("sha256", `${articleKey}\u0000${normalizeForId(text)}\u0000${occurrence}`, "buffer");
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 12) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === 12) break;
  }
  return out;
}
