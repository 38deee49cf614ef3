import "server-only";
import { Prisma } from "@/lib/db/sql";
import { readDb, readDialect } from "@/lib/db/client";
import { CARD_COLUMNS, CARD_JOINS, toStatementCard, topicsOf, type Row, type StatementCard } from "@/lib/db/statements/cards";
import type { StatementDetail } from "@/lib/db/statements/detail";
import { parseJsonValue } from "@/lib/db/stored";
import { FUNCTION_WORDS } from "@/lib/domain/words";

// What a permalink page shows beside its statement: more from the same speaker on the same topics,
// and similar statements in other articles.

/** Words worth matching on when looking for similar statements: no stop words, no short words. */
const STOP = new Set([...FUNCTION_WORDS, ..."above doing ever having hers near neither ours theirs upon within".split(" ")]);

export function keywords(text: string, max = 12): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 4 || STOP.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, max).map(([w]) => w);
}

/**
 * Other statements of the same speaker sharing a topic with this one, newest first.
 *
 * Read per topic off StatementTopic's (topicId, speakerId, dateSort DESC) index rather than by
 * listing every statement of the topic (110,000 for the busiest at 100k articles): each topic gives
 * its `limit` + 1 newest statements of the speaker (+ 1: this statement may be among them), all
 * statements of the last day taken included, since the order breaks ties on the day by article and
 * position, which the index does not hold. The newest `limit` of the union are the newest overall.
 * `since` is NULL when the topic has no more than `limit` + 1 such statements, or the last of them
 * has no date (undated statements sort last): then the topic gives all of them.
 */
export async function moreFromSpeaker(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  if (!detail.speaker || detail.topics.length === 0) return [];
  const d = readDialect();
  const join = d.orderedJoin;
  const rows = await readDb().$queryRaw<Row[]>`
    WITH pick AS MATERIALIZED (
      SELECT t."id" AS topic, sp."id" AS speaker,
        (SELECT b."dateSort" FROM "StatementTopic" b WHERE b."topicId" = t."id" AND b."speakerId" = sp."id"
         ORDER BY ${d.newestFirst(Prisma.sql`b."dateSort"`)} LIMIT 1 OFFSET ${limit}) AS since
      FROM "Topic" t ${join} "Speaker" sp ON TRUE
      WHERE t."slug" IN (${Prisma.join(detail.topics)}) AND sp."slug" = ${detail.speaker.slug}
    )
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM "Statement" s ${CARD_JOINS}
    WHERE s."seq" IN (
      SELECT st."statementSeq" FROM pick ${join} "StatementTopic" st ON st."topicId" = pick.topic AND st."speakerId" = pick.speaker
      WHERE st."dateSort" >= pick.since
      UNION ALL
      SELECT st."statementSeq" FROM pick ${join} "StatementTopic" st ON st."topicId" = pick.topic AND st."speakerId" = pick.speaker
      WHERE pick.since IS NULL
    ) AND s."id" <> ${detail.id}
    ORDER BY ${d.newestFirst(Prisma.sql`s."dateSort"`)}, s."articleId", s."position" LIMIT ${limit}`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}

/**
 * Similar statements are ranked by bm25 over the statement's rarer key words only. bm25 scores every
 * statement the query matches, and a common word made that cost hundreds of milliseconds in a large
 * corpus (docs/performance.md); a common word also adds almost nothing to bm25's score (its IDF is
 * low), so leaving it out barely changes the ranking. A word is rare when fewer than RARE_WORD_LIMIT
 * statements hold it, and words are taken rarest first while together they match at most
 * SIMILAR_CANDIDATE_LIMIT statements: the ranking never scores more than that.
 */
const RARE_WORD_LIMIT = 1000;
const SIMILAR_CANDIDATE_LIMIT = 1500;
/** With no rare word, the statements holding all of this many of its least common words are shown. */
const COMMON_WORDS_TOGETHER = 3;
/** The best (or newest) candidates read from the full-text index, before other articles' are picked. */
const SIMILAR_CANDIDATES_READ = 200;

/** How many statements hold each word, counted up to RARE_WORD_LIMIT (a count that reaches it means "common"). */
async function wordFrequencies(words: string[]): Promise<number[]> {
  const d = readDialect();
  // One statement for all the words; each count stops reading the word's matches at the limit.
  const counts = words.map((w) => d.statementMatchCountUpTo(d.matchAll([w]), RARE_WORD_LIMIT));
  const [row] = await readDb().$queryRaw<{ counts: unknown }[]>`SELECT ${d.jsonArray(counts)} AS counts`;
  return parseJsonValue(row!.counts) as number[];
}

/**
 * The words similarStatements looks for, and whether the statements holding any of them are ranked:
 * the rarest words while together they match few enough statements; otherwise the least common words,
 * all of them held (not ranked), which needs no ranking of everything holding any of them.
 */
export function similarityQuery(words: string[], frequencies: number[]): { words: string[]; ranked: boolean } | null {
  const byRarity = words.map((word, i) => ({ word, n: frequencies[i] ?? 0 })).filter((w) => w.n > 0).sort((a, b) => a.n - b.n);
  const rare: typeof byRarity = [];
  let candidates = 0;
  for (const w of byRarity) {
    if (w.n >= RARE_WORD_LIMIT || candidates + w.n > SIMILAR_CANDIDATE_LIMIT) break;
    rare.push(w);
    candidates += w.n;
  }
  if (rare.length > 0) return { words: rare.map((w) => w.word), ranked: true };
  if (byRarity.length === 0) return null;
  return { words: byRarity.slice(0, COMMON_WORDS_TOGETHER).map((w) => w.word), ranked: false };
}

/**
 * Statements in other articles that say something close: full-text similarity on the statement's
 * rarer key words (see RARE_WORD_LIMIT); failing those, statements sharing its least common words,
 * newest first.
 */
export async function similarStatements(detail: StatementDetail, limit = 5): Promise<StatementCard[]> {
  const words = keywords(detail.text);
  if (words.length === 0) return [];
  const query = similarityQuery(words, await wordFrequencies(words));
  if (!query) return [];
  const d = readDialect();
  const candidates = query.ranked
    ? d.bestStatementMatches(d.matchAny(query.words), SIMILAR_CANDIDATES_READ)
    : d.newestStatementMatches(d.matchAll(query.words), SIMILAR_CANDIDATES_READ);
  const rows = await readDb().$queryRaw<Row[]>`
    SELECT ${CARD_COLUMNS}, NULL AS snippet
    FROM (${candidates}) f
    JOIN "Statement" s ON s."seq" = f.rid ${CARD_JOINS}
    WHERE a."slug" <> ${detail.article.slug}
    ORDER BY f.rank, ${d.newestFirst(Prisma.sql`s."dateSort"`)}, s."articleId", s."position" LIMIT ${limit}`;
  const topics = await topicsOf(rows.map((r) => r.id));
  return rows.map((r) => toStatementCard(r, topics.get(r.id) ?? []));
}
