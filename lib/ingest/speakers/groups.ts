import type { Discourse, Entity, Resolution } from "./registry";

/** "The pair", "the couple", "both men": two people. */
const PEOPLE = /^(?:the|both)\s+(?:pair|couple|duo|two(?:\s+(?:men|women))?|men|women)$/i;
/** "The companies", "the two firms", "both groups": two bodies. */
const BODIES = /^(?:the|both)\s+(?:two\s+)?(?:companies|firms|groups)$/i;

/** How far back the pair may be named, in characters. */
const REACH = 1_500;

/**
 * "Kenteris and Thanou withdrew from the Games… The pair said", "Elan and Biogen Idec halted
 * sales… The companies said": a group the article has just named as two people or two bodies.
 * A speaker is one person or one body, so the group speaks as the one a subject "Kenteris and
 * Thanou said" gives (the one named last), and less surely than a name. Null when the phrase is
 * no such group or no two of the kind were named together within reach.
 */
export function resolveGroup(text: string, at: number, d: Discourse): Resolution | null {
  const kind = PEOPLE.test(text) ? "person" : BODIES.test(text) ? "organization" : null;
  if (!kind) return null;
  const starts: { entity: Entity; at: number }[] = [];
  for (const entity of d.reg.entities) {
    if (entity.kind !== kind) continue;
    for (const m of entity.mentions) if (m < at && at - m <= REACH) starts.push({ entity, at: m });
  }
  starts.sort((a, b) => a.at - b.at);
  // The latest two mentions of different entities with only a name and "and" between them.
  for (let i = starts.length - 1; i > 0; i--) {
    const [first, second] = [starts[i - 1]!, starts[i]!];
    if (first.entity === second.entity) continue;
    if (JOINED.test(d.source.slice(first.at, second.at))) return { entity: second.entity, confidence: 0.6 };
  }
  return null;
}

/** A name and "and" up to the next name: "Kostas Kenteris and ", "Elan & ". */
const JOINED = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s+(?:and|&)\s+$/u;
