// Gender the text itself gives a person whose names do not: "Okonkwo said he…", "Varga
// told reporters she…". A first-name list cannot know every name in world news, and a surname
// alone ("Obama") has no first name to look up; the pronoun that opens what a person says can.

import type { Entity } from "./registry";

/** The capitalised words of a name at a mention ("Amira Nour El Sayed"). */
const NAME_AT = /^\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:de|van|von|der|den|bin|al|la|le|da|di|del|dos|du|ibn)\s+)?\p{Lu}[\p{L}.’'-]*)*/u;

/**
 * After the name: "said he", "has told reporters that she", ", 52, says he", "also believes she".
 * Only a pronoun that opens the person's own reported clause: in "Biden stayed out and she…" or
 * "told her she…" it may be anyone.
 */
const SAYS_PRONOUN =
  /^(?:,[^,.!?;:“”"]{1,60},)?(?:\s+(?:has|had|have|also|then|later|previously|once|long|repeatedly|always|never|still|now|[a-z]+ly))*\s+(?:said|says|say|told\s+(?:[a-z]+\s+){0,2}|tells\s+(?:[a-z]+\s+){0,2}|added|adds|insisted|insists|argued|argues|claimed|claims|believes|believed|thinks|thought|hopes|hoped|admitted|admits|explained|explains|stressed|stresses|warned|warns|announced|announces|revealed|reveals|confirmed|confirms|denied|denies|insisted|maintained|maintains|conceded|concedes|acknowledged|acknowledges|promised|promises|vowed|vows|predicted|predicts)\s+(?:that\s+)?(he|she)\b/u;

/**
 * After the name as the subject of a verb, "his" or "her" before a noun, with no other name and no
 * new clause between: "Castellanos canceled the final dates of her tour", "Pennant began playing in
 * his home town", "Quinn, 34, split from her husband" (not "Grobek concedes there are members of her
 * union he distrusts").
 */
const OWN_POSSESSIVE = /^(?:,\s+\d{1,3},)?\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?(?:[a-z]+(?:ed|s)|split|left|won|lost|quit|met|made|took|went|came|got|gave|became|began|ran|wrote|sold|bought|kept|held|led|broke|spent|sent|shot|hit|cut|put|set)\s+(?:(?!(?:that|there|he|she|it|they|we|i|you|who|which|whose|what|how|why|where|when|if|whether)\s)[a-z-]+\s+){0,8}?(his|her)\s+(?!(?:for|to|in|on|at|with|and|that|the|a|an|as|by|from|of|if|when|about|into|over|after|before|up|down|out|off|back|not)\b)[a-z]/;

/**
 * The name as the subject of a short sentence of lower-case words, and a "he" or "she" speaking to
 * open the next: "Linh Tran arrived about 40 minutes later. She said…" (no other name between).
 */
const NEXT_SENTENCE_SPEAKS = /^\s+(?:[a-z0-9][a-z0-9’'-]*\s+){1,10}[a-z0-9][a-z0-9’'-]*[.!?]\s+(He|She)\s+(?:said|says|told|tells|added|adds)\b/;

/** How many of each person's mentions their pronouns were read at, so a later call reads only new ones. */
const readUpTo = new WeakMap<Entity, number>();

/** Whether learnGenderFromPronouns has something to read for `e`: a person of no gender yet, with new mentions. */
export function genderUnread(e: Entity): boolean {
  return e.kind === "person" && !e.gender && readUpTo.get(e) !== e.mentions.length;
}

/**
 * Gives a person the registry could not sex from names or titles the gender of the pronouns that
 * open their reported words, when every such pronoun agrees. Cheap to call again as mentions grow.
 */
export function learnGenderFromPronouns(source: string, e: Entity): void {
  if (!genderUnread(e)) return;
  readUpTo.set(e, e.mentions.length);
  let male = 0;
  let female = 0;
  for (const at of e.mentions) {
    const name = NAME_AT.exec(source.slice(at, at + 80));
    if (!name) continue;
    const end = at + name[0].length;
    const after = source.slice(end, end + 160);
    const m = SAYS_PRONOUN.exec(after) ?? OWN_POSSESSIVE.exec(after) ?? NEXT_SENTENCE_SPEAKS.exec(after);
    if (!m) continue;
    if (/^(?:he|his)$/i.test(m[1]!)) male++;
    else female++;
  }
  if (male > 0 && female === 0) e.gender = "male";
  else if (female > 0 && male === 0) e.gender = "female";
}
