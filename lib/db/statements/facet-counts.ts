import { Prisma } from "@/lib/db/sql";
import type { Sql } from "@/lib/db/engine";
import { DIM, kindOfCode, UNKNOWN_YEAR, type RollupDimension } from "@/lib/db/rollup-codes";
import {
  conditions,
  countSource,
  inList,
  M,
  matchesCte,
  topicLinksSource,
  type Columns,
  type Dimension,
  type ResolvedFilters,
} from "@/lib/db/statements/filters";
import { KIND_CODES, isStatementKind } from "@/lib/domain/kinds";
import { FACETS, type FacetName } from "@/lib/domain/filters";

// The total and the facets of a statement list, as SQL: read from the rollups (FacetCount) where
// they hold the answer, counted over the statements otherwise.

// Enough for a reader to find a value by name among them (app/components/facets.tsx shows the first
// few and the rest under "Show more"); the SQL reads every count either way, only the page grows.
export const FACET_LIMIT = 40;

export type CountRow = { facet: FacetName | "total"; value: string | null; label: string | null; n: number };

/** A filter as FacetCount holds it: its dimension and a condition on a value column. */
interface RollupFilter {
  dim: RollupDimension;
  values: (column: Sql) => Sql;
  /** The value when there is just one (an index then reads that facet in count order). */
  single: Sql | number | null;
}

const rollupList = (dim: RollupDimension, values: (Sql | number)[]): RollupFilter => ({
  dim,
  values: (column) => inList(column, values),
  single: values.length === 1 ? values[0]! : null,
});

/**
 * Every filter but `except` as FacetCount can count it, or null when one cannot be: full text, a
 * date range that is not whole years, more than one topic (a statement with two of them would count
 * twice), two conditions on the year. Speakers, outlets and kinds take any number of values, since a
 * statement has one of each. A kind FacetCount does not know matches nothing, as in the statements:
 * adjustRollups refuses to store one.
 */
function rollupFilters(r: ResolvedFilters, except: Dimension | null): RollupFilter[] | null {
  if (r.match || r.matchesNothing || r.days || r.minConfidence !== null) return null;
  const out: RollupFilter[] = [];
  if (r.speaker && except !== "speaker") {
    // FacetCount holds no row for statements without a speaker.
    if (r.speakerNone) return null;
    out.push(rollupList("speaker", r.speaker));
  }
  if (r.topic && except !== "topic") {
    if (r.topic.length > 1) return null;
    out.push(rollupList("topic", r.topic));
  }
  if (r.outlet && except !== "outlet") out.push(rollupList("outlet", r.outlet));
  if (r.kind && except !== "kind") out.push(rollupList("kind", [...new Set(r.kind.flatMap((k) => (isStatementKind(k) ? [KIND_CODES[k]] : [])))]));
  const years = except !== "date" ? r.years : null;
  if (years && r.yearUnknown) return null;
  if (years) {
    const { lo, hi } = years;
    out.push({
      dim: "year",
      // Known years only: UNKNOWN_YEAR (0) lies below every year ingest accepts (1000–2999).
      values: (column) => Prisma.sql`${column} >= ${Math.max(lo ?? 1, 1)}${hi === null ? Prisma.empty : Prisma.sql` AND ${column} <= ${hi}`}`,
      single: lo !== null && lo === hi ? lo : null,
    });
  }
  if (r.yearUnknown) out.push(rollupList("year", [UNKNOWN_YEAR]));
  return out;
}

/** The facet's counts as (v, n) from FacetCount: `v` the value, under at most one other filter. */
function rollupCounts(filters: RollupFilter[], facet: FacetName, valueOf: (column: Sql) => Sql): Sql | null {
  // A filter on the facet's own dimension (the unknown-year page's year facet) keeps just its values.
  const own = filters.filter((f) => f.dim === facet);
  const others = filters.filter((f) => f.dim !== facet);
  if (others.length > 1) return null;
  const by = others[0];
  const value = Prisma.sql`fc."facetValue"`;
  const key = Prisma.join(
    [Prisma.sql`fc."filterDim" = ${by ? DIM[by.dim] : DIM.none}`, Prisma.sql`fc."facetDim" = ${DIM[facet]}`, ...own.map((f) => f.values(value))],
    " AND ",
  );
  if (!by || by.single !== null) {
    // Flattened into the outer query, so SQLite walks (filterDim, filterValue, facetDim, n) in count order.
    return Prisma.sql`(SELECT ${valueOf(value)} AS v, fc."n" AS n FROM "FacetCount" fc
      WHERE ${key} AND fc."filterValue" = ${by?.single ?? 0})`;
  }
  return Prisma.sql`(SELECT ${valueOf(value)} AS v, sum(fc."n") AS n FROM "FacetCount" fc
    WHERE ${key} AND ${by.values(Prisma.sql`fc."filterValue"`)} GROUP BY fc."facetValue")`;
}

