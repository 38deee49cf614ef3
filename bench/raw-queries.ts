import type { SqliteDatabase } from "@/lib/db/sqlite/raw";
import { KIND_CODES, isStatementKind } from "@/lib/domain/kinds";
import { DIM, UNKNOWN_YEAR } from "@/lib/db/rollups";
import type { StatementPage } from "@/lib/db/statements";
import type { StatementFilters } from "@/lib/domain/filters";

// The floor the benchmark compares the query layer with: the same list+facets answer written by hand
// as plain SQL on raw better-sqlite3. It runs what the app runs, statement for statement: the slugs of
// filters with several of them looked up first (if any), then one statement that answers the page's
// rows (as JSON, topics and snippets inline), the total and the five facets, each facet read from
// FacetCount when its other filters are one dimension and counted otherwise. Its EXPLAIN QUERY PLAN is
// therefore the app's plan, and the ratio between the two is what Prisma and the layer around it cost.
// It is written separately from lib/db/statements so that the bench's equality check compares two
// implementations.

export interface ListAnswer {
  ids: string[];
  total: number;
  facets: Record<string, [string, number][]>;
  /** Topic slugs of each listed statement, in the app's order. */
  topics: string[][];
}

type Part = { sql: string; params: unknown[] };
type Facet = "speaker" | "topic" | "outlet" | "kind" | "year";
type Except = "speaker" | "topic" | "outlet" | "kind" | "date" | null;

/** A full-text query of quoted terms, as the app builds it. */
export function ftsTerms(text: string): string | null {
  const terms = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length === 0 ? null : terms.slice(0, 16).map((t) => `"${t}"`).join(" ");
}

const TABLES = { speaker: "Speaker", topic: "Topic", outlet: "Outlet" } as const;
type Slugged = keyof typeof TABLES;

/** The statement that looks up the slugs of filters with more than one, or null when there are none. */
function idsSql(filters: StatementFilters): Part | null {
  const dims = (Object.keys(TABLES) as Slugged[]).filter((dim) => filters[dim].length > 1);
  if (!dims.length) return null;
  return {
    sql: dims.map((dim) => `SELECT '${dim}' AS dim, id FROM ${TABLES[dim]} WHERE slug IN (${filters[dim].map(() => "?").join(", ")})`).join(" UNION ALL "),
    params: dims.flatMap((dim) => filters[dim]),
  };
}

/** Each filter's ids as SQL: a scalar subquery for a single slug, the looked-up ids for several. */
function resolveIds(db: SqliteDatabase, filters: StatementFilters): Record<Slugged, Part[]> {
  const part = idsSql(filters);
  const rows = part ? (db.prepare(part.sql).all(...part.params) as { dim: Slugged; id: number }[]) : [];
  const of = (dim: Slugged): Part[] =>
    filters[dim].length === 1
      ? [{ sql: `(SELECT id FROM ${TABLES[dim]} WHERE slug = ?)`, params: [filters[dim][0]] }]
      : rows.filter((r) => r.dim === dim).map((r) => ({ sql: "?", params: [r.id] }));
  return { speaker: of("speaker"), topic: of("topic"), outlet: of("outlet") };
}

/** `column IN (values)`, `column = value` for one (as a list subquery it would lose index order), or false. */
function among(column: string, values: Part[]): Part {
  if (values.length === 0) return { sql: "0", params: [] };
  if (values.length === 1) return { sql: `${column} = ${values[0]!.sql}`, params: values[0]!.params };
  return { sql: `${column} IN (${values.map((v) => v.sql).join(", ")})`, params: values.flatMap((v) => v.params) };
}

const plain = (values: unknown[]): Part[] => values.map((v) => ({ sql: "?", params: [v] }));
const joinParts = (parts: Part[], glue: string): Part => ({ sql: parts.map((p) => p.sql).filter(Boolean).join(glue), params: parts.flatMap((p) => p.params) });
const whereOf = (parts: Part[]): Part => {
  const live = parts.filter((p) => p.sql);
  return live.length ? { sql: `WHERE ${live.map((p) => p.sql).join(" AND ")}`, params: live.flatMap((p) => p.params) } : { sql: "", params: [] };
};

