// Lines near the top of an article that are metadata, not body: a date line ("16/05/2016",
// "Published: March 3, 2016", the Guardian's "Tue 3 Mar 2020 14.05 GMT") and a byline ("By Jane Doe",
// and without "By": "Jane Doe, Associated Press", "Patricia Wren in Brussels").

import type { PartialDate } from "@/lib/domain/dates";
import { findDate } from "../dates";
import { isFirstName } from "../names";

const DATE_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+(?:on|at))?|dated?)\s*:?\s*/i;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified)\b/i;

/** Every word a date line may be written with (chrono's own included), and what is left otherwise. */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|st|nd|rd|th|ago|last|next|this|at|on|of|the|in|noon|midnight|morning|afternoon|evening|night|tonight|today|yesterday|tomorrow|weeks?|months?|years?|days?|hours?|h|hrs?|minutes?|mins?|seconds?|secs?|from|to|until|till|since|before|after|o'clock|and|[ap]\.?m\.?|e[sd]?t|utc|gmt|bst|cet|cest|[cmp][sd]?t|z)\b/gi;
const NOT_DATE_WORDS = /[a-z](?:[^a-z]*[a-z]){3}/i;

/** A paragraph that is only a date (optionally labelled "Published:"), or null. */
export function matchDateLine(text: string): PartialDate | null {
  if (text.length > 80) return null;
  const rest = text.replace(DATE_LABEL, "").replace(/\s+/g, " ").trim();
  if (!/\d/.test(rest)) return null;
  // Most short lines with a digit are body ("Sanders won 52 percent."): words no date is written with
  // leave more than the 3 letters allowed below whatever chrono finds, so it is not asked.
  if (NOT_DATE_WORDS.test(rest.replace(DATE_WORDS, ""))) return null;
  const found = findDate(rest);
  if (!found) return null;
  // The date must be (nearly) the whole line; a sentence that mentions a date is body.
  const leftover = (rest.slice(0, found.index) + rest.slice(found.index + found.text.length))
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, "")
    .replace(/\b(?:[AaPp]\.?[Mm]\.?|E[SD]?T|UTC|GMT|BST|CET|CEST|[CMP][SD]?T)\b/g, "")
    .replace(/[\d\s.,:|/()–—-]+/g, "");
  return leftover.length <= 3 ? found.date : null;
}

/** "Updated …" and "Last modified …" lines date a revision, not the publication. */
export function isUpdateLine(text: string): boolean {
  return UPDATE_LABEL.test(text.trim());
}

const BYLINE = /^(?:by|by:|byline:|author:|written by)\s+(.+?)\.?$/i;
const BYLINE_NAME = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|del|la|le|bin|al-?\p{L}*))*$/u;

/** "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Associated Press | March 3, 2016". */
export function matchByline(text: string): { byline: string; date: PartialDate | null } | null {
  if (text.length > 160 || text.includes("\n")) return null;
  const match = BYLINE.exec(text.trim());
  if (!match) return null;
  let names = match[1]!;
  let date: PartialDate | null = null;
  const separator = /\s+[|·•—–]\s+|\s+-\s+/.exec(names);
  if (separator) {
    const tail = names.slice(separator.index + separator[0].length);
    date = matchDateLine(tail);
    if (date) names = names.slice(0, separator.index);
  }
  names = names.replace(/[\s,;.]+$/, "");
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/i).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  if (!parts.every((part) => BYLINE_NAME.test(part) && part.split(/\s+/).length <= 6)) return null;
  return { byline: names, date };
}

const ROLE_WORD = /^(?:correspondent|editor|reporter|writer|columnist|critic|contributor|producer|journalist|analyst|staff|chief)s?$/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const NAME_PARTICLE = /^(?:de|van|von|der|da|di|del|la|le|bin|al)$/;

/**
 * A byline without "By", as the Guardian and wire copy print them: one or more people (each opening
 * with a known first name), then nothing, a credit after a separator ("Jane Doe, Associated Press",
 * "Jane Doe and John Roe | Reuters"), a place ("Patricia Wren in Brussels") or a role ("Patricia
 * Wren Transport correspondent"). `credit` is the outlet or role as written.
 */
export function matchBareByline(text: string): { byline: string; credit: string | null } | null {
  const line = text.trim();
  if (line.length > 120 || line.includes("\n")) return null;
  const words = line.split(/\s+/);
  const names = readNames(words);
  if (names === 0) return null;
  const byline = words.slice(0, names).join(" ").replace(/[,;|·•]+$/, "");
  const rest = words.slice(names);
  const separated = /[,|·•]$/.test(words[names - 1]!) || /^(?:[|·•—–-]|for)$/.test(rest[0] ?? "");
  const tail = /^(?:[|·•—–-]|for|in)$/.test(rest[0] ?? "") ? rest.slice(1) : rest;
  if (rest.length === 0) return { byline, credit: null };
  if (tail.length === 0 || tail.length > 6 || /[.!?:;]["”]?$/.test(tail.at(-1)!) && !/^\p{Lu}\.$/u.test(tail.at(-1)!)) return null;
  const capitalised = tail.every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:of|the|and|for|de)$/.test(word));
  const placed = rest[0] === "in" && capitalised && tail.length <= 3;
  const role = tail.some((word) => ROLE_WORD.test(word.replace(/[,.]$/, "")));
  if (!((separated && (capitalised || role)) || placed || role)) return null;
  return { byline, credit: tail.join(" ") };
}

/** How many leading words are a list of names ("Jane Doe", "Jane Doe and John Roe", "Ann Lee, Bo Kim"); 0 if none. */
function readNames(words: string[]): number {
  let at = 0;
  for (;;) {
    const first = words[at]?.replace(/,$/, "");
    if (!first || !isFirstName(first) || !NAME_WORD.test(first)) return 0;
    let end = at + 1;
    while (end < words.length && end - at < 4 && !/,$/.test(words[end - 1]!) && (NAME_WORD.test(words[end]!.replace(/,$/, "")) || NAME_PARTICLE.test(words[end]!))) {
      // A capitalised word after the surname may be a role ("Transport correspondent"): stop at known first names too.
      if (end - at >= 2 && !/^\p{Lu}\.$/u.test(words[end - 1]!) && (ROLE_WORD.test(words[end + 1] ?? "") || isFirstName(words[end]!))) break;
      end++;
    }
    if (end - at < 2) return 0;
    const joiner = words[end];
    if ((joiner === "and" || joiner === "&") && words[end + 1] && isFirstName(words[end + 1]!.replace(/,$/, ""))) {
      at = end + 1;
      continue;
    }
    if (/,$/.test(words[end - 1]!) && words[end] && isFirstName(words[end]!.replace(/,$/, "")) && NAME_WORD.test(words[end + 1]?.replace(/,$/, "") ?? "")) {
      at = end;
      continue;
    }
    return end;
  }
}
