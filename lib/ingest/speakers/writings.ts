// What a person or a body wrote, cited as the source: "Tony Blair's entry confirms…", "her lawsuit
// says…", "his book argues…". The writer is the speaker (a body's figures and reports are read in
// resolve-phrase.ts, ownerOfFigures).

import type { Resolution } from "./registry";

/** Writings that speak for whoever wrote or filed them. */
const WRITINGS = "entry|letter|book|memoir|memoirs|autobiography|blog|column|diary|lawsuit|suit|complaint|petition|affidavit|testimony|statement|e-?mail|tweet|post|speech|submission|will";
const OWNED = new RegExp(String.raw`^(.+?)[’']s?\s+(?:(?:own|latest|new|first|recent|official|open|register|written|legal|formal)\s+)*(?:${WRITINGS})$`, "u");
// ("…suspended over posts on his blog says": a blog or a website is where someone writes, rarely who speaks.)
const PRONOUN_OWNED = /^(his|her|their)\s+(?:(?:own|latest|new|first|recent|official|open|written|legal|formal)\s+)*(?:letter|book|memoir|memoirs|autobiography|diary|lawsuit|suit|complaint|petition|affidavit|testimony|statement|e-?mail|speech|submission|will)$/iu;

/**
 * The writer of "X's letter", "his book", "her lawsuit", resolved as `resolve` reads a phrase; null
 * when the phrase is no such thing or names nobody (a writer is a person or a body, never "the
 * minister's spokesman's letter").
 */
export function ownerOfWritings(text: string, resolve: (phrase: string) => Resolution): Resolution | null {
  const pronoun = PRONOUN_OWNED.exec(text)?.[1]?.toLowerCase();
  const owner = pronoun ? { his: "he", her: "she", their: "they" }[pronoun]! : OWNED.exec(text)?.[1];
  if (!owner || /\b(?:spokes\w+|lawyers?|aides?|advisers?|officials?)$/i.test(owner)) return null;
  // "The BBC's letter" and "Tony Blair's entry" name their writer; "the letter's" names nothing more.
  if (!pronoun && !/^(?:the\s+)?\p{Lu}/u.test(owner)) return null;
  const r = resolve(owner);
  return r.entity ? { entity: r.entity, confidence: Math.min(r.confidence, 0.8) } : null;
}
