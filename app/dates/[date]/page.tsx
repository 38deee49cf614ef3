import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facets } from "@/app/components/facets";
import { Pager } from "@/app/components/pager";
import { StatementList } from "@/app/components/statement-card";
import { listStatements } from "@/lib/db/statements";
import { Downloads } from "@/app/components/downloads";
import { adjacentPeriods, formatDate } from "@/lib/domain/dates";
import { dateParamsSchema, dateRange, statementPageParamsSchema, statementsDownloadHref, statementsHref, type DatePath } from "@/lib/search-params";
import { dateUrl, datesUrl, statementsApiUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

async function parse(params: PageProps<"/dates/[date]">["params"]): Promise<DatePath> {
  const parsed = dateParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.date;
}

const label = (date: DatePath) => (date.year === null ? "Year not stated" : formatDate(date));

export async function generateMetadata({ params }: PageProps<"/dates/[date]">): Promise<Metadata> {
  return { title: `Statements: ${label(await parse(params))}` };
}

export default async function DatePage({ params, searchParams }: PageProps<"/dates/[date]">) {
  const date = await parse(params);
  const { cursor } = statementPageParamsSchema.parse(await searchParams);
  const range = dateRange(date);
  const filters = {
    speaker: [], topic: [], outlet: [], kind: [],
    from: range?.from ?? null, to: range?.to ?? null, q: null, year: range === null ? ("unknown" as const) : null,
  };
  const here = dateUrl(date);
  const page = await listStatements({ filters, cursor, basePath: "/statements", limit: 50 });
  const around = adjacentPeriods(date);
  return (
    <>
      <p className="muted crumbs">
        <Link prefetch={false} href={datesUrl()}>Dates</Link>
        {date.month !== null && <> › <Link prefetch={false} href={dateUrl({ year: date.year })}>{date.year}</Link></>}
        {date.day !== null && <> › <Link prefetch={false} href={dateUrl({ year: date.year, month: date.month })}>{formatDate({ ...date, day: null })}</Link></>}
      </p>
      <h1>{label(date)}</h1>
      {range === null && <p className="muted">Statements from articles that do not state their year. They never match a date range.</p>}
      {around && (
        <nav className="pager" aria-label="Periods">
          <Link prefetch={false} href={dateUrl(around.previous)} rel="prev">← {formatDate(around.previous)}</Link>
          <Link prefetch={false} href={dateUrl(around.next)}>{formatDate(around.next)} →</Link>
        </nav>
      )}
      <p className="sort">
        {counted(page.total, "statement")} · <Downloads href={(format) => statementsDownloadHref(statementsApiUrl(), filters, format)} />
      </p>
      <div className="browse">
        <Facets facets={page.facets} />
        <section aria-label="Statements" id="results" tabIndex={-1}>
          <StatementList items={page.items} />
          {page.items.length === 0 && <p className="notice">No statements in this period.</p>}
          <Pager
            first={here}
            previous={page.previous && statementsHref(here, { cursor: page.previous.cursor })}
            next={page.nextCursor && statementsHref(here, { cursor: page.nextCursor })}
          />
        </section>
      </div>
    </>
  );
}
