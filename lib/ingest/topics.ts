// Topics come from two places:
//  1. A curated taxonomy, editorial/topics.json: one entry per topic with a stable slug, a label
//     and synonym phrases. Editors change the file, not the code; phrases match case-insensitively
//     as whole words, and a statement is matched on its whole sentence (plus the statement itself
//     when it runs past the sentence), so "On the deployment of a missile defense system…, Lavrov
//     stated that these efforts were unsuccessful" is about missile-defense.
//  2. Automatic key phrases for subjects the taxonomy does not know: two- and three-word phrases
//     without stop words that recur in an article (≥ 2 times) and are not already a synonym become
//     topics with slug "auto-<phrase-in-kebab-case>" and the phrase as label. At most
//     MAX_AUTO_TOPICS per article, most frequent first; a statement gets one when its sentence
//     contains the phrase. A key phrase must be shaped like a subject: a noun phrase (isNounPhrase),
//     or a name or title written capitalized ("Attorney General", "Loretta Lynch"). "absolutely
//     wrong", "going forward", "strongly believe" recur in quotes but name no subject.

import { brill } from "brill";
import { z } from "zod";
import { MONTHS, WEEKDAYS } from "@/lib/domain/dates";
import { FUNCTION_WORDS } from "@/lib/domain/words";
import taxonomyJson from "../../editorial/topics.json";
import { AUTO_PREFIX, labelOf } from "./topic-labels";

export { AUTO_PREFIX, topicLabel } from "./topic-labels";

export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string().min(1),
  synonyms: z.array(z.string().min(1)).min(1),
});
export const taxonomySchema = z.object({ version: z.literal(1), topics: z.array(topicSchema) });
export type Topic = z.infer<typeof topicSchema>;

const MAX_AUTO_TOPICS = 5;

interface TrieNode {
  next: Map<string, TrieNode>;
  slugs: string[] | null;
}

/**
 * Words of a text for matching: lower case, split on anything that is not a letter or digit, so
 * "alliance’s", "U.S.-Russia" and "al-Qaeda" become "alliance s", "u s russia", "al qaeda" in the text
 * and in the synonyms alike.
 */
export function topicTokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9\u00df-\u024f]+/).filter(Boolean);
}

export interface Token {
  start: number;
  end: number;
  /** Lower-case word. */
  word: string;
  /** Sentence or clause punctuation stands between this word and the previous one. */
  breakBefore: boolean;
  /** Written with a capital: in a run of them, a name or a title ("Attorney General"). */
  capital: boolean;
}

const BREAK_CHARS = new Set([".", "!", "?", ";", ":", '"', "“", "”", "(", ")", "\n"]);
const BREAK_RE = /[.!?;:"“”()\n]/;

/**
 * Words of a text with their offsets (plus `offset`), for topic matching and key phrases in one pass.
 * Tokens are appended to `out` when given, so paragraphs can share one array.
 */
export function tokenize(text: string, offset = 0, out: Token[] = []): Token[] {
  // Latin letters only (with accents): a plain character class is much faster than \p{L}, and the
  // taxonomy and key phrases are English. toLowerCase keeps string length for these characters.
  let lower = text.toLowerCase();
  // A few characters change length in lower case ("İ"); keep offsets exact by lowering one by one.
  if (lower.length !== text.length) lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
  const re = /[a-z0-9\u00df-\u024f]+/g;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  let first = true;
  while ((m = re.exec(lower))) {
    // Most gaps are one space: test the punctuation only when there is something else.
    const gapLength = m.index - prevEnd;
    const breakBefore = first || (gapLength === 1 ? BREAK_CHARS.has(text[prevEnd]!) : gapLength > 1 && BREAK_RE.test(text.slice(prevEnd, m.index)));
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      word: m[0],
      breakBefore,
      capital: text[m.index] !== lower[m.index],
    });
    first = false;
    prevEnd = m.index + m[0].length;
  }
  return out;
}

export interface TopicHit {
  start: number;
  end: number;
  slugs: string[];
}

export class TopicMatcher {
  readonly topics: Topic[];
  private readonly root: TrieNode = { next: new Map(), slugs: null };
  private readonly labels = new Map<string, string>();

