import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDate } from "@/app/components/article-card";
import { StatementList } from "@/app/components/statement-card";
import { searchArticles } from "@/lib/db/articles";
import { ftsQuery, listStatements } from "@/lib/db/statements";
import { searchParamsSchema, statementsHref } from "@/lib/search-params";
import { articleUrl, statementsUrl } from "@/lib/urls";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q } = searchParamsSchema.parse(await searchParams);
  const match = ftsQuery(q);
  const filters = { speaker: [], topic: [], outlet: [], kind: [], from: null, to: null, q: q || null };
  const [statements, articles] = match
    ? await Promise.all([
        listStatements({ filters, sort: "relevance", basePath: statementsUrl(), limit: 20, facets: false }),
        searchArticles(match),
      ])
    : [null, null];
  return (
    <>
      <h1>Search</h1>
      <form className="search-form" action="/search" method="get" role="search">
        <input type="search" name="q" defaultValue={q} placeholder="Words, e.g. arms race" aria-label="Search the corpus" />
        <button type="submit">Search</button>
      </form>
      {q && !match && <p className="notice">Type at least one word or number to search.</p>}
      {statements && articles && (
        <>
          <h2>
            Statements <span className="muted">{statements.total}</span>
          </h2>
          <StatementList items={statements.items} />
          {statements.total > statements.items.length && (
            <p><Link href={statementsHref(statementsUrl(), { q })}>All {statements.total} matching statements, with filters →</Link></p>
          )}
          <h2>
            Articles <span className="muted">{articles.total}</span>
          </h2>
          <ol className="article-list">
            {articles.items.map((a) => (
              <li key={a.slug}>
                <Link className="title" href={articleUrl(a.slug)}>{a.title}</Link>
                <p className="meta">
                  {a.outlet && <span>{a.outlet.name}</span>}
                  <ArticleDate date={a.date} />
                </p>
                <p dangerouslySetInnerHTML={{ __html: a.snippet }} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
