import type { Metadata } from "next";
import Link from "next/link";
import { Facets } from "@/app/components/facets";
import { StatementList } from "@/app/components/statement-card";
import { listStatements } from "@/lib/db/statements";
import { statementPageParamsSchema, statementsHref } from "@/lib/search-params";
import { statementsUrl } from "@/lib/urls";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Statements" };

export default async function StatementsPage({ searchParams }: PageProps<"/statements">) {
  const params = statementPageParamsSchema.parse(await searchParams);
  const { sort, cursor, ...filters } = params;
  const page = await listStatements({ filters, sort, cursor, basePath: statementsUrl(), keep: { sort }, limit: 50 });
  const sortLink = (value: NonNullable<typeof sort>, label: string) => (
    <Link href={statementsHref(statementsUrl(), { ...filters, sort: value })} aria-current={(sort ?? "date") === value}>
      {label}
    </Link>
  );
  return (
    <>
      <h1>Statements</h1>
      <form className="search-form" action={statementsUrl()} method="get" role="search">
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words in the statement…" aria-label="Search statements" />
        {filters.speaker.map((s) => <input key={`sp-${s}`} type="hidden" name="speaker" value={s} />)}
        {filters.topic.map((s) => <input key={`tp-${s}`} type="hidden" name="topic" value={s} />)}
        <button type="submit">Search</button>
      </form>
      <div className="browse">
        <Facets facets={page.facets} />
        <section aria-label="Results">
          <p className="sort">
            <a className="to-filters" href="#filters">Filters ↓ · </a>
            {page.total} {page.total === 1 ? "statement" : "statements"} · {sortLink("date", "newest")} · {sortLink("oldest", "oldest")}
            {filters.q && <> · {sortLink("relevance", "relevance")}</>}
            {statementsHref(statementsUrl(), filters) !== statementsUrl() && (
              <> · <Link href={statementsUrl()}>clear filters</Link></>
            )}
          </p>
          <StatementList items={page.items} />
          {page.items.length === 0 && <p className="notice">No statement matches these filters.</p>}
          <nav className="pager" aria-label="Pages">
            {cursor ? <Link href={statementsHref(statementsUrl(), { ...filters, sort })}>First page</Link> : <span />}
            {page.nextCursor && <Link href={statementsHref(statementsUrl(), { ...filters, sort, cursor: page.nextCursor })} rel="next">Next page →</Link>}
          </nav>
        </section>
      </div>
    </>
  );
}
