// The speaker phrase at a cue: the subject noun phrase before it ("Russian Foreign Minister Sergey
// Lavrov said"), past appositives ("Nora Pike, executive director of the group, said"), the
// subject of the sentence's main clause, or the noun phrase after an inverted cue ("…,” said Makei").

import { MONTHS, WEEKDAYS } from "@/lib/domain/dates";
import { isCommonWord } from "../common-words";
import { LISTED_NAME, ORG_WORDS, US_STATE_ABBREVIATIONS, US_STATES } from "../name-lexicons";
import { countryNamed, countryOf, isFirstName, isPlaceName, notNameWordAt } from "../names";
import type { Span } from "../types";
import { firstCue } from "./cues";
import { LY_NOUN, mayEndInAdjunct, NP_TRAILING_ADJUNCT } from "./adjuncts";
import { insideQuote, lastClosedBetween, type Quote } from "./quotes";
import { ROLES_JOINED, continuesSubject } from "./subject-joins";
import { PERSON_ROLE } from "../speakers/name-runs";
import { OWNERS_BODY, ROLE_OPENING, appositiveComma, orgAppositive, roleAppositive } from "./appositives";
import { COMMITTEE_LAST } from "../speakers/committees";
import { inOpeningWords } from "../speakers/sentence-openings";

const WEEKDAY = WEEKDAYS.join("|");

