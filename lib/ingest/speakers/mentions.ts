// Who the article names, and where: every capitalised run that is a person (or a known person's
// surname) goes into the registry with the roles written next to it ("his Belarussian counterpart
// Vladimir Makey", "Rich Beeson, the campaign manager,"); the first name of each sentence is salient,
// the people pronouns and descriptions may refer to.

import { NOT_NAME_WORDS } from "../name-lexicons";
import { foldName } from "../names";
import type { Span } from "../types";
import { CAP_SEQ, PERSON_TITLE, cleanWord, looksLikePersonName, splitTitle } from "./name-runs";
import type { Entity, Registry, Salience } from "./registry";

/** Registers the people named in the paragraphs; returns the salient mentions, in text order. */
export function findMentions(source: string, paragraphs: Span[], reg: Registry): Salience[] {
  const salience: Salience[] = [];
  for (const para of paragraphs) {
    const p = source.slice(para.start, para.end);
    let sentenceStart = 0;
    CAP_SEQ.lastIndex = 0;
    let m: RegExpExecArray | null;
    let firstInSentence = true;
    while ((m = CAP_SEQ.exec(p))) {
      // Only the few characters before the match matter; a sentence end resets "first in sentence".
      if (m.index > sentenceStart && /[.!?]["”’']?\s+$/.test(p.slice(Math.max(sentenceStart, m.index - 4), m.index))) {
        sentenceStart = m.index;
        firstInSentence = true;
      }
      const tokens = m[0].split(/\s+/);
      const possessive = /[’']s$/.test(tokens[tokens.length - 1]!);
      const cleaned = tokens.map(cleanWord).filter(Boolean);
      // Sentence-initial function words are capitalized too: "The", "But", "Sen." stay out.
      while (cleaned.length && NOT_NAME_WORDS.has(cleaned[0]!.toLowerCase().replace(/\.$/, "")) && !PERSON_TITLE.test(cleaned[0]!)) cleaned.shift();
      if (!cleaned.length) continue;
      const { titles, name } = splitTitle(cleaned);
      while (name.length > 1 && /^(?:Jr|Sr|II|III)\.?$/.test(name[name.length - 1]!) === false && NOT_NAME_WORDS.has(name[name.length - 1]!.toLowerCase())) name.pop();
      const at = para.start + m.index;
      // Roles are read where a name is introduced; a repeated mention of a known person rarely adds one.
      const known = name.length === 1 ? reg.bySurname(foldName(name[0]!)) : undefined;
      const roleText = known && known.roles.length > 0 && titles.length === 0 ? null : roleBefore(p, m.index);
      const titled = titles.length > 0 || !!roleText || (!!known && name.length === 1);
      let entity: Entity | null = null;
      if (looksLikePersonName(name, titled)) {
        entity = reg.person(name, at, titles, roleText);
      } else if (name.length === 1 && !possessive) {
        const surname = foldName(name[0]!);
        const known = reg.bySurname(surname);
        if (known) entity = reg.person(name, at, titles, roleText);
      } else if (name.length === 1 && possessive) {
        const known = reg.bySurname(foldName(name[0]!));
        if (known) known.mentions.push(at);
      }
      if (entity) {
        const app = appositiveAfter(p, m.index + m[0].length);
        if (app) reg.addRole(entity, app);
        if (firstInSentence) salience.push({ at, entity });
      }
      firstInSentence = false;
    }
  }
  return salience;
}

/** The lowercase role words right before a name ("his Belarussian counterpart", "presidential candidate"). */
function roleBefore(text: string, at: number): string | null {
  // Cheap test first: a role is a word right before the name ("counterpart Vladimir Makey").
  const prev = text.charCodeAt(at - 1);
  if (prev !== 32 || !/\p{L}/u.test(text[at - 2] ?? "")) return null;
  const left = text.slice(Math.max(0, at - 60), at);
  if (!/\s$/.test(left)) return null;
  const words: string[] = [];
  for (const w of left.trimEnd().split(/\s+/).slice(-4).reverse()) {
    if (!/^[\p{L}-]+$/u.test(w)) break;
    words.unshift(w);
  }
  if (words.length === 0) return null;
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^(?:the|a|an|his|her|their|its|our|of|and|said|says|told|with|by|to|for|from|in|on|at|as|that|who|is|was|has|had|when|while|but)$/i.test(w)) break;
    kept.unshift(w);
  }
  if (kept.length === 0) return null;
  const role = kept.join(" ");
  return /\b(?:counterpart|minister|spokes\w+|candidate|nominee|senator|governor|secretary|president|director|chairman|chairwoman|adviser|advisor|aide|leader|manager|strategist|official|mogul|billionaire|businessman|front-?runner|rival|opponent|host|anchor|attorney|lawyer|ambassador|envoy|chief|head|founder|executive|professor|analyst|speaker|mayor|representative|congressman|congresswoman|wife|husband|daughter|son)\b/i.test(role)
    ? role
    : null;
}

function appositiveAfter(text: string, end: number): string | null {
  const m = /^,\s+((?:the|a|an)\s+[^,.;:“"]{3,80}?)(?=[,.;]|\s+(?:said|says|told|who)\b)/iu.exec(text.slice(end, end + 100));
  return m ? m[1]! : null;
}
