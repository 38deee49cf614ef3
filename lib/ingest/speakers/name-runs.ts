// Capitalised runs of words and what they can name: a person's titles and name ("Russian Foreign
// Minister Sergey Lavrov"), an organization, or neither ("The", "But", "WASHINGTON").

import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS } from "../name-lexicons";
import { isCommonWord } from "../common-words";
import { countriesIn, countryOf, isFirstName, isPartyWord, isPlaceName, notNameWordAt, surnameNotBody } from "../names";

// A full stop belongs to a name only after an initial or a known abbreviation ("J.", "Sen.", "Jr."):
// in "Vladimir Makei. Makei said" the stop ends a sentence, not a name. A web address's is ("Factcheck.org"),
// and a dotted initialism is one word ("F.B.I.", "J.M. Berger").
const NAME_TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|Jr|Sr|St|Ft|Mt)\.|(?:\p{Lu}\.){2,}(?:-(?:\p{Lu}\.){2,})*(?!\p{Ll})|\p{Lu}\.|\p{Lu}(?:[\p{L}’'\-]|&(?=\p{Lu}))*(?:\.(?:com|org|net|gov|edu|co\.uk|info)\b)?)`;
/** Lowercase words inside a name: "Charles de Gaulle", "Osama bin Laden". */
export const PARTICLES = NAME_PARTICLES;
const PARTICLE = `(?:${[...PARTICLES].join("|")})`;
/** The Arabic article before a surname: "al-" of "Ali al-Sistani", "el-" of "Mohamed el-Baradei". */
export const SURNAME_ARTICLE = String.raw`(?:al|el|ad|an|ar|as|ash|at|az)-(?=\p{Lu})`;
/** An Arabic surname with its article, after a first name: "Ali al-Sistani", "Muqtada al-Sadr". */
const ARTICLE_SURNAME = String.raw`${SURNAME_ARTICLE}\p{Lu}[\p{L}’'\-]*`;
const ARTICLE_SURNAME_WORD = new RegExp(`^${ARTICLE_SURNAME}$`, "u");
/** Whether a word is such a surname ("al-Sadr"): a name's last word, though it opens in lower case. */
export const isArticleSurname = (word: string): boolean => ARTICLE_SURNAME_WORD.test(word);
/** A run of capitalised words, titles and initials: a name with whatever titles stand before it. */
export const CAP_SEQ = new RegExp(`${NAME_TOKEN}(?:\\s+(?:(?:${PARTICLE}\\s+|&\\s+)?${NAME_TOKEN}|${ARTICLE_SURNAME}))*`, "gu");

// A run starts at a capital letter; a plain class finds the next one much faster than CAP_SEQ's own
// search, which tries its \p{Lu} alternatives at every character (half of its time on PolNeAR).
const RUN_START = /[A-Z\u00C0-\u00DE\u0100-\uFFFF]/g;
const RUN_AT = new RegExp(CAP_SEQ.source, "uy");

/** The capitalised run that starts exactly at `at`, if one does. */
export function capitalisedRunAt(text: string, at: number): RegExpExecArray | null {
  RUN_AT.lastIndex = at;
  return RUN_AT.exec(text);
}

/** The first capitalised run at or after `from`: what CAP_SEQ.exec finds from there, found faster. */
export function nextCapitalisedRun(text: string, from: number): RegExpExecArray | null {
  RUN_START.lastIndex = from;
  for (let c = RUN_START.exec(text); c; c = RUN_START.exec(text)) {
    const m = capitalisedRunAt(text, c.index);
    if (m) return m;
  }
  return null;
}

/** Every capitalised run of a text, in order. */
export function capitalisedRuns(text: string): RegExpExecArray[] {
  const runs: RegExpExecArray[] = [];
  for (let m = nextCapitalisedRun(text, 0); m; m = nextCapitalisedRun(text, m.index + m[0].length)) runs.push(m);
  return runs;
}
export const PERSON_TITLE = /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|prof|rev|president|senator|governor|congressman|congresswoman|minister|secretary|speaker|mayor|judge|justice|ambassador|chairman|chairwoman|leader|director|spokesman|spokeswoman|spokesperson|counterpart|candidate|nominee|sheriff|attorney|commissioner|chancellor|premier|taoiseach|tánaiste|tanaiste|pope|king|queen|prince|princess|vice|former|deputy|acting|chief|foreign|prime|rev|detective|constable|inspector|superintendent|assemblyman|assemblywoman|assemblymember|councilmember|member|councillor|councilman|councilwoman|alderman|trooper|coroner|magistrate)\.?$/i;

/** Words of a title that say what kind, never who: "English National Ballet" names no one called Ballet. */
export const MODIFIER_TITLE = /^(?:National|Royal|State|Political|Senior|Top|Foreign|Prime|Majority|Minority|Communications|Press|Campaign|Assistant|Executive)$/;

/**
 * The one word a name may be known by elsewhere in the article: "Pen" of "Le Pen" (Marine Le Pen),
 * or the name itself when it is one word; undefined for a fuller name.
 */
export function surnameWord(name: readonly string[]): string | undefined {
  if (name.length === 1) return name[0];
  return name.length === 2 && PARTICLES.has(name[0]!.toLowerCase()) ? name[1] : undefined;
}

/** Words of a role only a person has ("counterpart", "secretary general", "wife"). */
export const PERSON_ROLE =
  /\b(?:counterpart|referee|umpire|minister|spokes\w+|candidate|nominee|senator|governor|secretary|president|director|chairman|chairwoman|adviser|advisor|aide|leader|manager|strategist|official|mogul|billionaire|businessman|front-?runner|rival|opponent|host|anchor|attorney|lawyer|ambassador|envoy|chief|head|founder|executive|professor|analyst|speaker|mayor|representative|congressman|congresswoman|wife|husband|daughter|son|member|singer|actor|actress|comedian|author|writer|reporter|correspondent|columnist|economist|pollster|activist|officer|judge|sheriff|pastor|coach|player|star|boss|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|prop|hooker|flanker|fly-half|scrum-half|full-back|fullback|stand-off|loose-head|tight-head|presenter|broadcaster|journalist|editor|rapper|musician|guitarist|drummer|frontman|model|designer|producer|film-?maker|playwright|novelist|poet|artist|photographer|chef|tycoon|magnate|entrepreneur|campaigner|boxer|golfer|jockey|trainer|athlete|sprinter|cyclist|driver|champion|surgeon|doctor|scientist|researcher|cricketer|footballer|dancer|skater|swimmer|gymnast|rower|batsman|bowler|wrestler|fighter|partner|colleague|team-?mate|professional|pundit|commentator|nurse|midwife|paramedic|pharmacist|firefighter|headteacher|teacher|vicar|priest|[a-z]*ologist|chemist|physicist|astronomer|oceanographer|influencer|blogger|vlogger|creator)\b/i;

/** Words that open a sentence or clause before a name: "The", "But", "In". */
export const RUN_OPENERS = /^(?:The|A|An|But|And|Or|So|If|As|In|On|At|For|With|By|From|Of|To|When|While|After|Before|This|That|These|Those|His|Her|Their|Its|Our|However|Meanwhile|Also|Yet|Then|Now|There|Here|Still|Even|According|Last|Both|Each|Every|Some|Many|Most|Several|Other|Another|Such|Only|Since|Once|Unless|Whether|Whilst|Although|Though|Because|Under|Over|Like|Unlike|Despite|Until|Among|Including|Why|How|What|Where|Who)$/;

/**
 * "The", "But", "WASHINGTON ―" before a name; news outlets and agencies are kept, and so is the
 * "New" of a name ("New York", "New Jersey Gov. Chris Christie"), which `next` tells.
 */
export function isLeadingFunctionWord(w: string, next?: string): boolean {
  if (w === "New" && next && /^\p{Lu}/u.test(next)) return false;
  const bare = w.toLowerCase().replace(/\.$/, "");
  // "Lord Falconer": an honorific before a name is its title, not a word opening the sentence.
  if (ORG_WORDS.has(bare) || PERSON_TITLE.test(w) || (/^(?:lord|lady|sir|dame)$/.test(bare) && !!next && /^\p{Lu}/u.test(next))) return false;
  // "De Gaulle said", "Le Monde reported": a particle written with a capital opens the name it is part of.
  if (PARTICLES.has(bare) && /^\p{Lu}/u.test(w) && !!next && /^\p{Lu}\p{Ll}/u.test(next)) return false;
  return NOT_NAME_WORDS.has(bare) || (/^\p{Lu}{3,}$/u.test(w) && !isAcronym(w));
}

/**
 * A run that is one word opening a sentence and naming nothing ("The", "But", "He"): about a third of
 * an article's capitalised runs, answered before a run is taken apart.
 */
export function isLoneFunctionWord(run: string): boolean {
  if (!/^[A-Za-z]+$/.test(run)) return false;
  const lower = run.toLowerCase();
  return NOT_NAME_WORDS.has(lower) && !ORG_WORDS.has(lower) && !PERSON_TITLE.test(run);
}

/** "Sheriff's" of "the Tillman County Sheriff's Office", "Children's" of "Boston Children's Hospital": a possessive inside a body's name. */
export const OFFICE_POSSESSIVE = /^(?:Sheriff|Attorney|General|Governor|Mayor|Examiner|Coroner|Comptroller|Clerk|Treasurer|Auditor|Marshal|Prosecutor|Solicitor|Children|Women|Men|Veterans|People|Workers)[’']s$/;

export function cleanWord(w: string): string {
  // Most words are letters alone, which nothing below changes.
  if (/^[A-Za-z]+$/.test(w) || OFFICE_POSSESSIVE.test(w)) return w;
  const bare = w.replace(/[’']s?$/, "").replace(/(?!(?<=\p{Lu})&(?=\p{Lu}))[^\p{L}\p{N}.’'-]/gu, "");
  // A sentence-final period is not part of the name; an initial's or a title's is ("J.", "Sen.").
  if (/\.$/.test(bare) && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr)\.$/u.test(bare) && !/^(?:\p{Lu}\.)+(?:-(?:\p{Lu}\.)+)*$/u.test(bare)) {
    return bare.slice(0, -1);
  }
  return bare;
}

/** "S&P" → "SP": the letters of an acronym written with an ampersand ("AT&T"). */
export const withoutAmpersand = (word: string): string => (word.includes("&") ? word.replace(/(?<=\p{Lu})&(?=\p{Lu})/gu, "") : word);

/** "DashPlate", "PayPal", "HealthWorkers": a brand's capital inside a word (not "McDonald", "DeSantis", "MacLeod"). */
export function isBrandName(w: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Vande|Vander|Vanden|Von|Ten|Ter|Fitz|St)\p{Lu}/u.test(w);
}

