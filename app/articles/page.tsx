import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/app/components/article-card";
import { listArticles } from "@/lib/db/articles";
import { articleListParamsSchema } from "@/lib/search-params";
import { articlesUrl, withParams } from "@/lib/urls";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: PageProps<"/articles">) {
  const params = articleListParamsSchema.parse(await searchParams);
  const { items, total } = await listArticles({ sort: params.sort });
  return (
    <>
      <h1>Articles</h1>
      <p className="sort">
        {total} {total === 1 ? "article" : "articles"} · sort by{" "}
        <Link href={withParams(articlesUrl(), { sort: "date" })} aria-current={params.sort === "date"}>
          date
        </Link>{" "}
        ·{" "}
        <Link href={withParams(articlesUrl(), { sort: "title" })} aria-current={params.sort === "title"}>
          title
        </Link>
      </p>
      <ArticleList items={items} />
    </>
  );
}
