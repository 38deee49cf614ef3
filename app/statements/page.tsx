import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/app/components/active-filters";
import { Downloads } from "@/app/components/downloads";
import { Facets } from "@/app/components/facets";
import { Pager } from "@/app/components/pager";
import { StatementList } from "@/app/components/statement-card";
import { listStatements } from "@/lib/db/statements";
import { isoDay } from "@/lib/domain/dates";
import { CONFIDENCE_STEPS } from "@/lib/domain/filters";
import { statementPageParamsSchema, statementParamProblems, statementsDownloadHref, statementsFeedHref, statementsHref } from "@/lib/search-params";
import { statementsApiUrl, statementsFeedUrl, statementsUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

/** The list's Atom feed (same filters) as the page's alternate, for feed readers to find. */
export async function generateMetadata({ searchParams }: PageProps<"/statements">): Promise<Metadata> {
  const { sort: _sort, cursor: _cursor, ...filters } = statementPageParamsSchema.parse(await searchParams);
  return { title: "Statements", alternates: { types: { "application/atom+xml": statementsFeedHref(statementsFeedUrl(), filters) } } };
}

export default async function StatementsPage({ searchParams }: PageProps<"/statements">) {
  const raw = await searchParams;
  const params = statementPageParamsSchema.parse(raw);
  const { sort, cursor, ...filters } = params;
  const page = await listStatements({ filters, sort, cursor, basePath: statementsUrl(), keep: { sort }, limit: 50 });
  const problems = statementParamProblems(raw);
  const sortLink = (value: NonNullable<typeof sort>, label: string) => (
    <Link prefetch={false} href={statementsHref(statementsUrl(), { ...filters, sort: value })} aria-current={(sort ?? "date") === value}>
      {label}
    </Link>
  );
  // The form sets words and dates; every other filter in force rides along, encoded as links are.
  const kept = [...new URL(statementsHref(statementsUrl(), { ...filters, q: null, from: null, to: null, confidence: null, sort }), "http://x").searchParams];
  return (
    <>
      <h1>Statements</h1>
      <form className="search-form" action={statementsUrl()} method="get" role="search">
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words in the statement…" aria-label="Search statements" />
        <label>From <input type="date" name="from" defaultValue={filters.from === null ? "" : isoDay(filters.from)} /></label>
        <label>To <input type="date" name="to" defaultValue={filters.to === null ? "" : isoDay(filters.to)} /></label>
        <label>
          Confidence{" "}
          <select name="confidence" defaultValue={filters.confidence === null ? "" : String(filters.confidence)}>
            <option value="">any</option>
            {[...new Set([...CONFIDENCE_STEPS, ...(filters.confidence === null ? [] : [filters.confidence])])].sort((a, b) => a - b).map((least) => (
              <option key={least} value={String(least)}>at least {least}</option>
            ))}
          </select>
        </label>
        {kept.map(([name, value]) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />)}
        <button type="submit">Search</button>
      </form>
      <ActiveFilters chips={page.chips} problems={problems} />
      <div className="browse">
        <Facets facets={page.facets} />
        <section aria-label="Results" id="results" tabIndex={-1}>
          <p className="sort">
            <a className="to-filters" href="#filters">Filters ↓ · </a>
            {counted(page.total, "statement")} · {sortLink("date", "newest")} · {sortLink("oldest", "oldest")}
            {filters.q && <> · {sortLink("relevance", "relevance")}</>}
            {page.chips.length > 0 && (
              <> · <Link prefetch={false} href={statementsUrl()}>clear filters</Link></>
            )}
            {" · "}
            <Downloads href={(format) => statementsDownloadHref(statementsApiUrl(), { ...filters, sort }, format)} />
            {" · "}
            <a href={statementsFeedHref(statementsFeedUrl(), filters)} type="application/atom+xml">Feed</a>
          </p>
          <StatementList items={page.items} />
          {page.items.length === 0 && <p className="notice">No statement matches these filters.</p>}
          <Pager
            first={statementsHref(statementsUrl(), { ...filters, sort })}
            previous={page.previous && statementsHref(statementsUrl(), { ...filters, sort, cursor: page.previous.cursor })}
            next={page.nextCursor && statementsHref(statementsUrl(), { ...filters, sort, cursor: page.nextCursor })}
          />
        </section>
      </div>
    </>
  );
}