/** The query's filters, decided once: ids, whole years or days, full text. */
class Query {
  readonly match: string | null;
  readonly nothing: boolean;
  readonly years: { lo: number | null; hi: number | null } | null;
  readonly days: boolean;

  constructor(
    readonly f: StatementFilters,
    readonly ids: Record<Slugged, Part[]>,
  ) {
    this.match = f.q ? ftsTerms(f.q) : null;
    this.nothing = Boolean(f.q) && this.match === null;
    const dated = f.from !== null || f.to !== null;
    const whole = dated && (f.from === null || f.from % 10_000 === 101) && (f.to === null || f.to % 10_000 === 1231);
    this.years = whole ? { lo: f.from === null ? null : Math.floor(f.from / 10_000), hi: f.to === null ? null : Math.floor(f.to / 10_000) } : null;
    this.days = dated && !whole;
  }

  /** The one topic that drives the query from StatementTopic's copies, if any. */
  topicDriver(except: Except): Part | null {
    return !this.match && this.f.topic.length && except !== "topic" && this.ids.topic.length === 1 ? this.ids.topic[0]! : null;
  }

  /**
   * Conditions on alias `a` for every filter but `except` (and not full text). `years` is how a
   * range of whole years is written there; `st` sources take dateFrom/dateTo from a joined `s`.
   */
  where(a: string, except: Except, opts: { years: "dateSort" | "publishedYear"; rowid: string; topicBySource?: boolean; days?: string }): Part[] {
    const f = this.f;
    const parts: Part[] = [];
    if (this.nothing) parts.push({ sql: "0", params: [] });
    if (f.speaker.length && except !== "speaker") parts.push(among(`${a}.speakerId`, this.ids.speaker));
    if (f.topic.length && except !== "topic" && !opts.topicBySource) {
      const topics = among("sq.topicId", this.ids.topic);
      parts.push(
        this.ids.topic.length
          ? { sql: `${a}.${opts.rowid} IN (SELECT sq.statementSeq FROM StatementTopic sq WHERE ${topics.sql})`, params: topics.params }
          : { sql: "0", params: [] },
      );
    }
    if (f.outlet.length && except !== "outlet") parts.push(among(`${a}.outletId`, this.ids.outlet));
    if (f.kind.length && except !== "kind") parts.push(among(`${a}.kind`, plain(f.kind)));
    if (except !== "date" && this.years) {
      const { lo, hi } = this.years;
      if (opts.years === "dateSort") {
        if (lo !== null) parts.push({ sql: `${a}.dateSort >= ?`, params: [lo * 10_000] });
        if (hi !== null) parts.push({ sql: `${a}.dateSort <= ?`, params: [hi * 10_000 + 1231] });
      } else if (lo !== null && lo === hi) {
        parts.push({ sql: `${a}.publishedYear = ?`, params: [lo] });
      } else {
        if (lo !== null) parts.push({ sql: `${a}.publishedYear >= ?`, params: [lo] });
        if (hi !== null) parts.push({ sql: `${a}.publishedYear <= ?`, params: [hi] });
      }
    }
    if (except !== "date" && this.days) {
      const d = opts.days ?? a;
      if (f.from !== null) parts.push({ sql: `${d}.dateFrom >= ? AND ${a}.dateSort >= ?`, params: [f.from, f.from - 101] });
      if (f.to !== null) parts.push({ sql: `${d}.dateTo <= ? AND ${a}.dateSort <= ?`, params: [f.to, f.to] });
    }
    if (f.yearUnknown) parts.push({ sql: `${a}.dateSort IS NULL`, params: [] });
    return parts;
  }
}

const CARD_JSON = `json_array(s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort, sp.slug, sp.name,
  a.slug, a.title, a.sourceUrl, o.name, a.publishedYear, a.publishedMonth, a.publishedDay,
  json((SELECT json_group_array(json_array(t.slug, t.label) ORDER BY t.kind <> 'curated', t.slug)
    FROM StatementTopic ct JOIN Topic t ON t.id = ct.topicId WHERE ct.statementId = s.id)), SNIPPET)`;
const JOINS = `JOIN Article a ON a.id = s.articleId LEFT JOIN Speaker sp ON sp.id = s.speakerId LEFT JOIN Outlet o ON o.id = s.outletId`;

