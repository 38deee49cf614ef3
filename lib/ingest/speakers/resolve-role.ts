// Descriptions that stand for a named person ("the minister", "the Russian minister", "the Foreign
// Minister of Belarus"): resolved to the person whose roles or country fit, or, on recency alone, to
// the speaker just before; otherwise left unresolved.

import { isCommonWord } from "../common-words";
import { NOT_NAME_WORDS } from "../name-lexicons";
import { countriesIn, countryNamed, countryOf, isFirstName, type Gender } from "../names";
import { heldOffice, officeNamed } from "./office-holders";
import { sexOfWords } from "./sexed-words";
import { latestCompatible, spelledOutOffice, type Discourse, type Entity, type Resolution } from "./registry";

/** Plural and indefinite sources ("officials", "some", "administration officials"): nobody in particular. */
export const GENERIC_HEADS = /(?<!-of-)\b(?:mps|meps|peers|ministers|judges|organisers|organizers|campaigners|fans|players|bosses|unions|doctors|nurses|teachers|scientists|researchers|police|officers|witnesses|bankers|traders|dealers|commentators|parents|pupils|students|workers|staff|firms|companies|retailers|airlines|governments|charities|groups|families|victims|consumers|customers|shoppers|users|locals|villagers|teams|clubs|managers|coaches|insurers|lenders|investors|shareholders|officials|aides|advisers|advisors|sources|experts|analysts|critics|supporters|people|voters|observers|residents|authorities|investigators|prosecutors|lawyers|attorneys|others|some|many|most|both|all|several|leaders|lawmakers|members|democrats|republicans|conservatives|liberals|reporters|journalists|activists|economists|strategists|pollsters|staffers|operatives|allies|opponents|rivals|candidates|senators|governors|protesters|demonstrators|americans|polls|surveys|studies|reports|documents|records|emails|data|figures|numbers|one|someone|somebody|nobody|everyone|anyone|friends|colleagues|aides|administration officials|sources|insiders)\s*$/i;
/** Head nouns of descriptions that can refer back to a named person ("the minister", "the billionaire"). */
export const PERSON_HEAD =
  /^(?:mp|mep|msp|mla|minister|secretary|president|senator|governor|candidate|nominee|leader|chairman|chairwoman|chair|speaker|mayor|congressman|congresswoman|councilman|councilwoman|councillor|councilor|assemblyman|assemblywoman|alderman|legislator|representative|lawmaker|official|spokesman|spokeswoman|spokesperson|counterpart|head|chief|director|ambassador|envoy|diplomat|general|commander|admiral|judge|justice|attorney|prosecutor|lawyer|mogul|billionaire|businessman|businesswoman|developer|magnate|tycoon|executive|founder|frontrunner|front-runner|contender|hopeful|challenger|incumbent|rival|opponent|populist|socialist|democrat|republican|independent|conservative|liberal|progressive|veteran|star|host|anchor|reporter|correspondent|columnist|author|writer|economist|strategist|pollster|adviser|advisor|aide|manager|chancellor|premier|taoiseach|tánaiste|tanaiste|king|queen|prince|pope|cleric|pastor|rabbi|bishop|man|woman|politician|statesman|businessman|entrepreneur|investor|activist|organizer|commissioner|sheriff|superintendent|physician|doctor|surgeon|neurosurgeon|professor|analyst|officer|agent|diplomat|envoy|emissary|delegate|whip|moderator|celebrity|actor|actress|comedian|singer|father|mother|wife|husband|widow|widower|son|daughter|brother|sister|grandson|granddaughter|cardinal|archbishop|imam|sheikh|lord|baroness|peer|presenter|broadcaster|journalist|editor|novelist|poet|playwright|filmmaker|film-maker|producer|designer|model|musician|rapper|guitarist|drummer|frontman|artist|photographer|chef|campaigner|scientist|researcher|inventor|detective|inspector|constable|coroner|magistrate|paramedic|firefighter|midwife|soldier|pilot|teacher|headteacher|headmaster|headmistress|nurse|owner|chairperson|boss|entertainer|blonde|brunette|redhead|beauty|mum|dad|(?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|gran|grandad|granddad|nan)-of-[a-z]+|grandmother|grandfather|youngster|teenager|pensioner|heavyweight|cruiserweight|middleweight|welterweight|lightweight|featherweight|bantamweight|flyweight|champ)$/;

/** Heads of sports descriptions ("the coach", "the striker"). */
// Rugby's positions too: "The prop added", "the fly-half said".
const SPORT_HEAD = /^(?:international|medallist|medalist|finalist|winner|laureate|semi-finalist|coach|boss|manager|referee|umpire|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|player|winger|forward|champion|batsman|bowler|jockey|trainer|driver|rider|sprinter|athlete|golfer|boxer|fighter|prop|hooker|flanker|lock|fly-half|scrum-half|full-back|centre-back|center-back|wicketkeeper|all-rounder|spinner|quarterback|pitcher|swimmer|cyclist|skier)$/;

