import type { Metadata } from "next";
import Link from "next/link";
import { listTopics } from "@/lib/db/topics";
import { topicUrl } from "@/lib/urls";

// Rendered on every request: Next.js would otherwise prerender a page without parameters at build
// time, from whatever database the build happens to see.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await listTopics();
  const curated = topics.filter((t) => t.kind === "curated");
  const found = topics.filter((t) => t.kind !== "curated");
  const list = (items: typeof topics) => (
    <ul className="cards">
      {items.map((t) => (
        <li key={t.slug}>
          <Link prefetch={false} className="name" href={topicUrl(t.slug)}>{t.label}</Link>
          <div className="sub">{t.statementCount} statements · {t.articleCount} articles</div>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <h1>Topics</h1>
      <p className="muted">From the editors’ taxonomy, matched on each statement’s sentence and context.</p>
      {list(curated)}
      {found.length > 0 && (
        <>
          <h2>Key phrases found in the corpus</h2>
          {list(found)}
        </>
      )}
    </>
  );
}
