// A country's central bank as news names it in lower case: "Malaysia's central bank", "the Libyan
// central bank". Each is an organisation, which "the central bank" and "it" stand for later; the
// capitals alone would read only the country.

import { countryOf } from "../names";
import type { Span } from "../types";
import type { Registry, Salience } from "./registry";

const CENTRAL_BANK = /\b(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[’']s|[Tt]he\s+(\p{Lu}\p{Ll}+))\s+central\s+bank\b/gu;

/** Every country's central bank the paragraphs name so, registered; a subject when it opens its sentence. */
export function centralBankMentions(source: string, paragraphs: Span[], reg: Registry): Salience[] {
  const out: Salience[] = [];
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    if (!p.includes("central bank")) continue;
    for (const m of p.matchAll(CENTRAL_BANK)) {
      const country = m[1] ?? m[2]!;
      if (countryOf(country) === null) continue;
      const at = para.start + m.index;
      const entity = reg.organization(`${country} central bank`, at);
      if (/(?:^|[.!?]["”’']?\s+)$/.test(p.slice(Math.max(0, m.index - 4), m.index))) out.push({ at, entity });
    }
  }
  return out;
}