/** "minister", "coach", "host", "mum-of-two": a noun that describes a person. */
export function isPersonHead(word: string): boolean {
  const head = withoutHowMany(word);
  return PERSON_HEAD.test(head) || SPORT_HEAD.test(head) || PERSON_SHAPED.test(head);
}

/** Nouns no list holds whose shape says a person: "postman", "entomologist", "signee", "centre-half". */
const PERSON_SHAPED = /^(?:[a-z]+(?<!^(?:hu|ger|ro|nor|sha|talis|otto|cai))man|[a-z]+woman|[a-z]{2,}olog(?:ist|er)|(?:sign|train|employ|detain|retir|draft|appoint|interview|licens|franchis|divorc|evacu|escap|amput|return|invit|honor|induct|enroll|design|absent|attend|intern)ee|(?:centre|center)-(?:half|forward)|(?:left|right|wing)-back|linebacker|shortstop|receiver)$/;

/** "mum-of-two", "father-of-three": a parent, as tabloids write one. */
const withoutHowMany = (word: string) => word.replace(/-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/, "");

/** Words news uses for one role: "Newcastle manager X … the boss", "captain X … the skipper". */
const SAME_ROLE = [
  ["boss", "manager", "coach", "gaffer", "skipper"],
  ["boss", "chief", "head", "chief executive"],
  ["skipper", "captain"],
  ["keeper", "goalkeeper"],
  ["judge", "justice", "magistrate"],
  ["spokesman", "spokeswoman", "spokesperson"],
  ["actor", "actress", "film star", "movie star", "screen star"],
  ["presenter", "host", "anchor", "broadcaster"],
  ["director", "film-maker", "filmmaker"],
  ["singer", "vocalist", "frontman", "frontwoman"],
];

/** Words for a kind of someone, and the narrower words an article may have used: "the scientist" of a marine biologist. */
const KINDS_OF: Record<string, string[]> = {
  scientist: ["biologist", "chemist", "physicist", "geologist", "ecologist", "astronomer", "oceanographer", "epidemiologist", "climatologist", "virologist", "geneticist", "zoologist", "botanist"],
  doctor: ["surgeon", "physician", "gp", "paediatrician", "pediatrician", "obstetrician", "cardiologist", "oncologist", "psychiatrist"],
  lawyer: ["attorney", "solicitor", "barrister", "counsel"],
};

/** Whether the roles an article gave someone include this word or another word for it. */
function rolesInclude(roles: string, word: string): boolean {
  return roles.includes(word) || SAME_ROLE.some((group) => group.includes(word) && group.some((w) => roles.includes(w))) || !!KINDS_OF[word]?.some((w) => new RegExp(String.raw`\b${w}\b`).test(roles));
}

/** Words that make a role another office: "shadow chancellor", "deputy leader", "former president". */
const STANDING = /\b(?:shadow|deputy|vice|former|ex)\b/g;

/**
 * Whether a role the article gave someone can be what a description says: "the chancellor" is not
 * the shadow chancellor, "the president" not a former president, "the former president" not the
 * president.
 */
function sameStanding(role: string, description: string): boolean {
  const standing = (s: string) => (s.toLowerCase().match(STANDING) ?? []).sort().join(" ");
  return standing(role) === standing(description);
}

/** Where a player plays: any of them may be the captain ("Captain Marcus Dale … the defender"). */
const POSITION = /^(?:defender|striker|midfielder|goalkeeper|keeper|winger|forward|full-back|centre-back|center-back|playmaker|prop|hooker|flanker|lock|fly-half|scrum-half)$/;

/** "Mr", "Dr", "Sir": how a name is written, which no description contradicts ("Mr Howard … the Tory leader"). */
export const COURTESY = /^(?:mr|mrs|ms|miss|mx|messrs|dr|prof|sir|dame)\.?$/i;


/**
 * A sport's role the person is known by that a sport's description contradicts: "the quarterback"
 * is not Coach Dan Kowalczyk. (Offices have too many names for one another to judge so: "the
 * attorney general" is Lord Goldsmith.)
 */
export function holdsOtherSportRole(e: Entity, head: string): boolean {
  if (!SPORT_HEAD.test(head)) return false;
  const theirs = e.roles.join(" ").toLowerCase().split(/[\s-]+/).filter((w) => SPORT_HEAD.test(w));
  if (theirs.length === 0 || (POSITION.test(head) && theirs.some((w) => /^(?:captain|skipper)$/.test(w)))) return false;
  return !theirs.some((w) => rolesInclude(w, head) || rolesInclude(head, w));
}

