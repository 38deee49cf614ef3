import type Database from "better-sqlite3";
import type { StatementFilters, StatementPage } from "@/lib/db/statements";

// The floor the benchmark compares the query layer with: the same list+facets answer written by hand
// as plain SQL on raw better-sqlite3. The statements have the same shape as the app's (one for the
// rows, one for the total, one per facet, one for the page's topics), so their EXPLAIN QUERY PLAN is
// also the app's plan, and the ratio between the two is what Prisma and the layer around it cost.

export interface ListAnswer {
  ids: string[];
  total: number;
  facets: Record<string, [string, number][]>;
  /** Topic slugs of each listed statement, in the app's order. */
  topics: string[][];
}

type Part = { sql: string; params: unknown[] };
type Dimension = "speaker" | "topic" | "outlet" | "kind" | "date" | "q";

const marks = (values: unknown[]) => values.map(() => "?").join(", ");

/** A full-text query of quoted terms, as the app builds it. */
export function ftsTerms(text: string): string | null {
  const terms = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length === 0 ? null : terms.slice(0, 16).map((t) => `"${t}"`).join(" ");
}

function where(filters: StatementFilters, except?: Dimension): Part {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filters.speaker.length && except !== "speaker") {
    parts.push(`s.speakerId IN (SELECT id FROM Speaker WHERE slug IN (${marks(filters.speaker)}))`);
    params.push(...filters.speaker);
  }
  if (filters.topic.length && except !== "topic") {
    parts.push(`s.id IN (SELECT st.statementId FROM StatementTopic st JOIN Topic t ON t.id = st.topicId WHERE t.slug IN (${marks(filters.topic)}))`);
    params.push(...filters.topic);
  }
  if (filters.outlet.length && except !== "outlet") {
    parts.push(`s.outletId IN (SELECT id FROM Outlet WHERE slug IN (${marks(filters.outlet)}))`);
    params.push(...filters.outlet);
  }
  if (filters.kind.length && except !== "kind") {
    parts.push(`s.kind IN (${marks(filters.kind)})`);
    params.push(...filters.kind);
  }
  if (filters.from !== null && except !== "date") {
    parts.push("s.dateFrom >= ?");
    params.push(filters.from);
  }
  if (filters.to !== null && except !== "date") {
    parts.push("s.dateTo <= ?");
    params.push(filters.to);
  }
  const match = filters.q ? ftsTerms(filters.q) : null;
  if (filters.q && except !== "q") {
    if (match) {
      parts.push("s.rowid IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)");
      params.push(match);
    } else parts.push("0");
  }
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "WHERE 1", params };
}

