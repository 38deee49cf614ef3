// The sex the words of a description give a person: "the grandmother", "the Welshwoman", "the
// father-of-two", "Rooney's wife". One list for the roles the article gives someone and for the
// descriptions that refer back to them, so "the grandmother said" is never the man just named.

import type { Gender } from "../names";

/** Nouns for a woman, whole or ending a compound ("Welshwoman", "housewife", "granddaughter", "mum-of-three"). */
const FEMALE = /(?<![\p{L}])(?:[\p{L}]*(?:woman|women)|(?:grand|step|god)?(?:mother|daughter)|(?:house|ex-?)?wife|widow|(?:step)?sister|grandma|granny|gran|nan|mum|mom|aunt|niece|girl|girlfriend|schoolgirl|lady|first lady|queen|princess|duchess|baroness|countess|dame|actress|waitress|hostess|heiress|headmistress|fianc[ée]e|bride|nun|matriarch|blonde|brunette)(?:-of-[\p{L}\d]+)?(?![\p{L}])/iu;
/** Nouns for a man ("spokesman", "Welshman", "grandfather", "dad-of-two"); not "human", "German", "Roman", nor "chairman" (British papers call women so). */
const MALE = /(?<![\p{L}])(?:(?!(?:hu|ger|ro|nor|sha|talis|otto|cai|chair|super-?hu)man(?![\p{L}]))[\p{L}]*(?<!wo)man|(?:grand|step|god)?(?:father|son)|grandad|granddad|grandpa|dad|husband|widower|(?:step)?brother|uncle|nephew|boy|boyfriend|schoolboy|lord|king|prince|duke|earl|baron|fianc[ée]|groom|monk|patriarch)(?:-of-[\p{L}\d]+)?(?![\p{L}])/iu;

/** The sex a description or a role says its person is, or null when its head says none (or both: "the man and wife"). */
export function sexOfWords(words: string): Gender {
  // Its head, not whom it is of: "the wife of the chairman", "Rooney's wife", "spokesman for the Queen".
  const head = words.split(/\s+(?:of|for|to|at|with|from|in|on|by)\s+/i)[0]!.split(/[’']s\s+/).at(-1)!;
  const female = FEMALE.test(head);
  const male = MALE.test(head);
  return female === male ? null : female ? "female" : "male";
}
