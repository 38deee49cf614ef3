import type { Dialect, Sql } from "@/lib/db/engine";
import { Prisma } from "@/lib/db/sql";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "@/lib/db/stored";
import type { SearchQuery, SearchTerm } from "@/lib/domain/search-query";

// PostgreSQL's side of the SQL the query layer shares (see Dialect): json for JSON, and full text with
// its own machinery — a tsvector per statement and article kept by the database (statement_fts,
// article_fts: the search_and_rollup_upkeep migration), GIN indexes, ts_rank_cd for relevance and
// ts_headline for snippets. A JSON value leaves the database as text, as SQLite's json1 gives it, so
// that the query layer parses one shape whichever engine answered.

/** The text search configuration of the indexes (the migration's). */
const CONFIG = Prisma.sql`'english'::regconfig`;

/**
 * A word as a tsquery operand: quoted, so nothing a reader typed is read as an operator (a parsed
 * word holds letters and digits only; a quote is doubled all the same).
 */
const operand = (word: string, prefix = false) => `'${word.replaceAll("'", "''")}'${prefix ? ":*" : ""}`;

const termQuery = (t: SearchTerm) =>
  t.type === "phrase" ? `(${t.words.map((w) => operand(w)).join(" <-> ")})` : operand(t.word, t.prefix);

/**
 * A parsed search as to_tsquery syntax: the groups ANDed, each group's alternatives ORed, exclusions
 * as `& !(…)`. The same tree websearch_to_tsquery builds from "quoted phrases", OR and -word, plus
 * prefixes (`negotiat*`), which websearch syntax has no way to say.
 */
function tsSearch(query: SearchQuery): string {
  const group = (terms: SearchTerm[]) => (terms.length === 1 ? termQuery(terms[0]!) : `(${terms.map(termQuery).join(" | ")})`);
  const positive = query.groups.map(group).join(" & ");
  return query.exclude.length ? `${positive} & !(${query.exclude.map(termQuery).join(" | ")})` : positive;
}

const tsquery = (match: string) => Prisma.sql`to_tsquery(${CONFIG}, ${match})`;

/** Characters between words that a phrase reads as a space (the parser splits words on them). */
// "][" first: a "]" right after the opening bracket is itself; "[" must not precede ".", ":" or "="
// (PostgreSQL would read a collating element or a character class).
const SEPARATORS = `[][,.;:!?"'\u2018\u2019\u201c\u201d()\u2013\u2014/\\s-]+`;

/** A text as lowercase words between single spaces, with a space at each end, for LIKE '% a b %'. */
const wordsOfText = (text: Sql) => Prisma.sql`(' ' || regexp_replace(lower(${text}), ${SEPARATORS}, ' ', 'g') || ' ')`;

/** ts_headline's options: the matches between the snippet marks, about 24 words around them. */
const HEADLINE = `StartSel=${SNIPPET_OPEN}, StopSel=${SNIPPET_CLOSE}, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=…`;

/**
 * ts_headline's parser reads "<…>" as an HTML tag and leaves it out of the snippet; a quote holds what
 * was written, tags and all. "<" travels as a private-use character the parser takes for a letter,
 * and is put back after.
 */
const LT_STANDIN = "\uE000";
const headline = (text: Sql, query: Sql) =>
  Prisma.sql`replace(ts_headline(${CONFIG}, replace(${text}, '<', ${LT_STANDIN}), ${query}, ${HEADLINE}), ${LT_STANDIN}, '<')`;

export const postgresDialect: Dialect = {
  afterBulkWrite: "VACUUM (ANALYZE)",
  slugsFirst: true,
  orderedJoin: Prisma.sql`JOIN`,
  newestFirst: (value) => Prisma.sql`${value} DESC NULLS LAST`,
  oldestFirstUndatedFirst: (value) => Prisma.sql`${value} ASC NULLS FIRST`,
  jsonArray: (values) => Prisma.sql`json_build_array(${Prisma.join(values)})`,
  // Inside another JSON value, a JSON text (jsonArrayAgg's) is put back as JSON, not as a string holding it.
  jsonNested: (value) => Prisma.sql`(${value})::json`,
  jsonArrayAgg: (value, orderBy) => Prisma.sql`coalesce(json_agg(${value} ORDER BY ${orderBy}), '[]'::json)::text`,
  jsonRows: (json, alias) => Prisma.sql`json_array_elements(${json}::json) AS ${Prisma.raw(alias)}(value)`,
  jsonItem: (alias, index, type) => {
    const text = index === null ? `${alias}.value #>> '{}'` : `${alias}.value ->> ${index}`;
    return Prisma.raw(`(${text})::${type === "integer" ? "integer" : "text"}`);
  },
  integerList: (value) => Prisma.sql`string_agg((${value})::text, ',')`,
  matchAll: (terms) => terms.map((t) => operand(t)).join(" & "),
  matchAny: (terms) => terms.map((t) => operand(t)).join(" | "),
  matchSearch: tsSearch,
  statementMatches: (match, { rank, phrases = [] }) =>
    Prisma.sql`SELECT f."seq" AS rid${rank ? Prisma.sql`, -ts_rank_cd(f."document", q) AS rank` : Prisma.empty}
      FROM "statement_fts" f
      ${phrases.length ? Prisma.sql`JOIN "Statement" ps ON ps."seq" = f."seq"` : Prisma.empty}
      CROSS JOIN ${tsquery(match)} q
      WHERE f."document" @@ q
      ${phrases.length ? Prisma.join(phrases.map((words) => Prisma.sql`AND ${wordsOfText(Prisma.raw(`ps."text"`))} LIKE ${`% ${words.join(" ")} %`}`), " ") : Prisma.empty}`,
  bestStatementMatches: (match, limit) =>
    Prisma.sql`SELECT f."seq" AS rid, -ts_rank_cd(f."document", q) AS rank FROM "statement_fts" f, ${tsquery(match)} q
      WHERE f."document" @@ q ORDER BY rank, rid LIMIT ${limit}`,
  newestStatementMatches: (match, limit) =>
    Prisma.sql`SELECT f."seq" AS rid, 0 AS rank FROM "statement_fts" f WHERE f."document" @@ ${tsquery(match)} ORDER BY f."seq" DESC LIMIT ${limit}`,
  statementMatchCountUpTo: (match, limit) =>
    Prisma.sql`(SELECT count(*)::integer FROM (SELECT 1 FROM "statement_fts" f WHERE f."document" @@ ${tsquery(match)} LIMIT ${limit}) x)`,
  statementSnippet: (match: string, seq: Sql) =>
    Prisma.sql`(SELECT ${headline(Prisma.sql`hs."text"`, tsquery(match))} FROM "Statement" hs WHERE hs."seq" = ${seq})`,
  articleMatches: (match, limit) =>
    Prisma.sql`SELECT m.id, ${headline(Prisma.sql`a."text"`, Prisma.sql`m.q`)} AS snip
      FROM (SELECT f."id", q, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', f."document", q) AS score
            FROM "article_fts" f, ${tsquery(match)} q WHERE f."document" @@ q ORDER BY score DESC, f."id" LIMIT ${limit}) m
      JOIN "Article" a ON a."id" = m."id" ORDER BY m.score DESC, m."id"`,
  articleMatchCount: (match) => Prisma.sql`SELECT count(*)::integer AS n FROM "article_fts" f WHERE f."document" @@ ${tsquery(match)}`,
};