export function isAcronym(w: string): boolean {
  // "S&P", "AT&T": an ampersand between capitals is part of one.
  if (w.length > 8) return false;
  const letters = w.includes(".") ? w.replace(/\./g, "") : w;
  return /^\p{Lu}{2,6}$/u.test(withoutAmpersand(letters));
}

/** A capitalized run split into leading titles and the name itself. */
export function splitTitle(tokens: string[]): { titles: string[]; name: string[] } {
  // Everything up to the last title word is the role: "Texas Senator Ted Cruz", "Atlantic City Mayor
  // Don Guardian", "Russian Foreign Minister Sergey Lavrov".
  let cut = 0;
  // ("Angharad Pryce MS": letters after the name leave its surname last.)
  let end = tokens.length;
  while (end > 2 && POST_NOMINAL.test(tokens[end - 1]!)) end--;
  for (let i = 0; i < end - 1; i++) {
    const w = tokens[i]!;
    const bare = w.toLowerCase().replace(/\.$/, "");
    // "Lib Dem MP Lembit Okafor": letters of an office before a name end its role, as a title does.
    // "Match-winner Asante", "Ex-minister Hale", "Co-founder Vane": a compound written with a capital
    // only because it opens the sentence is a role.
    // "Mum-of-four Destiny Okoro-Blake" too.
    const compoundRole = i === 0 && /^\p{Lu}\p{Ll}+-(?:winner|scorer|captain|minister|president|founder|chairman|chairwoman|star|leader|holder|keeper|chief|boss|nominated|nominee|elect|born|of(?:-[a-z]+)+)$/u.test(w);
    // "Campaigner Ffion Lloyd", "Chef Rocco Vale": a word for what someone does, capitalised only
    // because it opens the sentence, before a full name.
    const roleNoun = i === 0 && tokens.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(w) && PERSON_ROLE.exec(w)?.[0].length === w.length;
    if (HONORIFICS.has(bare) || PERSON_TITLE.test(w) || /^(?:MP|MEP|MSP|MLA|TD|MS|Senedd)$/.test(w) || (i === cut && countryOf(bare) !== null) || compoundRole || roleNoun) cut = i + 1;
  }
  // "Tory Liam Fox", "Labour MP Stephen Pound", "Film-maker Spike Lee": words before the first name
  // of a name are its role, not part of it.
  for (let i = cut + 1; i < end - 1; i++) {
    if (!isFirstName(tokens[i]!)) continue;
    if (tokens.slice(cut, i).every((w) => !isFirstName(w) && !/^\p{Lu}\.?$/u.test(w) && !PARTICLES.has(w.toLowerCase())) && !(cut === 0 && i === 1 && unlistedGivenName(tokens[0]!))) cut = i;
    break;
  }
  const name = tokens.slice(cut);
  // "Andrew Tyre MP", "Ann Mallory QC": letters after a name are no part of it.
  while (name.length > 2 && POST_NOMINAL.test(name[name.length - 1]!)) name.pop();
  return { titles: tokens.slice(0, cut), name };
}

