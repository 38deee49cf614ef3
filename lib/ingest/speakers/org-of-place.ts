// A phrase of the form "X of Y": a body of a place ("the Florida Department of State", "Lloyds of
// London"), a firm joined by "&" ("Marks & Spencer"), or a person of a firm ("Sophie Mallinder of
// stockbroker Pennant & Co"), told apart from a person with a title ("RNC Chief of Staff Katie Walsh").

import { isCommonWord } from "../common-words";
import { ORG_WORDS } from "../name-lexicons";
import { countryOf, isFirstName, isPlaceName } from "../names";
import { PERSON_TITLE, isLeadingFunctionWord } from "./name-runs";
import { ROLE_OF, joinedName } from "./org-names";
import type { Registry, Resolution } from "./registry";

/** "Sophie Mallinder of stockbroker Pennant & Co": a person's name, "of", a word or two and a name. */
const PERSON_OF_FIRM = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+of\s+(?:[a-z-]+\s+){1,3}\p{Lu}/u;

/** "RNC Chief of Staff Katie Walsh": a title and a person's first name and surname end the phrase. */
function endsInPersonName(text: string): boolean {
  const t = text.split(/\s+/);
  return t.length >= 3 && isFirstName(t.at(-2)!) && /^\p{Lu}\p{Ll}/u.test(t.at(-1)!) && !/^(?:of|the|for|and)$/i.test(t.at(-3)!);
}

/** "the Florida Department of State", "the Republican Party of Wyoming": one organization. */
export function organizationOfPlace(text: string, at: number, reg: Registry, resolvePerson: (name: string) => Resolution): Resolution | null {
  // ("Sophie Mallinder of stockbroker Pennant & Co": the person, of the firm.)
  if (PERSON_OF_FIRM.test(text) && isFirstName(text.split(/\s+/)[0]!)) return resolvePerson(text.slice(0, text.indexOf(" of ")));
  if (endsInPersonName(text)) return null;
  // "the Centers for Disease Control and Prevention", "the state Division of Motor Vehicles".
  const joined = joinedName(text);
  // "Ernst & Young", "Marks & Spencer": names joined by an ampersand are a firm's.
  if (joined && (joined.name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,]$/, ""))) || joined.name.includes(" & ")) && !ROLE_OF.test(text.slice(0, joined.start))) {
    return { entity: reg.organization(joined.name, at), confidence: 0.9 };
  }
  const orgOf = /\sof\s/.test(text) && /((?:\p{Lu}[\p{L}’'.&-]*\s+)*\p{Lu}[\p{L}’'.&-]*)\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*)+)$/u.exec(text);
  if (orgOf && orgOf[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()) && !PERSON_TITLE.test(w))) {
    const first = orgOf[1]!.split(/\s+/);
    while (first.length > 1 && isLeadingFunctionWord(first[0]!, first[1])) first.shift();
    return { entity: reg.organization(`${first.join(" ")} of ${orgOf[2]!.trim()}`, at), confidence: 0.9 };
  }
  // "Lloyds of London told…", "Juventus of Italy": a name that is no word of English and no person's,
  // of a place. ("The Duke of Edinburgh", "the Bishop of Durham": a title is a word.)
  if (orgOf && /^(?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]+$/u.test(orgOf[1]!) && placeWords(orgOf[2]!.replace(/^the\s+/, "").trim())) {
    const name = orgOf[1]!.replace(/^[Tt]he\s+/, "");
    if (!isCommonWord(name.toLowerCase()) && !isFirstName(name) && !PERSON_TITLE.test(name) && !reg.byNameWord(name) && countryOf(name) === null && !isPlaceName(name)) {
      return { entity: reg.organization(`${name} of ${orgOf[2]!.trim()}`, at), confidence: 0.85 };
    }
  }
  return null;
}

/** "London", "New York", "the United States": a place or country, all its words. */
function placeWords(text: string): boolean {
  return isPlaceName(text) || countryOf(text) !== null;
}
