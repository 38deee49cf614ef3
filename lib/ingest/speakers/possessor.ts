// "Michael Howard's only fresh entry is a hamper from a supporter. He also declares…": the person
// whose possession opens a sentence is what it is about, and a pronoun opening the next sentence is
// theirs, however recently someone else was a subject. So is the one person a short paragraph with
// no person as its subject names ("But that was not enough for Mr Sarkozy."), for the quotation after,
// and the one person of the pronoun's sex the sentence before names, when the latest subject of that
// sex came earlier still ("…the choice of Steven Gaydos, editor of Variety. But while he tipped…").
// Inside a "who" clause, the pronoun is the person the clause is about.

import type { Gender } from "../names";
import { isPersonHead } from "./resolve-role";
import type { Entity, Registry, Salience } from "./registry";

/** A sentence's opening up to a name in the possessive: "Tory leader Michael Howard's ", "Mr Hale’s ". */
const OPENS_ON_POSSESSOR = /^(?:(?:\p{Lu}[\p{L}.-]*|[\p{Ll}-]+)\s+){0,3}?(\p{Lu}[\p{L}.-]*)[’']s\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;

/** Whom a possession may be: "Howard's spokesman", "Hale's lawyer", "Blair's wife" speak for themselves. */
const SOMEONE_ELSE = /^(?:spokes(?:man|woman|person)|aides?|advisers?|advisors?|lawyers?|solicitors?|attorneys?|agents?|friends?|allies|ally|staff|team|camp|campaign|office|people|supporters|critics|opponents|rivals?|deputy|successor|predecessor|partner|girlfriend|boyfriend)$/;

/**
 * The person whose possession opens the sentence before a pronoun that opens its own ("He also
 * declares"), when that sentence names no other person and the latest subject (`latest`) came
 * before it, and the statement does not speak of them (`spokenOf`); null otherwise.
 */
export function possessorBefore(source: string, at: number, gender: Gender, reg: Registry, latest: Salience | null | undefined, spokenOf: (e: Entity) => boolean): Salience | null {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  const opening = source.slice(lineStart, at);
  // The pronoun opens its sentence, in this paragraph or as the next one's first word.
  const end = /(?:^|([.!?])["”’']?\s+)(?:(?:But|And|Yet)\s+)?$/.exec(opening);
  if (!end) return null;
  let sentenceEnd = end[1] ? lineStart + end.index : lineStart;
  if (!end[1]) {
    // The paragraph's first word: the sentence before ends the paragraph before.
    const previous = source.slice(0, lineStart).trimEnd();
    if (!/[.!?]["”’']?$/.test(previous)) return null;
    sentenceEnd = previous.length;
  }
  const before = source.slice(0, sentenceEnd);
  const sentenceStart = Math.max(before.lastIndexOf("\n") + 1, ...[...before.matchAll(/[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu)].map((m) => m.index + m[0].length));
  if (latest && latest.at >= sentenceStart) return null;
  const sentence = source.slice(sentenceStart, sentenceEnd);
  // ("Tony Blair's decision angered him. He said…": the one it speaks of is someone before.)
  if ((gender === "female" ? /\b(?:she|her|herself)\b/i : /\b(?:he|him|his|himself)\b/i).test(sentence)) return null;
  const m = OPENS_ON_POSSESSOR.exec(sentence);
  if (!m || m[2]!.split(/\s+/).some((w) => isPersonHead(w) || SOMEONE_ELSE.test(w))) return null;
  const nameAt = sentenceStart + m[0].search(/\p{Lu}[\p{L}.-]*[’']s\s/u);
  const named = reg.entities.filter((e) => e.kind === "person" && e.mentions.some((x) => x >= sentenceStart && x < sentenceEnd));
  if (named.length !== 1) return null;
  const owner: Entity = named[0]!;
  if ((owner.gender && owner.gender !== gender) || spokenOf(owner)) return null;
  if (!owner.mentions.some((x) => x <= nameAt && x >= sentenceStart)) return null;
  return { at: nameAt, entity: owner };
}

/**
 * "But that was not enough for Mr Sarkozy. ¶ “If the Americans were to change…,” he said": the one
 * person named in a paragraph of one sentence with no person as its subject, right before a
 * quotation opening its paragraph and the pronoun after it, when the latest subject (`latest`)
 * came before that paragraph; null otherwise.
 */
export function soleNamedBefore(source: string, at: number, gender: Gender, reg: Registry, latest: Salience | null | undefined, spokenOf: (e: Entity) => boolean): Salience | null {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  // (A quotation opening the paragraph, then the pronoun: "“…,” he said"; looked at only then.)
  const first = source.charCodeAt(lineStart);
  if ((first !== 34 && first !== 0x201c) || at - lineStart > 1500 || !/^["“][^"“”]*[,?!]?["”]\s*$/.test(source.slice(lineStart, at))) return null;
  const previous = source.slice(0, lineStart).trimEnd();
  if (!/[.!?]["”’']?$/.test(previous)) return null;
  // A paragraph of one sentence, no question, whose subject is no person: neither one named
  // (`latest`) nor a pronoun.
  const start = previous.lastIndexOf("\n") + 1;
  const sentence = previous.slice(start);
  if ((latest && latest.at >= start) || /["“”?]/.test(sentence) || /[.!?]["”’']?\s+\S/.test(sentence.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jr|Sr)\.\s/g, "    ")) || sentence.split(/\s+/).length > 25) return null;
  if ((gender === "female" ? /\b(?:she|her|herself)\b/i : /\b(?:he|him|his|himself)\b/i).test(sentence)) return null;
  const named = reg.entities.filter((e) => e.kind === "person" && e.mentions.some((x) => x >= start && x < previous.length));
  if (named.length !== 1) return null;
  const person = named[0]!;
  if ((person.gender && person.gender !== gender) || spokenOf(person)) return null;
  // Not its subject (that one would be `latest`), nor in the possessive ("Mr Hale's plan was late").
  const nameAt = Math.max(...person.mentions.filter((x) => x >= start && x < previous.length));
  if (/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\b/u.test(source.slice(nameAt, nameAt + 60)) || nameAt === start) return null;
  return { at: nameAt, entity: person };
}

/** A sentence's end, not an initial's or a title's ("Terry E. Branstad", "Gov. Hale"). */
const SENTENCE_END = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev))[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu;

/**
 * "Staunton is also the choice of Steven Gaydos, editor of Variety. But while he tipped Swank…": the
 * one person of the pronoun's sex that the sentence before names, when the latest subject of that sex
 * (`latest`) came before that sentence, the sentence says no pronoun of that sex, and nobody it names
 * is of unknown sex; null otherwise.
 */
export function soleOfSexBefore(source: string, at: number, gender: Gender, reg: Registry, latest: Salience | null | undefined, spokenOf: (e: Entity) => boolean): Salience | null {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  // The sentence before the pronoun's: in its paragraph, or the last of the paragraph before.
  const ends = [...source.slice(lineStart, at).matchAll(SENTENCE_END)].map((m) => lineStart + m.index + m[0].length);
  let start: number;
  let end: number;
  if (ends.length > 0) {
    end = ends.at(-1)!;
    start = ends.at(-2) ?? lineStart;
  } else {
    const previous = source.slice(0, lineStart).trimEnd();
    if (!/[.!?]["”’']?$/.test(previous)) return null;
    end = previous.length;
    const paragraph = previous.lastIndexOf("\n") + 1;
    start = Math.max(paragraph, ...[...previous.slice(paragraph).matchAll(SENTENCE_END)].map((m) => paragraph + m.index + m[0].length));
  }
  // (Nor when the latest subject opens the sentence before that one: "Tony Blair said he would… But
  // changes must not overturn the ruling on coma victim Tony Bland. “…,” he said" is still Blair's.)
  const from = source.lastIndexOf("\n", start - 2) + 1;
  const earlier = Math.max(from, ...[...source.slice(from, start).trimEnd().matchAll(SENTENCE_END)].map((m) => from + m.index + m[0].length));
  if (!latest || latest.at >= Math.min(start, earlier)) return null;
  const sentence = source.slice(start, end);
  if (/["“”?]|''/.test(sentence) || (gender === "female" ? /\b(?:she|her|herself)\b/i : /\b(?:he|him|his|himself)\b/i).test(sentence)) return null;
  // ("The seventh seed, who is to meet Roddick, is looking forward…": a person described is its subject.)
  const opening = /^(?:(?:But|And|Yet|So|Now)\s+)?[Tt]he\s+(?:[\p{L}\d’'-]+\s+){0,3}?([\p{L}\d-]+)(?:,|\s+(?:\p{Ll}+ed|\p{Ll}+s|is|was|has|had|will|would|could)\b)/u.exec(sentence);
  if (opening && (isPersonHead(opening[1]!.toLowerCase()) || /\d-year-old$|^seed$/.test(opening[1]!))) return null;
  const inside = (e: Entity, from: number, to: number) => e.kind === "person" && e.mentions.some((x) => x >= from && x < to);
  // (Nobody who may be the pronoun's named between that sentence and it: "…Variety. But while Mr Hale tipped…".)
  if (reg.entities.some((e) => inside(e, end, at) && e.gender !== (gender === "female" ? "male" : "female"))) return null;
  const named = reg.entities.filter((e) => inside(e, start, end));
  if (named.some((e) => !e.gender)) return null;
  const theirs = named.filter((e) => e.gender === gender);
  if (theirs.length !== 1 || spokenOf(theirs[0]!)) return null;
  const nameAt = Math.max(...theirs[0]!.mentions.filter((x) => x >= start && x < end));
  // Not in the possessive, nor a name standing for a thing ("an Alan Shearer strike").
  if (/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\b/u.test(source.slice(nameAt, nameAt + 60)) || /\b(?:an?|the)\s+$/i.test(source.slice(nameAt - 6, nameAt))) return null;
  return { at: nameAt, entity: theirs[0]! };
}

/** A name, its comma and "who", then the relative clause up to a pronoun. */
const WHO_CLAUSE_BEFORE = /\p{Lu}[\p{L}’'.-]*\s+(\p{Lu}[\p{L}’'-]+),\s+who\s+[^.;!?:“”"]*$/u;

/**
 * "…fight Ray Halbritter, who led the campaign because he claimed…": the person a "who" clause is
 * about, for a pronoun of a fitting sex inside it at `at`, when nobody else is named in the clause
 * before it and the statement does not speak of them (`spokenOf`); undefined otherwise.
 */
export function whoClauseAntecedent(source: string, at: number, gender: Gender, reg: Registry, spokenOf: (e: Entity) => boolean): Entity | undefined {
  const from = Math.max(0, at - 200);
  // (Most pronouns have no "who" before them: no search of the 200 characters then.)
  if (source.lastIndexOf("who", at) < from) return undefined;
  const who = WHO_CLAUSE_BEFORE.exec(source.slice(from, at));
  const antecedent = who ? reg.byNameWord(who[1]!) : undefined;
  if (!who || antecedent?.kind !== "person" || (antecedent.gender && antecedent.gender !== gender) || spokenOf(antecedent)) return undefined;
  const whoAt = from + who.index + who[0].indexOf(", who");
  return reg.entities.some((e) => e !== antecedent && e.kind === "person" && e.mentions.some((m) => m > whoAt && m < at)) ? undefined : antecedent;
}
