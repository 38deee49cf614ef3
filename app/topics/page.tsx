import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/app/components/pager";
import { listTopics } from "@/lib/db/topics";
import { topicPageParamsSchema, topicsHref } from "@/lib/search-params";
import { topicsUrl, topicUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

// Its query string (words, cursor) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage({ searchParams }: PageProps<"/topics">) {
  const { q, cursor } = topicPageParamsSchema.parse(await searchParams);
  const page = await listTopics({ q, cursor, limit: 100 });
  return (
    <>
      <h1>Topics</h1>
      <p className="muted">
        From the editors’ taxonomy, matched on each statement’s sentence and context, and key phrases found in the
        corpus; most statements first.
      </p>
      <form className="search-form" action={topicsUrl()} method="get" role="search">
        <input type="search" name="q" defaultValue={q ?? ""} placeholder="Part of a topic, e.g. tax" aria-label="Find a topic" />
        <button type="submit">Find</button>
      </form>
      <p className="sort">
        {page.total} {page.total === 1 ? "topic" : "topics"}
        {q && <> named like “{q}” · <Link prefetch={false} href={topicsUrl()}>all topics</Link></>}
      </p>
      <ul className="cards" id="results" tabIndex={-1}>
        {page.items.map((t) => (
          <li key={t.slug}>
            <Link prefetch={false} className="name" href={topicUrl(t.slug)}>{t.label}</Link>
            {t.kind !== "curated" && <> <span className="badge">key phrase</span></>}
            <div className="sub">{counted(t.statementCount, "statement")} · {counted(t.articleCount, "article")}</div>
          </li>
        ))}
      </ul>
      {page.items.length === 0 && <p className="notice">{q ? `No topic is named like “${q}”.` : "No topic yet."}</p>}
      <Pager
        first={topicsHref(topicsUrl(), { q })}
        previous={page.previous && topicsHref(topicsUrl(), { q, cursor: page.previous.cursor })}
        next={page.nextCursor && topicsHref(topicsUrl(), { q, cursor: page.nextCursor })}
      />
    </>
  );
}
