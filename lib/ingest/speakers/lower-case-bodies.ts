// Bodies news names in lower case, which the capitals alone would not read ("Commons", "Malaysia"):
// a parliament's committees ("the Commons work and pensions committee", committees.ts) and a country's
// central bank ("Malaysia's central bank", "the Libyan central bank"). Each is an organisation, which
// "the committee", "the central bank" and "it" stand for later.

import { countryOf } from "../names";
import type { Span } from "../types";
import { COMMITTEE_IN_TEXT, committeeName } from "./committees";
import type { Registry, Salience } from "./registry";

const CENTRAL_BANK = /\b(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[’']s|[Tt]he\s+(\p{Lu}\p{Ll}+))\s+central\s+bank\b/gu;

/** A country's central bank's name ("Malaysia central bank"), or null when the words before it name no country. */
function centralBankName(m: RegExpExecArray): string | null {
  const country = m[1] ?? m[2]!;
  return countryOf(country) === null ? null : `${country} central bank`;
}

/** Every such body the paragraphs name, registered as an organisation; a subject where only "the" stands before it in its sentence. */
export function lowerCaseBodyMentions(source: string, paragraphs: Span[], reg: Registry): Salience[] {
  return [
    ...mentionsOf(source, paragraphs, reg, "committee", COMMITTEE_IN_TEXT, (m) => committeeName(m[0])),
    ...mentionsOf(source, paragraphs, reg, "central bank", CENTRAL_BANK, centralBankName),
  ];
}

function mentionsOf(source: string, paragraphs: Span[], reg: Registry, word: string, pattern: RegExp, nameOf: (m: RegExpExecArray) => string | null): Salience[] {
  const out: Salience[] = [];
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    if (!p.includes(word)) continue;
    for (const m of p.matchAll(pattern)) {
      const name = nameOf(m);
      if (!name) continue;
      const at = para.start + m.index;
      const entity = reg.organization(name, at);
      if (/(?:^|[.!?]["”’']?\s+)(?:[Tt]he\s+)?$/.test(p.slice(Math.max(0, m.index - 8), m.index))) out.push({ at, entity });
    }
  }
  return out;
}