/** The first page (no cursor) in the app's default order: newest first, searching or not. */
function rowsPart(q: Query, limit: number): { ctes: Part[]; json: Part } {
  const take = limit + 1;
  let page: Part;
  const topic = q.match ? null : q.topicDriver(null);
  if (topic) {
    const w = whereOf([{ sql: `st.topicId = ${topic.sql}`, params: topic.params }, ...q.where("st", null, { years: "dateSort", rowid: "statementSeq", topicBySource: true, days: "s" })]);
    page = {
      sql: `page AS MATERIALIZED (SELECT s.seq AS rid FROM StatementTopic st CROSS JOIN Statement s ON s.seq = st.statementSeq ${w.sql}
        ORDER BY st.dateSort DESC, s.articleId, s.position LIMIT ${take})`,
      params: w.params,
    };
  } else {
    const matches = q.match ? [{ sql: "s.seq IN (SELECT rid FROM f)", params: [] }] : [];
    const w = whereOf([...q.where("s", null, { years: "dateSort", rowid: "seq" }), ...matches]);
    page = { sql: `page AS MATERIALIZED (SELECT s.seq AS rid FROM Statement s ${w.sql} ORDER BY s.dateSort DESC, s.articleId, s.position LIMIT ${take})`, params: w.params };
  }
  const order = "s.dateSort DESC, s.articleId, s.position";
  const snippet = q.match
    ? { sql: `(SELECT snippet(statement_fts, 0, char(1), char(2), '…', 24) FROM statement_fts WHERE statement_fts MATCH ? AND rowid = page.rid)`, params: [q.match] }
    : { sql: "NULL", params: [] };
  return {
    ctes: [page],
    json: {
      sql: `(SELECT json_group_array(${CARD_JSON.replace("SNIPPET", snippet.sql)} ORDER BY ${order}) FROM page CROSS JOIN Statement s ON s.seq = page.rid ${JOINS})`,
      params: snippet.params,
    },
  };
}

/** FROM … WHERE … of the statements passing every filter but `except`, and the alias to group on. */
function countFrom(q: Query, except: Except): Part & { a: string } {
  if (q.match) {
    const w = whereOf(q.where("m", except, { years: "publishedYear", rowid: "rid" }));
    return { sql: `FROM m ${w.sql}`, params: w.params, a: "m" };
  }
  const topic = q.topicDriver(except);
  if (topic) {
    const join = q.days && except !== "date" ? "CROSS JOIN Statement s ON s.seq = st.statementSeq" : "";
    const w = whereOf([{ sql: `st.topicId = ${topic.sql}`, params: topic.params }, ...q.where("st", except, { years: "publishedYear", rowid: "statementSeq", topicBySource: true, days: "s" })]);
    return { sql: `FROM StatementTopic st ${join} ${w.sql}`, params: w.params, a: "st" };
  }
  const w = whereOf(q.where("s", except, { years: "dateSort", rowid: "seq" }));
  return { sql: `FROM Statement s ${w.sql}`, params: w.params, a: "s" };
}

/** A filter as FacetCount holds it: its dimension code and the values (or a years range). */
interface Held {
  dim: number;
  values: Part[] | { lo: number; hi: number | null };
}

/** Every filter but `except` as FacetCount holds it, or null when one is not held there. */
function held(q: Query, except: Except): Held[] | null {
  const f = q.f;
  if (q.match || q.nothing || q.days) return null;
  const out: Held[] = [];
  if (f.speaker.length && except !== "speaker") out.push({ dim: DIM.speaker, values: q.ids.speaker });
  if (f.topic.length && except !== "topic") {
    if (q.ids.topic.length > 1) return null;
    out.push({ dim: DIM.topic, values: q.ids.topic });
  }
  if (f.outlet.length && except !== "outlet") out.push({ dim: DIM.outlet, values: q.ids.outlet });
  if (f.kind.length && except !== "kind") out.push({ dim: DIM.kind, values: plain([...new Set(f.kind.filter(isStatementKind).map((k) => KIND_CODES[k]))]) });
  const years = except !== "date" ? q.years : null;
  if (years && f.yearUnknown) return null;
  if (years) out.push({ dim: DIM.year, values: { lo: Math.max(years.lo ?? 1, 1), hi: years.hi } });
  if (f.yearUnknown) out.push({ dim: DIM.year, values: plain([UNKNOWN_YEAR]) });
  return out;
}