  constructor(topics: Topic[]) {
    this.topics = topics;
    for (const t of topics) {
      this.labels.set(t.slug, t.label);
      for (const phrase of [t.label, ...t.synonyms]) {
        // A trie over words: one walk per word of the text, however large the taxonomy.
        let node = this.root;
        for (const tok of topicTokens(phrase)) {
          let child = node.next.get(tok);
          if (!child) {
            child = { next: new Map(), slugs: null };
            node.next.set(tok, child);
          }
          node = child;
        }
        if (node === this.root) continue;
        node.slugs ??= [];
        if (!node.slugs.includes(t.slug)) node.slugs.push(t.slug);
      }
    }
  }

  private *hits(tokens: string[]): Generator<string[]> {
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      let longest: string[] | null = null;
      let longestEnd = i;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!);
        if (!node) break;
        if (node.slugs) {
          longest = node.slugs;
          longestEnd = j;
        }
      }
      if (longest) {
        yield longest;
        i = longestEnd;
      }
    }
  }

  /** Every synonym occurrence in a tokenized text, longest match first, with character offsets. */
  find(tokens: Token[]): TopicHit[] {
    const out: TopicHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      let longest: string[] | null = null;
      let longestEnd = i;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!.word);
        if (!node) break;
        if (node.slugs) {
          longest = node.slugs;
          longestEnd = j;
        }
      }
      if (longest) {
        out.push({ start: tokens[i]!.start, end: tokens[longestEnd]!.end, slugs: longest });
        i = longestEnd;
      }
    }
    return out;
  }

  /** Curated topic slugs mentioned in the text, in order of first mention. */
  match(text: string): string[] {
    const out: string[] = [];
    for (const slugs of this.hits(topicTokens(text))) for (const slug of slugs) if (!out.includes(slug)) out.push(slug);
    return out;
  }

  /** How often each curated topic is mentioned. */
  count(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const slugs of this.hits(topicTokens(text))) for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return counts;
  }

  isSynonym(phrase: string): boolean {
    let node: TrieNode | undefined = this.root;
    for (const tok of topicTokens(phrase)) {
      node = node.next.get(tok);
      if (!node) return false;
    }
    return node !== this.root && !!node.slugs;
  }

  label(slug: string): string {
    return labelOf(this.labels, slug);
  }
}

let defaultMatcher: TopicMatcher | null = null;

/** The matcher for the checked-in taxonomy (validated once). */
export function defaultTopics(): TopicMatcher {
  if (!defaultMatcher) defaultMatcher = new TopicMatcher(taxonomySchema.parse(taxonomyJson).topics);
  return defaultMatcher;
}

const STOP = new Set([
  ...FUNCTION_WORDS,
  ...[...WEEKDAYS, ...MONTHS].map((word) => word.toLowerCase()),
  ...`a according added all although an announced another anything around as asked at back be by called
  clarified day days do down dr eight everything explained few first five four further get go going
  got gov he highlighted i if in is it know knows last lot me might month months mr mrs ms my new nine
  no noted nothing of on one or people per percent reaffirmed really rep reported say saying sen seven
  six so something stated still stressed tell ten think thinks though thought three time times to told
  two up urged us via want wanted wants way we week weeks well whether whose wrote year years`.split(/\s+/),
]);

/** The part-of-speech tags a word can take, most frequent first (Brill's lexicon); null when it does not know it. */
function tagsOf(word: string): string[] | null {
  return Object.hasOwn(brill, word) ? brill[word]! : null;
}

const canBeNoun = (tags: string[]) => tags.some((t) => t.startsWith("NN"));
// A modifier in a noun phrase: a word that can be a noun ("trade war", "voting rights"), an adjective
// ("nuclear deal") or a past participle ("pledged delegates"); a present participle alone is a verb
// ("seeing broad strength").
const canModify = (tags: string[]) => tags.some((t) => /(^|\|)(NN|JJ|VBN)/.test(t));

