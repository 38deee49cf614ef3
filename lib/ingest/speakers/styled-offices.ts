// People British news names by an office and a place: "the Archbishop of Canterbury", "the Duke of
// Edinburgh", "the Prince of Wales". No run of capitals reads them (the run stops at "of"), and "the
// Prince of Wales" is no description of whoever was named last.

import type { Gender } from "../names";
import type { Registry, Resolution, Salience } from "./registry";

const TITLES = "Archbishop|Bishop|Duke|Duchess|Earl|Countess|Prince|Princess|Marquess|Marchioness";
const STYLED = new RegExp(String.raw`(?<![\p{L}’'-])([Tt]he\s+)(${TITLES})\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?![\p{L}’'-])`, "gu");
const STYLED_PHRASE = new RegExp(String.raw`^(?:[Tt]he\s+)?(${TITLES})\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)$`, "u");
/** (Looked up word by word: a regular expression of alternatives tried at every character costs more.) */
const TITLE_WORDS = TITLES.split("|").map((t) => `${t} of `);

function genderOf(title: string): Gender {
  if (/^(?:Duke|Earl|Prince|Marquess)$/.test(title)) return "male";
  if (/^(?:Duchess|Countess|Princess|Marchioness)$/.test(title)) return "female";
  return null;
}

/**
 * Registers each "the Archbishop of Canterbury" in the text as a person; the ones that open their
 * sentence (after a word or two: "Earlier the Archbishop of Canterbury wrote") are subjects.
 */
export function styledOffices(source: string, reg: Registry, salience: Salience[]): void {
  if (!TITLE_WORDS.some((t) => source.includes(t))) return;
  for (const m of source.matchAll(STYLED)) {
    // "Cardinal X, the Archbishop of Westminster,", "the Archbishop of Canterbury, Dr Rowan Williams,":
    // a named person's office, no one else.
    const end = m.index + m[0].length;
    if (/\p{Lu}[\p{L}’'.-]*,\s+$/u.test(source.slice(Math.max(0, m.index - 30), m.index)) || /^,?\s+\p{Lu}/u.test(source.slice(end, end + 4))) continue;
    const at = m.index + m[1]!.length;
    const entity = reg.styled(`${m[2]} of ${m[3]}`, at, genderOf(m[2]!));
    const before = source.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:^|[.!?]["”’']?\s+|\n)(?:\p{Lu}\p{Ll}+,?\s+)?$/u.test(before)) salience.push({ at, entity });
  }
}

/** "The Duke of Edinburgh said": the person so styled (the one named with the office, if any). */
export function styledOffice(text: string, at: number, reg: Registry): Resolution | null {
  const m = STYLED_PHRASE.exec(text);
  if (!m) return null;
  const office = `${m[1]} of ${m[2]}`.toLowerCase();
  const named = reg.entities.filter((e) => e.kind === "person" && !e.surname.startsWith("styled:") && e.roles.some((r) => r.toLowerCase().includes(office)));
  return { entity: named.length === 1 ? named[0]! : reg.styled(`${m[1]} of ${m[2]}`, at, genderOf(m[1]!)), confidence: 0.85 };
}