/** The number of statements that pass every filter, when FacetCount holds it (up to two filters). */
function totalFromRollup(r: ResolvedFilters): Sql | null {
  const filters = rollupFilters(r, null);
  if (!filters || filters.length > 2 || new Set(filters.map((f) => f.dim)).size < filters.length) return null;
  const [a, b] = filters;
  const filterValue = Prisma.sql`"filterValue"`;
  const facetValue = Prisma.sql`"facetValue"`;
  // Every statement has exactly one kind: their counts add up to all statements.
  if (!a) return Prisma.sql`(SELECT coalesce(sum("n"), 0) FROM "FacetCount" WHERE "filterDim" = ${DIM.none} AND "filterValue" = 0 AND "facetDim" = ${DIM.kind})`;
  if (!b) {
    return Prisma.sql`(SELECT coalesce(sum("n"), 0) FROM "FacetCount"
      WHERE "filterDim" = ${DIM.none} AND "filterValue" = 0 AND "facetDim" = ${DIM[a.dim]} AND ${a.values(facetValue)})`;
  }
  return Prisma.sql`(SELECT coalesce(sum("n"), 0) FROM "FacetCount"
    WHERE "filterDim" = ${DIM[a.dim]} AND ${a.values(filterValue)} AND "facetDim" = ${DIM[b.dim]} AND ${b.values(facetValue)})`;
}

const NAMED = {
  speaker: { table: "Speaker", label: "name" },
  topic: { table: "Topic", label: "label" },
  outlet: { table: "Outlet", label: "name" },
} as const;

/** Whether a filter is on the facet's own dimension (which its counts then leave out). */
function filteredOn(r: ResolvedFilters, facet: FacetName): boolean {
  return facet === "year" ? r.years !== null || r.days !== null : r[facet] !== null;
}

/** The column a facet groups by, on a source. */
const facetColumn = (c: Columns, facet: Exclude<FacetName, "topic">) =>
  ({ speaker: c.speakerId, outlet: c.outletId, kind: c.kind, year: c.publishedYear })[facet];

/** The facet's (v, n) from FacetCount, when its other filters are one dimension FacetCount holds. */
function rollupFacetCounts(r: ResolvedFilters, facet: FacetName): Sql | null {
  const filters = rollupFilters(r, facet === "year" ? "date" : facet);
  const valueOf = (column: Sql) =>
    facet === "kind" ? kindOfCode(column) : facet === "year" ? Prisma.sql`nullif(${column}, ${UNKNOWN_YEAR})` : column;
  return filters && rollupCounts(filters, facet, valueOf);
}

/**
 * How many statements of the speaker facet's counts `x` have no speaker. FacetCount has no row for
 * them; a statement has at most one speaker, so they are the statements of the other filters less
 * those of every speaker. Counted sources (the cube, a scan) hold them as v NULL.
 */
function unidentifiedCount(r: ResolvedFilters, x: Sql, fromRollup: boolean): Sql {
  if (!fromRollup) return Prisma.sql`(SELECT coalesce(sum(y.n), 0) FROM ${x} y WHERE y.v IS NULL)`;
  // rollupFacetCounts succeeded, so the other filters are at most one dimension: the total is there too.
  const total = totalFromRollup({ ...r, speaker: null, speakerNone: false })!;
  return Prisma.sql`(${total} - (SELECT coalesce(sum(y.n), 0) FROM ${x} y))`;
}

/** The facet's (v, n) counted over the statements that pass every filter but its own. */
function exactCounts(r: ResolvedFilters, facet: FacetName): Sql {
  if (facet === "topic") return Prisma.sql`(SELECT st."topicId" AS v, count(*) AS n ${topicLinksSource(r)} GROUP BY st."topicId")`;
  const { from, c } = countSource(r, facet === "year" ? "date" : facet);
  const column = facetColumn(c, facet);
  return Prisma.sql`(SELECT ${column} AS v, count(*) AS n ${from} GROUP BY ${column})`;
}

/**
 * One facet's values from its counts (v, n), with the keys that put them in display order, an integer
 * k1 and a text k2: count descending then label (the top FACET_LIMIT of them for speakers, topics and
 * outlets), or years newest first with the unknown year last (years are positive).
 */
