// Organisations as the text names and refers to them: what marks a capitalised run as an organisation
// ("German airline Lufthansa", "a Lufthansa spokesman", "Turkcell's stake", "Turkcell said it…"),
// and the descriptions that refer back to one ("the company", "the airline", "the central bank",
// "the report"). Kept apart from people: "it" and "the firm" never stand for a person.

import { CLUB_ENDINGS } from "../name-lexicons";
import { countriesIn, countryOf, isCapitalCity, isFirstName, isPlaceName } from "../names";
import { PERSON_ROLE } from "./name-runs";
import { isPartyName } from "./parties";

/** Lowercase nouns that introduce an organisation's name: "German airline Lufthansa", "rival Airbus". */
export const ORG_DESCRIPTORS = new Set(
  `airline carrier firm company group bank lender insurer broker bookmaker giant maker manufacturer carmaker retailer chain
  supermarket operator newspaper paper tabloid broadcaster channel network agency watchdog regulator body
  association union charity club side team band studio label publisher brewer distiller producer developer
  consultancy consultants think-tank organisation organization institute university website site magazine
  rival rivals conglomerate corporation subsidiary unit division owner partner provider supplier exporter
  importer fund investor ministry department party opposition court tribunal commission council firms
  outfit service station daily weekly journal pollster analyst app platform startup start-up utility cooperative co-operative engine portal`.split(/\s+/).filter(Boolean),
);

/** What a firm has and a person never does (a person has fans, plans, staff and a manager too). */
const FIRM_ONLY_NOUNS = String.raw`chief\s+executive|chairman|shares|profits?|revenues?|sales|stock|shareholders|subsidiary|stores|factory|plant|earnings|markets?|division|operations|output|customers|subscribers|fleet`;
const OWN_MAIN = String.raw`(?:(?:own|core|main|biggest|largest)\s+)?`;

/** Nouns after "X's" or "X" that only an organisation has: "Turkcell's stake", "a Lufthansa spokesman". */
const AFFILIATE_AFTER = new RegExp(
  String.raw`^(?:[’']s?)?\s+${OWN_MAIN}(?:${FIRM_ONLY_NOUNS}|spokes(?:man|woman|person)|chief|boss|bosses|chairwoman|executives?|officials|directors?|share|stake|staff|workers|employees|board|headquarters|management|website|statement|report|survey|study|research|figures|annual|results|plans?|bid|takeover|offer|unit|brand|products?|shops|flights|planes|aircraft|network|manager|coach|players|squad|fans)\b`,
);

/** "Lufthansa said it…", "Turkcell now says its…": only an organisation speaks of itself as "it". */
const SAYS_IT = /^\s+(?:\w+ly\s+|now\s+|also\s+|has\s+|had\s+|have\s+)*(?:said|says|say|added|adds|warned|warns|announced|announces|stated|states|confirmed|confirms|claimed|claims|insisted|insists|denied|denies|reported|reports|told\s+\S+(?:\s+\S+)?)\s+(?:that\s+)?(?:it|its)\b/;

/**
 * "Laura Ashley, which is due to report…", "Ted Baker is parting company with its chief": a firm
 * named after a person, which a person's name followed by "which" or by its own "its" cannot be.
 */