/** A role the person is known by that a description's head contradicts ("the coach" for a striker). */
function clashes(e: Entity, head: string): boolean {
  // ("Footballer Kevin Campbell … The Everton striker": a player plays some position.)
  if (POSITION.test(head) && e.roles.some((role) => /\b(?:captain|skipper|footballer|player)\b/i.test(role))) return false;
  // "Singer Jade Quinn … the star said": a star is anyone famous for what they do, but no office holder.
  if (head === "star") return e.roles.some((role) => OFFICE.test(role));
  // Where someone is from ("Britain's Jason Gardener") is no role a description could contradict,
  // nor is being someone's counterpart, which is holding the same office, nor what someone was
  // ("Ex-chat show host X … The MEP said").
  const roles = e.roles
    // (Nor whose relative someone is: "the Duchess's mum … the retired headteacher".)
    .filter((role) => role.split(/[\s-]+/).some((w) => countryOf(w.replace(/[’']s$/, "")) === null) && !/\bcounterpart\b/i.test(role) && !COURTESY.test(role) && !/(?:^|\s)(?:ex-|former\s)/i.test(role) && !KIN_ROLE.test(role) && !/-of-[a-z]+$/i.test(role))
    .join(" ")
    .toLowerCase();
  return roles.length > 0 && !rolesInclude(roles, head);
}

/** Roles of someone who holds no great office of state at the time: a member, a mayor, a shadow, a candidate. */
const NO_OFFICE_NOW = /\b(?:MP|MEP|MSP|AM|mayor|backbencher|shadow|candidate|councillor|editor|columnist|correspondent|former)\b/i;

/** Offices, whose holders news does not call "the star". */
const OFFICE = /\b(?:minister|secretary|president|senator|governor|mayor|mp|chancellor|chairman|chairwoman|chief|executive|director|judge|officer|spokes\w+|leader|commissioner|ambassador)\b/i;

/** Someone from a city or region, as news calls them: "the Londoner", "the Glaswegian". */
export const CITY_NATIVE = /^(?:londoner|new yorker|glaswegian|mancunian|liverpudlian|scouser|geordie|brummie|cockney|dubliner|parisian|berliner|muscovite|bostonian|chicagoan|yorkshireman|yorkshirewoman|cornishman|welshman|welshwoman|scotsman|scotswoman|irishman|irishwoman|englishman|englishwoman|frenchman|frenchwoman|dutchman|dutchwoman)$/;

/** "the Texan": what someone from an American state is called, and the state. */
const STATE_NATIVE: Readonly<Record<string, string>> = {
  texan: "Texas", californian: "California", floridian: "Florida", ohioan: "Ohio", virginian: "Virginia", kentuckian: "Kentucky",
  tennessean: "Tennessee", oklahoman: "Oklahoma", arizonan: "Arizona", coloradan: "Colorado", minnesotan: "Minnesota",
  michigander: "Michigan", louisianan: "Louisiana", alabamian: "Alabama", iowan: "Iowa", kansan: "Kansas", nebraskan: "Nebraska",
  oregonian: "Oregon", nevadan: "Nevada", missourian: "Missouri", wisconsinite: "Wisconsin", marylander: "Maryland", alaskan: "Alaska",
  montanan: "Montana", idahoan: "Idaho", utahn: "Utah", arkansan: "Arkansas", mississippian: "Mississippi",
};

/** A word for where someone is from: "the Londoner", "the Texan". */
export function isNative(word: string): boolean {
  return CITY_NATIVE.test(word) || word in STATE_NATIVE;
}

/**
 * "the Texan": the one person the article placed in that state, next to a mention ("a 27-year-old
 * from El Paso, Texas", "Texas Sen. Ted Cruz"); null when it placed none there, or two.
 */
function stateNative(text: string, at: number, d: Discourse): Resolution | null {
  const state = STATE_NATIVE[text.trim().toLowerCase().replace(/^the\s+/, "")];
  if (!state) return null;
  const placed = d.reg.entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m < at && d.source.slice(Math.max(0, m - 30), m + 80).includes(state)));
  return { entity: placed.length === 1 ? placed[0]! : null, confidence: 0.7 };
}

/** How someone looks, which no role contradicts: "the bubbly blonde" is the reality star just named. */
const LOOKS = /^(?:blonde|blond|brunette|redhead|beauty|stunner|hunk)$/;

/** A relative's role: "mum", "Rooney's wife", "her younger sister". */
export const KIN_ROLE = /\b(?:mum|mom|mother|dad|father|wife|husband|son|daughter|sister|brother|partner|girlfriend|boyfriend|fianc[ée]e?|widow|widower|grandmother|grandfather|gran|nan|aunt|uncle|niece|nephew|cousin)$/i;

/** "the minister", "the Russian minister", "the Foreign Minister of Belarus", "the GOP front-runner". */
export function resolveRole(text: string, at: number, d: Discourse): Resolution {
  // "The employee of nearly four years, a registered Republican who spoke on the condition of
  // anonymity, said": whom the article does not name, whoever was named before.
  if (UNNAMED_AFTER.test(d.source.slice(at + text.length, at + text.length + 160))) return { entity: null, confidence: 0.75 };
  const native = stateNative(text, at, d);
  if (native) return native;
  const kin = kinDescribed(text, at, d);
  if (kin) return { entity: kin, confidence: 0.7 };
  let chosen = chooseByRole(text, at, d, null);
  // "The heavy metal star said he could have…" after his wife spoke: the one the role words fit and
  // the reported words' "he" allows, when recency alone chose someone of the other sex.
  const own = chosen.entity?.gender ? ownPronoun(d.source, d.statement) : null;
  if (own && own !== chosen.entity!.gender) {
    const other = chooseByRole(text, at, d, own);
    if (other.entity && other.evidence) chosen = other;
  }
  // "The owner said she might lay a new floor" in a story that names one woman: her, when nothing else fits.
  if (!chosen.entity) {
    const sole = soleOfTheirSex(text, at, d);
    if (sole) return { entity: sole, confidence: 0.6 };
  }
  const { entity, confidence, evidence } = chosen;
  if (entity && evidence !== undefined) {
    // What the description says is now known about the person ("the Belorussian minister").
    const known = entity.roles.length;
    d.reg.addRole(entity, text);
    if (evidence === 0 && entity.roles.length > known) (entity.guessedRoles ??= []).push(entity.roles[known]!);
  }
  return { entity, confidence };
}

/**
 * A description of a person written as a name would be: "England's World Cup-winning fly-half",
 * "Britain's foreign secretary" ("the England …"), "the US ambassador to the UN" (where an envoy is
 * sent is no speaker).
 */
export function asDescription(text: string): string | null {
  const envoy = /^(.*\b(?:ambassador|envoy|commissioner|emissary|delegate|representative)s?)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L} ]*)$/iu.exec(text);
  const sent = envoy && (countryNamed(envoy[2]!) || countryOf(envoy[2]!) !== null || /^\p{Lu}{2,}$/u.test(envoy[2]!)) ? envoy[1]! : null;
  const described = /^(\p{Lu}[\p{L} ]*)[’']s\s(?:.*\s)?([\p{L}-]+)$/u.exec(sent ?? text);
  const owner = described?.[1];
  // ("Pakistan's High Commissioner": the office, whatever its capitals.)
  const country = owner && isPersonHead(described[2]!.toLowerCase()) && (countryOf(owner) !== null || countryNamed(owner));
  return country ? `the ${owner} ${(sent ?? text).slice(owner.length + 3).toLowerCase()}` : sent;
}

/** What says a description's person goes unnamed, in its own clause after it. */
const UNNAMED_AFTER = /^,?[^.;:!?"“”]*?\bwho\s+(?:spoke|talked|was\s+not\s+authori[sz]ed\s+to\s+speak|asked|requested|declined|did\s+not\s+want|would\s+not\s+be\s+named)\b(?:\s+\w+){0,5}?\s+(?:anonymity|named|identified)\b/;

/** "his son", "her younger sister": someone's relative. */
const KIN_OF = /^(?:his|her|their)\s+(?:(?:younger|older|elder|eldest|youngest|twin)\s+)?(son|daughter|brother|sister|wife|husband|widow|father|mother)$/i;

/**
 * "“…,” Nogar's son Stephen said… “…,” his son said": the one person named before whom the article
 * called someone's relative of that kind; null when none or several.
 */
function kinDescribed(text: string, at: number, d: Discourse): Entity | null {
  const kin = KIN_OF.exec(text);
  if (!kin) return null;
  const called = new RegExp(`[’']s\\s+(?:[a-z]+\\s+)?${kin[1]!.toLowerCase()}$`);
  const theirs = d.reg.entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m < at) && e.roles.some((r) => called.test(r.toLowerCase())));
  return theirs.length === 1 ? theirs[0]! : null;
}