function facetArm(facet: FacetName, x: Sql, unidentified: Sql | null = null): Sql {
  if (facet === "kind") return Prisma.sql`SELECT 'kind' AS facet, x.v AS value, x.v AS label, x.n AS n, -x.n AS k1, x.v AS k2 FROM ${x} x`;
  if (facet === "year") {
    return Prisma.sql`SELECT 'year' AS facet, CAST(x.v AS TEXT) AS value, NULL AS label, x.n AS n, coalesce(-x.v, 1) AS k1, NULL AS k2 FROM ${x} x`;
  }
  const { table, label } = NAMED[facet];
  const labelColumn = Prisma.raw(`d."${label}"`);
  const top = Prisma.sql`SELECT * FROM (SELECT ${facet} AS facet, d."slug" AS value, ${labelColumn} AS label, x.n AS n, -x.n AS k1, ${labelColumn} AS k2
    FROM ${x} x JOIN ${Prisma.raw(`"${table}"`)} d ON d."id" = x.v ORDER BY x.n DESC, label LIMIT ${FACET_LIMIT}) AS top`;
  if (!unidentified) return top;
  // The statements whose speaker was not identified: value NULL (facetValues names it).
  return Prisma.sql`${top} UNION ALL SELECT ${facet} AS facet, NULL AS value, NULL AS label, u.n AS n, -u.n AS k1, '' AS k2
    FROM ${unidentified} AS u WHERE u.n > 0`;
}

/**
 * The total and the five facets in one statement (one round trip). Each facet counts under every
 * filter but its own, so that a reader can widen a choice (a OR b): from FacetCount when its other
 * filters are one dimension, else counted. The counted facets whose own dimension is not a filter
 * all count the same statements (those that pass every filter), so they share one scan: a cube
 * grouped by their columns, which each then sums (with the total, when it is counted too).
 */
export function countsPart(r: ResolvedFilters, facets: boolean): { ctes: Sql[]; arms: Sql[] } {
  const rollupTotal = totalFromRollup(r);
  const fromRollup = new Map(FACETS.map((facet) => [facet, facets ? rollupFacetCounts(r, facet) : null]));
  const cubed = facets
    ? FACETS.filter((f): f is Exclude<FacetName, "topic"> => f !== "topic" && !fromRollup.get(f) && !filteredOn(r, f))
    : [];
  // The matches alone are counted off `f`; with facets or other filters they need their columns (`m`).
  const matchesOnly = r.match !== null && conditions(r, M, null, "subquery").length === 0;
  const ctes = r.match && (facets || !matchesOnly) ? [matchesCte(r.dialect)] : [];
  let total = rollupTotal ?? (matchesOnly && !facets ? Prisma.sql`(SELECT count(*) FROM f)` : null);
  const counts = new Map<FacetName, Sql>();
  if (cubed.length + (total ? 0 : 1) >= 2) {
    const { from, c } = countSource(r, null);
    const columns = cubed.map((f) => Prisma.sql`${facetColumn(c, f)} AS ${Prisma.raw(f)}`);
    ctes.push(Prisma.sql`cube AS MATERIALIZED (SELECT ${Prisma.join(columns)}, count(*) AS n ${from} GROUP BY ${Prisma.raw(cubed.map((_, i) => i + 1).join(", "))})`);
    total ??= Prisma.sql`(SELECT coalesce(sum(n), 0) FROM cube)`;
    for (const f of cubed) counts.set(f, Prisma.sql`(SELECT ${Prisma.raw(f)} AS v, sum(n) AS n FROM cube GROUP BY ${Prisma.raw(f)})`);
  }
  total ??= Prisma.sql`(SELECT count(*) ${countSource(r, null).from})`;
  const arms = [Prisma.sql`SELECT 'total' AS facet, NULL AS value, NULL AS label, ${total} AS n, 0 AS k1, NULL AS k2`];
  for (const facet of facets ? FACETS : []) {
    const rollup = fromRollup.get(facet) ?? null;
    let x = rollup ?? counts.get(facet) ?? exactCounts(r, facet);
    if (facet === "speaker" && !rollup && !counts.has(facet)) {
      // A scan read twice by its arm (the named speakers, and those not identified): done once.
      ctes.push(Prisma.sql`speakers AS MATERIALIZED (SELECT * FROM ${x} AS x)`);
      x = Prisma.sql`speakers`;
    }
    if (facet === "speaker") {
      // Read three times by its arm, and PostgreSQL would otherwise sum every speaker's count each
      // time (docs/performance.md, "100,000 articles on both engines").
      ctes.push(Prisma.sql`unidentified AS MATERIALIZED (SELECT ${unidentifiedCount(r, x, rollup !== null)} AS n)`);
    }
    arms.push(facetArm(facet, x, facet === "speaker" ? Prisma.sql`unidentified` : null));
  }
  return { ctes, arms };
}