/**
 * Whether the words are shaped like a subject, a noun phrase: modifiers that can be nouns, adjectives
 * or past participles, ending in a word that can be a noun ("tax cut", "democratic primary") and is not
 * mostly an adverb. "absolutely wrong" (an adverb before it), "going forward" (mostly an adverb) and
 * "strongly believe" (never a noun) are not. A word the lexicon does not know is a name or a term of
 * art: a noun.
 */
export function isNounPhrase(words: string[]): boolean {
  const last = tagsOf(words[words.length - 1]!);
  if (last && (!canBeNoun(last) || last[0]!.startsWith("RB"))) return false;
  return words.slice(0, -1).every((w) => {
    const tags = tagsOf(w);
    return !tags || canModify(tags);
  });
}

/** Recurring two/three-word phrases of an article that the taxonomy does not cover. */
export function autoKeyPhrases(text: string | Token[], matcher: TopicMatcher = defaultTopics()): string[] {
  const tokens = typeof text === "string" ? tokenize(text) : text;
  // Two passes: bigrams first; a trigram can only recur if its leading bigram does.
  const content = tokens.map((t) => {
    const w = t.word;
    return w.length < 3 || STOP.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) ? null : w;
  });
  // Words by number, and phrases by their words' numbers: most phrases occur once, and no string is
  // built for them.
  const words: string[] = [];
  const numbers = new Map<string, number>();
  const num = content.map((w) => {
    if (w === null) return -1;
    let n = numbers.get(w);
    if (n === undefined) {
      n = words.length;
      numbers.set(w, n);
      words.push(w);
    }
    return n;
  });
  const size = words.length;
  const pairs = new Map<number, number>();
  const triples = new Map<number, number>();
  // Phrases written capitalized word for word somewhere: names and titles, subjects whatever their words' usual part of speech.
  const namedPairs = new Set<number>();
  const namedTriples = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.breakBefore || num[i]! < 0 || num[i - 1]! < 0) continue;
    const pair = num[i - 1]! * size + num[i]!;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    if (tokens[i]!.capital && tokens[i - 1]!.capital) namedPairs.add(pair);
  }
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.breakBefore || tokens[i - 1]!.breakBefore || num[i]! < 0 || num[i - 1]! < 0 || num[i - 2]! < 0) continue;
    const lead = num[i - 2]! * size + num[i - 1]!;
    if ((pairs.get(lead) ?? 0) < 2) continue;
    const triple = lead * size + num[i]!;
    triples.set(triple, (triples.get(triple) ?? 0) + 1);
    if (tokens[i]!.capital && tokens[i - 1]!.capital && tokens[i - 2]!.capital) namedTriples.add(triple);
  }
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (const [pair, c] of pairs) {
    if (c < 2) continue;
    const phrase = `${words[Math.floor(pair / size)]} ${words[pair % size]}`;
    counts.set(phrase, c);
    if (namedPairs.has(pair)) named.add(phrase);
  }
  for (const [triple, c] of triples) {
    if (c < 2) continue;
    const lead = Math.floor(triple / size);
    const phrase = `${words[Math.floor(lead / size)]} ${words[lead % size]} ${words[triple % size]}`;
    counts.set(phrase, c);
    if (namedTriples.has(triple)) named.add(phrase);
  }
  // A three-word phrase is worth half as much again as a two-word one: "charter school plan" seen
  // twice says more than "charter school" seen three times.
  const score = (phrase: string, c: number) => c * (phrase.split(" ").length === 3 ? 1.5 : 1);
  const ranked = [...counts.entries()]
    .filter(([phrase, c]) => c >= 2 && !matcher.isSynonym(phrase) && (named.has(phrase) || isNounPhrase(phrase.split(" "))))
    .sort((a, b) => score(b[0], b[1]) - score(a[0], a[1]) || b[0].split(" ").length - a[0].split(" ").length || a[0].localeCompare(b[0]));
  const out: string[] = [];
  for (const [phrase] of ranked) {
    // "missile defense elements" and "defense elements" are one subject: keep the longer, earlier one.
    if (out.some((o) => o.includes(phrase) || phrase.includes(o))) continue;
    out.push(phrase);
    if (out.length >= MAX_AUTO_TOPICS) break;
  }
  return out;
}

export function autoTopicSlug(phrase: string): string {
  return AUTO_PREFIX + phrase.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
