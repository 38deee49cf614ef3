import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/app/components/article-card";
import { articleFacets, ARTICLES_PER_PAGE, listArticles } from "@/lib/db/articles";
import { articleListParamsSchema, hrefFor } from "@/lib/search-params";
import { articlesUrl } from "@/lib/urls";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: PageProps<"/articles">) {
  const params = articleListParamsSchema.parse(await searchParams);
  const [{ items, total }, facets] = await Promise.all([listArticles(params), articleFacets()]);
  const link = (change: Partial<typeof params>) => hrefFor(articleListParamsSchema, articlesUrl(), { ...params, page: 1, ...change });
  const pages = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  return (
    <>
      <h1>Articles</h1>
      <nav className="filters" aria-label="Filter articles">
        <ul className="chips">
          <li><Link prefetch={false} className="chip" href={link({ outlet: null })} aria-current={params.outlet === null}>all outlets</Link></li>
          {facets.outlets.map((o) => (
            <li key={o.slug}>
              <Link prefetch={false} className="chip" href={link({ outlet: o.slug })} aria-current={params.outlet === o.slug}>
                {o.name} <span className="muted">{o.count}</span>
              </Link>
            </li>
          ))}
        </ul>
        <ul className="chips">
          <li><Link prefetch={false} className="chip" href={link({ year: null })} aria-current={params.year === null}>all years</Link></li>
          {facets.years.map((y) => {
            const value = y.year ?? "unknown";
            return (
              <li key={String(value)}>
                <Link prefetch={false} className="chip" href={link({ year: value })} aria-current={params.year === value}>
                  {y.year ?? "year not stated"} <span className="muted">{y.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="sort">
        {total} {total === 1 ? "article" : "articles"} · sort by{" "}
        <Link prefetch={false} href={link({ sort: "date" })} aria-current={params.sort === "date"}>date</Link> ·{" "}
        <Link prefetch={false} href={link({ sort: "title" })} aria-current={params.sort === "title"}>title</Link>
      </p>
      <div id="results" tabIndex={-1}>
        <ArticleList items={items} />
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          {params.page > 1 ? <Link prefetch={false} rel="prev" href={link({ page: params.page - 1 })}>← Previous</Link> : <span />}
          <span className="muted">page {params.page} of {pages}</span>
          {params.page < pages ? <Link rel="next" href={link({ page: params.page + 1 })}>Next →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
