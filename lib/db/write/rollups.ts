import { Prisma } from "@/lib/db/sql";
import { engineOf, type Db } from "@/lib/db/client";
import type { Dialect, Sql } from "@/lib/db/engine";
import { DIM, kindCode, UNKNOWN_YEAR, type RollupDimension } from "@/lib/db/rollup-codes";
import type { Writer } from "@/lib/db/write/writer";

// Precomputed facet counts (the FacetCount table), co-speaker counts (CoSpeakerCount) and the
// copies of statement columns that StatementTopic carries, kept exact inside the transaction that
// changes the statements. The query layer (lib/db/statements) reads a facet there whenever the
// facet's other filters are a single dimension, instead of counting every matching statement; the
// speaker page reads its topics and co-speakers there. See prisma/models.prisma, FacetCount and CoSpeakerCount.

/** Which statements a rollup adjustment is about. */
export type StatementSelector = { articleIds: number[] } | { extractedSpeakerIds: number[] };

/** The integers of a JSON array bound as one parameter, as a subquery: one parameter however many a batch has. */
const integersOf = (d: Dialect, values: number[]) =>
  Prisma.sql`(SELECT ${d.jsonItem("j", null, "integer")} FROM ${d.jsonRows(JSON.stringify(values), "j")})`;

/** The selected statements as a condition on `s` (Statement). */
function selectorCondition(d: Dialect, selector: StatementSelector): Sql {
  if ("articleIds" in selector) return Prisma.sql`s."articleId" IN ${integersOf(d, selector.articleIds)}`;
  return Prisma.sql`s."extractedSpeakerId" IN ${integersOf(d, selector.extractedSpeakerIds)}`;
}

/**
 * The articles holding the selected statements, as a condition on `s` (Statement): the co-speaker
 * counts are per article, so they are recounted over whole articles.
 */
