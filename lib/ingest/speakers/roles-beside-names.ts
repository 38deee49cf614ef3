// The roles written beside a person's name: the words before it ("his Belarussian counterpart
// Vladimir Makey"), a role in apposition before or after it ("the club's new manager, Tom Hale",
// "Ann Vale, the secretary general,"), and what someone is set to do ("with Ridley Scott set to
// direct"). findMentions (mentions.ts) records them as the person's roles.

import { PERSON_ROLE } from "./name-runs";
import { KIN_ROLE } from "./resolve-role";

/** Words that end the role words before a name, reading leftwards ("the prime minister should sack Mr Brown": a modal). */
const ROLE_STOP = /^(?:the|a|an|his|her|their|its|our|of|and|said|says|told|with|by|to|for|from|in|on|at|as|about|over|into|against|after|before|between|under|like|than|without|through|among|that|who|is|was|has|had|when|while|but|should|would|will|could|must|can|may|might|shall|did|does|do|are|were|be|been|not)$/i;

/** The lowercase role words right before a name ("his Belarussian counterpart", "presidential candidate"). */
export function roleBefore(text: string, at: number): string | null {
  // Cheap test first: a role is a word right before the name ("counterpart Vladimir Makey").
  const prev = text.charCodeAt(at - 1);
  if (prev !== 32 || !/\p{L}/u.test(text[at - 2] ?? "")) return null;
  // The word right before the name most often ends any role ("the", "said", "of"): no slicing then.
  const before = text.slice(text.lastIndexOf(" ", at - 2) + 1, at - 1);
  if (ROLE_STOP.test(before)) return null;
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
    // ("has criticised referee Mike Riley", "who sent off striker Didier Drogba": a verb ends the role.)
    // ("the singer named celebrity tabloids Us Weekly": after a word for a person, "named" is her verb.)
    if (ROLE_STOP.test(w) || (ROLE_VERB.test(w) && (!ROLE_ADJECTIVE.test(w) || (i > 0 && PERSON_ROLE.exec(words[i - 1]!)?.[0] === words[i - 1])))) break;
    kept.unshift(w);
  }
  if (kept.length === 0) return null;
  const role = kept.join(" ");
  if (!PERSON_ROLE.test(role)) return null;
  // "Premiership footballer and record company boss Kevin Campbell": both roles are his.
  const roleStart = at - 1 - role.length;
  if (text.startsWith(" and ", roleStart - 5)) {
    const other = /(?:^|[\s(])((?:\p{Lu}[\p{L}-]*\s+)?[\p{Ll}-]+)\s+and\s+$/u.exec(text.slice(Math.max(0, roleStart - 60), roleStart));
    const head = other?.[1]!.split(/\s+/).at(-1) ?? "";
    if (other && !ROLE_STOP.test(head) && !/[^s]s$/.test(head) && PERSON_ROLE.test(other[1]!)) return `${other[1]!} and ${role}`;
  }
  return role;
}

/** A past form or a verb's particle, which no role holds ("criticised", "sent off")… */
const ROLE_VERB = /^(?:[a-z]+ed|off|out|up)$/;
/** …but for the past forms that say what someone is ("retired officer", "elected mayor"). */
const ROLE_ADJECTIVE = /^(?:retired|elected|appointed|acting|disgraced|embattled|celebrated|acclaimed|talented|experienced|qualified|licensed|registered|renowned|noted|respected|decorated|distinguished|unelected|re-elected|newly-appointed|self-styled|self-proclaimed|so-called|unnamed|named|jailed|convicted|accused|alleged|suspected|detained|injured|wounded|sacked|suspended|exiled|deposed|ousted|beleaguered|veteran|bearded|married|divorced|widowed|bereaved|unemployed|disabled|skilled|trained|armed|masked|celebrated)$/;

/** "Strazzabosco’s lawyer, ", "the club's new manager, ", "her mother, ": a role in apposition before a name. */
export function roleApposedBefore(text: string, at: number): string | null {
  const m = /(?:[’']s|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+$/u.exec(text.slice(Math.max(0, at - 60), at));
  // ("Her mother, Kulwinder Sandhu,": a relative too.)
  return m && (PERSON_ROLE.test(m[1]!) || KIN_ROLE.test(m[1]!)) ? m[1]! : null;
}

/** ", the campaign manager," after a name: the role, and whether a comma closes it. */
export function appositiveAfter(text: string, end: number): { role: string; closed: boolean } | null {
  if (text.charCodeAt(end) !== 44) return null;
  const m = /^,\s+((?:the|a|an)\s+[^,.;:“"]{3,80}?)(?=([,.;])|\s+(?:said|says|told|who)\b)/u.exec(text.slice(end, end + 100));
  if (m) return { role: m[1]!, closed: m[2] === "," };
  // "Greg Abbott, Texas attorney general, said", "…, chief executive announcing the deal": no article,
  // a place or a body maybe, and words ending in one only a person is.
  // ("Woods, whose husband…": a relative clause is no role.)
  const bare = /^,\s+(?!(?:whose|who|whom|which|where|when)\b)((?:\p{Lu}[\p{L}.&-]*\s+){0,2}(?:[a-z-]+\s+){0,2}([a-z-]+))(?=([,.;])|\s+(?:said|says|told|who|announcing|adding|saying|speaking)\b)/u.exec(text.slice(end, end + 100));
  if (!bare) return null;
  // ("Texas attorney general": "general" after a word for a person ends the title.)
  const isRole = (w: string | undefined) => !!w && PERSON_ROLE.exec(w)?.[0] === w;
  const head = bare[2]!;
  const before = bare[1]!.split(/\s+/).at(-2);
  return isRole(head) || (head === "general" && isRole(before)) ? { role: bare[1]!, closed: bare[3] === "," } : null;
}

/**
 * "with Ridley Scott set to direct", "a film directed by Jane Hale": the role what someone does gives
 * them, for "the director" later.
 */
export function roleByWhatTheyDo(p: string, start: number, end: number): string | null {
  const after = /^\s+(?:is\s+|was\s+|has\s+been\s+)?(?:set|due|expected|hired|signed(?:\s+up)?|chosen|tipped|lined\s+up|named|appointed)\s+to\s+(direct|produce|present|host|coach|manage|captain|edit)\b/.exec(p.slice(end, end + 50));
  const before = after ? null : /\b(directed|produced|presented|hosted|coached|managed|edited)\s+by\s+$/.exec(p.slice(Math.max(0, start - 20), start));
  const verb = (after?.[1] ?? before?.[1])?.replace(/d$/, "").replace(/e$/, "");
  return verb ? (DOER[verb] ?? null) : null;
}
const DOER: Record<string, string> = { direct: "director", produc: "producer", present: "presenter", host: "host", coach: "coach", manag: "manager", captain: "captain", edit: "editor" };
