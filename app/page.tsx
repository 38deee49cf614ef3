import Link from "next/link";
import { ArticleList } from "@/app/components/article-card";
import { countCorpus, listArticles } from "@/lib/db/articles";
import { articlesUrl } from "@/lib/urls";

export default async function HomePage() {
  const [counts, latest] = await Promise.all([countCorpus(), listArticles({ sort: "date", limit: 10 })]);
  return (
    <>
      <h1>Who said what, when, about what</h1>
      <p className="muted">
        Every statement in the corpus, with the words that attribute it and a permalink that does not break.
      </p>
      <ul className="stats" aria-label="Corpus">
        <li><strong>{counts.articles}</strong>articles</li>
        <li><strong>{counts.statements}</strong>statements</li>
        <li><strong>{counts.speakers}</strong>speakers</li>
        <li><strong>{counts.topics}</strong>topics</li>
      </ul>
      <h2>Latest articles</h2>
      <ArticleList items={latest.items} />
      {latest.total > latest.items.length && (
        <p>
          <Link href={articlesUrl()}>All {latest.total} articles</Link>
        </p>
      )}
    </>
  );
}