function articlesCondition(d: Dialect, selector: StatementSelector): Sql {
  if ("articleIds" in selector) return selectorCondition(d, selector);
  return Prisma.sql`s."articleId" IN (SELECT "articleId" FROM "Statement" WHERE "extractedSpeakerId" IN ${integersOf(d, selector.extractedSpeakerIds)})`;
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
 * The arms of rollupDeltaSql's UNION: each pair of dimensions (and each one alone) summed from the
 * cubes; with `touching`, only the arms that dimension is part of.
 */
function rollupArms(sign: 1 | -1, touching?: RollupDimension): string[] {
  const sum = sign === 1 ? "sum(n)" : "-sum(n)";
  const notNull = (...columns: (typeof SINGLE)[number][]) => {
    const parts = columns.filter((c) => c.nullable).map((c) => `${c.column} IS NOT NULL`);
    return parts.length ? ` WHERE ${parts.join(" AND ")}` : "";
  };
  const arms: { dims: RollupDimension[]; sql: string }[] = [];
  for (const g of SINGLE) {
    arms.push({ dims: [g.dim], sql: `SELECT ${DIM.none}, 0, ${DIM[g.dim]}, ${g.column}, ${sum} FROM cube${notNull(g)} GROUP BY ${g.column}` });
  }
  arms.push({ dims: ["topic"], sql: `SELECT ${DIM.none}, 0, ${DIM.topic}, tp, ${sum} FROM topicCube GROUP BY tp` });
  for (const f of SINGLE) {
    for (const g of SINGLE) {
      if (f === g) continue;
      arms.push({
        dims: [f.dim, g.dim],
        sql: `SELECT ${DIM[f.dim]}, ${f.column}, ${DIM[g.dim]}, ${g.column}, ${sum} FROM cube${notNull(f, g)} GROUP BY ${f.column}, ${g.column}`,
      });
    }
  }
  for (const f of SINGLE) {
    arms.push({ dims: ["topic", f.dim], sql: `SELECT ${DIM.topic}, tp, ${DIM[f.dim]}, ${f.column}, ${sum} FROM topicCube${notNull(f)} GROUP BY tp, ${f.column}` });
    arms.push({ dims: [f.dim, "topic"], sql: `SELECT ${DIM[f.dim]}, ${f.column}, ${DIM.topic}, tp, ${sum} FROM topicCube${notNull(f)} GROUP BY ${f.column}, tp` });
  }
  return arms.filter((a) => !touching || a.dims.includes(touching)).map((a) => a.sql);
}

/**
 * One INSERT … SELECT that adds `sign` × the selected statements' counts to FacetCount. `where` is a
 * condition on `s` (Statement); TRUE counts the whole corpus (the migration's backfill).
 *
 * The selected statements are first grouped into a cube (speaker, outlet, kind, year) and a topic
 * cube (topic × the same), each pair of dimensions is then summed from the cube with its own small
 * GROUP BY: about half the time of one GROUP BY over every (pair, statement) row (docs/performance.md).
 */
function rollupDeltaSql(d: Dialect, where: Sql, sign: 1 | -1, touching?: RollupDimension): Sql {
  return Prisma.sql`WITH sel AS MATERIALIZED (
  SELECT s."id", s."speakerId" AS sp, s."outletId" AS ou, ${kindCode(Prisma.sql`s."kind"`)} AS ki, coalesce(s."publishedYear", ${Prisma.raw(String(UNKNOWN_YEAR))}) AS yr
  FROM "Statement" s WHERE ${where}
),
cube AS MATERIALIZED (SELECT sp, ou, ki, yr, count(*) AS n FROM sel GROUP BY sp, ou, ki, yr),
topicCube AS MATERIALIZED (
  SELECT st."topicId" AS tp, sel.sp, sel.ou, sel.ki, sel.yr, count(*) AS n
  FROM sel ${d.orderedJoin} "StatementTopic" st ON st."statementId" = sel."id"
  GROUP BY st."topicId", sel.sp, sel.ou, sel.ki, sel.yr
)
INSERT INTO "FacetCount" ("filterDim", "filterValue", "facetDim", "facetValue", "n")
SELECT * FROM (
  ${Prisma.raw(rollupArms(sign, touching).join("\n  UNION ALL "))}
) AS delta WHERE TRUE
ON CONFLICT ("filterDim", "filterValue", "facetDim", "facetValue") DO UPDATE SET "n" = "FacetCount"."n" + excluded."n"`;
}

/**
 * One INSERT … SELECT that adds `sign` × the co-speaker counts of the articles `where` (a condition on
 * `s`, Statement) selects: every pair of speakers quoted in one article, each speaker with itself
 * included, counts that article once.
 */
function coSpeakerDeltaSql(where: Sql, sign: 1 | -1): Sql {
  return Prisma.sql`WITH quoted AS MATERIALIZED (
  SELECT DISTINCT s."articleId", s."speakerId" FROM "Statement" s WHERE ${where} AND s."speakerId" IS NOT NULL
)
INSERT INTO "CoSpeakerCount" ("speakerId", "otherId", "articles")
SELECT a."speakerId", b."speakerId", ${Prisma.raw(sign === 1 ? "count(*)" : "-count(*)")}
FROM quoted a JOIN quoted b ON b."articleId" = a."articleId"
WHERE TRUE GROUP BY a."speakerId", b."speakerId"
ON CONFLICT ("speakerId", "otherId") DO UPDATE SET "articles" = "CoSpeakerCount"."articles" + excluded."articles"`;
}

/** The Statement columns StatementTopic carries copies of (besides statementSeq, Statement.seq). */
const COPIED = ["speakerId", "outletId", "kind", "publishedYear", "dateSort"];
const copiedOf = (alias: string) => Prisma.raw(COPIED.map((c) => `${alias}."${c}"`).join(", "));

/** Rows per INSERT of StatementTopic rows: one JSON parameter of a few hundred KB. */
const LINKS_PER_STATEMENT = 2_000;

/**
 * StatementTopic rows of statements just written (in the same transaction), with their copies taken
 * from the statements, [statementId, topicId] pairs bound as one JSON parameter per 2,000. Inserting a
 * row whole costs one entry in each index; inserting it bare and copying after moves every entry
 * once more (measured at 100k articles: the copy UPDATE was 7% of the writer's SQLite time).
 */
export async function insertStatementTopics({ tx, engine: { dialect: d } }: Writer, rows: { statementId: string; topicId: number }[]) {
  for (let i = 0; i < rows.length; i += LINKS_PER_STATEMENT) {
    const pairs = JSON.stringify(rows.slice(i, i + LINKS_PER_STATEMENT).map((r) => [r.statementId, r.topicId]));
    await tx.$executeRaw`INSERT INTO "StatementTopic" ("statementId", "topicId", "statementSeq", ${Prisma.raw(COPIED.map((c) => `"${c}"`).join(", "))})
      SELECT s."id", ${d.jsonItem("j", 1, "integer")}, s."seq", ${copiedOf("s")}
      FROM ${d.jsonRows(pairs, "j")} ${d.orderedJoin} "Statement" s ON s."id" = ${d.jsonItem("j", 0, "text")}`;
  }
}

/** One UPDATE that copies the selected statements' columns onto their StatementTopic rows. */
function statementTopicCopySql(where: Sql): Sql {
  const set = Prisma.raw(COPIED.map((c) => `"${c}" = s."${c}"`).join(", "));
  const changed = Prisma.raw(COPIED.map((c) => `st."${c}" IS DISTINCT FROM s."${c}"`).join(" OR "));
  return Prisma.sql`UPDATE "StatementTopic" AS st SET "statementSeq" = s."seq", ${set}
FROM "Statement" s
WHERE ${where} AND st."statementId" = s."id"
  AND (st."statementSeq" IS DISTINCT FROM s."seq" OR ${changed})`;
}

/**
 * Keeps the precomputed facet and co-speaker counts in step with Statement/StatementTopic, inside the
 * ingest transaction that changes them. Called with -1 just before the selected statements are
 * deleted or changed, and with +1 once they are written (with their StatementTopic rows) in their new
 * form. Both calls must select the same articles: the co-speaker counts of those articles are taken
 * away whole and added back whole.
 */
export async function adjustRollups(
  { tx, engine }: Writer,
  selector: StatementSelector,
  sign: 1 | -1,
  options: { copied?: boolean; speakerOnly?: boolean } = {},
): Promise<void> {
  if (("articleIds" in selector ? selector.articleIds : selector.extractedSpeakerIds).length === 0) return;
  const d = engine.dialect;
  const where = selectorCondition(d, selector);
  // The copies first: they are part of the statements' new form, and a -1 needs none (the rows go,
  // or +1 follows). Rows inserted by insertStatementTopics have theirs already (`copied`).
  if (sign === 1 && !options.copied) await tx.$executeRaw(statementTopicCopySql(where));
  // When only the statements' speaker changes between the -1 and the +1 (`speakerOnly`), the counts
  // of every other pair of dimensions are taken out and put back unchanged: only the speaker's are adjusted.
  await tx.$executeRaw(rollupDeltaSql(d, where, sign, options.speakerOnly ? "speaker" : undefined));
  await tx.$executeRaw(coSpeakerDeltaSql(articlesCondition(d, selector), sign));
}

/** Every statement of the rollups recomputed from the base tables: the migration's backfill, and a repair. */
function rebuildRollupsSql(d: Dialect): Sql[] {
  const all = Prisma.sql`TRUE`;
  return [
    Prisma.sql`DELETE FROM "FacetCount"`,
    statementTopicCopySql(all),
    rollupDeltaSql(d, all, 1),
    Prisma.sql`DELETE FROM "CoSpeakerCount"`,
    coSpeakerDeltaSql(all, 1),
  ];
}

/** Recomputes FacetCount, CoSpeakerCount and the StatementTopic copies from Statement and StatementTopic, in one transaction. */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.$transaction(rebuildRollupsSql(engineOf(db).dialect).map((sql) => db.$executeRaw(sql)));
}