/** Words that end a subject noun phrase when scanning backwards from the verb. */
export const NP_STOP = new Set(
  `is was are were be been being am has have had will would can could should may might must do does did
  not that which who whom whose what when where why how if then than so because while although though as
  and or but nor yet in on at with from into onto about over under after before since during without
  within through against between among to by also even just still only once again later earlier
  previously recently repeatedly publicly privately reportedly often never always already soon now here
  there it’s it's said says say told added stated wrote asked this these those believe believes believed
  think thinks thought know knows knew hope hopes hoped fear fears feared expect expects expected want wants
  wanted feel feels felt see sees saw say agree agrees agreed worry worries worried suspect suspects made
  makes struck took takes gave gives went goes came comes got gets ran runs won wins lost held brought left
  put sent spent met led paid found kept began became drew grew knew stood spoke hit cut let seemed seems
  appeared appears remains remained`.split(/\s+/),
);
/** "in her opening speech", "in a blog post": the occasion between a subject and its verb. */
const SAID_IN =
  /(?<=\S)\s+in\s+(?:his|her|its|their|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:speech|interview|statement|remarks|post|letter|op-ed|column|tweet|appearance|address|memo|filing|ad|video|email|essay)$/u;
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you", "one"]);
/** -ing words that stand before a noun: "leading economists", "the ruling party", "a credit rating agency". */
const PRENOMINAL_ING = /^(?:leading|organizing|organising|coordinating|commanding|ruling|governing|visiting|outgoing|incoming|acting|striking|founding|opposing|remaining|sitting|serving|retiring|departing|working|voting|competing|participating|polling|reigning|defending|presiding|managing|campaigning|consulting|supervising|investigating|attending|winning|losing|rating|banking|marketing|advertising|housing|building|shipping|mining|trading|lending|broadcasting|publishing|clothing|accounting|engineering|manufacturing|retailing|gaming|betting|training|processing|printing|recruiting|lobbying|fundraising|spending|planning|pricing|farming|computing|networking|operating|staffing|monitoring|testing|nursing|teaching|policing|licensing|messaging|racing|boxing|shooting|drilling|catering|hunting|fishing|recycling|recording|reporting|counselling|counseling)$/;
// AP style shortens these months before a day, and no others.
const AP_MONTH_ABBREVIATIONS = ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"];
const DAYS_MONTHS = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS, ...AP_MONTH_ABBREVIATIONS].join("|")})$`);

export interface SpeakerPhrase {
  text: string;
  /** Local offset within the paragraph. */
  start: number;
}

/** The subject noun phrase ending at `end` (exclusive) inside p[from..end], or null. */
export function subjectBefore(p: string, from: number, end: number): SpeakerPhrase | null {
  // "Sen. Elizabeth Warren (D-MA) said": the party tag is not the speaker.
  let left = p.slice(from, end).replace(/\s*\([^()]{1,30}\)\s*$/, "");
  const adj = mayEndInAdjunct(left) ? NP_TRAILING_ADJUNCT.exec(left) : null;
  // "Sen. Ada Brandt (D-Ore.) on Friday criticized": the tag stands before the adjunct.
  if (adj) left = left.slice(0, adj.index).replace(/\s*\([^()]{1,30}\)\s*$/, "");
  left = left.replace(/\s+$/, "");
  // "Senator Holt in her opening speech called…": where it was said is no part of the speaker.
  left = left.replace(SAID_IN, "");
  // "The BBC's Laura Finch in Madrid said": where the speaker is is no part of the name.
  // "A spokesman for the Albanian embassy in London said": so is where the body is.
  const located = /\sin\s/.test(left) && /^(.*(?:\p{Lu}[\p{L}’'.-]*|\s(?:embassy|consulate|office|mission|delegation|headquarters|branch|bureau)))\s+in\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*$/u.exec(left);
  if (located) left = located[1]!;
  if (!left) return null;
  // (The clause boundary may stand at one of its commas: read back past it.)
  const tail = p.slice(Math.max(0, from + left.length - 150), from + left.length);
  const listed = /Minist|Department|Office|Secretary/.test(tail) && LISTED_NAME_LAST.exec(tail);
  if (listed) return { text: listed[0], start: from + left.length - tail.length + listed.index };
  // "the Commons work and pensions committee said": a committee's name in lower case, "and" and all.
  const committee = left.endsWith("committee") ? COMMITTEE_LAST.exec(tail) : null;
  if (committee) return { text: committee[0], start: from + left.length - tail.length + committee.index };
  const tokens = [...left.matchAll(/[^\s]+/g)];
  let i = tokens.length - 1;
  let first = -1;
  let words = 0;
  for (; i >= 0; i--) {
    const raw = tokens[i]![0];
    if (/[,;:“”"()—–]$/.test(raw) && i !== tokens.length - 1) break;
    if (/^[“"(—–]/.test(raw)) break;
    const w = raw.replace(/[,;:.!?”"’')]+$/, "").replace(/^[“"‘'(]+/, "");
    const lower = w.toLowerCase();
    if (!w) break;
    // "those questioned said", "those polled": the participle makes "those" a noun phrase.
    if (/n[’']t$/.test(lower)) break;
    // "those asked said": a participle after "those" is no verb of its own, even a speech verb's.
    // ("those asked in a poll said": where they were asked goes with them.)
    const askedAfterThose = /^[a-z]+ed$/.test(lower) && (i === tokens.length - 1 || ASKED_WHERE.test(tokens.slice(i + 1).map((t) => t[0]).join(" "))) && i > 0 && /^th(?:ose|ese)$/i.test(tokens[i - 1]![0]);
    // "Brian May said", "Will Carling says": capitalised, the modal is a name.
    // "the WHO said": an acronym is no "who"; "the Met Office", "the Met said": a verb's form in a
    // name is none either.
    if (NP_STOP.has(lower) && !/^(?:May|Will)$/.test(w) && !/^\p{Lu}{2,}$/u.test(w) && !(lower === "think" && /^tanks?$/i.test(tokens[i + 1]?.[0] ?? "")) && !(/^\p{Lu}/u.test(w) && (((/^(?:the|a|an)$/i.test(tokens[i - 1]?.[0] ?? "") || (i === 0 && /^(?:met|led|hit|made|left|won|held|found|kept|grew|drew|ran|struck|paid)$/.test(lower))) && /^\p{Lu}/u.test(tokens[i + 1]?.[0] ?? "")) || (i === tokens.length - 1 && /^the$/i.test(tokens[i - 1]?.[0] ?? "")))) && !askedAfterThose && !(/^th(?:ose|ese)$/.test(lower) && i <= tokens.length - 2 && /^[a-z]+ed$/.test(tokens[i + 1]![0]) && (i === tokens.length - 2 || ASKED_WHERE.test(tokens.slice(i + 2).map((t) => t[0]).join(" ")))) && !(i > 0 && /^(?:in|by|for)$/.test(lower) && /^(?:asked|questioned|polled|surveyed|interviewed)$/.test(tokens[i - 1]![0]) && /^th(?:ose|ese)$/i.test(tokens[i - 2]?.[0] ?? "")) && !continuesSubject(tokens, i, p.slice(from + left.length, end + 12))) break;
    if (/^\p{Ll}/u.test(w) && /(?:ed|ing)$/.test(lower) && !/^(?:head|red|bed|speed|king|thing|ring|wing|being)$/.test(lower) && words > 0 && !askedAfterThose && !/(?:^|-)(?:based|led|backed|funded|affiliated|owned|appointed|elected|run|briefed|involved|polled|asked|questioned|surveyed|interviewed|representing)$|ly-[a-z]+ed$/.test(lower) && !(/^(?:retired|disgraced|embattled|beleaguered|celebrated|acclaimed|renowned|respected|bereaved|jailed|convicted|injured)$/.test(lower) && /^\p{Ll}/u.test(tokens[i + 1]?.[0] ?? "")) && !PRENOMINAL_ING.test(lower)) break;
    // ("Two weeks ago the group announced": how long ago is no part of who.)
    if ((DAYS_MONTHS.test(w) || /^(?:ago|earlier|later)$/.test(lower)) && words > 0) break;
    // "On Tuesday night the reality star posted": the time before the subject is no part of it.
    if (words > 0 && i > 0 && /^(?:night|morning|afternoon|evening|week|weekend|month|year)$/.test(lower) && (DAYS_MONTHS.test(tokens[i - 1]![0]) || /^(?:last|this|next|that|every)$/i.test(tokens[i - 1]![0]))) break;
    if (/^(?:1[89]|20)\d\d$/.test(w) || (/^\d/.test(w) && /[:/]/.test(w))) break;
    // "nowhere near the $27bn Russia says Yukos owes": a sum before a name is what the clause is
    // about, not part of who speaks.
    if (words > 0 && /^[$£€¥]\d|^\d[\d.,]*(?:bn|m|%)$/.test(w) && /^\p{Lu}/u.test(tokens[i + 1]![0])) break;
    // "At Easter the bishop said", "In New York the mayor said": a place or time opening the sentence
    // without a comma ends before the noun phrase's article.
    if (/^(?:the|a|an)$/i.test(w) && afterFrontedName(tokens, i)) {
      first = i;
      words++;
      break;
    }
    first = i;
    words++;
    // A long organisation's name may run on ("The United Nations' Economic Commission for Latin America and the Caribbean").
    if (words > 10 && (words > 14 || !/^(?:\p{Lu}|the$|of$|for$|and$)/u.test(w))) return null;
    // ("the world number one said": a rank, no pronoun.)
    if (PRONOUNS.has(lower) && !(lower === "one" && i > 0 && /^(?:number|no\.?)$/i.test(tokens[i - 1]![0]))) break;
  }
  if (first < 0) return null;
  // "Ms Robinson, who presents The Weakest Link tells Cockerell that…": a relative clause left
  // unclosed before the verb; its verb is no subject, the name before it is.
  // ("…, who runs the Acme Trust said": the clause's object is no subject either.)
  // (Not "…, who have all denied" nor "…, who cringe as they recall": the clause's own subject.)
  const at = from + tokens[first]!.index!;
  // "A lawyer representing Mr Doherty and Mr Wass said": the lawyer speaks, for both named.
  const counsel = /^\p{Lu}/u.test(tokens[first]![0]) ? COUNSEL_BEFORE.exec(p.slice(Math.max(from, at - 90), at)) : null;
  if (counsel) {
    const start = at - counsel[1]!.length;
    const text = p.slice(start, from + left.length).replace(/[,\s]+$/, "");
    if (isPlausibleSubjectText(text)) return { text, start };
  }
  // (A look for "who" first: this runs for every cue.)
  if (p.lastIndexOf(" who", at) > at - 80 && !PRONOUNS.has(tokens[first]![0].toLowerCase()) && !/^(?:all|both|each|some|many|most)$/i.test(tokens[first]![0])) {
    const verb = /^\p{Ll}[\p{Ll}-]*s$/u.test(tokens[first]![0]);
    const lead = p.slice(Math.max(0, at - 80), at);
    // ("Mr Kennedy, whose party opposes the plan said": the noun after "whose" is no subject either.)
    const who = (verb ? /\p{Lu}[\p{L}’'.-]*,\s+who\s+$/u : /\p{Lu}[\p{L}’'.-]*,\s+(?:who\s+(?:[\p{Ll}-]+\s+){1,3}|whose\s+(?:[\p{Ll}-]+\s+){0,2})$/u).exec(lead);
    if (who) {
      const comma = at - lead.length + who.index + who[0].indexOf(",");
      const stop = Math.max(lead.lastIndexOf(". ", who.index), lead.lastIndexOf("\n", who.index));
      return subjectBefore(p, stop < 0 ? at - lead.length : at - lead.length + stop + 1, comma);
    }
  }
  // A noun phrase cannot start with a preposition-like leftover; trim leading "of"/"for".
  while (first < tokens.length && /^(?:of|for|'s|’s)$/i.test(tokens[first]![0])) first++;
  if (first >= tokens.length) return null;
  const startLocal = from + tokens[first]!.index!;
  const text = p.slice(startLocal, from + left.length).replace(/[,\s]+$/, "").replace(/\s+(?:himself|herself|themselves|itself)$/, "");
  if (!text) return null;
  if (!isPlausibleSubjectText(text)) return null;
  if (!isPlausibleSpeaker(text)) return null;
  return { text, start: startLocal };
}

/** "A lawyer representing ", "lawyers acting for Mr Hale and ": whom they speak for follows. */
const COUNSEL_BEFORE = /(?:^|\s)((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\p{Ll}-]+\s+)?(?:[Ll]awyers?|[Ss]olicitors?|[Aa]ttorneys?|[Bb]arristers?|[Cc]ounsel|[Aa]gents?)\s+(?:for|representing|acting\s+for|on\s+behalf\s+of)\s+(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:and|&)\s+)?)$/u;

/** "The Department for Environment, Food and Rural Affairs" ending the words before the verb. */
const LISTED_NAME_LAST = new RegExp(String.raw`(?:\b[Tt]he\s+)?${LISTED_NAME}$`, "u");

/** Capitalised words right before token `i`, after a preposition that opens the text: "At Easter", "In New York". */
function afterFrontedName(tokens: RegExpMatchArray[], i: number): boolean {
  const opener = (t: string) => FRONTED_WHERE.test(`${t} `);
  let j = i - 1;
  while (j > 0 && /^\p{Lu}[\p{L}’'.-]*$/u.test(tokens[j]![0]) && !opener(tokens[j]![0])) j--;
  if (j < i - 1 && j === 0 && opener(tokens[0]![0])) return true;
  // "In his New Year message the Liberal Democrat leader said", "In a statement the firm said": a
  // phrase of a few words opening the sentence, on its own, before the subject's article.
  // ("Even without changes the commission does urge…", "Despite this the minister said": so is one
  // opening on "without", "with" or "despite", in lower-case words; "Even the organiser of a rally
  // said" opens on no phrase.)
  const opening = /^(?:Without|With|Despite)$/.test(tokens[0]![0]) ? 1 : tokens[0]![0] === "Even" && /^(?:without|with|so)$/.test(tokens[1]?.[0] ?? "") ? 2 : 0;
  if (opening && i > opening && i <= 5 && tokens.slice(1, i).every((t) => /^[\p{Ll}’'-]+$/u.test(t[0]))) return true;
  return /^(?:In|At|On|During|After|Before)$/.test(tokens[0]![0]) && /^(?:his|her|its|their|a|an|the)$/.test(tokens[1]?.[0] ?? "") && i >= 3 && i <= 7 && tokens.slice(1, i).every((t) => /^[\p{L}’'-]+$/u.test(t[0]));
}

/** An American legislator's party and state after the name: "R-Ky.", "D-N.Y.", "I-Vt.", "R-Texas". */
const PARTY_TAG_WORDS = String.raw`[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
const PARTY_TAG = new RegExp(`^${PARTY_TAG_WORDS}$`, "u");
const PARTY_TAGS = new RegExp(`\\b${PARTY_TAG_WORDS}`, "gu");

/**
 * The subject when appositives stand between it and the verb: "Nora Pike, executive director of
 * the group, said", "Ann Reyes, the head of Open Ledger, a watchdog group, said",
 * "Kasich (who has 25 delegates) said".
 */
export function subjectBeforeAppositives(p: string, from: number, cueStart: number): SpeakerPhrase | null {
  // "Mr Pratt, 52, has said", "Norland, which owns the mine, had previously insisted": the auxiliary
  // and adverbs belong to the verb.
  let left = p.slice(from, cueStart).replace(/\s+$/, "");
  if (mayEndInAdjunct(left)) {
    const stripped = left.replace(NP_TRAILING_ADJUNCT, "");
    // "Vivendi, however, has said": the adverb between commas was the only appositive.
    if (left.includes(",") && !stripped.includes(",") && /,\s*(?:however|meanwhile|though|too|also|instead|nevertheless|moreover|furthermore|similarly|likewise|indeed)\s*,/.test(left.slice(stripped.length))) {
      const cand = subjectBefore(p, from, from + stripped.length);
      if (cand && /^\p{Lu}/u.test(cand.text) && cand.start === from + stripped.search(/\S/)) return cand;
    }
    left = stripped;
  }
  // "Many people at the meeting — including farmers, teachers — said".
  const dashed = /\s*(?:[—–―]|\s--?\s)[^—–―]{1,120}(?:[—–―]|\s--?)$/u.exec(left);
  if (dashed) {
    const cand = subjectBefore(p, from, from + dashed.index);
    if (cand) return cand;
  }
  if (left.endsWith(")")) {
    const open = left.lastIndexOf("(");
    if (open < 0) return null;
    const cand = subjectBefore(p, from, from + open);
    return cand && /\p{Lu}/u.test(cand.text) ? cand : null;
  }
  left = left.replace(/,$/, "");
  // "…at the Cookeville, Tenn., plant": a place's state between commas is no appositive (the commas
  // become spaces, so offsets stay).
  if (left.includes(",")) left = left.replace(STATE_BETWEEN_COMMAS, (m) => m.replace(/,/g, " "));
  // "Tom Barr, AKA Night Owl, said": the name he goes by is no other speaker.
  const goesBy = /,\s+(?:AKA|aka|a\.k\.a\.|also\s+known\s+as|known\s+as)\s+[^,]+$/.exec(left);
  if (goesBy) {
    left = left.slice(0, goesBy.index);
    const cand = subjectBefore(p, from, from + left.length);
    if (cand && /\p{Lu}/u.test(cand.text)) return cand;
  }
  // "Many experts, including the World Bank, have pointed out": the one named speaks among them;
  // with several named ("including Hale and Ames") the group does, and names no one.
  const including = /,\s+(?:including|among\s+them)\s+([^,]+)$/.exec(left);
  if (including) {
    const named = including[1]!.includes(" and ") ? null : subjectBefore(p, from + including.index + including[0].length - including[1]!.length, from + left.length);
    if (named && /\p{Lu}/u.test(named.text)) return named;
    return subjectBefore(p, from, from + including.index);
  }
  // "Senator Carla Mendes, whose home town, Ardmore, lost its mill, argues": a "whose" clause
  // runs to the verb, whatever it names between its own commas; the name before it speaks.
  const whose = /,\s+whose\s/.exec(left);
  if (whose) {
    const cand = subjectBefore(p, from, from + whose.index);
    if (cand && /^\p{Lu}/u.test(cand.text)) return cand;
  }
  {
    // "the director of the F.B.I., James B. Comey, said": the name in apposition speaks.
    // "Vasquez's coach, former Davis Cup player Martin Ferreyra, said", "Its founder, retired
    // officer Derek Mullan, 67, said": so does a name its role words lead to.
    // ("Ald. Luis Hernández, 31st, who…": a ward's number, as an age.)
    const unaged = left.replace(/,\s+\d{1,3}(?:st|nd|rd|th)?$/, "");
    const comma = unaged.lastIndexOf(",");
    const seg = unaged.slice(comma + 1).trim();
    // ("His wife, Jane, said": a first name alone after a relative or a role.)
    const named = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+$/u.test(seg) || (isFirstName(seg) && /^(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{L}’'-]+\s+){0,2}\p{Ll}[\p{Ll}-]+$/u.test(unaged.slice(0, comma).trim()));
    // Role words alone ("former official"), never "a director at Acme Capital", whose capitals are no name.
    const roleName = !named ? /^((?:[\p{L}-]+\s+){0,5}[\p{Ll}-]+)\s+(\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,1}\s+\p{Lu}[\p{L}’'-]+$/u.exec(seg) : null;
    const roleThenName =
      !!roleName &&
      // ("…, the film's director, Norwegian film-maker Lena Sørvik, said": a nationality may open the role.)
      (/^\p{Ll}/u.test(seg) || countryOf(seg.split(/\s+/)[0]!) !== null) &&
      // ("Another Tory MP, the former minister Sir Geoffrey Lyall, said": after "the", a title before the name.)
      // ("One of his former clients, the singer-songwriter Wade Pruett, said": or words for someone, then a full name.)
      (!/^(?:a|an|the|his|her|its|their|who|whose|which)\s/.test(seg) || (/^the\s/.test(seg) && (/^(?:Sir|Dame|Lord|Lady|Baroness|Dr|Mr|Mrs|Ms|Professor)$/.test(roleName[2]!) || PERSON_ROLE.test(roleName[1]!.replace(/^the\s+/, ""))))) &&
      !/\b(?:at|of|for|from|in|with|by|to|on|and|who|which|whose|that)\b/.test(roleName[1]!) &&
      (isFirstName(roleName[2]!) || PERSON_ROLE.test(roleName[1]!));
    // "The world's biggest tobacco consumer, China, has said", "India's biggest oil firm, Oil & Natural
    // Gas Corp (ONGC), says": a name in apposition to a description; "a spokesman for the prosecutor,
    // New York State Comptroller Alan Hevesi, said": a full name after its title.
    const bare = seg.replace(/\s+\(\p{Lu}[\p{Lu}&]{1,7}\)$/u, "");
    const descSeg = unaged.slice(unaged.lastIndexOf(",", comma - 1) + 1, comma);
    const describedBefore = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*[’'](?:s\b)?)\s+(?:[^,]*\s)?\p{Ll}[\p{Ll}-]+$/u.test(descSeg.trim());
    // (Not after "a spokesman for the prosecutor": the name is the prosecutor's, who is not the one speaking.)
    const forSomeone = /\bspokes\w+\s+(?:for|of|at)\b/.test(descSeg);
    const nameAfterDescription =
      describedBefore &&
      !forSomeone &&
      // ("The Democratic candidates, Hillary Clinton and Bernie Sanders, have promised": two people.)
      (!/\sand\s/.test(bare) || ORG_WORDS.has(descSeg.trim().split(/\s+/).at(-1)!) || /(?:firm|company|group)$/.test(descSeg.trim())) &&
      /^\p{Lu}[\p{L}&.-]*(?:\s+(?:\p{Lu}[\p{L}&.-]*|&|of|and|for))*$/u.test(bare) &&
      bare.split(/\s+/).length <= 6 &&
      /^\p{Lu}/u.test(bare.split(/\s+/).at(-1)!) &&
      !/^(?:However|Meanwhile|Indeed|Instead|Also|Still|Now|Then|Too|Though|Yet|Nevertheless|Moreover|Furthermore)$/.test(bare);
    const titledName = /^(?:\p{Lu}[\p{L}.’'-]*\s+){2,6}\p{Lu}[\p{L}’'-]+$/u.test(seg) && isFirstName(seg.split(/\s+/).at(-2)!) && !forSomeone;
    // The spokesman speaks, for the one named after him.
    if (forSomeone && describedBefore && /^\p{Lu}/u.test(bare) && !named) {
      const desc = descSeg.trim();
      return { text: desc, start: from + unaged.lastIndexOf(desc, comma) };
    }
    // ("Howard Ziskin, who co-founded the firm with his late partner, Ruth Bauer, told": a name closing a "who" clause is in it.)
    if (comma > 0 && (named || roleThenName || nameAfterDescription || titledName) && !/^\s*(?:who|whose|which)\s/.test(descSeg) && isPlausibleSubjectText(bare) && !(orgAppositive(seg) && /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+$/u.test(unaged.slice(0, comma)))) {
      return { text: bare, start: from + unaged.lastIndexOf(seg) };
    }
  }
  // "Ann Reyes, the head of Open Ledger, a watchdog group, said": a description between commas may
  // itself stand in apposition to a name before it, which speaks; the description only if none does.
  let description: SpeakerPhrase | null = null;
  for (let depth = 0; depth < 6; depth++) {
    const comma = appositiveComma(left);
    if (comma <= 0) return depth === 0 ? nameBeforeStrayComma(p, from, left) : description;
    const appositive = left.slice(comma + 1).trim();
    // "The letter, from the Home Office, said": who sent a document speaks through it.
    const sender = depth === 0 && /\b(?:letter|statement|report|memo|note|e-mail|email|document|notice|circular)$/i.test(left.slice(0, comma).trim()) ? /^(?:from|by)\s+((?:the\s+)?\p{Lu}[^,]*)$/u.exec(appositive) : null;
    if (sender) return { text: sender[1]!, start: from + left.lastIndexOf(sender[1]!) };
    // "Mr Dale, MP for Henley, Oxfordshire, said": a place's county after it is no appositive of its own.
    if (/^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.test(appositive) && /\b(?:for|in|of|at|from|near)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3}$/u.test(left.slice(0, comma))) {
      left = left.slice(0, comma);
      continue;
    }
    // "Mr Pike, 52,", "A majority, 52%,": an age or a share in apposition.
    // "…, who farms outside the county town, Ashford, said": a name after a noun names that noun.
    const namesNoun = /^(?:\p{Lu}[\p{L}.’'-]*\s*){1,3}$/u.test(appositive) && /\s\p{Ll}[\p{L}-]*$/u.test(left.slice(0, comma)) && /,\s*(?:who|which|whose)\s/.test(left.slice(0, comma));
    if (!namesNoun && !/^(?:a|an|the|who|whose|which|\d{1,3}(?:\.\d+)?(?:\s*(?:%|per\s*cent)|st|nd|rd|th)?$|[\p{Ll}]|[RDI]-|\p{Lu}[\p{L}.]*\s+(?:of|at|for)\b|(?:\p{Lu}\S*\s+)*(?:president|director|chairman|chair|spokes\w+|secretary|professor|head|founder|ceo)|(?:\p{Lu}\S*\s+)*(?:President|Director|Chairman|Chairwoman|Chair|Spokes\w+|Secretary|Professor|Head|Founder|Executive|Editor|Minister)\b)/u.test(appositive) && !roleAppositive(appositive) && !ROLE_OPENING.test(appositive) && !orgAppositive(appositive) && !OWNERS_BODY.test(appositive)) return description;
    // A relative clause may run long ("Mr Pike, who was forced to apologise last year for an article
    // in the paper he edits about…, said"); a description rarely does.
    if (appositive.split(/\s+/).length > (/^(?:who|whose|which)\s/.test(appositive) ? 45 : 25)) return description;
    left = left.slice(0, comma);
    // "…who has run the Playhouse in Eastmouth, Norfolk,": a place's region is no appositive of its own.
    const prevComma = appositiveComma(left);
    // "Rep. Tomas Varga (D-Ore.), chair of…": the party tag is not part of the name.
    const bare = left.replace(/\s*\([^()]{1,30}\)\s*$/, "");
    // "Dr Gibbons, who was a GP in Carrow, in the valley, said": a segment opening with a lowercase
    // word is one more appositive; the name that ends it is not the speaker.
    // ("The mom of two, who shares daughters Aria, 6, and Lucia, 3, with…, said": nor a list's last name and age.)
    if (/^\s*(?:who|whose|which|where|in|at|from|of|on|near|for|with|before|after)\s/.test(left.slice(prevComma + 1)) && prevComma > 0) continue;
    if (/,\s+\d{1,2},\s+and\s+\p{Lu}[\p{L}’'-]*$/u.test(left) && /^\d{1,2}$/.test(appositive)) continue;
    // ("Lauren, who hopes to see her eldest daughter, Mia, start school, said": a name in apposition to the
    // clause's last noun, unless that noun is a name: "…, who asked to be identified by her first name, Rebecca,".)
    if (prevComma > 0 && /^(?:who|whose|which)\s.*\s(?!(?:first\s+|last\s+|nick)?names?$)\p{Ll}+$/u.test(left.slice(appositiveComma(left.slice(0, prevComma)) + 1, prevComma).trim()) && /^\p{Ll}/u.test(appositive) && !/^(?:a|an|the|who|whose|which)\s/.test(appositive)) continue;
    // "Sen. Mitch Gray, R-Ky., the party's leader, said": the party and state are one more appositive.
    if (prevComma > 0 && PARTY_TAG.test(left.slice(prevComma + 1).trim())) continue;
    const cand = subjectBefore(p, from + prevComma + 1, from + bare.length);
    // "Henrik Dahl, a portfolio manager at Fjord Capital, which…, said": a description between
    // commas is one more appositive, whatever name ends it.
    if (prevComma > 0 && /^\s*(?:a|an)\s/.test(left.slice(prevComma + 1)) && cand && cand.start > from + prevComma + 1 + left.slice(prevComma + 1).search(/\S/)) continue;
    // "Ruth Ames, founder of the Harbor Club, a donor from Maine, said": a role phrase ("the head of…",
    // "founder of…") is one more appositive; a name before it speaks.
    if (cand && /^(?:the\s|a\s|an\s|\p{Ll})/u.test(cand.text) && prevComma > 0) {
      description ??= /\p{Lu}/u.test(cand.text) ? cand : null;
      continue;
    }
    // "Outside the chamber, retired postman Frank Kowalczyk, 74, …, said": where, opening the
    // sentence, is nobody; the description with the name after it speaks.
    if (cand && description && prevComma <= 0 && FRONTED_WHERE.test(cand.text)) return description;
    // "In October, users grew by 1.4 million, overtaking landlines, said the regulator": the object
    // of the phrase opening the sentence is no subject; the name after the cue may speak.
    if (cand && prevComma <= 0 && /^\p{Lu}/u.test(cand.text) && cand.start + cand.text.length === from + left.trimEnd().length && FRONTED_OBJECT.test(p.slice(from, cand.start))) return description;
    // "One shop supervisor in Bradford, a mum-of-three, wrote": someone of the place speaks, not it.
    const ofPlace = cand ? /(?:^|\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){1,4}(?:in|near)\s+)$/u.exec(p.slice(from + prevComma + 1, cand.start)) : null;
    if (cand && ofPlace) return { text: ofPlace[1]! + cand.text, start: cand.start - ofPlace[1]!.length };
    if (cand && /\p{Lu}/u.test(cand.text) && /^(?:a|an|the)\s/i.test(appositive)) return cand;
    // ("…weeks after wellness creator Priya Nair, 26, told": role words before the name too.)
    if (cand && /\p{Lu}/u.test(cand.text) && (/^\p{Lu}/u.test(cand.text) || /^(?!(?:the|a|an|his|her|their|its|our|my)\s)(?:[\p{Ll}-]+\s+){1,3}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+$/u.test(cand.text))) return cand;
  }
  return description;
}

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** ", Tenn.,", ", Illinois,": a US state after a place's name, with the commas around it. */
const STATE_BETWEEN_COMMAS = new RegExp(
  String.raw`,(?<=\p{Lu}[\p{L}-]*,)\s+(?:(?:${[...US_STATE_ABBREVIATIONS].map(capitalised).join("|")}|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va)\.|${[...US_STATES].map(capitalised).join("|")}),(?=\s)`,
  "gu",
);

/** "On Monday", "Speaking to BBC Look North", "Writing in the Daily Mail": a sentence's opening phrase, up to its comma. */
const FRONTED_PHRASE = /^\s*(?:In|On|At|By|From|Since|Until|After|Before|During|Earlier|Later|Last|This|Speaking|Writing|Talking|Appearing|Responding|Asked|Interviewed|Addressing|Campaigning|Reacting|Commenting|Posting)\s[^,;:“”"]*$/;

/** "In ", "In nearby ": a preposition opening the sentence, before the name that is its object. */
const FRONTED_OBJECT = /^\s*(?:In|On|At|By|From|Since|Until|Over|Near|Throughout|Outside|Inside|After|Before|During|Across)\s+(?:(?:the|nearby|neighbouring|neighboring|central|northern|southern|eastern|western|early|late|mid)\s+)?$/;

/** "Outside the chamber", "In Leeds", "On Monday": a sentence's opening phrase of place or time. */
const FRONTED_WHERE = /^(?:In|On|At|By|From|Since|Until|Over|Near|Throughout|Outside|Inside|After|Before|During|Back|Across|Earlier|Later|Last|This|Elsewhere|Meanwhile)\s/;

/**
 * "…, Alan Millburn, the party's campaign strategist told…": the writer left out the comma that closes
 * the appositive, so the role reads as the subject; the full name before it is the speaker.
 */
export function nameBeforeRole(p: string, from: number, subject: SpeakerPhrase): SpeakerPhrase | null {
  const left = p.slice(from, subject.start);
  // "Harold Archley, chief economist at Norvale said": the organisation the role is at.
  const at = /(?:at|of|for|with|the)$/.test(left.trimEnd()) && /((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+),\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:at|of|for|with)\s+(?:the\s+)?$/u.exec(left);
  if (at && ROLE_TAIL.test(left.slice(at.index + at[1]!.length).replace(/\s+(?:at|of|for|with)\s+(?:the\s+)?$/, "").trim()) && isPlausibleSubjectText(at[1]!)) {
    return { text: at[1]!, start: from + at.index };
  }
  // "Judge Ann Mallory, QC told": letters after a name are no speaker of their own.
  const postNominal = /^(?:QC|KC|MP|MEP|MSP|MLA|TD|AM|MS|OBE|MBE|CBE)$/.test(subject.text);
  // ("Chris Panayis, managing director of ISP Freedom2surf said": the role, then what it is of.)
  const role = /^\p{Ll}/u.test(subject.text) ? subject.text.replace(/\s+(?:at|of|for|with)\s+.*$/, "") : subject.text;
  if (!postNominal && (!/^(?:\p{Ll}|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s\s+\p{Ll})/u.test(subject.text) || !ROLE_TAIL.test(role))) return null;
  // ("Rabbi Marvin Hier, founder of…", "Philippe Sands QC, a member of…": a title before the name, letters after it.)
  const before = /((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Judge|Rabbi|Rev|Father|Professor|Prof|Imam|Bishop|Dame)\.?\s+|\p{Lu}[\p{L}’'-]+\s+(?=\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+(?:\s+(?:QC|KC|MP|MEP|MSP|OBE|MBE|CBE))?,\s*$))?\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)(?:\s+(?:QC|KC|MP|MEP|MSP|OBE|MBE|CBE))?,\s*$/u.exec(left);
  // (Three names only when the first is a given name: "Philippe Sands", not "Minister Tony Blair".)
  if (before && before[1]!.split(/\s+/).length === 3 && !/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Judge|Rabbi|Rev|Father|Professor|Prof|Imam|Bishop|Dame)\b/.test(before[1]!) && !isFirstName(before[1]!.split(/\s+/)[0]!)) {
    const first = before[1]!.indexOf(" ") + 1;
    before.index += first;
    before[1] = before[1]!.slice(first);
  }
  if (!before || !isPlausibleSubjectText(before[1]!) || isPlaceName(before[1]!)) return null;
  // "On Monday, the minister said", "Speaking to BBC Look North, the minister said": the words before
  // the comma open the sentence with when, where or how; the role after it is the subject.
  if (FRONTED_PHRASE.test(left.slice(0, before.index + before[1]!.length))) return null;
  if (inOpeningWords(p, from + before.index)) return null;
  return { text: before[1]!, start: from + before.index };
}

/** A noun phrase that ends in a person's role. */
const ROLE_TAIL = /\b(?:strategist|spokes(?:man|woman|person)|director|chairman|chairwoman|chair|president|secretary|minister|executive|chief|head|manager|economist|analyst|editor|correspondent|adviser|advisor|leader|founder|officer|coach|captain|boss|lawyer|professor|researcher|consultant|campaigner|member|representative)$/;

/**
 * "The union's lawyer Anna Reyes, said": a comma the writer put between the subject and its verb.
 * Only a whole sentence-opening noun phrase that ends in a full name ("The plan is dead, said…" and
 * "In London, said…" keep their inverted reading).
 */
function nameBeforeStrayComma(p: string, from: number, left: string): SpeakerPhrase | null {
  const cand = subjectBefore(p, from, from + left.length);
  if (!cand || p.slice(from, cand.start).trim() !== "") return null;
  return /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+$/u.test(cand.text) && !isPlaceName(cand.text.split(/\s+/).slice(-2).join(" ")) ? cand : null;
}

/** "Ruth Kell of the Harbour Centre for Maritime Studies": a long name, words all capitalised or joining. */
const NAME_OF_PLACE = /^[\s,]*(?:\p{Lu}[\p{L}.’'-]*|of|the|for|and|at|de|van|von)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|the|for|and|at|de|van|von))*\s*$/u;

/** "Tom Reade and Ann Quill", "singer Tom Reade and drummer Ann Quill": the "and" between two names. */
const NAMES_JOINED = /(\p{Lu}[\p{L}.’'-]*)\s+and\s+(?=(?:[\p{Ll}-]+\s+){0,2}\p{Lu})/gu;

/** A quotation of capitalised words and no stop: “Highway Hymns”, ''The Big Short''. */
const QUOTED_NAME = /^(?:["“‘']|'')\p{Lu}[\p{L}’'&-]*(?:\s+(?:\p{Lu}[\p{L}’'&-]*|of|the|and|in|on|a|to|for))*(?:["”’']|'')?$/u;

/** The last clause boundary before `end` in the sentence, and a quotation the cue may follow. */
export function clauseBoundary(p: string, sent: Span, end: number, doubles: Quote[]): { boundary: number; afterQuote: Quote | null } {
  const leftText = p.slice(sent.start, end);
  let boundary = sent.start;
  let afterQuote: Quote | null = null;
  const bracketed = leftText.includes("(");
  // A comma between digits ("1,300 bosses") separates thousands, not clauses.
  const re = /(?:(?<!\d),|,(?!\d)|[;:—–]|\s-{1,2}\s|(?:[”"]|'')(?=[\s,]))\s*/g;
  let b: RegExpExecArray | null;
  while ((b = re.exec(leftText))) {
    const at = sent.start + b.index;
    if (insideQuote(doubles, at) && !/[”"']/.test(b[0])) continue;
    // "Coun Imran Akhtar (Con, Ashworth North) said": a comma inside brackets ends no clause.
    if (bracketed && b[0][0] === "," && leftText.lastIndexOf("(", b.index) > leftText.lastIndexOf(")", b.index) && leftText.indexOf(")", b.index) > 0) continue;
    boundary = at + b[0].length;
  }
  const lastQuote = lastClosedBetween(doubles, sent.start, end);
  const betweenLen = lastQuote ? p.slice(lastQuote.close, end).replace(/^[\s,]+/, "").length : 0;
  // "…,” the port authority's deputy chief executive Amira Nour El Sayed said": a long title ending in a full name.
  if (lastQuote && (betweenLen < 60 || (betweenLen < 160 && /,/.test(p.slice(lastQuote.close + 1, end))) || (betweenLen < 120 && (NAME_OF_PLACE.test(p.slice(lastQuote.close, end)) || /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+\s*$/u.test(p.slice(lastQuote.close, end))))) && /^[,\s—–-]*$|^[,.?!\s]*\s/.test(p.slice(lastQuote.close, lastQuote.close + 2))) {
    // "…,” he said" / "…,” said Lavrov" / "…,” P. Ivo Marsh, executive director…, said".
    const between = p.slice(lastQuote.close, end);
    const otherCue = firstCue(between);
    // A short title in quotation marks ("on Fox News’s “Hannity,” Gingrich said…") is not the content.
    const lead = p.slice(Math.max(sent.start, lastQuote.open - 12), lastQuote.open);
    const quoteWords = p.slice(lastQuote.open, lastQuote.close).split(/\s+/).length;
    // (Nor a name in capitals that a noun runs on from, or given as a name: "her “Highway Hymns”
    // stadium tour", "known to her family as 'Orlie',".)
    const isTitle = (quoteWords < 5 && /(?:[’']s|\b(?:on|in|of|called|titled|named|dubbed))\s*$/.test(lead)) || (quoteWords < 6 && QUOTED_NAME.test(p.slice(lastQuote.open, lastQuote.close)) && (/^\s+\p{Ll}/u.test(p.slice(lastQuote.close, lastQuote.close + 3)) || /\b(?:as|nicknamed)\s*$/.test(lead)));
    if (
      !isTitle &&
      // "…,” Sen. Ann Hale (R-Fla.) said", "…,” Sen. Ann Hale, R-Fla., said": a party tag's stop ends nothing.
      !/[.;:!?]/.test(between.replace(/\s*\([^()]{1,30}\)/g, "").replace(PARTY_TAGS, "").replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr)\.|\b\p{Lu}\./gu, "")) &&
      // "…,” Tom Reade and Ann Quill said": an "and" between two names joins the speakers, not clauses.
      !/\b(?:that|and|but|because|though|although|while)\b|(?<!,\s*)\b(?:which|who)\b/.test(between.replace(ROLES_JOINED, " ").replace(NAMES_JOINED, "$1 ")) &&
      !otherCue
    ) {
      afterQuote = lastQuote;
    }
    if (lastQuote.close > boundary) boundary = lastQuote.close;
  }
  return { boundary, afterQuote };
}

/** The noun phrase that is the subject of a verb starting at `end`. */
export function findSubject(p: string, sent: Span, end: number, doubles: Quote[]): SpeakerPhrase | null {
  // "Ms MacLeod — who is no relation — seized…": the subject stands before the aside in dashes.
  const aside = /\s(?:--|—|–)\s*$/.test(p.slice(Math.max(sent.start, end - 4), end)) ? subjectBeforeAppositives(p, sent.start, end) : null;
  if (aside) return aside;
  const { boundary } = clauseBoundary(p, sent, end, doubles);
  const direct = subjectBefore(p, boundary, end);
  if (direct) return direct;
  if (/(?:,|\))\s*$/.test(p.slice(sent.start, end))) return subjectBeforeAppositives(p, sent.start, end);
  return null;
}

/** Capitalised only because they open a sentence. */
const SENTENCE_OPENERS = new Set(
  `the a an this that these those he she it they we i you his her their its our my but and or so yet if
  when while as after before since because although though in on at for with by from of to during also
  then now there here still even just meanwhile however instead yes no some many most all both each
  every one two three last next first new according asked speaking`.split(/\s+/),
);

const FINITE_VERB = /\s(?:(?:did|does|do|was|were|is|are|has|have|had|would|could|should|wo|ca)n[’']t|has|have|had|is|was|are|were|will|would|could|should|did|does|can|may|might|must|[a-z]{3,}ed|(?:says|said|told|tells|wrote|writes|made|makes|took|takes|gave|gives|went|goes|came|comes|held|holds|got|gets|ran|runs|won|wins|lost|spoke|speaks|spent|rose|fell|grew|sold|bought|paid|kept|became|began|brought|fought|threw|drew|chose|drove|flew|sought|caught|hit\s+back|hits\s+back|thinks|believes|feels|reckons|knows|suspects|thought|felt|knew))\b/g;

/** A capitalised word, role words in lower case, then a full name, before a word in lower case. */
const ROLE_WORDS_THEN_NAME = /^(\p{Lu}\p{Ll}+(?:\s+(?!(?:of|in|at|on|for|from|with|by|to|outside|inside|near|and|or|the|a|an)\b)[\p{Ll}-]+){1,3}\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+),?\s+\p{Ll}/u;

/** The subject of the sentence's main clause: the noun phrase before its first finite verb. */
export function sentenceSubject(p: string, sent: Span, before: number, doubles: Quote[]): SpeakerPhrase | null {
  const s = p.slice(sent.start, before);
  const opening = OPENING_ADVERBIAL.exec(s)?.[0].length ?? 0;
  const asides: [number, number][] = [[0, opening], ...asidesOf(s)];
  FINITE_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FINITE_VERB.exec(s))) {
    const at = sent.start + m.index;
    if (insideQuote(doubles, at)) continue;
    // "At a rally in Laramie — which holds its primary next week — Ortega argued…": an aside's verb heads nothing.
    if (asides.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    const subj = findSubject(p, sent, at, doubles);
    if (subj) return subj;
    // Only the first finite verb outside quotations can head the main clause.
    break;
  }
  // A sentence that opens with a name has it as subject, whatever irregular verb follows
  // ("Aisha Bello threw her weight behind…, saying…", "Rubio hit back, saying…").
  // "But President Hale became…": a conjunction before the name is no part of it, nor is an
  // opening adverbial set off by a comma ("However, Okafor met…", "On Sunday, Mr. Halvorsen repeated…").
  const conj = /^(?:But|And|Yet|So)\s+(?=\p{Lu})/u.exec(s)?.[0].length ?? opening;
  // "Fellow professional Mateo Ruiz-Castell leapt…": words for what someone is may stand before the name.
  const roled = ROLE_WORDS_THEN_NAME.exec(s.slice(conj));
  // ("The country singer Kayleigh Dunmore, whose…, has sued…": "The" may stand before them, as the New York Times writes.)
  const opener = roled?.[1]?.split(/\s+/)[0] ?? "";
  if (roled && PERSON_ROLE.test(roled[1]!) && (opener === "The" || !SENTENCE_OPENERS.has(opener.toLowerCase()))) return { text: roled[1]!, start: sent.start + conj };
  // ("Hewitt, 23, then said": an age in commas too.)
  const lead = /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:\p{Lu}[\p{L}’'-]+\.?\s+){0,3}\p{Lu}[\p{L}’'-]+)(?:\s+\([^)]{1,20}\)|,\s+\d{1,3},)?,?\s+\p{Ll}/u.exec(s.slice(conj));
  if (!lead) return null;
  const words = lead[1]!.split(/\s+/);
  if (SENTENCE_OPENERS.has(words[0]!.toLowerCase()) || notNameWordAt(words, words.length - 1)) return null;
  return isPlausibleSubjectText(lead[1]!) ? { text: lead[1]!, start: sent.start + conj } : null;
}

/**
 * The subject of the clause a coordinated cue joins ("…, such as when Ibarra faulted Kemble on taxes and
 * called him…"): the noun phrase before the clause's first finite verb. Null when the clause is the
 * sentence's first, whose subject sentenceSubject reads.
 */
export function coordinatedSubject(p: string, sent: Span, cueStart: number, doubles: Quote[]): SpeakerPhrase | null {
  const { boundary } = clauseBoundary(p, sent, cueStart, doubles);
  if (boundary <= sent.start) return null;
  const clause = p.slice(boundary - 1, cueStart);
  FINITE_VERB.lastIndex = 0;
  const m = FINITE_VERB.exec(clause);
  if (!m) return null;
  const subject = subjectBefore(p, boundary, boundary - 1 + m.index);
  if (subject || /\S/.test(p.slice(boundary, boundary - 1 + m.index))) return subject;
  // "…but his lawyer, Anton Vale, told the BBC… and added": the clause's subject is the name set off
  // by the commas right before its verb.
  const apposed = /,\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s*,\s*$/u.exec(p.slice(sent.start, boundary));
  return apposed ? { text: apposed[1]!, start: sent.start + apposed.index + apposed[0].indexOf(apposed[1]!) } : null;
}

/** An opening adverbial or subordinate clause and its comma: "However, ", "On Sunday, ", "Although X is not a candidate, ". */
const OPENING_ADVERBIAL = new RegExp(
  String.raw`^(?:(?:Although|Though|Even\s+though|Even\s+if|While|Whilst|Because|Since|Unless|Whereas|When|Whenever|After|Before|As|If|Once|Until|Despite|Besides|Without)\s+[^,;:“”"]{1,120}|(?:\p{Lu}\p{Ll}{2,}ing|Asked|Pressed|Questioned|Reminded|Challenged|Quizzed)\s+[^,;:“”"]{1,80}|However|Meanwhile|Later|Earlier|Separately|Still|Instead|Afterward|Yesterday|Today|Then|Now|(?:On|Last|This|Earlier|Later|By)\s+(?:${WEEKDAY}|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|(?:Earlier|Later)\s+(?:this|that|last)\s+(?:week|month|year|day)|In\s+(?:a|an|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:statement|interview|letter|speech|tweet|post)(?:\s+(?:released|issued|published|posted|given|with|to|on)\s+[^,]{1,40})?|(?:Later|Earlier)\s+(?:on|that|this|last)\s+(?:${WEEKDAY}|day|week|month|year|night|morning|afternoon|evening)|(?:\p{Lu}\p{Ll}+|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)(?:\s+[^,;:“”"]{1,60})?),\s+(?=\p{Lu})`,
  "u",
);

/** Asides within a sentence, as [start, end) offsets: between dashes, in parentheses. */
function asidesOf(s: string): [number, number][] {
  const asides: [number, number][] = [];
  // (The space after the closing dash is the next word's: "— who is no relation — seized".)
  for (const m of s.matchAll(/\s(?:--|—|–)\s?[^—–]{1,120}?\s?(?:--|—|–)(?=\s)|\([^()]{1,120}\)/gu)) asides.push([m.index!, m.index! + m[0].length]);
  return asides;
}

const SPEAKER_NOUNS = /\b(?:spokes(?:man|woman|person|men|people)|officials?|aides?|advisers?|advisors?|sources?|minister|secretary|president|senator|governor|candidate|nominee|agency|campaign|spokes|statement|report|reports|analysts?|experts?|critics?|supporters?|leaders?|lawmakers?|members?|democrats?|republicans?|people|voters?|observers?|residents?|police|authorities|investigators?|prosecutors?|lawyers?|attorneys?|judge|court|poll|survey|study|website|newspaper|network|organization|group|committee|office|department|administration|official|source|friend|counterpart|head|chief|director|chairman|chairwoman|chair|founder|executive|economists?|strategists?|pollsters?|consultants?|staff|staffers?|team|manager|operatives?|activists?|allies|ally|partners?|opponents?|rivals?|mogul|billionaire|businessman|businesswoman|developer|star|host|anchor|reporters?|journalists?|editor|columnist|writer|author|historian|professor|scholar|researchers?|scientists?|doctor|mayor|speaker|leader|representative|congressman|congresswoman|delegates?|whip|justice|general|commander|ambassador|diplomat|envoy|administrator|commissioner|sheriff|chief|official|insider|veteran|wife|husband|daughter|son|mother|father|brother|sister|man|woman|men|women|percent|majority|third|half|quarter|plurality|who|frontrunner|front-runner|contender|hopeful|incumbent|challenger|rival|opponent|governor|nominee|candidate|senators|representatives|governors|candidates|party|house|senate|cnn|times|post|press)\b/i;

/** One capitalised adverb or participle opening a sentence ("Later", "Hastily", "Continuing") is no subject. */
const LONE_NON_SUBJECT = /^(?:Later|Earlier|Over|Back|Then|Now|Still|Also|Instead|Meanwhile|However|Again|Finally|Yesterday|Today|Tonight|Here|There|Asked|Overall|Once|Soon|Next|First|Afterward|Together|Separately|Privately|Publicly|Elsewhere|Otherwise|Indeed)$/u;

export function isPlausibleSubjectText(text: string): boolean {
  if (LONE_NON_SUBJECT.test(text)) return false;
  // "Hastily", "Afterwards" are words of the language; "Kelly", "Howard", "Woodward" are names.
  if (/^\p{Lu}\p{Ll}+(?:ly|ward|wards)$/u.test(text) && isCommonWord(text.toLowerCase()) && !isFirstName(text)) return false;
  // "Continuing", "Speaking": a participle is a word of the language; "Spalding", "Fleming" are names.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(text) && isCommonWord(text.toLowerCase())) return false;
  if (/[“”"«»]/.test(text) || /[’']\s*(?:m|re|ve|ll|d)\b/i.test(text) || /^(?:it|that|there|what|here)[’']s$/i.test(text)) return false;
  // "Peru said it would rely on its own reserves": a country speaks through its government.
  if (isPlaceName(text) && !countryNamed(text)) return false;
  return true;
}

const NOT_SPEAKER_HEADS = /^(?:it|this|that|which|what|there|here|one|ones|something|anything|nothing|everything|so|such|time|times|way|thing|things|day|days|year|years|week|weeks|also|then|now|as|well|first|ever|twice|once|both|again|security|all|too|only|even|just|much|more|most|less|least|far|long|later|earlier|instead)$/;

export function isPlausibleSpeaker(text: string): boolean {
  if (/^\p{Lu}/u.test(text) || /\s\p{Lu}/u.test(text)) return true;
  // "one of the world's leading credit rating agencies": one of a group is as plausible as the group.
  const lower = text.toLowerCase().replace(/^one\s+of\s+(?:the|its|his|her|their|our)\s+/, "");
  if (PRONOUNS.has(lower)) return true;
  if (SPEAKER_NOUNS.test(lower)) return true;
  const words = lower.split(/\s+/);
  const head = words[words.length - 1]!;
  // "most of those questioned", "those polled": the people asked; "the world number one": a rank.
  if (/\bth(?:ose|ese)\s+[a-z]+ed$|\bnumber\s+one$/.test(lower)) return true;
  // Any short noun phrase with a plausible head ("some families", "one person") can report speech.
  return words.length <= 6 && !NOT_SPEAKER_HEADS.test(head) && (!/(?:ly|ing|ed)$/.test(head) || LY_NOUN.test(head));
}

/** "in a poll", "by Mori", "for the BBC": where those asked were asked. */
const ASKED_WHERE = /^(?:in|by|for)\s+(?:(?:a|an|the|this|its)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u;
