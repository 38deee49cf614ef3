// What a corpus speaker's name, aliases and role may be. Extraction reads each article as well as it
// can; this is the floor the corpus keeps whatever it is given: ingest cleans every extracted speaker
// with it before the speaker joins the corpus (lib/db/write/speakers.ts), and the speaker audit
// (lib/db/speaker-audit.ts) counts what got past it. A role that is cut out of a sentence ("research
// director for") or only says how to address someone ("Mr.") tells a reader nothing true, so it goes.

export type Gender = "male" | "female";

/**
 * Courtesy titles: how to address someone, never what they do. The gendered ones are evidence of who
 * is meant ("Mrs. Clinton" is not Bill), so a surname-only speaker keeps them in its name.
 */
const COURTESY = new Map<string, Gender | null>([
  ["mr", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["mme", "female"],
  ["madam", "female"],
  ["sir", "male"],
  ["dame", "female"],
  ["messrs", null],
  ["mx", null],
  ["dr", null],
]);

const bare = (word: string) => word.toLowerCase().replace(/\.$/, "");

/** "Mr." → "male", "Dr." → null; undefined when the word is no courtesy title at all. */
export function courtesyGender(word: string): Gender | null | undefined {
  return COURTESY.get(bare(word));
}

/** "Mr" → "Mr.", "miss" → "Miss": a courtesy title as a name is written with it. */
export function courtesyTitle(word: string): string {
  const b = bare(word);
  const title = b[0]!.toUpperCase() + b.slice(1);
  return ["miss", "madam", "sir", "dame"].includes(b) ? title : `${title}.`;
}

/** "Mr.", "Ms", "Dr.": a role that is only a courtesy title. */
export function isHonorificOnly(role: string): boolean {
  const words = role.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => courtesyGender(w) !== undefined);
}

// Closed-class words: a role that begins or ends with one was cut out of a longer phrase.
const CUT_WORDS = new Set(
  `a an the of for to by at in on as with from and or but than that which who whom whose whereas until
  while if when his her their its our my your this these those`.split(/\s+/),
);
// The second word of a two-word place ("New Jersey", "North Carolina"): the first was cut off.
const PLACE_TAILS = new Set(["jersey", "york", "carolina", "dakota", "hampshire", "zealand", "mexico's", "orleans"]);
// A modifier that needs a noun after it.
const LONE_MODIFIERS = new Set(["former", "acting", "deputy", "vice", "senior", "top", "then", "incoming", "outgoing", "interim", "super"]);

/** Why a role is not a role ("research director for", "N. Ambassador", "Jersey Gov.", "''"); null when it is one. */
export function roleProblem(role: string): "honorific" | "fragment" | null {
  const words = role.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/\p{L}/u.test(role)) return "fragment";
  if (isHonorificOnly(role)) return "honorific";
  const first = words[0]!;
  const last = bare(words.at(-1)!.replace(/[^\p{L}.’']+$/u, ""));
  if (CUT_WORDS.has(first) || CUT_WORDS.has(last) || courtesyGender(last) !== undefined) return "fragment";
  // "N. Ambassador" (of "U.N. Ambassador"), "S. District Judge", "U.": a lone initial begins no role.
  if (/^\p{Lu}\.$/u.test(first)) return "fragment";
  if (PLACE_TAILS.has(first.toLowerCase())) return "fragment";
  if (words.length === 1 && LONE_MODIFIERS.has(first.toLowerCase())) return "fragment";
  if (!/^[\p{L}\p{N}"“‘(]/u.test(first)) return "fragment";
  return null;
}

/**
 * An alias or name without the punctuation left from cutting it out of the text ("Trump'" → "Trump",
 * "Sanders-" → "Sanders", "Washington Post, the" → "Washington Post"); "" when nothing is left. A
 * final full stop stays after an initial or an abbreviation ("Donald Trump Jr.", "J.", "U.S.").
 */
export function withoutDebris(text: string): string {
  let out = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/,\s*(?:the|a|an)$/i, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[^\p{L}\p{N}.]+$/u, "");
  while (/\.$/.test(out) && !/(?:^|[\s.-])\p{L}{1,3}\.$/u.test(out)) out = out.slice(0, -1).replace(/[^\p{L}\p{N}.]+$/u, "");
  return out;
}

/** "Trump'", "Sanders-", "''": text with punctuation left over from cutting it out of a sentence. */
export const hasDebris = (text: string): boolean => withoutDebris(text) !== text;

// Particles written in lower case inside names ("Ludwig van Beethoven", "Osama bin Laden").
const PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "da", "di", "del", "dos", "du", "ibn", "y", "e", "ben"]);

/** "Department for Culture, Media and Sport", "Ministry of Economy, Trade and Industry": commas in a list of what a body is for. */
const PORTFOLIO_LIST = /^[^,]*\s(?:of|for)\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)+\s+and\s+\p{Lu}[\p{L}-]*$/u;

