// A peer's full style: "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon". The capitalised
// run stops at "of", so the place is read here and kept as the person's fullest form (names.ts keys
// the person by the name before it).

import type { Entity } from "./registry";

const PEER = /^(?:Lord|Baroness|Lady)$/;
const OF_PLACE = /^ of (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)(?![\p{L}’'-])/u;

/** Adds "Lord Nicholls of Birkenhead" to the forms of the person named "Lord Nicholls" where `end` is the run's end in `p`. */
export function addPeerageForm(e: Entity, titles: readonly string[], name: readonly string[], p: string, end: number): void {
  const title = titles.at(-1);
  if (!title || !PEER.test(title) || name.length !== 1) return;
  const place = OF_PLACE.exec(p.slice(end, end + 40));
  if (!place) return;
  const form = `${title} ${name[0]} of ${place[1]}`;
  if (!e.forms.includes(form)) e.forms.push(form);
}

/** "Lord Kinnock of Bedwellty": a peer's style, which gives way to a first name the article also gives ("Neil Kinnock"). */
export const isPeerageForm = (form: string): boolean => /^(?:Lord|Baroness|Lady) \S+ of /.test(form);
