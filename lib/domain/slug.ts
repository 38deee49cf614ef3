import { createHash } from "node:crypto";

/** A readable URL slug: ASCII, lowercase, hyphenated, cut at a word boundary. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug || "untitled";
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, "");
}

/** Six hex characters of a key's hash: tells two equal slugs apart, the same way on every ingest. */
export function shortHash(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 6);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