/**
 * "Ard Jan Vetham", "Rhodri Glyn Thomas", "Sion Aubrey Roberts": a word no list knows, opening a
 * name before a given name, is a given name too; not a role or a people ("Flanker", "Backbencher",
 * "Slovakian", "Corkman", "Unseeded", "Fly-half", "Castmate", "Novelist"), nor a word of a place ("San", "Santa").
 */
function unlistedGivenName(w: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{1,9}$/u.test(w) &&
    !/(?:er|ers|ian|ean|can|man|ese|ish|ed|ing|s|mate|ist)$/.test(w) &&
    !/^(?:San|Santa|Santo|Sao|Los|Las|Port|Fort|Mount|Lake|Cape|Saint)$/.test(w) &&
    // (Nor a title cut short: "Coun Imran Akhtar", "Supt Ann Lowe".)
    !/^(?:Coun|Cllr|Supt|Insp|Det|Sgt|Cpl|Pte|Fr|Revd|Rev|Gen|Col|Capt|Lt|Maj|Prof|Sen|Rep|Gov|Pres|Amb|Hon|Rt|Cmdr|Adm|Brig|Dep|Asst|Sheikh|Imam|Emir|Mgr|Bro|Sr|Jr)$/.test(w) &&
    !isCommonWord(w.toLowerCase()) &&
    !NOT_NAME_WORDS.has(w.toLowerCase()) &&
    !ORG_WORDS.has(w.toLowerCase()) &&
    !isPartyWord(w) &&
    countryOf(w.toLowerCase()) === null &&
    !isPlaceName(w) &&
    PERSON_ROLE.exec(w)?.[0].length !== w.length
  );
}