/** A peer's or a bishop's style: a title, maybe a name, "of" and a place. */
const PEER_OF_PLACE = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Duke|Duchess|Marquess|Marchioness|Prince|Princess|Bishop|Archbishop|Dean)(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}$/u;

/**
 * A name that is a piece of a phrase rather than a name: debris or a comma ("Washington Post, the"),
 * only a courtesy title ("Mr."), or a person's name with a lowercase word that is no particle
 * ("Trump-style", "Texas-based Matt Mackowiak"; an organization's name has them: "Bureau of Labor
 * Statistics", "Trump campaign").
 */
export function isFragmentName(name: string, kind: string): boolean {
  if (hasDebris(name) || (name.includes(",") && !PORTFOLIO_LIST.test(name))) return true;
  if (isHonorificOnly(name)) return true;
  if (kind !== "person") return false;
  // "Lord Nicholls of Birkenhead", "the Bishop of Durham", "Duke of Edinburgh": a peer or a bishop is named by a place.
  if (PEER_OF_PLACE.test(name)) return false;
  // "Ban Ki-moon", "Kim Jong-un": a hyphenated given name after the first word is a name's.
  const words = name.split(/\s+/).map((w, i) => (i > 0 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(w) ? w.split("-")[0]! : w));
  return words.join(" ").split(/[\s-]+/).some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && !/^(?:\p{Ll}{1,2}[’'])/u.test(w));
}

/**
 * "Co-anchor Norah O’Donnell" → Norah O’Donnell, described as "Co-anchor": a hyphenated word with a
 * lowercase part ("Texas-based", "Film-maker") describes the person named after it. Null when the
 * name has no such word, or fewer than two capitalised words follow it.
 */
function leadingDescription(name: string): { name: string; description: string } | null {
  const words = name.split(" ");
  const last = words.findLastIndex((w) => /-\p{Ll}/u.test(w));
  const rest = words.slice(last + 1);
  if (last < 0 || rest.length < 2 || !rest.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))) return null;
  return { name: rest.join(" "), description: words.slice(0, last + 1).join(" ") };
}

/** A name that is a single fragment ("Trump-style", "Census-taker", "Miss"): no one the corpus can name. */
export const isUnnameable = (name: string, kind: string): boolean => !/\s/.test(name) && isFragmentName(name, kind);

export interface CorpusSpeakerFields {
  name: string;
  role: string | null;
  aliases: string[];
}

/**
 * An extracted speaker as the corpus keeps it: aliases and name without debris, no role that is a
 * fragment or a courtesy title alone. A gendered courtesy title that was the whole role of a
 * surname-only person moves into the name ("Trump", role "Mr." → "Mr. Trump"): it is the only evidence
 * of who is meant, and the speaker key keeps people of different genders apart by it.
 */
export function corpusSpeakerFields(speaker: CorpusSpeakerFields & { kind: string }): CorpusSpeakerFields {
  const cleaned = withoutDebris(speaker.name) || speaker.name;
  const described = speaker.kind === "person" ? leadingDescription(cleaned) : null;
  const name = described?.name ?? cleaned;
  const aliases = [...new Set(speaker.aliases.map(withoutDebris).filter((a) => a !== "" && a !== name && !(described && a === cleaned)))];
  let role = speaker.role === null ? null : withoutDebris(speaker.role) === "" ? null : speaker.role.trim();
  if (described && (role === null || roleProblem(role) !== null)) role = described.description;
  if (role === null || roleProblem(role) === null) return { name, role, aliases };
  const gender = courtesyGender(role.split(/\s+/)[0]!);
  if (speaker.kind === "person" && gender && isHonorificOnly(role) && !/\s/.test(name) && courtesyGender(name) === undefined) {
    const titled = `${courtesyTitle(role.split(/\s+/)[0]!)} ${name}`;
    return { name: titled, role: null, aliases: aliases.includes(name) ? aliases : [name, ...aliases] };
  }
  return { name, role: null, aliases };
}
