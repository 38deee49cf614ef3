// Relatives the article names by a first name alone: "Ozzy Osbourne … His wife Sharon said",
// "Rooney's wife Coleen", "Bill and Hillary Clinton". They take the surname of the person they are
// kin to, so "Sharon" is Sharon Osbourne, another person than Ozzy.

import { NOT_NAME_WORDS } from "../name-lexicons";
import { isCommonWord } from "../common-words";
import { ROYAL_TITLE, countryOf, genderOfFirstName, isFirstName, isPlaceName } from "../names";
import type { Entity, Registry, Salience } from "./registry";

/**
 * "his wife ", "Clinton's husband, ", "Rupert's younger sister ", "Brandon's mum ": a relative named
 * by a first name alone, who shares the surname (of the person last named, or of the one named in the
 * possessive).
 */
const KIN = ["wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "mum", "mom", "dad"];
const KIN_BEFORE = new RegExp(String.raw`(?:\b[Hh](?:is|er)|(?<![\p{L}’'-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[’']s?)\s+(?:(younger|older|elder|eldest|youngest|little|big|twin)\s+)?(?:${KIN.join("|")})(?:,\s*|\s+)$`, "u");

/**
 * "Ozzy Osbourne … His wife Sharon said": a first name alone after "his wife", "her brother" is the
 * relative of the person last named, under that person's surname. Null when the run is no such name.
 */
export function kinByFirstName(p: string, m: RegExpExecArray, base: number, reg: Registry, salience: Salience[]): Entity | null {
  // Cheap tests first: one word, after a space and a lower-case letter.
  if (m.index < 6 || p.charCodeAt(m.index - 1) !== 32 || !/[a-z,]/.test(p[m.index - 2]!) || /\s/.test(m[0])) return null;
  // (The word for kin first, a string's end: the expression tries every character.)
  const before = p.slice(Math.max(0, m.index - 30), m.index);
  const trimmed = before.trimEnd();
  const kinEnd = trimmed.endsWith(",") ? trimmed.slice(0, -1) : trimmed;
  if (!KIN.some((w) => kinEnd.endsWith(w))) return null;
  const kin = KIN_BEFORE.exec(before);
  // ("his wife, Jane," and "his little brother Donald" are left to other readings: whose "his" it is
  // is less sure, and a brother in a story of brothers is another namesake to tell apart.)
  // (Unless it opens the sentence: "His wife, Jane, said" is the wife of whom the article is about.)
  const opens = !!kin && /(?:^|[.!?]["”’]?\s+)$/.test(p.slice(Math.max(0, m.index - kin[0].length - 3), m.index - kin[0].length));
  if (!kin || (!kin[1] && ((kin[0].includes(",") && !opens) || kin[2]))) return null;
  // "Rooney's wife Coleen": the relative of the person of that name, when the article has named one in full.
  const named = kin[1] ? reg.byNameWord(kin[1]) : undefined;
  if (kin[1] && !(named?.kind === "person" && passesSurname(named))) return null;
  // After a word for kin, one capitalised word is a first name, listed or not ("Vance's daughter
  // Poppy", "his wife Carys"), unless it is a place; after "his wife", not a word of English either.
  const given = m[0].replace(/[’']s$/, "");
  if (!isFirstName(given) && (!/^\p{Lu}\p{Ll}+$/u.test(given) || NOT_NAME_WORDS.has(given.toLowerCase()) || (!named && isCommonWord(given.toLowerCase())) || isPlaceName(given) || countryOf(given) !== null)) return null;
  const relative = named ?? salience.findLast((ev) => ev.entity.kind === "person" && passesSurname(ev.entity))?.entity;
  const full = relative?.forms.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), "");
  const surname = full?.split(/\s+/).at(-1);
  if (!surname || surname === m[0]) return null;
  const role = kin[0].trim();
  return reg.person([m[0].replace(/[’']s$/, ""), surname], base + m.index, [], kin[1] ? role : role.toLowerCase());
}

/** A person with a surname a relative shares: a first name and a surname, not "Prince Charles". */
const passesSurname = (e: Entity) => !!e.first && !e.forms.some((f) => ROYAL_TITLE.test(f.split(/\s+/)[0]!));

/**
 * "Alan and Margaret Henderson", "Bill and Hillary Clinton": a first name alone before "and" and a
 * full name is another person of that surname. Not after a capitalised word ("Prince William and Kate
 * Middleton"), nor a place or someone the article already knows by that word.
 */
export function sharedSurname(p: string, m: RegExpExecArray, base: number, entity: Entity, reg: Registry): void {
  if (entity.kind !== "person" || m.index < 6 || !p.startsWith("and ", m.index - 4)) return;
  const pair = /(?:^|[^\p{L}\s’'-]\s*|\p{Ll}[\p{L}’'-]*\s+)(\p{Lu}\p{Ll}+)\s+and\s+$/u.exec(p.slice(Math.max(0, m.index - 40), m.index));
  const words = m[0].replace(/[’']s$/, "").split(/\s+/);
  if (!pair || words.length !== 2 || /[’']s$/.test(m[0])) return;
  const given = pair[1]!;
  // (A first name our own lists know: "Kenteris and Katerina Thanou", "Djokovic and Andy Murray",
  // "Audi and Mercedes Benz" are no such pair.)
  if (genderOfFirstName(given) === null || reg.byNameWord(given) || NOT_NAME_WORDS.has(given.toLowerCase()) || isPlaceName(given) || countryOf(given) !== null) return;
  reg.person([given, words[1]!], base + m.index - pair[0].length + pair[0].indexOf(given), [], null);
}
