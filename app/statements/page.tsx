import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/app/components/active-filters";
import { Downloads } from "@/app/components/downloads";
import { Facets } from "@/app/components/facets";
import { StatementList } from "@/app/components/statement-card";
import { filterParams, listStatements } from "@/lib/db/statements";
import { statementPageParamsSchema, statementParamProblems } from "@/lib/search-params";
import { statementsApiUrl, statementsUrl, withParams } from "@/lib/urls";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Statements" };

export default async function StatementsPage({ searchParams }: PageProps<"/statements">) {
  const raw = await searchParams;
  const params = statementPageParamsSchema.parse(raw);
  const { sort, cursor, ...filters } = params;
  const page = await listStatements({ filters, sort, cursor, basePath: statementsUrl(), keep: { sort }, limit: 50 });
  const current = filterParams(filters);
  const problems = statementParamProblems(raw);
  const sortLink = (value: string, label: string) => (
    <Link href={withParams(statementsUrl(), { ...current, sort: value })} aria-current={(sort ?? "date") === value}>
      {label}
    </Link>
  );
  // The form sets words and dates; every other filter in force rides along.
  const hidden = Object.entries({ ...current, q: null, from: null, to: null, sort }).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined && v !== "").map((v) => [name, String(v)] as const),
  );
  return (
    <>
      <h1>Statements</h1>
      <form className="search-form" action={statementsUrl()} method="get" role="search">
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words in the statement…" aria-label="Search statements" />
        <label>From <input type="date" name="from" defaultValue={typeof current.from === "string" ? current.from : ""} /></label>
        <label>To <input type="date" name="to" defaultValue={typeof current.to === "string" ? current.to : ""} /></label>
        {hidden.map(([name, value]) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />)}
        <button type="submit">Search</button>
      </form>
      <ActiveFilters chips={page.chips} problems={problems} />
      <div className="browse">
        <Facets facets={page.facets} />
        <section aria-label="Results" id="results">
          <p className="sort">
            <a className="to-filters" href="#filters">Filters ↓ · </a>
            {page.total} {page.total === 1 ? "statement" : "statements"} · {sortLink("date", "newest")} · {sortLink("oldest", "oldest")}
            {filters.q && <> · {sortLink("relevance", "relevance")}</>}
            {page.chips.length > 0 && (
              <> · <Link href={statementsUrl()}>clear filters</Link></>
            )}
            {" · "}
            <Downloads href={(format) => withParams(statementsApiUrl(), { ...current, sort, format })} />
          </p>
          <StatementList items={page.items} />
          {page.items.length === 0 && <p className="notice">No statement matches these filters.</p>}
          <nav className="pager" aria-label="Pages">
            {cursor ? <Link href={withParams(statementsUrl(), { ...current, sort })}>First page</Link> : <span />}
            {page.nextCursor && <Link href={withParams(statementsUrl(), { ...current, sort, cursor: page.nextCursor })} rel="next">Next page →</Link>}
          </nav>
        </section>
      </div>
    </>
  );
}
