// Speaker phrases resolved to an entity of the article: pronouns to the latest fitting person, names
// to people, capitalised phrases to organizations ("the State Department", "the Clinton campaign"),
// and descriptions ("the minister") through resolve-role.ts. Groups and anything ambiguous stay
// unresolved: a wrong name is worse than none.

import { WEEKDAYS } from "@/lib/domain/dates";
import { HONORIFICS, LISTED_NAME, NEAR_SOMEONE, NOT_NAME_WORDS, ORG_WORDS, PART_OF_GROUP_HEAD, SEATS_OF_GOVERNMENT } from "../name-lexicons";
import { isCommonWord } from "../common-words";
import { countriesIn, countryNamed, countryOf, foldName, isCapitalCity, isFirstName, isPlaceName, isPeopleOfTwoWords, withoutClosingStop, type Gender } from "../names";
import { MODIFIER_TITLE, OFFICE_POSSESSIVE, capitalisedRuns, PARTICLES, PERSON_ROLE, PERSON_TITLE, cleanWord, isAcronym, isArticleSurname, isBrandName, isLeadingFunctionWord, looksLikePersonName, placeAfterThe, splitTitle, surnameWord } from "./name-runs";
import { latestCompatible, type Discourse, type Entity, type Resolution } from "./registry";
import type { Span } from "../types";
import { describedSubjectBetween, describesSomeone } from "./described-subjects";
import { authorsOfReport, committeeOfMembers, numberTen, placePolice, resolveIt, resolveOrgDescription, resolveSpokesperson, resolveThey, spokespersonGoesOn, sundayPaper, placeAsBody } from "./resolve-org";
import { GENERIC_HEADS, isNative, PERSON_HEAD, SHORT_ROLE, asDescription, describedWithoutArticle, isPersonHead, namedOutright, resolveRole, spelledOutRole } from "./resolve-role";
import { isNameable, onlyOpensSentences, PAPER_PERSON_WORD, theNickname } from "./nameable";
import { issuedInClause, leadAuthor, leaderOfTeam, ownerOfWritings, peopleOnAPage, publishedBy, researchOpenedBefore, writerOfTheWriting } from "./writings";
import { governmentBefore, governmentOfCountryAbout, homeGovernment, nationalGovernment } from "./governments";
import { genderUnread, learnGenderFromPronouns } from "./pronoun-gender";
import { ROLE_OF, joinedName, ownWords, titledNoun } from "./org-names";
import { ORG_HEADS } from "./org-mentions";
import { resolveRelative } from "./relative";
import { possessorBefore, soleNamedBefore, soleOfSexBefore, whoClauseAntecedent } from "./possessor";
import { committeeNamed } from "./committees";
import { styledOffice } from "./styled-offices";
import { organizationOfPlace } from "./org-of-place";
import { resolveGroup } from "./groups";
import { namesNobody } from "./unnamed-sources";

const ORG_DESCRIPTORS = /\b(?:agency|newspaper|network|website|paper|magazine|channel|group|organization|organisation|firm|company|ministry|department|office|committee|institute|foundation|outlet|broadcaster|daily|station|service)\s*$/i;

const ORG_NOUN = /^(?:company|foundation|institute|university|college|school|center|centre|group|trust|fund|society|association|hospital|corporation|inc|llc|ltd|plc|co|council|committee|party|bank|advisory|consultancy|ventures|solicitors|accountants|productions)$/i;
const ROLE_LAST = /^(?:co-)?(?:chairman|chairwoman|chair|spokes(?:man|woman|person)|leader|chief|minister|secretary|president|director|executive|boss|manager|coach|captain|official|spokesman)$/i;

