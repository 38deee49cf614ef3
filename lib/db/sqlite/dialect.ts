import { Prisma } from "@/lib/db/sql";
import type { Dialect, Sql } from "@/lib/db/engine";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "@/lib/db/stored";
import type { SearchQuery, SearchTerm } from "@/lib/domain/search-query";

// SQLite's side of the SQL the query layer shares (see Dialect): json1 for JSON, FTS5 for full text.
// statement_fts and article_fts are external-content FTS5 indexes of Statement and Article (the
// full_text_search migration), keyed by their rowids: Statement.seq and Article.id.

const quoted = (terms: string[]) => terms.map((term) => `"${term}"`);

/**
 * A parsed search as FTS5 syntax. Every word is quoted (a word holds letters and digits only, so no
 * quote of a reader's can close it): nothing typed reaches FTS5 as an operator. FTS5's NOT is binary,
 * so exclusions follow the positive part.
 */
function ftsSearch(query: SearchQuery): string {
  const term = (t: SearchTerm) => (t.type === "phrase" ? `"${t.words.join(" ")}"` : `"${t.word}"${t.prefix ? "*" : ""}`);
  const group = (terms: SearchTerm[]) => (terms.length === 1 ? term(terms[0]!) : `(${terms.map(term).join(" OR ")})`);
  const positive = query.groups.map(group).join(" ");
  return query.exclude.length ? `(${positive}) NOT (${query.exclude.map(term).join(" OR ")})` : positive;
}

/** Characters between words that a phrase reads as a space (the index's tokenizer splits on them). */
const SEPARATORS = [".", ",", ";", ":", "!", "?", '"', "'", "\u2018", "\u2019", "\u201c", "\u201d", "(", ")", "[", "]", "-", "\u2013", "\u2014", "/", "\n", "\r", "\t"];

/**
 * A text as lowercase words between single spaces, with a space at each end, for LIKE '% a b %'
 * (SQLite has no regular expressions: each separator is replaced, then runs of spaces collapsed).
 */
function wordsOfText(text: Sql): Sql {
  let out = Prisma.sql`lower(${text})`;
  for (const c of SEPARATORS) out = Prisma.sql`replace(${out}, ${c}, ' ')`;
  for (let i = 0; i < 4; i++) out = Prisma.sql`replace(${out}, '  ', ' ')`;
  return Prisma.sql`(' ' || ${out} || ' ')`;
}

export const sqliteDialect: Dialect = {
  // SQLite's plans here do not depend on statistics (lib/db/statements pins their order).
  afterBulkWrite: null,
  // One statement, one round trip: SQLite plans these lists from the index order either way.
  slugsFirst: false,
  orderedJoin: Prisma.sql`CROSS JOIN`,
  // SQLite's DESC already puts NULLs last; saying so could cost it the index's order.
  newestFirst: (value) => Prisma.sql`${value} DESC`,
  oldestFirstUndatedFirst: (value) => Prisma.sql`${value} ASC`,
  jsonArray: (values) => Prisma.sql`json_array(${Prisma.join(values)})`,
  // json_array would store a nested array's JSON as a string; json() marks it as JSON.
  jsonNested: (value) => Prisma.sql`json(${value})`,
  jsonArrayAgg: (value, orderBy) => Prisma.sql`json_group_array(${value} ORDER BY ${orderBy})`,
  jsonRows: (json, alias) => Prisma.sql`json_each(${json}) AS ${Prisma.raw(alias)}`,
  // `->>` gives back a JSON value with its SQL type (integer, real, text or NULL): no cast needed.
  jsonItem: (alias, index) => (index === null ? Prisma.raw(`${alias}.value`) : Prisma.raw(`${alias}.value ->> ${index}`)),
  integerList: (value) => Prisma.sql`group_concat(${value})`,
  // Each term quoted: no FTS5 operator of a reader's reaches the index.
  matchAll: (terms) => quoted(terms).join(" "),
  matchAny: (terms) => quoted(terms).join(" OR "),
  matchSearch: ftsSearch,
  statementMatches: (match, { rank, phrases = [] }) =>
    Prisma.sql`SELECT rowid AS rid${rank ? Prisma.sql`, rank` : Prisma.empty} FROM statement_fts WHERE statement_fts MATCH ${match}
      ${phrases.length ? Prisma.join(phrases.map((words) => Prisma.sql`AND ${wordsOfText(Prisma.raw(`statement_fts."text"`))} LIKE ${`% ${words.join(" ")} %`}`), " ") : Prisma.empty}`,
  bestStatementMatches: (match, limit) =>
    Prisma.sql`SELECT rowid AS rid, bm25(statement_fts) AS rank FROM statement_fts WHERE statement_fts MATCH ${match} ORDER BY rank LIMIT ${limit}`,
  newestStatementMatches: (match, limit) =>
    Prisma.sql`SELECT rowid AS rid, 0 AS rank FROM statement_fts WHERE statement_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${limit}`,
  // Stops reading the word's doclist at the limit.
  statementMatchCountUpTo: (match, limit) =>
    Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM statement_fts WHERE statement_fts MATCH ${match} LIMIT ${limit}))`,
  statementSnippet: (match: string, seq: Sql) =>
    Prisma.sql`(SELECT snippet(statement_fts, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24) FROM statement_fts
        WHERE statement_fts MATCH ${match} AND rowid = ${seq})`,
  articleMatches: (match, limit) =>
    Prisma.sql`SELECT rowid AS id, snippet(article_fts, 1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24) AS snip
      FROM article_fts WHERE article_fts MATCH ${match} ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ${limit}`,
  articleMatchCount: (match) => Prisma.sql`SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ${match}`,
};