/** Every statement one list+facets answer runs, with its parameters: for timing and EXPLAIN. */
export function listStatementsSql(filters: StatementFilters, limit = 50): Record<string, Part> {
  const match = filters.q ? ftsTerms(filters.q) : null;
  const all = where(filters);
  const rows: Part = match
    ? {
        sql: `SELECT s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort, sp.slug AS speakerSlug,
            sp.name AS speakerName, a.slug AS articleSlug, a.title AS articleTitle, a.sourceUrl, o.name AS outletName,
            a.publishedYear, a.publishedMonth, a.publishedDay, f.snip
          FROM Statement s JOIN Article a ON a.id = s.articleId LEFT JOIN Speaker sp ON sp.id = s.speakerId
            LEFT JOIN Outlet o ON o.id = s.outletId
          JOIN (SELECT rowid AS rid, bm25(statement_fts) AS rank,
                  snippet(statement_fts, 0, char(1), char(2), '…', 24) AS snip
                FROM statement_fts WHERE statement_fts MATCH ?) f ON f.rid = s.rowid
          ${all.sql} ORDER BY rank, s.articleId, s.position LIMIT ?`,
        params: [match, ...all.params, limit + 1],
      }
    : {
        sql: `SELECT s.id, s.text, s.kind, s.start, s."end", s.articleId, s.position, s.dateSort, sp.slug AS speakerSlug,
            sp.name AS speakerName, a.slug AS articleSlug, a.title AS articleTitle, a.sourceUrl, o.name AS outletName,
            a.publishedYear, a.publishedMonth, a.publishedDay
          FROM Statement s JOIN Article a ON a.id = s.articleId LEFT JOIN Speaker sp ON sp.id = s.speakerId
            LEFT JOIN Outlet o ON o.id = s.outletId
          ${all.sql} ORDER BY s.dateSort DESC, s.articleId, s.position LIMIT ?`,
        params: [...all.params, limit + 1],
      };
  const facet = (select: string, from: string, dim: Dimension, tail: string): Part => {
    const w = where(filters, dim);
    return { sql: `SELECT ${select} FROM ${from} ${w.sql} ${tail}`, params: w.params };
  };
  return {
    rows,
    total: { sql: `SELECT count(*) AS n FROM Statement s ${all.sql}`, params: all.params },
    speaker: facet(
      "sp.slug AS value, sp.name AS label, count(*) AS n",
      "Statement s JOIN Speaker sp ON sp.id = s.speakerId",
      "speaker",
      "GROUP BY s.speakerId ORDER BY n DESC, label LIMIT 15",
    ),
    topic: facet(
      "t.slug AS value, t.label AS label, count(*) AS n",
      "StatementTopic st JOIN Statement s ON s.id = st.statementId JOIN Topic t ON t.id = st.topicId",
      "topic",
      "GROUP BY st.topicId ORDER BY n DESC, label LIMIT 15",
    ),
    outlet: facet(
      "o.slug AS value, o.name AS label, count(*) AS n",
      "Statement s JOIN Outlet o ON o.id = s.outletId",
      "outlet",
      "GROUP BY s.outletId ORDER BY n DESC, label LIMIT 15",
    ),
    kind: facet("s.kind AS value, count(*) AS n", "Statement s", "kind", "GROUP BY s.kind ORDER BY n DESC"),
    year: facet(
      "s.publishedYear AS value, count(*) AS n",
      "Statement s",
      "date",
      "GROUP BY s.publishedYear ORDER BY s.publishedYear IS NULL, s.publishedYear DESC",
    ),
  };
}

const TOPICS_SQL = (n: number) =>
  `SELECT st.statementId, t.slug FROM StatementTopic st JOIN Topic t ON t.id = st.topicId
   WHERE st.statementId IN (${Array.from({ length: n }, () => "?").join(", ")}) ORDER BY t.kind <> 'curated', t.slug`;

/** The list+facets answer on raw better-sqlite3; `timings` (ms per statement) when asked for. */
export function rawListStatements(
  db: Database.Database,
  filters: StatementFilters,
  limit = 50,
  timings?: Record<string, number>,
): ListAnswer {
  const statements = listStatementsSql(filters, limit);
  const run = <T>(name: string, fn: () => T): T => {
    const started = performance.now();
    const result = fn();
    if (timings) timings[name] = performance.now() - started;
    return result;
  };
  const rows = run("rows", () => db.prepare(statements.rows!.sql).all(...statements.rows!.params)) as { id: string }[];
  const total = run("total", () => db.prepare(statements.total!.sql).get(...statements.total!.params)) as { n: number };
  const facets: ListAnswer["facets"] = {};
  for (const name of ["speaker", "topic", "outlet", "kind", "year"]) {
    const part = statements[name]!;
    const found = run(name, () => db.prepare(part.sql).all(...part.params)) as { value: string | number | null; n: number }[];
    facets[name] = found
      .filter((r) => name === "year" || r.value !== null)
      .map((r) => [r.value === null ? "unknown" : String(r.value), Number(r.n)]);
  }
  const page = rows.slice(0, limit).map((r) => r.id);
  const topicRows = run("topics", () =>
    page.length ? (db.prepare(TOPICS_SQL(page.length)).all(...page) as { statementId: string; slug: string }[]) : [],
  );
  const byStatement = new Map<string, string[]>();
  for (const r of topicRows) byStatement.set(r.statementId, [...(byStatement.get(r.statementId) ?? []), r.slug]);
  return { ids: page, total: total.n, facets, topics: page.map((id) => byStatement.get(id) ?? []) };
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
export function explainListStatements(db: Database.Database, filters: StatementFilters): Record<string, string[]> {
  const plans: Record<string, string[]> = {};
  for (const [name, part] of Object.entries(listStatementsSql(filters))) {
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