/**
 * The one person of the sex the reported words give their speaker ("…said he was…") whom the article
 * named before `at`, when a description of a person nobody was given fits nobody else: nobody of
 * unknown sex named either, no role of theirs it contradicts, not named in the statement itself.
 */
function soleOfTheirSex(text: string, at: number, d: Discourse): Entity | null {
  const own = ownPronoun(d.source, d.statement);
  const lower = text.toLowerCase();
  const head = lower.split(/\s+/).at(-1) ?? "";
  if (!own || !/^the\s/.test(lower) || !isPersonHead(head) || /s$/.test(head)) return null;
  const before = d.reg.entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m < at));
  const theirs = before.filter((e) => e.gender === own);
  if (theirs.length !== 1 || before.some((e) => !e.gender)) return null;
  // ("Tom Hale took on Anna Reade after the front-runner had said that he…": not in a sentence that names anyone.)
  const sentenceStart = Math.max(d.source.lastIndexOf("\n", at) + 1, ...[...d.source.slice(Math.max(0, at - 400), at).matchAll(/[.!?]["”’']?\s+(?=\p{Lu})/gu)].map((m) => Math.max(0, at - 400) + m.index + m[0].length));
  if (before.some((e) => e.mentions.some((m) => m >= sentenceStart && m < at))) return null;
  const person = theirs[0]!;
  const inStatement = !!d.statement && person.mentions.some((m) => m >= d.statement!.start && m < d.statement!.end);
  return !inStatement && !clashes(person, head) && countriesIn(text).every((c) => !person.countries.size || person.countries.has(c)) ? person : null;
}

/** Whom a description fits by the roles the article gave them, not by recency alone; nothing is learnt. */
export function describedPerson(text: string, at: number, d: Discourse): Entity | null {
  const { entity, evidence } = chooseByRole(text, at, d, null);
  return entity && evidence ? entity : null;
}

/** Whom a description fits (`evidence`: how many of its words their roles hold, when it is theirs to learn). */
function chooseByRole(text: string, at: number, { reg, source, salience, resolved, possessives, statement }: Discourse, pronoun: Gender): Resolution & { evidence?: number } {
  const lower = text.toLowerCase();
  // "our correspondent", "our political editor": the paper's own journalist, named before.
  if (!/^(?:the|this|that)\s/.test(lower) && !/^our\s+(?:[a-z-]+\s+){0,2}(?:correspondent|reporter|editor)$/.test(lower)) return { entity: null, confidence: 0.7 };
  if (GENERIC_HEADS.test(lower)) return { entity: null, confidence: 0.7 };
  const lastWord = withoutHowMany(((lower.split(/\s+of\s+/)[0] ?? lower).split(/\s+/).pop() ?? "").replace(/^(?:co|vice|deputy)-/, ""));
  // ("The Manchester United wing": a winger, after a club's or a country's name; not "the party's right wing".)
  const head = lastWord === "wing" && /^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}wing$/u.test(text) && /\s\p{Lu}/u.test(text) ? "winger" : lastWord;
  // Only a description of a person can stand for a named person ("the Sanders interview" cannot).
  // "the Portuguese", "the 31-year-old": who someone is, not what they do.
  // "the former Beatle": what someone was, however the article has described them.
  // "the Newark native", "the 47-year-old herder": where someone is from, or their age, too.
  // "the mum-of-two", "the grandmother", "the widow": being a parent or widowed is who someone is too.
  const nationality = countryOf(head) !== null || countryOf(lower.split(/\s+/).slice(-2).join(" ")) !== null;
  const identity = nationality || CITY_NATIVE.test(head) || LOOKS.test(head) || /^(?:native|widow|widower|pensioner|retiree|(?:grand)?(?:mother|father)|mum|mom|dad|gran|granny|grandma|grandpa|grand?dad|nan)$/.test(head) || /-of-/.test(lower.split(/\s+/).at(-1)!) || /\b\d+-year-old\b/.test(lower) || /^(?:man|woman)$/.test(head) || /\b(?:former\s+|ex-|ex\s+)(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.test(lower);
  if (!isPersonHead(head) && !identity) return { entity: null, confidence: 0.7 };
  if (/s$/.test(head) && !/(?:ss|us|is)$/.test(head) && countryOf(head) === null) return { entity: null, confidence: 0.7 };
  if (/^(?:statement|report|poll|survey|study|campaign|committee|group|agency|department|office|ministry|administration|court|newspaper|network|website|paper|magazine|letter|memo|document|release|book|ad|video|post|tweet|website|organization|firm|company|party|bill|law|white|house|senate)$/.test(head)) {
    return { entity: null, confidence: 0.7 };
  }
  const countries = countriesIn(text);
  const said = sexOfWords(lower);
  const gender = said ?? pronoun;
  const office = officeNamed(text);
  // "the 59-year-old": the person the article gave that age, never one it gave another.
  const age = /\b(\d{1,3})-year-old\b/.exec(lower);
  const compatible = (e: Entity) => {
    if (countries.length && e.countries.size && !countries.some((c) => e.countries.has(c))) return false;
    if (age && e.age !== undefined && e.age !== Number(age[1])) return false;
    // ("The mom of two" is not her daughter Lucia, 3: a child is described as one.)
    if (!age && e.age !== undefined && e.age < 16 && !/\b(?:girl|boy|child|kid|toddler|baby|youngster|schoolgirl|schoolboy|pupil|son|daughter|teen|teenager|youth)\b/.test(lower)) return false;
    return true;
  };
  const contentWords = lower
    .replace(/^(?:the|this|that|our)\s+/, "")
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && !/^(?:of|the|and|former|new|top|senior)$/.test(w));
  const events = [...salience, ...resolved].filter((ev) => ev.at < at && ev.entity.kind === "person" && compatible(ev.entity));
  const latest = latestCompatible(events, at, gender);
  const subjects = events.length;
  // Whoever the article gave the role, wherever it named them ("…after a row with manager Tom
  // Hadley. The boss said…"): a candidate on the role alone (fit below), not on recency.
  const byRole = new Set<Entity>();
  for (const e of reg.entities) {
    if (e.kind !== "person" || !compatible(e) || events.some((ev) => ev.entity === e)) continue;
    const last = Math.max(-1, ...e.mentions.filter((m) => m < at));
    if (last < 0) continue;
    byRole.add(e);
    events.push({ at: last, entity: e });
  }
  // Score who fits: known role words shared with the description, a matching country, and recency
  // (the person last spoken of is usually the one meant by "the minister").
  let entity: Entity | null = null;
  let bestScore = -1;
  let bestAt = -1;
  let evidence = 0;
  const seen = new Set<Entity>();
  const last = resolved.filter((ev) => ev.at < at).pop();
  // The roles that can be what the description says ("Sen." is a senator's); with `sure`, not the
  // ones this function guessed before on recency alone.
  const rolesOf = (e: Entity, sure = false) => spelledOutOffice(e.roles.filter((role) => sameStanding(role, lower) && !(sure && e.guessedRoles?.includes(role))).join(" "));
  // What the description says, its head too ("the Tory MP": tory, mp).
  const described = [...new Set([...contentWords, head])];
  const describesAnother = (e: Entity) => contentWords.length > 0 && events.some((ev) => ev.entity !== e && (!gender || !ev.entity.gender || ev.entity.gender === gender) && contentWords.every((w) => rolesInclude(rolesOf(ev.entity, true), w)));
  for (const ev of [...events].sort((a, b) => b.at - a.at)) {
    if (seen.has(ev.entity)) continue;
    seen.add(ev.entity);
    if (gender && ev.entity.gender && ev.entity.gender !== gender) continue;
    const roleWords = rolesOf(ev.entity);
    let fit = 0;
    // ("Premiership footballer Kevin Campbell … The Everton striker": a position is a footballer's.)
    for (const w of contentWords) if (rolesInclude(roleWords, w) || (POSITION.test(w) && /\b(?:footballer|player)\b/i.test(roleWords))) fit++;
    if (countries.length && countries.some((c) => ev.entity.countries.has(c))) fit += 2;
    if (age && ev.entity.age === Number(age[1])) fit += 2;
    if (fit === 0 && byRole.has(ev.entity)) continue;
    // "The premier insisted Mr Vale will play a part": on recency alone, whom the words name
    // is not who says them.
    if (fit === 0 && statement && ev.entity.mentions.some((m) => m >= statement.start && m < statement.end)) continue;
    // "The chancellor" is not the shadow chancellor, however recently named.
    const holds = (standing: boolean) => ev.entity.roles.some((role) => sameStanding(role, lower) === standing && rolesInclude(spelledOutOffice(role), head));
    if (holds(false) && !holds(true)) continue;
    // Recency counts for the person just named unless the article gave them another role ("the boss"
    // is not the winger just named), and for the one who just spoke unless the article gave someone
    // else every word of the description ("Cardinal X … Archbishop Y said… the cardinal will ask").
    // ("Labour MP Anna Reade clashed with Tory MP Tom Hale. The Tory MP said": every word of the
    // description fits another, not her.)
    const outdone = described.length > 1 && !described.every((w) => rolesInclude(rolesOf(ev.entity), w)) && events.some((o) => o.entity !== ev.entity && described.every((w) => rolesInclude(rolesOf(o.entity, true), w)));
    const recent = !!latest && latest.entity === ev.entity && (identity || !clashes(ev.entity, head) || (last?.entity === ev.entity && !describesAnother(ev.entity))) && !outdone;
    const score = fit + (recent ? 1.5 : 0);
    if (score > bestScore || (score === bestScore && ev.at > bestAt)) {
      entity = ev.entity;
      bestScore = score;
      bestAt = ev.at;
      evidence = fit;
    }
  }
  // "Strachan told the BBC. Club director Tom Brady held talks with him. The former Scotland
  // international added that…": with nothing but recency to go on, "added" goes on from the speaker.
  if (entity && evidence === 0 && last && last.entity !== entity && /^(?:added|adds|continued|continues)$/.test(statement?.cue ?? "") && at - last.at <= 700 && compatible(last.entity) && (!gender || !last.entity.gender || last.entity.gender === gender)) {
    entity = last.entity;
  }
  // "Castillo texted the building's superintendent that… The superintendent replied": whom the person
  // last named spoke to, described and never named, is not that person.
  if (entity && evidence === 0 && !identity && addressedUnnamed(source, at, head, entity) && !reg.entities.some((e) => e.kind === "person" && rolesInclude(rolesOf(e), head))) entity = null;
  // "Tony Blair's intervention… the prime minister says": when the article gave nobody the office,
  // the one person it names who holds it (not one it gave another office: "Chancellor Gordon Brown").
  if (office && evidence === 0) {
    // (Nor one it calls a member, a mayor or a candidate: "Tory MP Boris Johnson" held no office then.)
    const holders = reg.entities.filter((e) => e.mentions.some((m) => m < at) && compatible(e) && heldOffice(e, office) && !e.roles.some((r) => (officeNamed(r) ?? office) !== office || NO_OFFICE_NOW.test(r)));
    if (holders.length === 1) {
      entity = holders[0]!;
      evidence = 1;
    }
  }
  if (entity && evidence === 0) {
    // With nothing but recency to go on, only the speaker of the statement just before (close by)
    // is a safe guess: "Vladimir Makei said… “…,” the minister said."
    // So is the person just named as a subject, when the description does not clash with a role
    // the article gave them ("the coach" is not the striker just named; "the 31-year-old" may be).
    // However far back they spoke, when nobody else has been named since ("Moss's speech… He
    // declared: '…' [paragraphs of quotation] … The premier insisted").
    const nobodySince = (from: number) => reg.entities.every((e) => e === entity || e.kind !== "person" || !e.mentions.some((m) => m > from && m < at));
    // (Not one the article gave another office: "President Musharraf said… the high commissioner said".)
    // (Only offices nobody calls by another name: a secretary is "the minister", a chairman "the chief".)
    const otherOffice = /^(?:commissioner|ambassador|envoy|judge|mayor|governor)$/.test(head) && clashes(entity, head) && entity.roles.some((role) => OFFICE.test(role));
    const justSpoke = !!last && last.entity === entity && (at - last.at <= 700 || nobodySince(last.at)) && !otherOffice;
    // (Named since in any way counts: "Whitfield's touchdown pass…" between him and "the quarterback".)
    const justNamed = !!latest && latest.entity === entity && at - Math.max(latest.at, ...entity.mentions.filter((m) => m < at)) <= 500 && (identity || !clashes(entity, head));
    if (!justSpoke && !justNamed) entity = null;
    // "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said": in the
    // sentence that named both, a description is as likely the other person's; recency cannot tell.
    else if (entity && namedBetweenInSentence(reg, source, entity, at, said, head)) entity = null;
  }
  // "The Texas attorney general said… ¶ …said Greg Abbott, Texas attorney general": with nobody before
  // it, the one person named soon after with every word of the description among their roles.
  if (!entity && subjects === 0 && contentWords.length >= 2) {
    const later = reg.entities.filter((e) => e.kind === "person" && compatible(e) && !e.mentions.some((m) => m < at) && e.mentions.some((m) => m - at < 1500) && contentWords.every((w) => rolesInclude(rolesOf(e), w)));
    if (later.length === 1) return { entity: later[0]!, confidence: 0.7, evidence: contentWords.length };
  }
  // "Norwich have signed Charlton midfielder Graham Stuart… “…,” the 34-year-old told": who someone
  // is (an age, where they are from, a grandparent) fits the one person the article has named so far, subject or not.
  if (!entity && identity) {
    const named = reg.entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m < at) && compatible(e) && (!gender || !e.gender || e.gender === gender));
    if (named.length === 1) return { entity: named[0]!, confidence: 0.65 };
  }
  if (!entity && subjects === 0) {
    // Nobody before it was a subject: the one person named, in the possessive, before it ("Tony
    // Blair's speech … the prime minister said"), when the description fits them.
    const owners = new Set((possessives ?? []).filter((ev) => ev.at < at && ev.entity.kind === "person" && compatible(ev.entity) && (!gender || !ev.entity.gender || ev.entity.gender === gender)).map((ev) => ev.entity));
    const owner = owners.size === 1 ? [...owners][0]! : null;
    if (owner && (identity || !clashes(owner, head))) return { entity: owner, confidence: 0.65 };
  }
  // "According to one senior Whitehall official, … ‘…,’ the official said": someone introduced
  // without a name since the person last named is whom the description means, and nobody named.
  if (entity && introducedUnnamed(source, Math.max(-1, ...entity.mentions.filter((m) => m < at)), at, head)) return { entity: null, confidence: 0.7 };
  return { entity, confidence: entity ? (evidence > 0 ? 0.85 : 0.65) : 0.65, evidence: entity ? evidence : undefined };
}