export function firmNamedForPerson(p: string, runStart: number, runEnd: number): boolean {
  const words = p.slice(runStart, runEnd).replace(/[’']s$/, "").split(/\s+/);
  if (words.length !== 2 || !isFirstName(words[0]!)) return false;
  const after = p.slice(runEnd, runEnd + 60);
  // (Its own "its" only as the sentence's subject: not "the super PAC backing Hillary Clinton is using its…".)
  return /^,\s+which\s/.test(after) || (/^\s+(?:is|was|has)\s+(?:[a-z]+\s+){1,3}its\s/.test(after) && /(?:^|[.!?]["”’']?\s+)$/.test(p.slice(Math.max(0, runStart - 3), runStart)));
}

/**
 * "Arsenal have confirmed", "Chelsea are ready to sell": British news gives a club, a band or a firm
 * a plural verb, where a person takes "has" (not one name of a list: "Smith and Jones have").
 */
export function pluralVerbAfter(p: string, runStart: number, runEnd: number): boolean {
  const run = p.slice(runStart, runEnd);
  // (Nor a place: "Newcastle have" is the club, named so only beside the city's other bodies.)
  return PLURAL_VERB.test(p.slice(runEnd, runEnd + 20)) && !/s$/.test(run) && !/(?:\band|&|,)\s*$/.test(p.slice(Math.max(0, runStart - 6), runStart)) && countryOf(run) === null && !isPlaceName(run) && !/^(?:Africa|Europe|Asia|America|Latin America|Australasia)$/.test(run);
}

const PLURAL_VERB = /^\s+(?:have|are|were)\s+(?!(?:to|not)\b)[a-z]/;

/** "helped Renault boost its profits", "Oxfam launched its appeal": a person does things to "his" or "her". */
const DOES_ITS = /^\s+(?!(?:said|says|say|told|tells|added|adds)\s)[a-z]+\s+its\s/;

/** Nouns naming an organisation when "the" stands before them: "the company said", "the airline added". */
export const ORG_HEADS = new Set(
  `company firm group airline carrier bank lender insurer giant maker manufacturer carmaker retailer chain
  supermarket operator newspaper paper tabloid broadcaster channel network agency watchdog regulator body
  association union charity club team side band studio label publisher brewer producer developer consultancy
  organisation organization institute university website site magazine conglomerate corporation
  subsidiary business concern ministry department government commission council alliance federation
  authority board court tribunal party league foundation trust society centre center service
  administration agency coalition campaign committee consortium fund force constabulary railroad railway
  office county theatre theater museum gallery orchestra utility think-tank thinktank engine portal hospital
  clinic hospice school college church prison hotel airport library`.split(/\s+/).filter(Boolean),
);

/** What an organisation publishes: its findings speak for it ("the report said"). */
export const DOCUMENT_HEADS = /^(?:report|study|survey|research|poll|review|analysis|paper|document|figures|data|statement|findings|index|forecast|audit|inquiry|submission|newsletter|dossier|memo|memorandum|manifesto|briefing|leaflet|bulletin|minutes)$/;

/** Bodies a country has one of: "the Libyan ministry", "the Irish football association". */
const NATIONAL_BODY = /^(?:ministry|department|government|administration|agency|parliament|assembly|army|navy|military|police|embassy|court|authority|regulator|watchdog|commission|council|federation|league|association|union|cabinet|presidency|senate|congress|treasury|party)$/;

/** Heads that say nothing of what kind of organisation is meant: any one can be "the company". */
const ANY_ORG_HEADS = /^(?:company|firm|group|giant|business|concern|organisation|organization|corporation|conglomerate|body|board)$/;
/** Words that say what kind of group or body without naming one: "pressure group", "industry body". */
const GROUP_KINDS = /^(?:pressure|campaign|campaigning|lobby|lobbying|advocacy|rights|consumer|industry|trade|umbrella|research)$/;

/** Whether the text right around a capitalised run marks it as an organisation. */
/** ", a leading German insurer,", ", Europe's largest mutual insurer,": an appositive whose last word says what kind of body it is. */
// (Not ", the company's American business,": a body's part, which "the company" does not name.)
const APPOSED_KIND = /^,\s+(?:a|an|the|\p{Lu}[\p{L}.-]*[’']s|the\s+world[’']s)\s+(?:(?!(?:of|for|at|with|in|on|to|and|by)\s)[\p{L}-]+(?:(?<=s)[’'])?\s+){0,4}([a-z]+)(?:,|\s+(?:which|that|whose)\s)/u;

/**
 * The words after a name that only a firm's could be followed by: its shares, its boss, "boost its
 * profits" (not "said it…", which a person's words may be followed by too).
 */
export function firmWordsAfter(p: string, runEnd: number): boolean {
  const after = p.slice(runEnd, runEnd + 60);
  return FIRM_ONLY_AFTER.test(after) || DOES_ITS.test(after);
}

/** "supermarket group Winn-Dixie", "carmaker Renault": a kind of business just before a word names it. */
export const FIRM_KIND_BEFORE = /(?:^|\s)(?:firm|company|group|bank|lender|insurer|retailer|chain|supermarket|grocer|airline|carmaker|brewer|conglomerate|corporation)\s+$/;

/** Whether a text ends in whitespace after a letter of a lower-case word: a cheap test before an expression anchored at the end. */
function endsInLowerCaseWord(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length || trimmed.length === 0) return false;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return (last >= 97 && last <= 122) || last === 0x2019 || last === 39 || last === 45;
}

/** A firm's own nouns after its name in the possessive ("Renault's core market"). */
const FIRM_ONLY_AFTER = new RegExp(String.raw`^[’']s?\s+${OWN_MAIN}(?:${FIRM_ONLY_NOUNS})\b`);

const DOCUMENT_FROM = /\b(?:surveys?|report|study|research|polls?|figures|data|statistics)\s+(?:by|from)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u;
const POST_IN = /\b(?:officer|executive|manager|director|chairman|chairwoman|president|founder|co-founder|employee|engineer|analyst|economist|strategist|researcher|scientist)s?\s+(?:of|at|in|with)\s+$/;
const CALLED = /\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(group|company|firm|charity|organisation|organization|campaign|coalition|union|business|start-?up|association|network|website|party|band)\s+(?:called|named|known\s+as)\s+$/;

export function orgEvidence(p: string, runStart: number, runEnd: number): string | null {
  const leading = p.slice(Math.max(0, runStart - 30), runStart);
  const before = endsInLowerCaseWord(leading) && /(?:^|\s)([a-z][a-z’'-]+)\s+$/.exec(leading);
  if (before && ORG_DESCRIPTORS.has(before[1]!)) {
    // "German engineering firm Kestrel": where it is from goes with what it is ("the German company").
    const from = /(?:^|\s)(\p{Lu}(?:\p{Ll}+|\p{Lu}+))\s+(?:[a-z-]+\s+){0,2}$/u.exec(p.slice(Math.max(0, runStart - 60), runStart - before[0].length + 1));
    // "insurance broker Marsh": the word that says what kind of business, too ("the insurer").
    const kind = /(?:^|\s)([a-z]{4,})\s+$/.exec(p.slice(Math.max(0, runStart - before[0].length - 20), runStart - before[0].length + 1))?.[1];
    const what = kind && !/^(?:the|this|that|with|from|into|over|said|says|told|when|what|their|which|while|after|about|also|like|than|such|other|into|whose)$/.test(kind) && !/(?:ed|ing|ly)$/.test(kind) ? `${kind} ${before[1]}` : before[1]!;
    return from && countryOf(from[1]!) !== null ? `${from[1]} ${what}` : what;
  }
  // "…by the media watchdog, Reporters Without Borders.": a body's description in apposition before
  // the name, which ends the clause.
  const described = leading.endsWith(", ") ? /\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z]+),\s+$/.exec(p.slice(Math.max(0, runStart - 50), runStart)) : null;
  if (described && ORG_DESCRIPTORS.has(described[1]!) && /^(?:[.,;:]|$)/.test(p.slice(runEnd, runEnd + 1))) return described[1]!;
  // "Shares in Brackenfield Cycles fell", "Brackenfield's shares": only a company has shares (the
  // words before end in the "n" of "in" or the "f" of "of").
  // ("Shares in Norvale's": a firm named in the possessive keeps its name whole, read where it speaks.)
  // "Profits at Kestrel Foods rose", "Sales at Norvale fell": only a firm has profits and sales (the
  // words before end in the "t" of "at").
  const lastLetter = p.charCodeAt(runStart - 2);
  if (lastLetter === 110 || lastLetter === 102) {
    if (/\b[Ss]hares\s+(?:in|of)\s+$/.test(p.slice(Math.max(0, runStart - 16), runStart)) && !/[’']s$/.test(p.slice(runStart, runEnd))) return "";
  }
  if (lastLetter === 116 && /(?:^|[.!?]\s+)(?:(?:Annual|Quarterly|Pre-tax|Half-year|Full-year|Third-quarter|Fourth-quarter|First-quarter|Second-quarter)\s+)?(?:[Pp]rofits?|[Ss]ales|[Rr]evenues?|[Ee]arnings|[Ll]osses|[Tt]urnover)\s+at\s+$/.test(p.slice(Math.max(0, runStart - 40), runStart)) && !/[’']s$/.test(p.slice(runStart, runEnd))) return "";
  // "About 80 campaigners from Save Ashworth Libraries staged a protest": a campaign's name ("the
  // group said" later), not a person's.
  if (/\b(?:campaigners|activists|protesters|volunteers)\s+(?:from|of|with)\s+(?:the\s+)?$/.test(leading) && !isFirstName(p.slice(runStart, runEnd).split(/\s+/)[0]!)) return "group";
  // "a survey by Earthlink and Webroot", "chief operating officer of Sony", "a manager at Symantec":
  // who a document is from, or where someone holds a post, is a body (not a place, nor a name that
  // opens on a first name).
  const context = /\s(?:by|from|of|at|in|with|and|&)\s+$/.test(leading) ? p.slice(Math.max(0, runStart - 60), runStart) : "";
  if (context && (DOCUMENT_FROM.test(context) || POST_IN.test(context)) && !isFirstName(p.slice(runStart, runEnd).split(/\s+/)[0]!) && !isPlaceName(p.slice(runStart, runEnd).replace(/[’']s$/, "")) && countryOf(p.slice(runStart, runEnd)) === null) return "";
  // "neighbours formed a group called Safe Streets Flatbush": a body's name after what it is.
  const called = /\s(?:called|named|as)\s+$/.test(leading) ? CALLED.exec(p.slice(Math.max(0, runStart - 70), runStart)) : null;
  if (called) return called[1]!;
  const after = p.slice(runEnd, runEnd + 60);
  if (AFFILIATE_AFTER.test(after) || SAYS_IT.test(after) || DOES_ITS.test(after) || firmNamedForPerson(p, runStart, runEnd)) return "";
  if (pluralVerbAfter(p, runStart, runEnd)) return "";
  // "Allianz, a leading German insurer, said", "Equity, the performers' union, said": what it is, in
  // apposition (not "a member of the board",
  // nor "the company's American business", which is another's).
  // Only a name opening the sentence: in "a stake in Irancell, the new network," it is no subject "it" may
  // stand for later.
  const apposed = runStart === 0 || /[.!?]["”’']?\s+$/.test(p.slice(Math.max(0, runStart - 4), runStart)) ? APPOSED_KIND.exec(after) : null;
  if (apposed && ORG_HEADS.has(apposed[1]!)) return apposed[1]!;
  // "Standard & Poor's (S&P)": an acronym of its initials in brackets after it names an organisation.
  const acronym = /^\s*\((\p{Lu}(?:&?\p{Lu}){1,7})\)/u.exec(after)?.[1];
  if (acronym && acronym.replace(/&/g, "") === initials(p.slice(runStart, runEnd).replace(/[’']s$/, "").split(/\s+/).filter((w) => !/^(?:The|&)$/.test(w)))) return "";
  // "the HealthWorkers Together union", "the Unite union": what kind of body it is, after its name.
  const kindAfter = /^\s+(union|charity|party|campaign|think-tank|trust|firm|company|consortium|federation)\b/.exec(after);
  if (kindAfter && /\bthe\s+$/i.test(p.slice(Math.max(0, runStart - 5), runStart))) return kindAfter[1]!;
  // "Broadcast magazine said", "trade weekly Screen Daily": a title and what it is, "the" or not.
  // (Not "a Baton Rouge newspaper": where a paper is, not its name.)
  const titleKind = /^\s+(magazine|newspaper|weekly)\b/.exec(after);
  const run = p.slice(runStart, runEnd);
  if (titleKind && !isPlaceName(run) && !isCapitalCity(run) && countryOf(run) === null && !/\b[Aa]n?\s+$/.test(leading)) return titleKind[1]!;
  return null;
}

export interface OrgDescription {
  head: string;
  /** The words that tell which organisation ("central" in "the central bank"), lower-case. */
  modifiers: string[];
  document: boolean;
  /** The countries its words place it in ("German" in "the German company"). */
  nationality: string[];
  /** Where a place before the noun says it is ("South Yorkshire" in "the South Yorkshire company"). */
  place?: string;
}

/** "the company", "the central bank", "the report", "the Delta subsidiary" as a description of an organisation, or null. */
export function orgDescription(text: string): OrgDescription | null {
  // "The UK's biggest mortgage lender": the country's, whose name may not say where it is (the Halifax).
  const owned = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}]*)[’']s\s+(\p{Ll}.*)$/u.exec(text.trim());
  if (owned && countryOf(owned[1]!) !== null) {
    const inner = orgDescription(`the ${owned[2]}`);
    return inner && !inner.document && !NATIONAL_BODY.test(inner.head) ? inner : null;
  }
  const m = /^(?:the|this|that|its)\s+((?:[\p{L}\p{N}’'-]+\s+){0,3})([\p{L}-]+)$/iu.exec(text.trim());
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  const document = DOCUMENT_HEADS.test(head);
  if (!document && !ORG_HEADS.has(head)) return null;
  const words = m[1]!.trim().split(/\s+/).filter(Boolean);
  // "The feminist writer and broadcaster": what one person does, twice (a broadcaster may be a body).
  if (words.at(-1) === "and" && PERSON_ROLE.test(words.at(-2) ?? "")) return null;
  // "The German company", "the Japanese carmaker": where it is from describes it; its name is elsewhere.
  const demonym = (w: string) => /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(w) && countryOf(w) !== null;
  const nationality = words.filter(demonym).map((w) => countryOf(w)!);
  let rest = words.filter((w) => !demonym(w));
  // "The South Yorkshire company", "the Texas firm": where it is describes it too (not "the Yorkshire Bank").
  const capitals = rest.findIndex((w) => !/^\p{Lu}/u.test(w));
  const place = (capitals < 0 ? rest : rest.slice(0, capitals)).join(" ");
  const located = !!place && /^\p{Ll}/u.test(m[2]!) && (isPlaceName(place) || isCapitalCity(place) || /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater)\s+\p{Lu}\p{Ll}+$/u.test(place) || /^\p{Lu}\p{Ll}+shire$/u.test(place));
  if (located) rest = rest.slice(place.split(" ").length);
  // "the Commission report", "the Delta subsidiary": a name in the phrase says more than recency.
  if (rest.some((w) => /\p{Lu}/u.test(w))) return null;
  const modifiers = rest.map((w) => w.toLowerCase());
  // "The Libyan central bank", "the French foreign ministry": a country has one, so the words name it.
  if (nationality.length > 0 && (NATIONAL_BODY.test(head) || modifiers.some((w) => /^(?:central|national|state|federal|foreign|interior|defence|defense|finance|trade|justice|health)$/.test(w)))) return null;
  return { head, modifiers, document, nationality, ...(located ? { place } : {}) };
}

/**
 * What kind of organisation a word of its name says it is: "US Airways" is an airline, "Arab News"
 * a newspaper, "Norvale Bank" a bank, so "the airline", "the newspaper", "the lender" can be them.
 */
const KIND_OF_NAME: [RegExp, RegExp][] = [
  [/\b(?:airways|airlines?|air)\b/, /^(?:airline|carrier)$/],
  [/\b(?:bank|bancorp|banking)\b/, /^(?:bank|lender)$/],
  [/\b(?:news|times|post|journal|herald|telegraph|guardian|mail|mirror|gazette|tribune|express|chronicle|observer|standard|independent|daily|sun|star|record|examiner|inquirer|globe|courier|bulletin)\b/, /^(?:newspaper|paper|daily|tabloid|publication)$/],
  [/\b(?:motors?|automobiles?|autos?)\b/, /^(?:carmaker|maker|manufacturer)$/],
  [/\b(?:insurance|assurance)\b/, /^insurer$/],
  [/\b(?:broadcasting|television|tv|radio)\b/, /^(?:broadcaster|network|channel|station)$/],
  [/\b(?:telecom|telecoms|communications|mobile|wireless)\b/, /^(?:operator|carrier)$/],
  [/\b(?:stores|supermarkets?|retail)\b/, /^(?:retailer|chain|supermarket)$/],
  [/\b(?:brewery|breweries|brewing)\b/, /^brewer$/],
  [/\b(?:police|constabulary)\b/, /^(?:force|police)$/],
  [/\b(?:railroad|railway|railways|rail)\b/, /^(?:railroad|railway|operator)$/],
  [/\bcouncil\b/, /^(?:council|authority)$/],
  // "The FBI… the agency", "the Electoral Commission… the watchdog": what a public body's name says it is.
  [/\b(?:bureau|administration)\b/, /^agency$/],
  [/\b(?:commission|authority|agency|ombudsman|inspectorate|office|board)\b/, /^(?:watchdog|regulator)$/],
  [/\b(?:institute|foundation|centre|center|forum|trust|society)\b/, /^think-?tank$/],
  [/\bministry\b/, /^department$/],
  [/\bdepartment\b/, /^ministry$/],
  // "The body", "the governing body": an association, a federation, a council, a regulator.
  [/\b(?:association|federation|council|commission|authority|board|agency|union|league|committee|institute|institution|society|organisation|organization|confederation)\b/, /^body$/],
  [new RegExp(`\\b(?:${[...CLUB_ENDINGS, "united", "city", "town", "county"].join("|")})\\b`), /^(?:club|side|team)$/],
];

/** Names a central bank goes by: "Bank of Japan", "Federal Reserve", "Reserve Bank of India", "Bundesbank". */
const CENTRAL_BANK = /\b(?:central bank|bank of (?!america\b|new york\b|scotland\b|ireland\b|china\b|communications\b)[a-z]+|federal reserve|reserve bank|bundesbank|banque de france|banca d'italia)\b/;

/** Words for one trade that news uses for one another. */
const SAME_TRADE: Record<string, RegExp> = {
  retailer: /\b(?:chain|store|stores|shop|shops|supermarket|grocer|retail)\b/,
  chain: /\b(?:retailer|store|stores|shop|shops|supermarket|restaurant|hotel|pub)\b/,
  supermarket: /\b(?:grocer|chain|retailer)\b/,
  lender: /\b(?:bank|mortgage|building society|credit)\b/,
  carrier: /\b(?:airline|operator|network)\b/,
  airline: /\b(?:carrier)\b/,
  broadcaster: /\b(?:channel|network|tv|television|radio)\b/,
  publisher: /\b(?:newspaper|magazine|publishing|books)\b/,
  carmaker: /\b(?:car|motor|auto|vehicle)\w*/,
  insurer: /\b(?:insurance|assurance)\b/,
  utility: /\b(?:electric|electricity|power|energy|gas|water)\b/,
  // ("The hospital said" of Marengo Valley Medical Center; "the agency" of a state's Department of…)
  hospital: /\b(?:medical cent(?:er|re)|infirmary|clinic|health system)\b/,
  agency: /\b(?:department|administration|bureau|commission|service)\b/,
};

function kindFits(named: string, head: string): boolean {
  return KIND_OF_NAME.some(([name, heads]) => heads.test(head) && name.test(named));
}

/** Whether an organisation, known by its forms and roles, can be what a description names. */
export function orgFits(desc: OrgDescription, forms: string[], roles: string[]): "name" | "role" | "any" | null {
  const named = forms.join(" ").toLowerCase();
  const described = roles.join(" ").toLowerCase();
  // "The German company" is one the article placed in Germany ("German engineering firm Siemens"),
  // not whichever came last ("US operator Cingular", or one placed nowhere).
  if (desc.nationality.length > 0) {
    const placed = countriesIn(`${forms.join(" ")} ${roles.join(" ")}`);
    if (!desc.nationality.every((c) => placed.includes(c))) return null;
  }
  // ("The club" is no league it plays in, "United Counties League", nor the paper that reported the match.)
  if (/^(?:club|team|side)$/.test(desc.head) && NOT_A_CLUB.test(forms[0] ?? "")) return null;
  // "The central bank" is the Bank of England, the Federal Reserve, the Bundesbank.
  if (desc.head === "bank" && desc.modifiers.join(" ") === "central" && CENTRAL_BANK.test(named)) return "role";
  // ("the theater" for the Potomac Repertory Theatre: British and American spellings are one word.)
  const spelt = (w: string) => w.replace(/(?<=[a-z]{3})(?:re|er)$/, "(?:re|er)");
  const words = [...desc.modifiers.filter((w) => !/^(?:new|same|former|latest|giant|firm)$/.test(w)), desc.head];
  if (words.every((w) => new RegExp(`\\b${spelt(escape(w))}`).test(named))) return "name";
  if (new RegExp(`\\b${escape(desc.head)}`).test(described)) return "role";
  // "The retailer" for "department store chain Harcourt & Lane": another word for the same trade.
  // (A central bank lends to no one: "the UK's biggest mortgage lender" is no Bank of England.)
  const trade = SAME_TRADE[desc.head];
  if (trade && trade.test(`${named} ${described}`) && !(desc.head === "lender" && CENTRAL_BANK.test(named))) return "role";
  // "The insurer" for "insurance broker Marsh", "the retailer" for "retail chain Harlow's": the
  // description's word without its ending.
  const stem = desc.head.replace(/(?:er|or)$/, "");
  if (stem !== desc.head && stem.length >= 4 && new RegExp(`\\b${escape(stem)}`).test(described)) return "role";
  if (desc.modifiers.every((w) => w === "governing") && kindFits(named, desc.head)) return "role";
  // "The Lib Dems say… Party leader Charles Kennedy said… The party says": a party's name says it is one.
  if (desc.head === "party" && desc.modifiers.length === 0 && forms.some(isPartyName)) return "role";
  // ("A spokesperson for the company" is not the Independent Couriers Union, nor "the group" the
  // borough council: a name that says what other kind of body it is.)
  if (/^(?:company|firm|business|corporation|conglomerate|giant|group|concern)$/.test(desc.head) && NOT_A_FIRM.test(forms[0] ?? "")) return null;
  // ("The Paris-based pressure group", "the industry body": words for what any such body does.)
  return ANY_ORG_HEADS.test(desc.head) && desc.modifiers.every((w) => GROUP_KINDS.test(w)) ? "any" : null;
}

/** Words that make a body's name another kind of body than a firm. */
const NOT_A_FIRM = /\b(?:Union|Council|Party|Police|Constabulary|Ministry|Department|Commission|Committee|Court|Parliament|Assembly|Government|Authority|University|College|School|Hospital|Church|Office|DA|Attorney|Sheriff)\b/i;

/** Words that make a body's name another kind of body than a club. */
const NOT_A_CLUB = /\b(?:League|Division|Conference|Association|Federation|Union|Council|Committee|Commission|Board|Authority|Ministry|Department|Police|Court|University|College|School|Press|News|Times|Post|Mail|Echo|Herald|Gazette|Chronicle)\b/;

export const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The letters an acronym of these words would have: "United Nations Economic Commission for Europe" → "UNECE". */
export function initials(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** What says a body issued a document named after it ("Capgemini's survey", "…, which conducted the poll", "the BSA which commissioned the survey"). */
export const ISSUED_AFTER =
  /^(?:(?:[’']s)?\s+(?:(?:own|latest|new|annual|monthly|quarterly|\d{4}|members[’']|staff)\s+)*(?:report|study|survey|research|poll|review|analysis|figures|data|index|forecast|audit|submission|newsletter|dossier|manifesto|leaflet|bulletin)\b|\s+(?:\([^)]{1,12}\)\s+)?(?:,?\s*(?:which|that)\s+(?:has\s+|had\s+)?)?(?:conducted|carried\s+out|commissioned|published|released|compiled|produced)\s+(?:the|its|a|this)\s+(?:(?:same|latest|new|annual)\s+)*(?:report|study|survey|poll|research|review|analysis)\b|\s+(?:says|said|warns|warned|argues|argued|claims|claimed|finds|found)\s+in\s+(?:a|an|its)\s+(?:(?:new|latest|annual|recent)\s+)*(?:report|study|survey|review|analysis|submission|dossier|manifesto|briefing)\b)/;
// ("an audit of EU revenue", "a survey of voters": what is audited or surveyed, not who did it.)
// ("The survey of consumers in four countries was carried out by consultancy group Capgemini.")
export const ISSUED_BEFORE = /\b(?:(?:report|study|survey|research|poll|review|analysis|figures|data|index|forecast|audit),?\s+(?:(?:undertaken|published|commissioned|carried\s+out|conducted|released|issued|compiled|produced)\s+)?(?:by|from|for)|(?:report|figures|data|forecast),?\s+of|(?:report|study|survey|research|poll|review|analysis|audit)\b[^.;:“”"]{0,100}?\s(?:was|were|is|has\s+been|had\s+been)\s+(?:undertaken|commissioned|carried\s+out|conducted|compiled|produced|published)\s+by)\s+(?:the\s+)?(?:(?:\p{Lu}{2,}|[\p{Ll}-]+)\s+){0,3}$/u;

/** What a member's role says its organisation is: a singer's a band, a striker's a club. */
const MEMBER_OF: [RegExp, string][] = [
  [/^(?:singer|drummer|guitarist|bassist|frontman|keyboardist|vocalist)$/, "band"],
  [/^(?:boss|manager|coach|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|captain|chairman)$/, "club"],
  [/^(?:chief executive|executive|spokesman|spokeswoman|spokesperson)$/, ""],
];

/**
 * "Oasis singer Liam Gallagher", "Chelsea boss Jose Mourinho": the name before a member's role and a
 * person is an organisation, of the kind the role says ("the band said" later is Oasis). Null when
 * the role says no such thing or the name is a place's ("New Zealand striker Tom Ruaki").
 */
export function memberOf(role: string, words: string): string | null {
  const kind = MEMBER_OF.find(([re]) => re.test(role.trim()))?.[1];
  if (kind === undefined || isPlaceName(words) || countryOf(words) !== null || words.split(/\s+/).some((w) => countryOf(w) !== null)) return null;
  return kind;
}