/** `column` among the held values. */
function heldIn(column: string, h: Held): Part {
  if (Array.isArray(h.values)) return among(column, h.values);
  return { sql: `${column} >= ?${h.values.hi === null ? "" : ` AND ${column} <= ?`}`, params: h.values.hi === null ? [h.values.lo] : [h.values.lo, h.values.hi] };
}

function single(h: Held): Part | null {
  if (Array.isArray(h.values)) return h.values.length === 1 ? h.values[0]! : null;
  return h.values.lo === h.values.hi ? { sql: "?", params: [h.values.lo] } : null;
}

/** (v, n) of one facet from FacetCount, when its other filters are at most one held dimension. */
function heldCounts(q: Query, facet: Facet, value: (column: string) => string): Part | null {
  const filters = held(q, facet === "year" ? "date" : facet);
  if (!filters) return null;
  const own = filters.filter((h) => h.dim === DIM[facet]);
  const others = filters.filter((h) => h.dim !== DIM[facet]);
  if (others.length > 1) return null;
  const by = others[0];
  const key = joinParts([{ sql: `fc.filterDim = ${by ? by.dim : DIM.none} AND fc.facetDim = ${DIM[facet]}`, params: [] }, ...own.map((h) => heldIn("fc.facetValue", h))], " AND ");
  const one = by ? single(by) : { sql: "0", params: [] };
  if (one) {
    return { sql: `(SELECT ${value("fc.facetValue")} AS v, fc.n AS n FROM FacetCount fc WHERE ${key.sql} AND fc.filterValue = ${one.sql})`, params: [...key.params, ...one.params] };
  }
  const values = heldIn("fc.filterValue", by!);
  return {
    sql: `(SELECT ${value("fc.facetValue")} AS v, sum(fc.n) AS n FROM FacetCount fc WHERE ${key.sql} AND ${values.sql} GROUP BY fc.facetValue)`,
    params: [...key.params, ...values.params],
  };
}

/** (v, n) of one facet counted over the statements. */
function countedFacet(q: Query, facet: Facet): Part {
  if (facet === "topic") {
    const [from, w] = q.match
      ? ["FROM m CROSS JOIN StatementTopic st ON st.statementSeq = m.rid", whereOf(q.where("m", "topic", { years: "publishedYear", rowid: "rid" }))]
      : [`FROM StatementTopic st${q.days ? " CROSS JOIN Statement s ON s.seq = st.statementSeq" : ""}`, whereOf(q.where("st", "topic", { years: "publishedYear", rowid: "statementSeq", days: "s" }))];
    return { sql: `(SELECT st.topicId AS v, count(*) AS n ${from} ${w.sql} GROUP BY st.topicId)`, params: w.params };
  }
  const from = countFrom(q, facet === "year" ? "date" : facet);
  const column = `${from.a}.${COLUMN[facet]}`;
  return { sql: `(SELECT ${column} AS v, count(*) AS n ${from.sql} GROUP BY ${column})`, params: from.params };
}

const COLUMN = { speaker: "speakerId", outlet: "outletId", kind: "kind", year: "publishedYear" } as const;

function totalFromRollup(q: Query): Part | null {
  const filters = held(q, null);
  if (!filters || filters.length > 2 || new Set(filters.map((h) => h.dim)).size < filters.length) return null;
  const [a, b] = filters;
  if (!a) return { sql: `(SELECT coalesce(sum(n), 0) FROM FacetCount WHERE filterDim = 0 AND filterValue = 0 AND facetDim = ${DIM.kind})`, params: [] };
  if (!b) {
    const v = heldIn("facetValue", a);
    return { sql: `(SELECT coalesce(sum(n), 0) FROM FacetCount WHERE filterDim = 0 AND filterValue = 0 AND facetDim = ${a.dim} AND ${v.sql})`, params: v.params };
  }
  const va = heldIn("filterValue", a);
  const vb = heldIn("facetValue", b);
  return { sql: `(SELECT coalesce(sum(n), 0) FROM FacetCount WHERE filterDim = ${a.dim} AND ${va.sql} AND facetDim = ${b.dim} AND ${vb.sql})`, params: [...va.params, ...vb.params] };
}