/**
 * "The heavy metal star said he could have…", "the first minister said his comments…": reported
 * words that open on "he", "his" or "she" are most often the speaker's own, and say their sex,
 * unless the words also speak of someone of the other ("The witness said he grabbed her"). Often,
 * not always ("Clinton attacked Trump. The former secretary said he…"): resolveRole heeds them only
 * for someone the description's words fit.
 */
function ownPronoun(source: string, statement: Discourse["statement"]): Gender {
  // (Not after "told her" or "assured him": "Her husband was free, the president told her".)
  if (!statement || /^(?:tell|tells|told|telling|assure[sd]?|inform(?:s|ed)?|warn(?:s|ed)?|remind(?:s|ed)?|promise[sd]?)$/.test(statement.cue ?? "")) return null;
  const words = source.slice(statement.start, statement.end);
  if (/^(?:he|his)\s/i.test(words)) return /\b(?:she|her|hers|herself)\b/i.test(words) ? null : "male";
  if (/^she\s/i.test(words)) return /\b(?:he|him|his|himself)\b/i.test(words) ? null : "female";
  return null;
}

/**
 * Whether another person who may be the one described was named after `entity`, in the sentence
 * that holds `at` (its start found by the last full stop, question or exclamation mark followed by a
 * space and a capital, or a paragraph's start).
 */
