import Link from "next/link";
import type { ArticleCard } from "@/lib/db/articles";
import { formatDate, isoDate } from "@/lib/domain/dates";
import { articleUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

export function ArticleDate({ date }: { date: ArticleCard["date"] }) {
  const iso = isoDate(date);
  return iso ? <time dateTime={iso}>{formatDate(date)}</time> : <span>{formatDate(date)}</span>;
}

export function DerivedTitleBadge() {
  return (
    <span className="badge" title="The article has no headline; this title was derived from its first sentence.">
      derived title
    </span>
  );
}

export function ArticleList({ items }: { items: ArticleCard[] }) {
  return (
    <ol className="article-list">
      {items.map((article) => (
        <li key={article.slug}>
          <Link prefetch={false} className="title" href={articleUrl(article.slug)}>
            {article.title}
          </Link>{" "}
          {article.titleDerived && <DerivedTitleBadge />}
          <p className="meta">
            {article.outlet && <span>{article.outlet.name}</span>}
            <ArticleDate date={article.date} />
            <span>
              {counted(article.statementCount, "statement")}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
