// What people type into a news search box, parsed: words (AND), "quoted phrases", OR between two
// terms, -word or -"phrase" to exclude, word* for words that start so. Words are what the full-text
// index holds (runs of letters and digits), so nothing a reader types reaches an engine as syntax:
// each engine renders this tree in its own query language (SQLite's FTS5: lib/db/sqlite/dialect.ts;
// PostgreSQL's websearch_to_tsquery reads the same syntax).

export type SearchTerm =
  /** A word, or with `prefix` any word it begins. */
  | { type: "word"; word: string; prefix: boolean }
  /** Words next to each other in this order. */
  | { type: "phrase"; words: string[] };

export interface SearchQuery {
  /** A statement matches when it holds a term of every group (the terms of a group were joined by OR)… */
  groups: SearchTerm[][];
  /** …and no excluded term. */
  exclude: SearchTerm[];
}

/** A reader's query never costs the index more than this many terms; the rest are ignored. */
export const MAX_SEARCH_TERMS = 16;

const TOKEN = /(-?)"([^"]*)(?:"|$)|(\S+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** A term from its words: one word (a prefix when typed with a trailing *), several a phrase. */
function termOf(words: string[], prefix: boolean): SearchTerm | null {
  if (words.length === 0) return null;
  if (words.length === 1) return { type: "word", word: words[0]!, prefix };
  return { type: "phrase", words };
}

/** The query a reader typed; null when it has no word to look for (nothing, punctuation, or only exclusions). */
export function parseSearchQuery(text: string): SearchQuery | null {
  const groups: SearchTerm[][] = [];
  const exclude: SearchTerm[] = [];
  let orPending = false;
  let terms = 0;
  for (const [, minus, quoted, bare] of text.normalize("NFKC").matchAll(TOKEN)) {
    if (terms >= MAX_SEARCH_TERMS) break;
    if (bare === "OR") {
      orPending = groups.length > 0;
      continue;
    }
    // Words are ANDed anyway: AND typed as an operator is not a word to look for.
    if (bare === "AND") continue;
    const negated = minus === "-" || (bare !== undefined && bare.length > 1 && bare.startsWith("-"));
    const term =
      quoted !== undefined
        ? termOf(wordsOf(quoted), false)
        : termOf(wordsOf(negated ? bare!.slice(1) : bare!), /[\p{L}\p{N}]\*+$/u.test(bare!));
    if (!term) continue;
    terms++;
    if (negated) exclude.push(term);
    else if (orPending) groups.at(-1)!.push(term);
    else groups.push([term]);
    orPending = false;
  }
  return groups.length ? { groups, exclude } : null;
}

const termText = (term: SearchTerm): string =>
  term.type === "phrase" ? `"${term.words.join(" ")}"` : `${term.word}${term.prefix ? "*" : ""}`;

/** The query written back in the syntax it was read from: for links and for showing what was searched. */
export function formatSearchQuery(query: SearchQuery): string {
  return [
    ...query.groups.map((group) => group.map(termText).join(" OR ")),
    ...query.exclude.map((term) => `-${termText(term)}`),
  ].join(" ");
}

/** Every word the query looks for, in order (for highlighting and for names), excluded ones left out. */
export const searchWords = (query: SearchQuery): string[] =>
  query.groups.flat().flatMap((term) => (term.type === "phrase" ? term.words : [term.word]));

/** Words that may be a name: one to `longest` single plain words in a row, each a group of its own. */
export interface WordRun {
  /** The words, lowercased, joined by spaces ("sergey lavrov"). */
  text: string;
  /** The groups it spans: [from, to). */
  from: number;
  to: number;
}

export function wordRuns(query: SearchQuery, longest = 4): WordRun[] {
  const plain = query.groups.map((g) => (g.length === 1 && g[0]!.type === "word" && !g[0]!.prefix ? g[0]!.word : null));
  const runs: WordRun[] = [];
  for (let from = 0; from < plain.length; from++) {
    for (let to = from + 1; to <= Math.min(plain.length, from + longest); to++) {
      if (plain[to - 1] === null) break;
      runs.push({ text: plain.slice(from, to).join(" "), from, to });
    }
  }
  return runs;
}

/** The query without the groups of a run; null when no group is left to look for. */
export function withoutRun(query: SearchQuery, run: WordRun): SearchQuery | null {
  const groups = query.groups.filter((_, i) => i < run.from || i >= run.to);
  return groups.length ? { groups, exclude: query.exclude } : null;
}

/** The phrases every match must hold (those alone in their group; an OR-ed phrase is one choice of several). */
export const searchPhrases = (query: SearchQuery): string[][] =>
  query.groups.flatMap((group) => (group.length === 1 && group[0]!.type === "phrase" ? [group[0]!.words] : []));