function namedBetweenInSentence(reg: Discourse["reg"], source: string, entity: Entity, at: number, gender: Gender, head: string): boolean {
  const from = Math.max(-1, ...entity.mentions.filter((m) => m < at));
  if (from < 0) return false;
  // (With the description's first letter, which tells a sentence's end.)
  const between = source.slice(from, at + 1);
  if (between.includes("\n") || /[.!?][’”"']?\s+(?=[“"‘']?\p{Lu})/u.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jr|Sr)\.\s/g, "    "))) return false;
  return reg.entities.some((e) => e !== entity && e.kind === "person" && (!gender || !e.gender || e.gender === gender) && !clashes(e, head) && e.mentions.some((m) => m > from && m < at));
}

/**
 * Whether someone of this kind was introduced without a name between `from` and `at`: "a senior
 * official", "one aide", "another minister" (not "one official, Harold Brandt,", who is named).
 */
function introducedUnnamed(source: string, from: number, at: number, head: string): boolean {
  if (from < 0) return false;
  const between = source.slice(from, at);
  // "…sued by a make-up artist who claimed… The woman said": "the woman" or "the man" is anyone
  // introduced so, whatever word introduced them.
  const anyone = head === "woman" || head === "man";
  if (!anyone && !between.includes(head)) return false;
  const heads = anyone ? String.raw`(?:[\p{L}-]+\s+){0,2}[\p{L}-]+` : String.raw`(?:[\p{L}-]+\s+){0,3}${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  const re = new RegExp(String.raw`(?<![\p{L}’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(${heads})(?![\p{L}-])(?!,?\s+(?:\p{Lu}|who\s+(?:is|was)\s+named))`, "gu");
  // Not in someone's words ("…they have a mayor who is not going to panic"), nor the person's own
  // apposition ("Anna Reade, a former Labour minister,").
  for (const m of between.matchAll(re)) if ((!anyone || m[1]!.toLowerCase().split(/\s+/).some((w) => w === head || isPersonHead(w) || SOMEONE.test(w))) && outsideQuotation(source, from + m.index) && !/^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*,\s+$/u.test(between.slice(0, m.index))) return true;
  return false;
}

/** Nouns for someone news does not name: "a witness", "another worshipper", "one resident". */
const SOMEONE = /^(?:residents?|neighbou?rs?|witness|victim|fan|shopper|customer|passenger|student|pupil|patient|pensioner|mourner|relative|friend|worshipp?er|muslim|christian|local|passer-by|bystander|survivor|tourist|visitor|viewer|listener|caller|voter|worker|employee|teenager|girl|boy|youth|father|citizen|refugee|migrant|immigrant|protester|demonstrator|person|parent|mum|dad)$/;

/** Whether `at` stands outside quotation marks: those opened and closed in its paragraph before it. */
function outsideQuotation(source: string, at: number): boolean {
  const before = source.slice(source.lastIndexOf("\n", at) + 1, at);
  return ((before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length) % 2 === 0;
}

/**
 * "Furious Pole demands answers", "Tearful Spaniard said": a tabloid's description without its
 * article, a word of the language and where someone is from, read as "the furious Pole" (never a
 * person called "Furious Pole"); not a country's name ("Natural England" is a body).
 */
export function describedWithoutArticle(text: string, at: number, d: Discourse): Resolution | null {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (!m || !isCommonWord(m[1]!.toLowerCase()) || NOT_NAME_WORDS.has(m[1]!.toLowerCase()) || isFirstName(m[1]!) || countryOf(m[1]!) !== null || countryOf(m[2]!) === null || countryOf(m[2]!) === m[2] || countryNamed(m[2]!) !== null || /(?:land|Britain)$/.test(m[2]!)) return null;
  return resolveRole(`the ${text.toLowerCase()}`, at, d);
}

const SHORT_ROLES: Record<string, string> = {
  PM: "prime minister",
  CM: "chief minister",
  CEO: "chief executive",
  CFO: "chief financial officer",
  COO: "chief operating officer",
  CTO: "chief technology officer",
};

/** "The PM", "the CFO": a role by its initials. */
export const SHORT_ROLE = /^[Tt]he\s+(?:PM|CM|CEO|CFO|COO|CTO)$/;

/** "the CFO" → "the chief financial officer". */
export function spelledOutRole(text: string): string {
  return `the ${SHORT_ROLES[text.split(/\s+/).at(-1)!]}`;
}

/** A name at `m` that is neither in the possessive ("Michael Howard's record") nor inside a quotation. */
export function namedOutright(source: string, m: number): boolean {
  return !/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s?\b/u.test(source.slice(m, m + 60)) && outsideQuotation(source, m);
}

/** "Castillo texted the building’s superintendent": the person's last sentence before `at` addressed someone so described, unnamed. */
function addressedUnnamed(source: string, at: number, head: string, e: Entity): boolean {
  if (!/^[a-z]{4,}$/.test(head)) return false;
  const last = Math.max(-1, ...e.mentions.filter((m) => m < at));
  if (last < 0) return false;
  const sentence = source.slice(last, Math.min(at, last + 300)).split(/[.!?]["”’']?\s+(?=\p{Lu})|\n/u)[0]!;
  return new RegExp(String.raw`\b(?:told|texted|emailed|asked|called|phoned|contacted|warned|informed|wrote\s+to|spoke\s+to|complained\s+to)\s+(?:(?:the\s+)?\p{L}+[’']s|the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}${head}\b(?!,?\s+\p{Lu})`, "u").test(sentence);
}
