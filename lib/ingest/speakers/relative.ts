// "…said Harry Reid, who called…", "…backed by David Kahn - a former Yale historian, and a leading
// expert on code-breaking, who has confirmed…": a relative "who" after a comma or a dash speaks for
// the person or body named just before it.

import { capitalisedRunAt } from "./name-runs";
import type { Discourse, Entity, Resolution } from "./registry";

/**
 * What may stand between a name and its "who": nothing, an age ("King, 30,") or a description in
 * apposition that opens with a determiner ("a former Yale historian, and a leading expert…,"), then
 * the comma. A verb or a clause there ("Smith met the director, who…") leaves the "who" to someone
 * unnamed.
 */
const BETWEEN = /^(?:\s*(?:,|\s[-–—])\s+(?:\d{1,3}|(?:a|an|the|his|her|its|their|one\s+of)\s[^;:.!?“”"()]*?))?\s*,\s*$/;

/** A cue inside the apposition means it is a clause of its own. */
const CUE_INSIDE = /\b(?:said|says|told|added|warned|claimed|argued|insisted)\b/;

/**
 * The entity a relative "who" at `at` stands for, and where it was named, or null when it is nobody
 * the article named.
 */
export function relativeAntecedent(at: number, { reg, source }: Discourse): (Resolution & { at: number }) | null {
  const from = Math.max(0, at - 250);
  const named: { at: number; entity: Entity }[] = [];
  for (const entity of reg.entities) for (const m of entity.mentions) if (m >= from && m < at) named.push({ at: m, entity });
  // The nearest name first; a name inside the apposition ("a former Yale historian") is followed by
  // more than an apposition, and the name before it is tried next.
  named.sort((a, b) => b.at - a.at);
  for (const { at: m, entity } of named) {
    // Within the sentence: a full stop before a capital ends it (an initial's or a title's does not).
    if (/[.!?]["”’']?\s+\p{Lu}/u.test(source.slice(m, at))) return null;
    const run = capitalisedRunAt(source, m);
    if (!run) continue;
    // ("Howard Rubel, a senior analyst at Jefferies, who…": the body a description names is no "who".)
    if (entity.kind === "organization" && /\s(?:at|of|for|with|from|in|by)\s+(?:the\s+)?$/.test(source.slice(Math.max(0, m - 12), m))) continue;
    const between = source.slice(m + run[0].length, at);
    if (BETWEEN.test(between) && !CUE_INSIDE.test(between)) return { entity, confidence: 0.85, at: m };
  }
  return null;
}

/**
 * "…, who said", "Tom King, 30, who said" (the words before the verb end at the age), and "…Alan
 * Burger, a surgeon from Leeds, West Yorkshire, who said" (words before ", who" that end an apposition
 * describe the name before them): the name the phrase stands for, or null to read the phrase itself.
 */
export function resolveRelative(phrase: string, text: string, at: number, d: Discourse): Resolution | null {
  if (text.toLowerCase() === "who" || (/^\d{1,3}$/.test(text) && d.source.startsWith(",", at + text.length))) {
    const antecedent = relativeAntecedent(at, d);
    if (antecedent) return antecedent;
  }
  // "…said Mark Ostrowski, a pastor in Holmes Creek who has urged": the description with its own
  // "who" is in apposition to the name before it.
  if (/^(?:a|an)\s+\p{Ll}/u.test(text) && d.source.startsWith(phrase, at) && /^\s+who\s/.test(d.source.slice(at + phrase.length, at + phrase.length + 8))) {
    const apposed = relativeAntecedent(at, d);
    if (apposed) return apposed;
  }
  const relative = d.source.startsWith(phrase, at) ? /^\s*,\s*who\s/.exec(d.source.slice(at + phrase.length, at + phrase.length + 12)) : null;
  if (!relative) return null;
  const antecedent = relativeAntecedent(at + phrase.length + relative[0].length - 4, d);
  return antecedent && antecedent.at < at ? antecedent : null;
}