/** The total and the five facets; the counted facets on unfiltered dimensions share a cube. */
function countsPart(q: Query, withFacets: boolean): { ctes: Part[]; arms: Part[] } {
  const f = q.f;
  const kinds = Object.entries(KIND_CODES).map(([kind, code]) => `WHEN ${code} THEN '${kind}'`).join(" ");
  const valueOf: Record<Facet, (c: string) => string> = { speaker: (c) => c, topic: (c) => c, outlet: (c) => c, kind: (c) => `CASE ${c} ${kinds} END`, year: (c) => `nullif(${c}, ${UNKNOWN_YEAR})` };
  const fromRollup = new Map((["speaker", "topic", "outlet", "kind", "year"] as const).map((facet) => [facet, heldCounts(q, facet, valueOf[facet])]));
  const filtered = { speaker: f.speaker.length > 0, outlet: f.outlet.length > 0, kind: f.kind.length > 0, year: f.from !== null || f.to !== null };
  const cubed = withFacets ? (["speaker", "outlet", "kind", "year"] as const).filter((facet) => !filtered[facet] && !fromRollup.get(facet)) : [];
  const matchesOnly = q.match !== null && q.where("m", null, { years: "publishedYear", rowid: "rid" }).length === 0;
  let total = totalFromRollup(q) ?? (matchesOnly && !withFacets ? { sql: "(SELECT count(*) FROM f)", params: [] } : null);
  const ctes: Part[] = q.match && (withFacets || !matchesOnly)
    ? [{ sql: `m AS MATERIALIZED (SELECT s.seq AS rid, s.speakerId, s.outletId, s.kind, s.publishedYear, s.dateSort, s.dateFrom, s.dateTo FROM f CROSS JOIN Statement s ON s.seq = f.rid)`, params: [] }]
    : [];
  const cube = new Set<Facet>();
  if (cubed.length + (total ? 0 : 1) >= 2) {
    const from = countFrom(q, null);
    ctes.push({
      sql: `cube AS MATERIALIZED (SELECT ${cubed.map((c) => `${from.a}.${COLUMN[c]} AS ${c}`).join(", ")}, count(*) AS n ${from.sql}
        GROUP BY ${cubed.map((_, i) => i + 1).join(", ")})`,
      params: from.params,
    });
    for (const c of cubed) cube.add(c);
    total ??= { sql: "(SELECT coalesce(sum(n), 0) FROM cube)", params: [] };
  }
  if (!total) {
    const from = countFrom(q, null);
    total = { sql: `(SELECT count(*) ${from.sql})`, params: from.params };
  }
  const counts = (facet: Facet): Part =>
    cube.has(facet) ? { sql: `(SELECT ${facet} AS v, sum(n) AS n FROM cube GROUP BY ${facet})`, params: [] } : (fromRollup.get(facet) ?? countedFacet(q, facet));
  const arms: Part[] = [{ sql: `SELECT 'total' AS facet, NULL AS value, NULL AS label, ${total.sql} AS n, 0 AS k1, NULL AS k2`, params: total.params }];
  if (!withFacets) return { ctes, arms };
  for (const [facet, table, label] of [["speaker", "Speaker", "name"], ["topic", "Topic", "label"], ["outlet", "Outlet", "name"]] as const) {
    const x = counts(facet);
    arms.push({
      sql: `SELECT * FROM (SELECT '${facet}', d.slug, d.${label} AS label, x.n, -x.n, d.${label} FROM ${x.sql} x JOIN ${table} d ON d.id = x.v ORDER BY x.n DESC, label LIMIT 15)`,
      params: x.params,
    });
  }
  const kind = counts("kind");
  arms.push({ sql: `SELECT 'kind', x.v, x.v, x.n, -x.n, x.v FROM ${kind.sql} x`, params: kind.params });
  const year = counts("year");
  arms.push({ sql: `SELECT 'year', x.v, NULL, x.n, x.v IS NULL, -x.v FROM ${year.sql} x`, params: year.params });
  return { ctes, arms };
}

/** Every statement one list+facets answer runs, with its parameters: for timing and EXPLAIN. */
export function listStatementsSql(db: SqliteDatabase, filters: StatementFilters, limit = 50): Record<string, Part> {
  const ids = idsSql(filters);
  return { ...(ids ? { ids } : {}), answer: answerSql(new Query(filters, resolveIds(db, filters)), limit) };
}