/**
 * "The Grand Ole Opry", "the Royal Albert Hall": after "the", an adjective of places' and bodies'
 * names before a first name makes the run a place's or a body's name, not a person's ("the Year
 * Barack Obama" of "Lie of the Year" is still his).
 */
export function placeAfterThe(titles: readonly string[]): boolean {
  return titles.length > 0 && titles.every((w) => /^(?:Grand|Royal|Great|Old|New|Little|Upper|Lower|Imperial|Central)$/.test(w));
}

const POST_NOMINAL = /^(?:MP|MPs|MEP|MSP|MLA|TD|AM|MS|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD)$/;

/** "Guantanamo Bay", "Canvey Island", "Hyde Park": a word for a place ends no one's name ("Michael Bay" has a first name). */
export function isPlaceByItsLastWord(name: readonly string[]): boolean {
  return name.length >= 2 && /^(?:Bay|Island|Islands|River|Lake|Valley|Beach|Coast|Harbour|Harbor|Park|Square|Road|Avenue|Bridge|Airport|Gulf|Sea|Ocean|Strait|Peninsula|Desert|Forest|Canyon|Heights)$/.test(name.at(-1)!) && !isFirstName(name[0]!);
}

export function looksLikePersonName(name: readonly string[], titled: boolean): boolean {
  if (name.length === 0 || name.length > 4) return false;
  if (name.some((w, i) => (ORG_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !surnameNotBody(name, i, titled)) || (isAcronym(w) && !/\./.test(w)) || isBrandName(w))) return false;
  // "Nick Van den Brul": a particle inside a name is part of it.
  if (name.some((w, i) => notNameWordAt(name, i) && !(i > 0 && i < name.length - 1 && PARTICLES.has(w.toLowerCase())))) return false;
  if (name.length === 1 && countriesIn(name[0]!).length > 0) return false;
  if (isPlaceByItsLastWord(name)) return false;
  if (titled) return true;
  return name.length >= 2 && (isFirstName(name[0]!) || (name.length >= 3 && isFirstName(name[1]!) && unlistedGivenName(name[0]!)));
}
