import type { Db } from "@/lib/db/client";
import type { Writer } from "@/lib/db/engine";
import { KIND_CODES } from "@/lib/domain/kinds";

// Precomputed facet counts (the FacetCount table), co-speaker counts (CoSpeakerCount) and the
// copies of statement columns that StatementTopic carries, kept exact inside the transaction that
// changes the statements. The query layer (lib/db/statements) reads a facet here whenever the
// facet's other filters are a single dimension, instead of counting every matching statement; the
// speaker page reads its topics and co-speakers here. See schema.prisma, FacetCount and CoSpeakerCount.

/** FacetCount's dimension codes. */
export const DIM = { none: 0, speaker: 1, topic: 2, outlet: 3, kind: 4, year: 5 } as const;
export type RollupDimension = Exclude<keyof typeof DIM, "none">;

/** FacetCount's year value for statements whose year is not stated. */
export const UNKNOWN_YEAR = 0;

/** SQL: the code of the kind in `column`. NULL for a kind not in KIND_CODES, which FacetCount's NOT NULL refuses. */
export function kindCodeSql(column: string): string {
  return `CASE ${column} ${Object.entries(KIND_CODES).map(([kind, code]) => `WHEN '${kind}' THEN ${code}`).join(" ")} END`;
}

/** SQL: the kind whose code is in `column`. */
export function kindOfCodeSql(column: string): string {
  return `CASE ${column} ${Object.entries(KIND_CODES).map(([kind, code]) => `WHEN ${code} THEN '${kind}'`).join(" ")} END`;
}

/** Which statements a rollup adjustment is about. */
export type StatementSelector = { articleIds: number[] } | { extractedSpeakerIds: number[] };

/**
 * The articles holding the selected statements, as a condition on `s` (Statement): the co-speaker
 * counts are per article, so they are recounted over whole articles.
 */
function articlesCondition(selector: StatementSelector): { sql: string; param: string } {
  if ("articleIds" in selector) return selectorCondition(selector);
  return {
    sql: `s."articleId" IN (SELECT "articleId" FROM "Statement" WHERE "extractedSpeakerId" IN (SELECT value FROM json_each(?)))`,
    param: JSON.stringify(selector.extractedSpeakerIds),
  };
}

/** The selected statements as a condition on `s` (Statement), with its one parameter. */
function selectorCondition(selector: StatementSelector): { sql: string; param: string } {
  // One JSON parameter however many articles (or speakers) a batch has.
  if ("articleIds" in selector) {
    return { sql: `s."articleId" IN (SELECT value FROM json_each(?))`, param: JSON.stringify(selector.articleIds) };
  }
  return { sql: `s."extractedSpeakerId" IN (SELECT value FROM json_each(?))`, param: JSON.stringify(selector.extractedSpeakerIds) };
}

// The single-valued dimensions of a statement as the cube below names them; topics come from
// StatementTopic. A statement with no speaker (or no outlet) has no row on that dimension.
const SINGLE: { dim: RollupDimension; column: string; nullable: boolean }[] = [
  { dim: "speaker", column: "sp", nullable: true },
  { dim: "outlet", column: "ou", nullable: true },
  { dim: "kind", column: "ki", nullable: false },
  { dim: "year", column: "yr", nullable: false },
];

/**
 * One INSERT … SELECT that adds `sign` × the selected statements' counts to FacetCount. `where` is a
 * condition on `s` (Statement); "true" counts the whole corpus (the migration's backfill).
 *
 * The selected statements are first grouped into a cube (speaker, outlet, kind, year) and a topic
 * cube (topic × the same), each pair of dimensions is then summed from the cube with its own small
 * GROUP BY. Measured on 500 articles (6,700 statements): about 70 ms, where one GROUP BY over the
 * 117,000 (pair, statement) rows took 150 ms.
 */
export function rollupDeltaSql(where: string, sign: 1 | -1): string {
  const sum = sign === 1 ? "sum(n)" : "-sum(n)";
  const notNull = (...columns: (typeof SINGLE)[number][]) => {
    const parts = columns.filter((c) => c.nullable).map((c) => `${c.column} IS NOT NULL`);
    return parts.length ? ` WHERE ${parts.join(" AND ")}` : "";
  };
  const arms: string[] = [];
  for (const g of SINGLE) {
    arms.push(`SELECT ${DIM.none}, 0, ${DIM[g.dim]}, ${g.column}, ${sum} FROM cube${notNull(g)} GROUP BY ${g.column}`);
  }
  arms.push(`SELECT ${DIM.none}, 0, ${DIM.topic}, tp, ${sum} FROM topicCube GROUP BY tp`);
  for (const f of SINGLE) {
    for (const g of SINGLE) {
      if (f === g) continue;
      arms.push(
        `SELECT ${DIM[f.dim]}, ${f.column}, ${DIM[g.dim]}, ${g.column}, ${sum} FROM cube${notNull(f, g)} GROUP BY ${f.column}, ${g.column}`,
      );
    }
  }
  for (const f of SINGLE) {
    arms.push(`SELECT ${DIM.topic}, tp, ${DIM[f.dim]}, ${f.column}, ${sum} FROM topicCube${notNull(f)} GROUP BY tp, ${f.column}`);
    arms.push(`SELECT ${DIM[f.dim]}, ${f.column}, ${DIM.topic}, tp, ${sum} FROM topicCube${notNull(f)} GROUP BY ${f.column}, tp`);
  }
  return `WITH sel AS MATERIALIZED (
  SELECT s."id", s."speakerId" AS sp, s."outletId" AS ou, ${kindCodeSql(`s."kind"`)} AS ki, coalesce(s."publishedYear", ${UNKNOWN_YEAR}) AS yr
  FROM "Statement" s WHERE ${where}
),
cube AS MATERIALIZED (SELECT sp, ou, ki, yr, count(*) AS n FROM sel GROUP BY sp, ou, ki, yr),
topicCube AS MATERIALIZED (
  SELECT st."topicId" AS tp, sel.sp, sel.ou, sel.ki, sel.yr, count(*) AS n
  FROM sel CROSS JOIN "StatementTopic" st ON st."statementId" = sel."id"
  GROUP BY st."topicId", sel.sp, sel.ou, sel.ki, sel.yr
)
INSERT INTO "FacetCount" ("filterDim", "filterValue", "facetDim", "facetValue", "n")
SELECT * FROM (
  ${arms.join("\n  UNION ALL ")}
) WHERE true
ON CONFLICT DO UPDATE SET "n" = "n" + excluded."n"`;
}