/** The one statement of the answer, one row: the page as JSON, the total and the facets as JSON. */
function answerSql(q: Query, limit: number, withFacets = true): Part {
  const rows = rowsPart(q, limit);
  const counts = countsPart(q, withFacets);
  const ctes: Part[] = [...(q.match ? [{ sql: "f AS MATERIALIZED (SELECT rowid AS rid FROM statement_fts WHERE statement_fts MATCH ?)", params: [q.match] }] : []), ...rows.ctes, ...counts.ctes];
  return {
    sql: `WITH ${ctes.map((c) => c.sql).join(", ")}
      SELECT ${rows.json.sql} AS rows,
        (SELECT json_group_array(json_array(facet, value, label, n) ORDER BY facet, k1, k2) FROM (${counts.arms.map((a) => a.sql).join("\nUNION ALL ")})) AS counts`,
    params: [...ctes.flatMap((c) => c.params), ...rows.json.params, ...counts.arms.flatMap((a) => a.params)],
  };
}

/** The list+facets answer on raw better-sqlite3; `timings` (ms per statement) when asked for. */
export function rawListStatements(
  db: SqliteDatabase,
  filters: StatementFilters,
  limit = 50,
  timings?: Record<string, number>,
): ListAnswer {
  const run = <T>(name: string, fn: () => T): T => {
    const started = performance.now();
    const result = fn();
    if (timings) timings[name] = performance.now() - started;
    return result;
  };
  const ids = run("ids", () => resolveIds(db, filters));
  const part = answerSql(new Query(filters, ids), limit);
  const result = run("answer", () => db.prepare(part.sql).get(...part.params)) as { rows: string; counts: string };
  const facets: ListAnswer["facets"] = { speaker: [], topic: [], outlet: [], kind: [], year: [] };
  let total = 0;
  const rows = JSON.parse(result.rows) as unknown[][];
  for (const [facet, value, , n] of JSON.parse(result.counts) as [string, string | number | null, string | null, number][]) {
    if (facet === "total") total = n;
    else facets[facet]!.push([value === null ? "unknown" : String(value), n]);
  }
  const page = rows.slice(0, limit);
  return {
    ids: page.map((r) => r[0] as string),
    total,
    facets,
    topics: page.map((r) => ((r[17] as [string, string][] | null) ?? []).map(([slug]) => slug)),
  };
}

/** The app's answer in the same shape (facet values a reader selected but that count nothing left out). */
export function appAnswer(page: StatementPage): ListAnswer {
  const facets: ListAnswer["facets"] = {};
  for (const [name, values] of Object.entries(page.facets)) {
    facets[name] = values.filter((v) => v.count > 0).map((v) => [v.value, v.count]);
  }
  return { ids: page.items.map((i) => i.id), total: page.total, facets, topics: page.items.map((i) => i.topics) };
}

/** The first difference between two answers, or null when they are the same. */
export function answerDifference(app: ListAnswer, raw: ListAnswer): string | null {
  if (app.total !== raw.total) return `total ${app.total} ≠ ${raw.total}`;
  if (JSON.stringify(app.ids) !== JSON.stringify(raw.ids)) return "listed statements differ";
  if (JSON.stringify(app.topics) !== JSON.stringify(raw.topics)) return "topics of listed statements differ";
  for (const name of Object.keys(raw.facets)) {
    if (JSON.stringify(app.facets[name] ?? []) !== JSON.stringify(raw.facets[name])) return `facet ${name} differs`;
  }
  return null;
}

/** EXPLAIN QUERY PLAN of each statement, one indented line per plan step. */
export function explainListStatements(db: SqliteDatabase, filters: StatementFilters): Record<string, string[]> {
  const plans: Record<string, string[]> = {};
  for (const [name, part] of Object.entries(listStatementsSql(db, filters))) {
    const steps = db.prepare(`EXPLAIN QUERY PLAN ${part.sql}`).all(...part.params) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, -1]]);
    plans[name] = steps.map((s) => {
      const d = (depth.get(s.parent) ?? -1) + 1;
      depth.set(s.id, d);
      return `${"  ".repeat(d)}${s.detail}`;
    });
  }
  return plans;
}
