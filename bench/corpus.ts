import { extractArticle } from "@/lib/ingest/extract";
import { OUTLETS, PERSON_POOL_CAPACITY, personName } from "./pools";
import { seededRandom } from "@/bench/random";

// The benchmark corpus: real news texts, each generated article a variation of one of them. The
// people quoted are swapped for invented ones drawn from a pool (a few quoted often, most rarely,
// as in real news), quote-bearing paragraphs of other articles are added until the article has about
// ten statements, and outlet and date come from a sidecar row. Pure: texts in, texts out; the same
// seed and N always give the same corpus, and each article can be made alone (no state carried over).

export interface SourceArticle {
  /** File name without .txt. */
  name: string;
  text: string;
  /** A headline from the source's own metadata, when it has one. */
  title: string | null;
}

interface NameInText {
  /** Fullest form, e.g. "Martin O’Malley". */
  name: string;
  aliases: string[];
}

interface QuoteParagraph {
  text: string;
  statements: number;
  people: NameInText[];
}

export interface SourceProfile extends SourceArticle {
  people: NameInText[];
  statements: number;
  /** Body paragraphs whose statements all name their speaker: they read right anywhere. */
  quoteParagraphs: QuoteParagraph[];
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their"]);

/** What the generator needs to know of a source: who it quotes, and which paragraphs travel well. */
export function profileSource(source: SourceArticle): SourceProfile {
  const extracted = extractArticle(source.text, { key: source.name });
  const toName = (s: (typeof extracted.speakers)[number]): NameInText => ({ name: s.name, aliases: s.aliases });
  const people = extracted.speakers.filter((s) => s.kind === "person").map(toName);
  const quoteParagraphs: QuoteParagraph[] = [];
  for (const p of extracted.article.paragraphs) {
    const inside = extracted.statements.filter((s) => s.start >= p.start && s.end <= p.end);
    if (inside.length === 0) continue;
    const named = inside.every(
      (s) =>
        s.speakerIndex !== null &&
        s.speakerAsWritten !== null &&
        /^\p{Lu}/u.test(s.speakerAsWritten) &&
        !PRONOUNS.has(s.speakerAsWritten.toLowerCase()),
    );
    if (!named) continue;
    const speakers = new Set(inside.map((s) => extracted.speakers[s.speakerIndex!]!).filter((s) => s.kind === "person"));
    quoteParagraphs.push({ text: p.text, statements: inside.length, people: [...speakers].map(toName) });
  }
  return { ...source, people, statements: extracted.statements.length, quoteParagraphs };
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** People in the pool, instead of personPoolSize(articles): a small corpus with a large cast. */
  people?: number;
}

/** Stated, in the sidecar, as the dates of the generated articles: 2012 to 2019. */
export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2019;

/** People in the pool for a corpus of n articles: grows with n, as a real archive's cast does. */
export function personPoolSize(articles: number): number {
  return Math.max(20, Math.min(PERSON_POOL_CAPACITY, Math.ceil(articles / 40)));
}

export interface PlannedArticle {
  index: number;
  key: string;
  source: number;
  /** Donor paragraphs: [source index, paragraph index]. */
  donors: [number, number][];
  /** Pool ids of the people quoted: the source's people first, then each donor paragraph's. */
  people: number[];
  outlet: string;
  /** Sidecar date: "YYYY-MM-DD", "YYYY-MM" (month only) or "" (not stated). */
  date: string;
}

export interface GeneratedArticle {
  key: string;
  text: string;
  title: string;
  outlet: string;
  date: string;
}


function mix(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Zipf-like popularity (exponent 1): item k is drawn about 1/k as often as item 1. */
function zipfSampler(size: number): (r: number) => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let k = 0; k < size; k++) cumulative[k] = sum += 1 / (k + 1);
  return (r) => {
    const target = r * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const samplers = new Map<number, (r: number) => number>();
function sampler(size: number) {
  let s = samplers.get(size);
  if (!s) samplers.set(size, (s = zipfSampler(size)));
  return s;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Where article `index` of the corpus comes from and who and what it will name. Cheap: no text. */
export function planArticle(profiles: readonly SourceProfile[], options: CorpusOptions, index: number): PlannedArticle {
  if (profiles.length === 0) throw new Error("the benchmark corpus needs at least one source article");
  const random = seededRandom(mix(options.seed, index));
  const pick = sampler(Math.min(PERSON_POOL_CAPACITY, options.people ?? personPoolSize(options.articles)));
  const outletOf = sampler(OUTLETS.length);
  // Every source in turn, so that a small N already covers the variety of the sources.
  const source = index % profiles.length;
  const profile = profiles[source]!;

  // Donor paragraphs tend to yield a little more than they did at home (their context moves with them).
  const target = 6 + Math.floor(random() * 4); // 6..9 expected, about 10 extracted
  let expected = profile.statements;
  const donors: [number, number][] = [];
  for (let tries = 0; expected < target && tries < 12 && donors.length < 6; tries++) {
    const donor = Math.floor(random() * profiles.length);
    const paragraphs = profiles[donor]!.quoteParagraphs;
    if (donor === source || paragraphs.length === 0) continue;
    const p = Math.floor(random() * paragraphs.length);
    donors.push([donor, p]);
    expected += paragraphs[p]!.statements;
  }

  const slots = profile.people.length + donors.reduce((n, [d, p]) => n + profiles[d]!.quoteParagraphs[p]!.people.length, 0);
  const people: number[] = [];
  for (let i = 0; i < slots; i++) {
    let id = pick(random());
    // Two people of one article never share a pool id (they would merge into one speaker).
    for (let retry = 0; people.includes(id) && retry < 20; retry++) id = pick(random());
    people.push(id);
  }

  const year = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  // Mostly full dates; a few archives state only the month, and a few no date at all.
  const date = precision < 0.01 ? "" : precision < 0.04 ? `${year}-${pad(month, 2)}` : `${year}-${pad(month, 2)}-${pad(day, 2)}`;

  return {
    index,
    key: `bench-${pad(index, 6)}-${profile.name.slice(0, 40)}`,
    source,
    donors,
    people,
    outlet: OUTLETS[outletOf(random())]!,
    date,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces every written form of each person with the pool person standing in for them. */
function swapNames(text: string, people: readonly NameInText[], ids: readonly number[]): string {
  const replacements = new Map<string, string>();
  people.forEach((person, i) => {
    const stand = personName(ids[i]!);
    const tokens = person.name.split(/\s+/);
    const first = tokens[0]!;
    const last = tokens.at(-1)!;
    for (const form of [person.name, ...person.aliases]) {
      const parts = form.split(/\s+/);
      if (parts.length > 1) replacements.set(form, stand.full);
      else if (form === last) replacements.set(form, stand.last);
      else if (form === first) replacements.set(form, stand.first);
    }
    if (tokens.length > 1) replacements.set(last, stand.last);
  });
  if (replacements.size === 0) return text;
  const forms = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return text.replace(pattern, (found) => replacements.get(found) ?? found);
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ").trim();

/** The text and sidecar row of a planned article. */
export function renderArticle(profiles: readonly SourceProfile[], plan: PlannedArticle): GeneratedArticle {
  const profile = profiles[plan.source]!;
  const ownPeople = plan.people.slice(0, profile.people.length);
  let text = swapNames(profile.text, profile.people, ownPeople).trimEnd();
  let next = profile.people.length;
  for (const [d, p] of plan.donors) {
    const paragraph = profiles[d]!.quoteParagraphs[p]!;
    const ids = plan.people.slice(next, next + paragraph.people.length);
    next += paragraph.people.length;
    text += `\n\n${swapNames(paragraph.text, paragraph.people, ids)}`;
  }
  const title = profile.title ? oneLine(swapNames(profile.title, profile.people, ownPeople)) : "";
  return { key: plan.key, text: `${text}\n`, title, outlet: plan.outlet, date: plan.date };
}

/** Article `index` of the corpus. */
export function generateArticle(profiles: readonly SourceProfile[], options: CorpusOptions, index: number): GeneratedArticle {
  return renderArticle(profiles, planArticle(profiles, options, index));
}

/** The sidecar of a folder of generated articles (tab-separated, read by lib/ingest/sidecar.ts). */
export function sidecarTsv(articles: readonly GeneratedArticle[]): string {
  const rows = articles.map((a) => [a.key, a.title, a.outlet, a.date].map(oneLine).join("\t"));
  return `filename\ttitle\toutlet\tdate\n${rows.join("\n")}\n`;
}