/**
 * One INSERT … SELECT that adds `sign` × the co-speaker counts of the articles `where` (a condition on
 * `s`, Statement) selects: every pair of speakers quoted in one article, each speaker with itself
 * included, counts that article once.
 */
export function coSpeakerDeltaSql(where: string, sign: 1 | -1): string {
  return `WITH quoted AS MATERIALIZED (
  SELECT DISTINCT s."articleId", s."speakerId" FROM "Statement" s WHERE ${where} AND s."speakerId" IS NOT NULL
)
INSERT INTO "CoSpeakerCount" ("speakerId", "otherId", "articles")
SELECT a."speakerId", b."speakerId", ${sign === 1 ? "count(*)" : "-count(*)"}
FROM quoted a JOIN quoted b ON b."articleId" = a."articleId"
WHERE true GROUP BY a."speakerId", b."speakerId"
ON CONFLICT DO UPDATE SET "articles" = "articles" + excluded."articles"`;
}

/** The Statement columns StatementTopic carries copies of (besides statementSeq, Statement.seq). */
const COPIED = ["speakerId", "outletId", "kind", "publishedYear", "dateSort"];

/**
 * One INSERT of StatementTopic rows, given as one JSON parameter of [statementId, topicId] pairs, with
 * their copies taken from the statements (written just before, in the same transaction). Inserting a
 * row whole costs one entry in each index; inserting it bare and copying after moves every entry
 * once more (measured at 100k articles: the copy UPDATE was 7% of the writer's SQLite time).
 */
export function statementTopicInsertSql(): string {
  return `INSERT INTO "StatementTopic" ("statementId", "topicId", "statementSeq", ${COPIED.map((c) => `"${c}"`).join(", ")})
SELECT s."id", j.value ->> 1, s.seq, ${COPIED.map((c) => `s."${c}"`).join(", ")}
FROM json_each(?) AS j CROSS JOIN "Statement" s ON s."id" = j.value ->> 0`;
}

/** One UPDATE that copies the selected statements' columns onto their StatementTopic rows. */
export function statementTopicCopySql(where: string): string {
  const columns = COPIED;
  return `UPDATE "StatementTopic" AS st SET "statementSeq" = s.seq, ${columns.map((c) => `"${c}" = s."${c}"`).join(", ")}
FROM "Statement" s
WHERE ${where} AND st."statementId" = s."id"
  AND (st."statementSeq" IS NOT s.seq OR ${columns.map((c) => `st."${c}" IS NOT s."${c}"`).join(" OR ")})`;
}

/**
 * Keeps the precomputed facet and co-speaker counts in step with Statement/StatementTopic, inside the
 * ingest transaction that changes them. Called with -1 just before the selected statements are
 * deleted or changed, and with +1 once they are written (with their StatementTopic rows) in their new
 * form. Both calls must select the same articles: the co-speaker counts of those articles are taken
 * away whole and added back whole.
 */
export async function adjustRollups({ tx }: Writer, selector: StatementSelector, sign: 1 | -1, options: { copied?: boolean } = {}): Promise<void> {
  if (("articleIds" in selector ? selector.articleIds : selector.extractedSpeakerIds).length === 0) return;
  const { sql: where, param } = selectorCondition(selector);
  // The copies first: they are part of the statements' new form, and a -1 needs none (the rows go,
  // or +1 follows). Rows inserted by statementTopicInsertSql have theirs already (`copied`).
  if (sign === 1 && !options.copied) await tx.$executeRawUnsafe(statementTopicCopySql(where), param);
  await tx.$executeRawUnsafe(rollupDeltaSql(where, sign), param);
  const articles = articlesCondition(selector);
  await tx.$executeRawUnsafe(coSpeakerDeltaSql(articles.sql, sign), articles.param);
}

/** Every statement of the rollups recomputed from the base tables: the migration's backfill, and a repair. */
export function rebuildRollupsSql(): string[] {
  return [`DELETE FROM "FacetCount"`, statementTopicCopySql("true"), rollupDeltaSql("true", 1), `DELETE FROM "CoSpeakerCount"`, coSpeakerDeltaSql("true", 1)];
}

/** Recomputes FacetCount, CoSpeakerCount and the StatementTopic copies from Statement and StatementTopic, in one transaction. */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.$transaction(rebuildRollupsSql().map((sql) => db.$executeRawUnsafe(sql)));
}