/** "Three-quarters said", "Forty per cent of voters said", "A majority said": a share of a group is nobody. */
// The teens and tens by name: "\w+ty" also took "Hannity", "Doherty" and "Trinity" for numbers.
const NUMBER_WORD = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)`;
const QUANTITY = new RegExp(
  String.raw`^(?:(?:almost|nearly|about|around|roughly|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)?(?:a\s+|the\s+)?` +
    String.raw`(?:half|third|quarter|majority|minority|most|many|few|several|all|none|both|either|neither|(?:${NUMBER_WORD}(?:[-\s]${NUMBER_WORD})*(?:[-\s](?:half|halves|thirds?|quarters?|fifths?|tenths?))?))` +
    String.raw`(?:\s*(?:%|per\s*cent|percent))?(?:\s+(?:in|out\s+of)\s+${NUMBER_WORD})?(?:\s+of\s+.+)?$`,
  "u",
);

/** What news calls parties for short ("the Tories said"): the party, under a full name the article writes, or the first. */
const PARTY_NICKNAMES = new Map<string, string[]>([
  ["tories", ["Conservative Party", "Conservatives"]],
  // "Tory claims they could cut…": the adjective standing for the party.
  ["tory", ["Conservative Party", "Conservatives"]],
  ["lib dems", ["Liberal Democrats"]],
  // The party, not the generic plural ("Democrats said" in US news is a group of people).
  ["liberal democrats", ["Liberal Democrats"]],
  // "Labour said": British news's party, which the capital tells from the word.
  ["labour", ["Labour Party", "Labour"]],
  ["gop", ["Republican Party"]],
]);

/** " on Wednesday", " last week", " yesterday": when something was said or published, after who. */
const WHEN_AFTER = new RegExp(
  String.raw`(?<=\S)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:on|last|this|earlier\s+this)\s+(?:week|month|year|morning|afternoon|evening)|last\s+(?:${WEEKDAYS.join("|")}|night)|yesterday|today)$`,
  "u",
);
/** " released Thursday", " taken last week": when a document was made, after what it is. */
const DONE_WHEN = new RegExp(
  String.raw`\s+(?:released|published|taken|conducted|carried\s+out|issued|out|filed|posted)(?:\s+(?:on|last|this|late|early))?\s+(?:${WEEKDAYS.join("|")}|week|month|year|night|morning|today|yesterday)$`,
  "iu",
);
const PART_OF_GROUP = new RegExp(String.raw`^${PART_OF_GROUP_HEAD}\s`, "i");

const FIRM_POSSESSIVE = /^(?:\p{Lu}[\p{L}.&-]*\s+(?:&\s+)?)*\p{Lu}[\p{L}.&-]*[’']s$/u;

/** A document and who saw, received or keeps it: "a ministry document seen by Reuters", "papers filed with the court". */
const HANDED_TO = /^(.*\b(?:document|paper|filing|letter|memo|memorandum|report|statement|email|e-mail|submission|record|form|dossier|brief|briefing|prospectus|plan|proposal|account)s?)\s+(?:(?:seen|obtained|reviewed|acquired|read)\s+by|(?:filed|lodged|submitted|sent|presented|delivered|handed|leaked|given|addressed|made\s+available)\s+(?:with|to))\s+\S.*$|^(.*\b(?:filing|submission)s?)\s+(?:with|to)\s+\S.*$/i;

const LISTED_WHOLE = new RegExp(String.raw`^(?:(?:[\p{Ll}-]+\s+){0,2}(?:figures|data|statistics|report|study|survey|research|statement|estimates|spokes(?:man|woman|person))\s+(?:from|by|of|for)\s+)?(?:[Tt]he\s+)?(${LISTED_NAME})$`, "u");

/** "Sources close to Mr Hale", "people familiar with Ms Reade's thinking". */
const NEAR_SOMEONE_PHRASE = new RegExp(String.raw`^(?:\S+\s+){1,3}(?:${NEAR_SOMEONE})\s`);

/** The entity a speaker phrase at `at` stands for, with how sure that is. */
export function resolvePhrase(phrase: string, at: number, d: Discourse): Resolution {
  // The stop of a dotted initialism stays: "the F.B.I." is not "the F.B.I".
  let text = withoutClosingStop(phrase.trim().replace(/\s+[-—–]+$/, ""));
  if (peopleOnAPage(text, at, d.source)) return { entity: null, confidence: 0.7 };
  // "One American League scout" is "an American League scout": "One" is no part of the name.
  if (/^(?:One|Another)\s/.test(text)) text = text.replace(/^(?:One|Another)\s+(?=\p{Lu}.*\s\p{Ll}[\p{Ll}-]*$)/u, "A ");
  // "The London-based firm", "the Aim-listed group", "the Labour-run council": the noun says what a body is.
  if (text.includes("-")) text = text.replace(/^([Tt]he|[Aa]n?|[Ii]ts)\s+(?:\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*)?-(?:based|listed|quoted|run|owned|backed|led|registered|headquartered|controlled|funded)\s+)(?=\p{Ll})/u, "$1 ");
  // "Added Hale: “…”", "Says coach Tom Hale:": a cue opening the sentence is no part of the name; nor
  // is what kind of firm opens it ("Bookmakers Ladbrokes"). ("Said Jalili" is a name: "Said" goes only before a lower-case word.)
  // "The Nokia-sponsored research": whoever paid for a study speaks through it.
  if (text.includes("-")) text = text.replace(/^([Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}&]*)-(?:sponsored|funded|commissioned)\s+(?=\p{Ll})/u, "$1 $2 ");
  text = text.replace(/^(?:Said\s+(?=\p{Ll})|(?:Bookmakers|Analysts|Pollsters|Researchers|Consultants)\s+(?=\p{Lu})|(?:Says|Added|Adds|Continued|Continues|Explained|Explains|Insisted|Insists|Warned|Warns|Admitted|Admits|Declared|Declares|Concluded|Concludes)\s+(?=\S))/u, "");
  // "Brian 'Head' Welch": a nickname in quotation marks between the names is no part of the name.
  if (/['‘“"]/.test(text)) text = text.replace(/(\p{Lu}\p{Ll}+)\s+(?:''|['‘“"])\p{Lu}[\p{L}-]*(?:''|['’”"])\s+(?=\p{Lu})/u, "$1 ");
  // "figures revealed by the Electoral Commission on Wednesday": when is no part of who ("the Mail on Sunday" is a paper).
  if (/\s(?:on|last|yesterday|today|earlier|this)\b/.test(text) && !DONE_WHEN.test(text)) text = text.replace(WHEN_AFTER, "");
  text = asDescription(text) ?? text;
  const lower = text.toLowerCase();
  if (/^(?:he|she|him)$/.test(lower)) return spokespersonGoesOn(lower, at, d) ?? resolvePronoun(lower, at, d);
  if (lower === "it") return researchOpenedBefore(at, d.source, (phrase, where) => resolvePhrase(phrase, where, d)) ?? resolveIt(at, d);
  const styled = text.includes(" of ") ? styledOffice(text, at, d.reg) : null;
  if (styled) return styled;
  const relative = resolveRelative(phrase, text, at, d);
  if (relative) return relative;
  // "Government sources", "A Labour MP", "One shop supervisor in Bradford": described, not named.
  if (namesNobody(text)) return { entity: null, confidence: 0.8 };
  if (/^(?:i|we|they|you|one|this|that)$/.test(lower)) return lower === "they" ? resolveThey(at, d, (phrase, where) => resolvePhrase(phrase, where, d)) : { entity: null, confidence: 0.8 };
  const group = resolveGroup(text, at, d) ?? committeeOfMembers(text, at, d) ?? authorsOfReport(text, at, d);
  if (group) return group;
  if (QUANTITY.test(lower)) return { entity: null, confidence: 0.8 };
  // "The former chief financial officer at US telecoms firm WorldCom": a person described, not the body.
  const roleAt = /^([Tt]he\s+(?:[a-z-]+\s+){0,4}(?:officer|director|executive|chairman|chairwoman|president|head|founder|analyst|economist|manager|editor|professor|partner|adviser|advisor|trader|strategist|researcher))\s+at\s+\S/.exec(text);
  if (roleAt) return resolveRole(roleAt[1]!.toLowerCase(), at, d);
  // "The guitarist with US rock band Korn", "the director behind JFK": someone who works with a band or on a film.
  const roleWith = /^([Tt]he\s+(?:[a-z-]+\s+){0,3}([a-z-]+))\s+(?:with|behind)\s+\S/.exec(text);
  if (roleWith && PERSON_ROLE.exec(roleWith[2]!)?.[0] === roleWith[2]) return resolveRole(roleWith[1]!.toLowerCase(), at, d);
  // "Several government backbenchers", "Many Britons", "Members of Delgado's camp": unnamed ("Two House Committees" is named).
  if (/^(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Dd]ozens\s+of|[Hh]undreds\s+of|[Aa]\s+number\s+of|[Aa]\s+group\s+of)\s+(?:[\p{L}-]+\s+){0,3}(?:\p{Ll}[\p{Ll}-]*s|\p{Lu}\p{Ll}+(?:ans|ons|ers|ites|ists|ats))|[Mm]embers\s+of\s.+|.+[’']s?\s+camp)$/u.test(text)) return { entity: null, confidence: 0.8 };
  // "Those questioned by Mori", "70% of those asked in a poll": the people asked, not who asked them.
  if (/^(?:\S+\s+){0,3}?th(?:ose|ese)\s+(?:asked|questioned|polled|surveyed|interviewed)\b/.test(lower)) return { entity: null, confidence: 0.8 };
  // "Reports from Russia say", "sources in Moscow", "Sources within the Conservative Party": unnamed, wherever they are.
  // ("Legislative leaders in North Carolina", "health officials in Powys", "Some fans on TikTok": unnamed, wherever.)
  // ("reports from the US Treasury and the Inter-American Development Bank": a body's reports are its own.)
  const reportsFrom = /^(?:reports|figures|data|research)\s+from\s+((?:the\s+)?\p{Lu}[^,]*?)(?:\s+and\s+.*)?$/u.exec(text);
  const issuer = reportsFrom && !countryNamed(reportsFrom[1]!.replace(/^the\s+/, "")) && !isPlaceName(reportsFrom[1]!) ? resolvePhrase(reportsFrom[1]!, at, d) : null;
  if (issuer?.entity?.kind === "organization") return issuer;
  if (/^(?:reports|rumou?rs|sources|media\s+reports|press\s+reports)\s+(?:from|in|out\s+of|within|inside|at)\s/i.test(text)) return { entity: null, confidence: 0.8 };
  if (/^(?:[\p{L}-]+\s+){0,2}(?:(?:chiefs|officials|authorities|police|investigators|prosecutors|regulators|diplomats|leaders|ministers|officers|bosses|campaigners|activists|doctors)\s+in|(?:users|fans|people|viewers|followers|commenters|critics|readers|listeners)\s+on)\s/iu.test(text)) return { entity: null, confidence: 0.8 };
  // "Sources close to Mr Hale", "people familiar with Ms Reade's thinking": someone near the person, not the person.
  if (NEAR_SOMEONE_PHRASE.test(lower)) return { entity: null, confidence: 0.8 };
  // "the Department for Environment, Food and Rural Affairs", "the Commons work and pensions committee": one body.
  const listed = LISTED_WHOLE.exec(text)?.[1] ?? committeeNamed(text, d.reg);
  if (listed) return { entity: d.reg.organization(listed, at), confidence: 0.9 };
  // "the prime minister's official spokesman", "the singer's lawyer": someone who speaks for a
  // person described, and is not that person (a body's spokesman speaks for the body, below).
  const forPerson = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)[’']s\s+(?:(?:official|chief|senior|personal|press)\s+)?(?:spokes(?:man|woman|person)|aides?|advisers?|advisors?|lawyers?|solicitors?|agents?)$/iu.exec(text);
  if (forPerson && isPersonHead(forPerson[1]!.toLowerCase())) return { entity: null, confidence: 0.8 };
  // "the company's spokesman": the company.
  if (forPerson && /^spokes/.test(text.split(/\s+/).at(-1)!) && ORG_HEADS.has(forPerson[1]!.toLowerCase())) return resolveOrgDescription(`the ${forPerson[1]!.toLowerCase()}`, at, d) ?? { entity: null, confidence: 0.7 };
  // "The PM insisted", "the CM said", "The CFO said": short forms of roles (British, Indian, business news).
  if (SHORT_ROLE.test(text)) return resolveRole(spelledOutRole(text), at, d);
  // "The MEP said", "the MP": a member, the person the article named, not a body called "MEP".
  if (/^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:MP|MEP|MSP|MLA|MS|TD)$/u.test(text)) return resolveRole(lower, at, d);
  // "the Cardinal will ask", "the Chancellor said": a role written with a capital is still the role.
  const cappedRole = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (cappedRole && PERSON_HEAD.test(cappedRole[1]!.toLowerCase()) && !PAPER_PERSON_WORD.test(cappedRole[1]!) && !d.reg.knownOrganization(cappedRole[1]!)) return resolveRole(lower, at, d);
  // "The Conservatives say": with "the" and a capital, Britain's party (US news writes the people lower-case).
  const partyKey = lower.replace(/^the\s+/, "");
  // ("organised labour said": the word, not the party.)
  const party = (partyKey === "labour" && !/Labour/.test(text) ? undefined : PARTY_NICKNAMES.get(partyKey)) ?? (/^[Tt]he\s+Conservatives$/.test(text) ? ["Conservative Party"] : undefined);
  if (party) {
    const known = party.map((f) => d.reg.knownOrganization(f)).find(Boolean);
    const e = known ?? d.reg.organization(party.find((f) => d.source.includes(f)) ?? party[0]!, at);
    // A party's name, though "Labour" is also a word (nameable.ts).
    e.titled = true;
    return { entity: e, confidence: 0.9 };
  }
  // "Peru said", "the United States said": the country's government, named as the country.
  // "The Republic of Turkey", "the Kingdom of Saudi Arabia": the country, under its formal name.
  const country = countryNamed(text.replace(/^(?:the\s+)?(?:(?:Islamic|Federal|Democratic|Arab|Socialist|People[’']s)\s+)*(?:Republic|Kingdom|Federation|State|Commonwealth)\s+of\s+(?:the\s+)?/iu, ""));
  if (country) return { entity: d.reg.knownOrganization(country) ?? d.reg.organization(country, at), confidence: 0.85 };
  // "Beijing has condemned the embargo", "Moscow denied": a capital stands for its government, as
  // the article writes it (never a first name, nor a surname the article gave: "Paris said" may be
  // Paris Hilton, "Washington said" Denzel Washington).
  // (Nor a place after a preposition, the tail of a subject cut short: "a summit in Lisbon pledged".)
  if (/^\p{Lu}\p{Ll}+$/u.test(text) && isCapitalCity(text) && !isFirstName(text) && !d.reg.bySurname(foldName(text)) && !/\b(?:in|at|to|from|near|of|outside|inside|into|across|around|for|with)\s+$/i.test(d.source.slice(Math.max(0, at - 12), at))) return { entity: d.reg.knownOrganization(text) ?? d.reg.organization(text, at), confidence: 0.75 };
  // "the French government", "France's government", "the government" after one of them: one
  // speaker per country's government, however the article writes it.
  const bare = /^the\s+government$/i.test(text);
  const named = nationalGovernment(text) ?? (bare ? governmentBefore(d.source, at) : null);
  // "The government says…" in a story of Downing Street and MPs that names no other country's: Britain's.
  // Else the country the story is about ("South Korea… the government said").
  const government = named ?? (bare ? (homeGovernment(d.source) ?? governmentOfCountryAbout(d.source)) : null);
  if (government) return { entity: d.reg.organization(government, at), confidence: !bare ? 0.85 : named ? 0.7 : 0.65 };
  const placedOrDescribed = placePolice(text, at, d) ?? describedWithoutArticle(text, at, d) ?? numberTen(text, at, d);
  if (placedOrDescribed) return placedOrDescribed;
  // "a ministry document seen by Reuters", "a filing with the SEC", "a letter sent to the board": who
  // saw, received or keeps a document did not write it.
  const handed = HANDED_TO.exec(text);
  if (handed) return resolvePhrase(handed[1] ?? handed[2]!, at, d);
  const owner = ownerOfFigures(text, at, d) ?? ownerOfWritings(text, (phrase) => resolvePhrase(phrase, at, d)) ?? writerOfTheWriting(text, at, d.source, (phrase, where) => resolvePhrase(phrase, where, d)) ?? publishedBy(text, at, d.source, (phrase, where) => resolvePhrase(phrase, where, d), (name, where) => d.reg.organization(name, where)) ?? leadAuthor(text, d.source, (phrase, where) => resolvePhrase(phrase, where, d)) ?? issuedInClause(text, (phrase) => resolvePhrase(phrase, at, d)) ?? leaderOfTeam(text, at, d.source, (phrase, where) => resolvePhrase(phrase, where, d));
  if (owner) return owner;
  const spokesperson = resolveSpokesperson(text, at, d, (phrase) => resolvePhrase(phrase, at, d));
  if (spokesperson) return spokesperson;
  const described = resolveOrgDescription(text, at, d);
  if (described) return described;
  // Before the tests for plurals: "Gas" of "Ironhorse Oil and Gas" is no plural.
  const joined = firmOfTwoNames(text, at, d);
  if (joined) return joined;
  // "England confirmed", "Wales said": a home nation speaks as its team or its body, not as Britain.
  if (/^(?:the\s+)?(?:England|Scotland|Wales|Northern\s+Ireland)$/.test(text)) return { entity: d.reg.knownOrganization(text.replace(/^the\s+/, "")) ?? d.reg.organization(text.replace(/^the\s+/, ""), at), confidence: 0.8 };
  // "Sources said", "Russians say": a group, not someone.
  if (!/\s/.test(text) && (GENERIC_HEADS.test(lower) || (countriesIn(text.replace(/s$/, "")).length > 0 && !d.reg.bySurname(foldName(text))))) {
    return { entity: null, confidence: 0.7 };
  }
  if (!/\s/.test(text) && !d.reg.bySurname(foldName(text)) && !d.reg.knownOrganization(text) && (genericPlural(text) || onlyOpensSentences(text, at, d.source))) return { entity: null, confidence: 0.7 };
  // "Some in the Tory party", "a quarter (21%) of those polled for the Times": a part of a group.
  if (PART_OF_GROUP.test(text)) return { entity: null, confidence: 0.7 };
  // "pro-hunt MPs", "Tory MPs", "senior MEPs": a group of members, whatever words describe it.
  if (/\s/.test(text) && genericPlural(text.split(/\s+/).at(-1)!)) return { entity: null, confidence: 0.7 };
  // "Foster's said", "Sainsbury's added": a possessive with no noun after it is a firm's name.
  if ((text.endsWith("’s") || text.endsWith("'s")) && FIRM_POSSESSIVE.test(text)) return { entity: d.reg.organization(text, at, true), confidence: 0.85 };
  // "Supermarket chain Kellaway's": so is one after words for what kind of firm it is.
  const kindOfFirm = !/[’']s$/.test(text) ? null : /^(?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+((?:\p{Lu}[\p{L}.&-]*\s+(?:&\s+)?)*\p{Lu}[\p{L}.&-]*[’']s)$/u.exec(text);
  if (kindOfFirm && ORG_HEADS.has(kindOfFirm[1]!)) return { entity: d.reg.organization(kindOfFirm[2]!, at, true), confidence: 0.85 };
  // "Factcheck.org", "the website Chadnews.com": a web address is a publication's name.
  const site = text.includes(".") && /(?:^|\s)(\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|gov|edu|co\.uk|info))$/iu.exec(text);
  if (site) return { entity: d.reg.organization(site[1]!, at), confidence: 0.9 };
  const placed = personOfPlace(text, at, d) ?? organizationOfPlace(text, at, d.reg, (phrase) => resolvePhrase(phrase, at, d));
  if (placed) return placed;
  // "an AP-GfK poll released Thursday", "a Gallup poll taken last week": when it was done is no name.
  const done = DONE_WHEN.exec(text);
  if (done && /\b(?:poll|survey|study|report|analysis|review|document|filing|statement|release|data|figures)\b/i.test(text.slice(0, done.index))) return resolvePhrase(text.slice(0, done.index), at, d);
  const team = teamByNickname(text, d) ?? sundayPaper(text, at, d) ?? placeAsBody(text, at, d);
  if (team) return team;
  const tokens = text.split(/\s+/);
  const lastWord = tokens[tokens.length - 1]!;
  const lastIsCap = /^\p{Lu}/u.test(lastWord) || (isArticleSurname(lastWord) && /^\p{Lu}/u.test(tokens.at(-2) ?? ""));
  // Capitalized runs in the phrase; the head is the last one when the phrase ends with it.
  const runs = capitalisedRuns(text);
  const headRun = runs.length ? runs[runs.length - 1]! : null;
  const headEndsPhrase = headRun ? headRun.index! + headRun[0].length >= text.replace(/[’']s$/, "").length - 1 : false;
  if (headRun && lastIsCap && headEndsPhrase && !/[’']s$/.test(lastWord)) return resolveNamedHead(text, headRun, at, d);
  if ((headRun && !lastIsCap) || (headRun && /[’']s$/.test(lastWord))) return resolveNameBeforeNoun(text, headRun, at, d);
  return resolveRole(text, at, d);
}

/** What a body publishes and a reader cites: "the Bank of Mexico's figures", "its data", "the firm's accounts". */
const PUBLISHED_HEADS = "figures|data|statistics|estimates?|calculations|records|accounts|results|filings?|forecasts?|projections|research|findings|report|survey|study|analysis|review|index|poll|website";
const PUBLISHED = String.raw`(?:(?:own|latest|new|official|annual|monthly|quarterly|provisional|preliminary|published|\d{4})\s+)*(?:${PUBLISHED_HEADS})`;
const PUBLISHED_LAST = new RegExp(`(?:${PUBLISHED_HEADS})$`);
const OWNED_FIGURES = new RegExp(String.raw`^(.+?)(?:[’']s?)\s+${PUBLISHED}$`, "u");
const ITS_FIGURES = new RegExp(String.raw`^[Ii]ts\s+${PUBLISHED}$`, "u");
const TITLED_DOCUMENT = /^(.+?)[’']s?\s+(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:the|of|and|a|an|for|in|to|on|at)\s+)*)+(report|study|survey|review|analysis|research|poll)$/u;
const HIS_DOCUMENT = new RegExp(String.raw`^(his|her)\s+${PUBLISHED}$`, "iu");
const NAMED_REPORT = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]+\s+(?:report|review|inquiry|study)$/u;
const NAMED_FIGURES = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.&-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}.&-]*)\s+${PUBLISHED}$`, "u");

/**
 * "According to the Bank of Mexico's figures", "its data", "the central bank's figures", "Bank of
 * Mexico figures": the body whose figures they are is the source (not the latest body that issued a
 * report, and not the country in its name). Null when the phrase is no such thing or its owner is
 * nobody the article can name (a person's figures stay with the rules for people).
 */
function ownerOfFigures(text: string, at: number, d: Discourse): Resolution | null {
  if (!PUBLISHED_LAST.test(text)) return null;
  // "Oxfam's Paying the Price report": the report's title is no part of who wrote it.
  const titled = TITLED_DOCUMENT.exec(text);
  if (titled) {
    // "Oxfam's Paying the Price report" in an article that names Oxfam nowhere else: a body titles
    // its reports; a person is named in full first.
    const owner = titled[1]!;
    const unknown = /^\p{Lu}[\p{L}-]+$/u.test(owner) && !d.reg.knownOrganization(owner) && !d.reg.bySurname(foldName(owner)) && !d.reg.byNameWord(owner) && !isFirstName(owner) && countryOf(owner) === null && !isPlaceName(owner);
    const r = unknown ? { entity: d.reg.organization(owner, at), confidence: 0.8 } : resolvePhrase(`${owner}’s ${titled[2]}`, at, d);
    // Its issuer, for "the report said" after it: named where the phrase ends, after the title's
    // own capitalised words ("the Price report" is no body's).
    const named = at + text.length;
    if (r.entity?.kind === "organization" && !r.entity.issuedAt.includes(named)) r.entity.issuedAt.push(named);
    return r;
  }
  // "his report", "her latest study": the person the pronoun stands for wrote it.
  const his = HIS_DOCUMENT.exec(text);
  if (his) {
    const r = resolvePhrase(his[1]!.toLowerCase() === "his" ? "he" : "she", at, d);
    return r.entity ? { entity: r.entity, confidence: Math.min(r.confidence, 0.8) } : r;
  }
  const owned = OWNED_FIGURES.exec(text);
  const owner = owned?.[1] ?? (ITS_FIGURES.test(text) ? "its" : NAMED_FIGURES.exec(text)?.[1]);
  // ("The report": the sentence's capital names nobody.)
  if (!owner || /\b(?:spokes\w+|lawyers?|aides?|advisers?|officials?)$/i.test(owner) || (owner !== "its" && NOT_NAME_WORDS.has(owner.toLowerCase()))) return null;
  const lower = owner.toLowerCase();
  // "The central bank's figures" when no bank fits: nobody, rather than whichever body last published.
  const described = /^(?:the|this)\s+[\p{Ll}\s-]+$/u.test(owner) ? resolveOrgDescription(owner, at, d) : null;
  if (described) return described.entity ? { entity: described.entity, confidence: Math.min(described.confidence, 0.85) } : described;
  const r = lower === "its" ? (itsBodyNext(text, at, d) ?? resolveIt(at, d)) : /^\p{Lu}|^the\s+\p{Lu}/u.test(owner) ? resolvePhrase(owner, at, d) : null;
  // "the Kok report" after "Wim Kok": a report named after a person the article names is theirs.
  if (r?.entity?.kind === "person" && !owned && NAMED_REPORT.test(text) && r.entity.forms.some((f) => f.split(/\s+/).includes(owner.replace(/^the\s+/i, "")))) return { entity: r.entity, confidence: Math.min(r.confidence, 0.85) };
  if (!r?.entity || r.entity.kind !== "organization") return null;
  return { entity: r.entity, confidence: Math.min(r.confidence, 0.85) };
}

/** "According to its latest accounts, Media Lab Europe said…": the body the sentence goes on to name. */
function itsBodyNext(text: string, at: number, d: Discourse): Resolution | null {
  if (!d.source.startsWith(text, at) || !/\b[Aa]ccording\s+to\s+$/.test(d.source.slice(Math.max(0, at - 14), at))) return null;
  const next = /^,\s+((?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,4})\s+(?:said|says|has|had|is|was|will|\p{Ll}+ed)\b/u.exec(d.source.slice(at + text.length, at + text.length + 80));
  const r = next ? resolvePhrase(next[1]!, at + text.length + next[0].indexOf(next[1]!), d) : null;
  return r?.entity?.kind === "organization" ? r : null;
}

/** "MPs said", "CEOs said": an acronym's plural names nobody. */
const genericPlural = (word: string): boolean => /^\p{Lu}{2,}s$/u.test(word);

/** "a spokesman", "the spokeswoman", "Mr Blair's spokesman", and anyone unnamed: "one dealer", "a senior source at the club". */
const UNNAMED_MALE = /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+[’']s)\s+(?:[\p{Ll}-]+\s+){0,2}spokes(?:man|person)\b|(?:[Aa]n?|[Oo]ne)\s+(?!(?:\S+\s+){0,3}?(?:spokeswoman|woman|chairwoman|mother|wife|daughter|sister)\b)\S)/u;
const UNNAMED_FEMALE = /^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+[’']s)\s+(?:[\p{Ll}-]+\s+){0,2}spokes(?:woman|person)\b|(?:[Aa]n?|[Oo]ne)\s+(?!(?:\S+\s+){0,3}?(?:spokesman|man|chairman|father|husband|son|brother)\b)\S)/u;

/**
 * "he", "she": the latest person spoken of as a subject or quoted, of a matching gender, who is not
 * named in the statement itself ("'I have had a word with Olof,' he said" is not Olof speaking).
 */
function resolvePronoun(lower: string, at: number, d: Discourse): Resolution {
  const { reg, salience, resolved, possessives, statement, source, previous } = d;
  const gender: Gender = lower === "she" ? "female" : "male";
  // "A spokesman said … But he added": the unnamed speaker just before, nobody named since (his words are his body's).
  if (previous && previous.at < at && at - previous.at <= 400 && (!previous.entity || previous.entity.kind === "organization")) {
    const unnamed = gender === "female" ? UNNAMED_FEMALE : UNNAMED_MALE;
    const namedSince = [...salience, ...resolved].some((ev) => ev.at > previous.at && ev.at < at && ev.entity.kind === "person") || reg.entities.some((e) => e.kind === "person" && e.gender !== (gender === "female" ? "male" : "female") && e.mentions.some((m) => m > (previous.end ?? previous.at) && m < at && namedOutright(source, m)));
    // (And "he said. … he said": the same unnamed spokesman goes on. Someone, not "a name suggesting…".
    // Not past a sentence about someone described: "…, and the young actress has rented a flat. She said".)
    const someone = (head: string) => !ORG_HEADS.has(head) && !/^(?:name|word|term|report|study|survey|poll|statement|document|letter|book|paper|article|website|message|memo|e-?mail|video|film|advert|release|note|headline|story|comment|remark|review|analysis|record|list|law|bill|ruling|decision|plan|proposal|move|deal|court|jury|tribunal)$/.test(head);
    if (((unnamed.test(previous.phrase) && someone(previous.phrase.toLowerCase().split(/\s+(?:for|of|at|with|from|in|on)\s+/)[0]!.split(/\s+/).at(-1)!)) || (previous.phrase.toLowerCase() === lower && previous.entity?.kind === "organization")) && !namedSince && !describesSomeone(source.slice(previous.end ?? previous.at, at))) return { entity: previous.entity, confidence: 0.7 };
  }
  // Nor whom the statement's own words open on: "Tony Blair would be in the front line, he said",
  // "Mr Blair's government was bossy, he added" are somebody else speaking of him (a speaker names
  // himself "I" or "he"; "She told me, 'Jesús, I'm not…'" quotes her, not him: a name called, not spoken of).
  const quoted = statement ? [...quotedParts(source, statement), { start: statement.start, end: Math.min(statement.end, statement.start + 25) }] : [];
  const inWords = (e: Entity) => quoted.length > 0 && e.mentions.some((m) => quoted.some((q) => m >= q.start && m < q.end) && !(/[,:]\s*['‘]$/.test(source.slice(m - 4, m)) && /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*,/u.test(source.slice(m, m + 40))));
  // Speakers first met at their statements ("Kunplome said she…") had no gender read yet.
  for (const list of [salience, resolved]) for (const ev of list) if (genderUnread(ev.entity) && !inWords(ev.entity)) learnGenderFromPronouns(source, ev.entity);
  const antecedent = whoClauseAntecedent(source, at, gender, reg, inWords);
  if (antecedent) return { entity: antecedent, confidence: 0.8 };
  const [a, b] = [salience, resolved].map((list) => latestCompatible(list, at, gender, (e) => !inWords(e)));
  const latest = !a ? b : !b || a.at >= b.at ? a : b;
  const named = possessorBefore(source, at, gender, reg, latest, inWords) ?? soleNamedBefore(source, at, gender, reg, latest, inWords) ?? soleOfSexBefore(source, at, gender, reg, latest, inWords) ?? latest;
  // ("Mr Brown earmarked £1bn. But the Lib Dem spokesman questioned… He urged": a described subject since.)
  const hit = (named && describedSubjectBetween(named.at + 1, at, gender, d, (e) => !inWords(e))) || named;
  if (!hit) {
    // Nobody before it was a subject: the one person named, in the possessive, before it
    // ("Tony Blair's speech … he declared"), when there is exactly one such person.
    const owners = new Set((possessives ?? []).filter((ev) => ev.at < at && !inWords(ev.entity) && (!ev.entity.gender || ev.entity.gender === gender)).map((ev) => ev.entity));
    if (owners.size === 1) return { entity: [...owners][0]!, confidence: 0.7 };
    // Nor as a subject anywhere: the one person the article has named at all before it ("…, thinks
    // Tom Varden, editor of Net Week. “…,” he said").
    // Not a name in the possessive ("Ken Marlow's spokesman"), whose owner is not the one speaking.
    // ("Ms Kelly said… Her comments did not impress Tim Collins. “…,” he said": the one of that sex;
    // not when the same pronoun just went to nobody, "Walz… She said… “…,” she said", whose sex a list misread.)
    const namedBefore = reg.entities.filter((e) => e.kind === "person" && (!e.gender || e.gender === gender) && e.mentions.some((m) => m < at && !POSSESSIVE_NAME.test(source.slice(m, m + 60))));
    const goesOnUnnamed = !!previous && !previous.entity && previous.phrase.toLowerCase() === lower && at - previous.at <= 600;
    if (namedBefore.length === 1 && !inWords(namedBefore[0]!) && !goesOnUnnamed) return { entity: namedBefore[0]!, confidence: 0.7 };
    // Nobody at all named before it ("But he denied that… Mr Brown said…", a story whose opening was
    // cut): the person who opens a sentence next, close after the statement.
    if (statement && reg.entities.every((e) => e.kind !== "person" || e.mentions.every((m) => m >= at))) {
      const next = salience.find((ev) => ev.at >= statement.end && ev.entity.kind === "person");
      // Not "But Glenn Hoddle insisted…" (a contrast brings in someone else), nor after a sentence opening on a name no list knows ("Tomasz Wilk was stunned. He said…").
      const contrast = next && (/(?:^|[.!?:"”’'])\s*(?:But|However|Meanwhile|Yet|Instead)\b[^.!?]*$/.test(source.slice(Math.max(statement.end, next.at - 120), next.at + 10)) || /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:was|is|has|had|did|\p{Ll}+ed)\b/u.test(source.slice(source.lastIndexOf("\n", at) + 1, at)));
      if (next && !contrast && next.at - statement.end <= 300 && (!next.entity.gender || next.entity.gender === gender) && !inWords(next.entity)) return { entity: next.entity, confidence: 0.6 };
    }
    return { entity: null, confidence: 0.6 };
  }
  const exact = hit.entity.gender === gender;
  return { entity: hit.entity, confidence: exact ? 0.9 : 0.8 };
}

/** Capitalised words on both sides of one "and" or "&": "Ironhorse Oil and Gas", "Marks and Spencer". */
const TWO_NAMES_JOINED = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:and|&)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)$/u;

/**
 * "Ironhorse Oil and Gas has denied": the subject finder keeps "and" inside a speaker phrase only
 * before a verb in the singular (subjects.ts), so the words are one name: a firm's, unless a word
 * is a title or an office, a side opens on a first name or is a country, or is the surname of
 * someone the article named ("Smith and Jones" are two people, whatever the verb); nor when the
 * firm's name stops at a possessive ("Ernst and Young's Sanjay Mehta" is the person).
 */
function firmOfTwoNames(text: string, at: number, d: Discourse): Resolution | null {
  const m = TWO_NAMES_JOINED.exec(text);
  if (!m || /[’']s\s/.test(m[2]!)) return null;
  for (const side of [m[1]!, m[2]!]) {
    const words = side.split(/\s+/);
    // "Work and Pensions Secretary Alan Johnson", "the Trade and Industry Secretary": an office.
    if (words.some((w) => PERSON_TITLE.test(w) || ROLE_LAST.test(w) || (HONORIFICS.has(w.toLowerCase().replace(/\.$/, "")) && countryOf(w) === null))) return null;
    if (isFirstName(words[0]!) || (countryOf(side) !== null && !ORG_WORDS.has(m[2]!.split(/\s+/).at(-1)!.toLowerCase()))) return null;
    if (words.length === 1 && d.reg.bySurname(foldName(side))?.kind === "person") return null;
  }
  const name = text.replace(/^[Tt]he\s+/, "");
  // Not a shorter name the article also has ("Gas" of "Ironhorse Oil and Gas"); "Standard & Poor's"
  // keeps its "'s".
  const known = d.reg.knownOrganization(name);
  return { entity: known?.forms.includes(name) ? known : d.reg.organization(name, at, /[’']s$/.test(name)), confidence: 0.85 };
}

/** A name in the possessive at the start of the text: "Ken Marlow's", "Mr Hale’s". */
const POSSESSIVE_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\b/u;

/** The quoted words of a statement, between double quotation marks (not the attribution between them). */
function quotedParts(source: string, st: Span): Span[] {
  const parts: Span[] = [];
  for (const q of source.slice(st.start, st.end).matchAll(/(?:["“]|'')[^"“”]*?(?:["”]|''|$)/g)) parts.push({ start: st.start + q.index!, end: st.start + q.index! + q[0].length });
  return parts;
}

/** "the Royals" after "the Kansas City Royals": a team (or any body) called by the plural that ends its name. */
function teamByNickname(text: string, { reg, source }: Discourse): Resolution | null {
  const plural = /^[Tt]he\s+(\p{Lu}\p{Ll}+s)$/u.exec(text);
  if (!plural) return null;
  const full = new RegExp(String.raw`(?<![\p{L}.])((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})${plural[1]}\b`, "u").exec(source);
  if (!full) return null;
  const words = full[1]!.trim().split(/\s+/);
  while (words.length && /^(?:The|A|An|In|On|At|And|But)$/.test(words[0]!)) words.shift();
  // "Several Democrats", "Senate Democrats" are some of them, not the body "the Democrats" names.
  if (words.length === 0 || isFirstName(words[0]!) || isCommonWord(words[0]!.toLowerCase()) || words.some((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, "")))) return null;
  const name = `${words.join(" ")} ${plural[1]}`;
  return { entity: reg.knownOrganization(name) ?? reg.organization(name, source.indexOf(full[0])), confidence: 0.85 };
}

/**
 * "Rep. Tom Cole of Oklahoma", "Gov. Terry Branstad of Iowa", "Kirsten Pfeifer from the CEA", "Tom
 * Hale with the ACLU": the person comes before "of" (or the word for where they work).
 */
function personOfPlace(text: string, at: number, d: Discourse): Resolution | null {
  const { reg } = d;
  const ofPlace = /\s(?:of|from|at|with)\s/.test(text) && /^(.*?\p{Lu}[\p{L}’'-]+)\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}[^,]*$/u.exec(text);
  if (ofPlace) {
    const before = ofPlace[1]!.split(/\s+/).map(cleanWord).filter(Boolean);
    while (before.length && isLeadingFunctionWord(before[0]!, before[1])) before.shift();
    const { titles, name } = splitTitle(before);
    // Or a name the article has shown to be a person's elsewhere ("…,” said climatologist Erdenechimeg Lkhagvasuren of the Institute…").
    if (looksLikePersonName(name, titles.length > 0) || (name.length === 1 && reg.byNameWord(name[0]!)) || reg.entities.some((e) => e.kind === "person" && name.some((_, i) => i <= name.length - 2 && e.forms.includes(name.slice(i).join(" "))))) {
      return resolvePhrase(ofPlace[1]!, at, d);
    }
  }
  return null;
}

/**
 * A phrase ending in a capitalised run: a person ("Russian Foreign Minister Sergey Lavrov", "Ms.
 * White", "BlazeTV’s Glenn Beck"), an organization ("the Belorussian news agency Belta"), or a
 * description with a country ("the Russian minister").
 */
function resolveNamedHead(text: string, headRun: RegExpExecArray, at: number, d: Discourse): Resolution {
  const { reg } = d;
  // "BlazeTV’s Glenn Beck": the name after the last possessive.
  const rawTokens = headRun[0].split(/\s+/);
  let possessiveAt = -1;
  // "AG Edwards' Thayer": a plural or s-final possessive too.
  // ("the British Bankers' Association", "the Football Writers' Association", "Actors’ Equity": a name's own.)
  for (let i = 0; i < rawTokens.length - 1; i++) if (/(?:[’']s|s[’'])$/.test(rawTokens[i]!) && !((/s[’']$/.test(rawTokens[i]!) || OFFICE_POSSESSIVE.test(rawTokens[i]!)) && ORG_WORDS.has(cleanWord(rawTokens[i + 1]!).toLowerCase())) && !(i === 0 && /^\p{Lu}\p{Ll}+s[’']$/u.test(rawTokens[0]!) && isCommonWord(rawTokens[0]!.slice(0, -1).toLowerCase()))) possessiveAt = i;
  const runTokens = rawTokens.slice(possessiveAt + 1).map(cleanWord).filter(Boolean);
  // "May said" after "Brian May": a surname the article gave a person is no month; "the South African" keeps its first word.
  while (runTokens.length && isLeadingFunctionWord(runTokens[0]!, runTokens[1]) && !(runTokens.length === 1 && reg.byNameWord(runTokens[0]!)?.kind === "person") && !(runTokens.length >= 2 && isPeopleOfTwoWords(`${runTokens[0]} ${runTokens[1]}`))) runTokens.shift();
  const { titles, name } = splitTitle(runTokens);
  // ("The Grand Ole Opry said": a place's or a body's name.)
  if (/^[Tt]he\s/.test(text) && placeAfterThe(titles)) return { entity: reg.knownOrganization(text.slice(4)) ?? reg.organization(text.slice(4), at), confidence: 0.8 };
  const descriptor = text.slice(0, headRun.index).trim();
  // "Cuban" is Mark Cuban when the article has named him; "Star" of "the Philippine Star" names nobody.
  const surname = surnameWord(name);
  const known = surname ? reg.byNameWord(surname) : undefined;
  const knownSurname = !!known && isNameable(known, d.source);
  // ("Baroness Scotland", "Lord Kingsdown": a peer's title names a person, whatever place it is.)
  const peer = /^(?:lord|lady|baroness|baron|viscount|earl)$/i.test(titles.at(-1) ?? "");
  const countryOnly =
    !knownSurname && !peer && name.length >= 1 && countriesIn(name.join(" ")).length > 0 && (name.every((w) => countryOf(w) !== null || /^(?:of|the)$/i.test(w)) || isPeopleOfTwoWords(name.join(" ")));
  // "The Kremlin said": a seat of government that stands for a country is the institution itself.
  if (countryOnly && name.length === 1 && SEATS_OF_GOVERNMENT.has(name[0]!.toLowerCase())) return { entity: reg.organization(name[0]!, at), confidence: 0.9 };
  // ("according to The Independent": the paper.)
  const paper = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (countryOnly || name.length === 0) return paper && PAPER_PERSON_WORD.test(paper[1]!) ? { entity: reg.organization(`The ${paper[1]!}`, at), confidence: 0.85 } : resolveRole(text, at, d);
  if (!knownSurname && theNickname(text, name) && !isNative(name[0]!.toLowerCase()) && !reg.knownOrganization(name[0]!)) {
    // "according to The Hill": a capitalised "The" in mid-sentence belongs to a title; "prices fell 0.4%, according to the Nationwide": figures are a body's.
    const title = new RegExp(`[\\p{Ll}\\p{N},;]\\s+The\\s+${name[0]}(?![\\p{L}])`, "u").test(d.source) || (!!d.statement && /\d\s?%|[£$€]\d/.test(d.source.slice(d.statement.start, d.statement.end)));
    return title ? { entity: reg.organization(name[0]!, at), confidence: 0.85 } : { entity: null, confidence: 0.7 };
  }
  // "the Scottish Executive", "the Northern Ireland Executive": a place's government, not a person.
  const place = [...titles, ...name].slice(0, -1);
  if (name.at(-1) === "Executive" && place.length > 0 && !place.some((w) => PERSON_TITLE.test(w)) && (place.every((w) => countryOf(w) !== null) || countriesIn(place.join(" ")).length > 0)) {
    return { entity: reg.organization(rawTokens.slice(possessiveAt + 1).map(cleanWord).filter(Boolean).join(" "), at), confidence: 0.85 };
  }
  // "The Conservative Party Co-Chairman": a description of a person, capitalised.
  if (ROLE_LAST.test(name[name.length - 1]!)) return resolveRole(text, at, d);
  // "the departing European Commissioner": "the" and a capitalised word for a person is a role, not a
  // name ("the Philippine Star", "the Lusitanian Star" are newspapers).
  if (/^the\s/i.test(text) && !knownSurname && !isFirstName(name[0]!) && (PERSON_HEAD.test(name.at(-1)!.toLowerCase()) || isNative(name.at(-1)!.toLowerCase())) && !PAPER_PERSON_WORD.test(name.at(-1)!) && !reg.knownOrganization(name.join(" ")) && ![...titles, ...name].some((w) => countryOf(w) !== null)) return resolveRole(text, at, d);
  // "The attorney general of the state of Ohio": a person's office, not the place.
  const office = /^the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+of\b/iu.exec(descriptor);
  if (office && PERSON_ROLE.test(office[1]!) && !ORG_WORDS.has(name.at(-1)!.toLowerCase())) return resolveRole(text, at, d);
  // "the former Beatle": what someone was, not an organisation.
  if (name.length === 1 && !knownSurname && /\b(?:former|ex-?)$/i.test(descriptor) && !reg.knownOrganization(name[0]!)) return resolveRole(text, at, d);
  // "Liam Fox" is a person although "Fox" names a network; "Walt Disney Company", "Brackley Marine Services" are not.
  const personNamed = name.length >= 2 && name.length <= 3 && isFirstName(name[0]!) && !name.some((w) => ORG_NOUN.test(w) || (ORG_WORDS.has(w.toLowerCase()) && /(?:s|ing)$/.test(w)));
  const joined = name.length === 1 && !knownSurname && possessiveAt < 0 ? joinedName(text.slice(0, headRun.index! + headRun[0].length)) : null;
  // "the executive director of the Coastal Alliance for …": the director, not the alliance.
  if (joined && ROLE_OF.test(text.slice(0, joined.start))) return resolveRole(text, at, d);
  // "Albanian Prime Minister Fatos Nano" is no short form of the "Albanian Macedonian … Corporation": a person's title is not read as part of a name.
  const personTitled = titles.some((w) => PERSON_TITLE.test(w)) && !name.some((w) => ORG_WORDS.has(w.toLowerCase()));
  const knownOrg = personNamed ? undefined : joined ? reg.knownOrganization(joined.name) : ((personTitled ? undefined : reg.knownOrganization([...titles, ...name].join(" "))) ?? (titles.length ? reg.knownOrganization(name.join(" ")) : undefined));
  if (knownOrg && !knownSurname) return { entity: reg.organization(joined ? joined.name : knownOrg.forms[0]!, at), confidence: 0.9 };
  const orgWords = joined ? joined.name.split(" ") : ownWords(rawTokens.slice(possessiveAt + 1).join(" "));
  const orgLike =
    !personNamed && [...titles, ...name, ...orgWords].some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")) && !PERSON_TITLE.test(w)) ||
    (name.length === 1 && (isAcronym(name[0]!) || isBrandName(name[0]!))) || (possessiveAt < 0 && rawTokens.length > 1 && /^\p{Lu}\p{Ll}+s[’']$/u.test(rawTokens[0]!)) ||
    // "Scotland Yard", "British Airways", "English National Ballet": a place and a common noun (no role) are an institution.
    (name.length === 1 && titles.length >= 1 && !knownSurname && titles.every((w, i) => (i === 0 && countryOf(w) !== null) || MODIFIER_TITLE.test(w)) && isCommonWord(name[0]!) && !PERSON_HEAD.test(name[0]!.toLowerCase()) && !ROLE_LAST.test(name[0]!)) ||
    // "Amnesty International UK", "Lycos Europe": a body's arm in a country or region.
    (!personNamed && !knownSurname && name.length >= 2 && !isFirstName(name[0]!) && (countryOf(name.at(-1)!) !== null || /^(?:Europe|Asia|Africa|America|Americas)$/.test(name.at(-1)!)) && name.slice(0, -1).every((w) => countryOf(w) === null) && !isPlaceName(name.join(" ")) && countryNamed(name.join(" ")) === null) ||
    // "Downing Street", "Wall Street said": a street speaks for the institution there.
    (!personNamed && !knownSurname && name.length >= 2 && /^(?:Street|St\.?)$/.test(name.at(-1)!)) ||
    ORG_DESCRIPTORS.test(descriptor) ||
    // "the Philippine Star": a country's adjective before one word is no title.
    (!personNamed && /^the\s/i.test(text) && (titles.length === 0 || (!knownSurname && name.length === 1 && titles.every((w) => countryOf(w) !== null || MODIFIER_TITLE.test(w)))) && !/\b(?:minister|secretary|president|senator|governor|spokes\w+|counterpart)\b/i.test(descriptor)) ||
    (!!joined && /^the\s/i.test(text.slice(Math.max(0, joined.start - 4))));
  if (orgLike && (titles.length === 0 || ![...titles].some((w) => PERSON_TITLE.test(w)))) {
    const e = reg.organization(orgWords.join(" "), at);
    const role = (joined ? text.slice(0, joined.start).trim() : descriptor).replace(/^(?:the|a|an)(?:\s+|$)/i, "");
    if (role) reg.addRole(e, role);
    return { entity: e, confidence: 0.9 };
  }
  // "Western Journalism reported", "Capitol Hill": an adjective and a common noun name a thing, not a person.
  if (!knownSurname && !personNamed && titles.length === 0 && NOT_NAME_WORDS.has(orgWords[0]!.toLowerCase()) && titledNoun(orgWords)) {
    return { entity: reg.organization(orgWords.join(" "), at), confidence: 0.85 };
  }
  // "Ms. White" is a name; "Republicans" alone is not.
  const honorific = [...titles, ...name.slice(0, 1)].some((w) => /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|rev|lord|lady|sir|dame|baroness|baron)\.?$/i.test(w));
  if (!honorific && !knownSurname && !personNamed && name.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase()))) {
    return { entity: null, confidence: 0.7 };
  }
  const e = reg.person(name, at, titles, descriptor || null);
  if (!e) return { entity: null, confidence: 0.7 };
  return { entity: e, confidence: name.length >= 2 || e.first ? 1 : 0.95 };
}

/**
 * A capitalised run before a noun: "the Clinton campaign", "a Trump spokesman", "a Gallup poll", "the
 * Bush administration". The organization speaks (a spokesman's words are the campaign's, a poll's
 * findings the pollster's).
 */
function resolveNameBeforeNoun(text: string, headRun: RegExpExecArray, at: number, d: Discourse): Resolution {
  const { reg } = d;
  const tail = text.slice(headRun.index! + headRun[0].length).replace(/^[’']s\b/, "").trim().toLowerCase();
  const runTokens = headRun[0].replace(/[’']s$/, "").split(/\s+/).map(cleanWord).filter(Boolean);
  // ("a World Bank report": a word that opens sentences also opens a body's name the article writes.)
  while (runTokens.length && isLeadingFunctionWord(runTokens[0]!, runTokens[1]) && !reg.knownOrganization(runTokens.join(" "))?.forms.includes(runTokens.join(" "))) runTokens.shift();
  if (runTokens.length === 0 || /^(?:his|her|their|its|my|our)\s/i.test(text)) return resolveRole(text, at, d);
  const countryOnly = countriesIn(runTokens.join(" ")).length > 0 && runTokens.every((w) => countryOf(w) !== null);
  // "the Libyan central bank", "the German government": the country's organisation.
  if (countryOnly && /^(?:[a-z-]+\s+){0,2}(?:bank|government|ministry|parliament|army|police|embassy|regulator|agency|court|authorities|airline|company|firm|federation|association|union|council|commission)$/.test(tail)) {
    return { entity: reg.organization(`${runTokens.join(" ")} ${tail}`, at), confidence: 0.85 };
  }
  if (countryOnly) return resolveRole(text, at, d);
  const runName = runTokens.join(" ");
  const lastName = runTokens[runTokens.length - 1]!;
  const org = reg.knownOrganization(runName);
  const person = org ? undefined : reg.bySurname(foldName(lastName));
  // "Mr Blair's spokesman" speaks for Mr Blair, who is not the speaker; nor is an organisation named after him.
  if (person && /[’']s$/.test(headRun[0]) && /\b(?:spokes(?:man|woman|person)|aides?|advisers?|officials?)\b/.test(tail)) return { entity: null, confidence: 0.7 };
  const orgHead = /\b(administration|campaign|camp|team|staff|family|foundation|organization|government|office|committee|party)\b/.exec(tail.split(/(?:^|\s)(?:of|for|in|on|at|with|by|from|about|over)\s/)[0]!);
  // "Mongolia's main opposition party": which party the article may name elsewhere; no "Mongolia party".
  if (orgHead && !person && runTokens.every((w) => countryOf(w) !== null)) return { entity: null, confidence: 0.7 };
  // ("Google's security team" is Google's: a body's team or staff speak for it. The head stands
  // before any "of": "Critics of the government" and "a Post analysis of campaign filings" are no body's.)
  if (orgHead) return org && /^(?:team|staff)$/.test(orgHead[1]!) ? { entity: org, confidence: 0.8 } : { entity: reg.organization(`${person ? lastName : runName} ${orgHead[1]}`, at), confidence: 0.8 };
  // "a State Department official", "a Carrier executive": the organization speaks through them; "a
  // senior NHS source" is anonymous, and nobody's voice.
  if (!person && /^(?:an?|one)\s/i.test(text) && /^(?:(?:senior|top|former|current|longtime|high-ranking|administration)\s+)*(?:officials?|executives?|employees?|staffers?|representatives?)$/.test(tail) && !runTokens.every((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) {
    return { entity: reg.organization(runName, at), confidence: 0.75 };
  }
  // "Rover bosses have said", "Kestrel executives said": the people who run an organisation the
  // article names speak for it, as its spokesman does.
  if (org && /^(?:(?:senior|top|company|club|party)\s+)?(?:officials|executives|bosses|chiefs|managers|directors|representatives)$/.test(tail)) {
    return { entity: org, confidence: 0.75 };
  }
  // "One former Fanelli staffer": someone who no longer works for them speaks for nobody.
  if (/\b(?:former|ex-)/i.test(text) && /\b(?:aides?|advisers?|advisors?|staffers?|employees?|officials?)\b/.test(tail)) return { entity: null, confidence: 0.7 };
  // "Menatep lawyers said": a firm's lawyers speak for it (a person's lawyer speaks for nobody named).
  if (!person && /^(?:lawyers|attorneys|solicitors)$/.test(tail) && !/[’']s?$/.test(headRun[0]) && !looksLikePersonName(runTokens, false)) return { entity: reg.organization(runName, at), confidence: 0.75 };
  if (/\b(?:spokes(?:man|woman|person|people|men)|aides?|advisers?|advisors?|strategists?|staffers?|press secretary|communications director|campaign manager|surrogates?|operatives?)\b/.test(tail)) {
    // ("The Tory spokesman": the party, as "the Tories" names it.)
    const e = person ? reg.organization(`${lastName} campaign`, at) : ((PARTY_NICKNAMES.has(runName.toLowerCase()) ? resolvePhrase(runName, at, d).entity : null) ?? reg.organization(runName, at));
    return { entity: e, confidence: 0.8 };
  }
  // "The TV host", "the Chelsea boss", "the 34-year-old TV cook": a person described by what they do, not the word before.
  if (!person && /^the\s/i.test(text) && !/[’']s$/.test(headRun[0]) && /^[\p{Ll}-]+$/u.test(tail) && (isPersonHead(tail) || /\b\d{1,3}-year-old\s/.test(text))) return resolveRole(text, at, d);
  // "Sir Alan Mercer's inquiry found", "Ms Fenwick's speech said": a person's own words or findings.
  if (/[’']s$/.test(headRun[0]) && /^(?:(?:own|latest|new|final|written|official|annual)\s+)?(?:inquiry|report|review|speech|talk|address|lecture|letter|statement|book|memoir|autobiography|blog|website|column|article|memo|tweet|post|findings)$/.test(tail)) {
    const { titles, name } = splitTitle(runTokens);
    // One word nobody was named by, without a title ("Oxfam's report"): a body's, below.
    const named = person ?? ((name.length > 1 || titles.length > 0) && looksLikePersonName(name, titles.length > 0) ? reg.person(name, at, titles, null) : null);
    if (named) return { entity: named, confidence: 0.8 };
  }
  if (/\b(?:poll|polls|polling|survey|surveys|analysis|report|reports|filings?|records?|research|study|studies|readout|data|average|tally|count|review|statement|release|memo|letter|projections?|estimates?|website|site|article|story|editorial|investigation|audit|documents?|ads?|advert|advertisement|commercial|(?:counter)?proposal|manifesto|rulings?|decision|judge?ments?|verdict|findings|figures)\b/.test(tail) && !person && !/-(?:based|style|type|like)$/.test(runName)) {
    return { entity: reg.organization(runName, at), confidence: 0.8 };
  }
  // "Germany's BdB private banks association", "the ZdK retailers group": the name before what it is.
  const headTokens = headRun[0].split(/\s+/);
  const ownName = headTokens.slice(headTokens.slice(0, -1).findLastIndex((w) => /[’']s$/.test(w)) + 1).map(cleanWord).filter(Boolean);
  // "the Delta subsidiary", "the Kestrel unit" are another organisation than the one named.
  const kind = tail.split(/\s+/).at(-1)!;
  // "the High Street retailer", "a Wall Street bank": where it trades, not its name.
  if (/^(?:Street|St|Road|Avenue)$/.test(ownName.at(-1) ?? "") && ORG_HEADS.has(kind)) return resolveOrgDescription(`the ${tail}`, at, d) ?? { entity: null, confidence: 0.7 };
  // "research from a City investment bank", "a London law firm": one the article does not name.
  const unnamed = /^(?:a|an)\s/i.test(text) || /\s(?:a|an)\s+$/i.test(text.slice(0, headRun.index));
  if (unnamed && ORG_HEADS.has(kind) && !person) return { entity: null, confidence: 0.7 };
  if (!person && !/^(?:a|an)\s/i.test(text) && ORG_HEADS.has(kind) && !/^(?:subsidiary|unit|division|business|concern|partner|rival|owner|parent|affiliate)$/.test(kind) && !/[’']s$/.test(headRun[0]) && ownName.length > 0 && ownName.every((w) => countryOf(w) === null)) {
    return { entity: reg.organization(ownName.join(" "), at), confidence: 0.85 };
  }
  // "The Scottish National Party's parliamentary leader" holds a post in the body; "Church ministers" are several people: no body.
  if (runTokens.some((w) => ORG_WORDS.has(w.toLowerCase())) && !/^(?:a|an)\s/i.test(text) && !person && !isPersonHead(kind) && !isPersonHead(kind.replace(/s$/, ""))) {
    return { entity: reg.organization(runName, at), confidence: 0.85 };
  }
  return resolveRole(text, at, d);
}
