import Link from "next/link";
import { ArticleList } from "@/app/components/article-card";
import { Timeline } from "@/app/components/timeline";
import { countCorpus, listArticles } from "@/lib/db/articles";
import { statementTimeline } from "@/lib/db/dates";
import { listSpeakers } from "@/lib/db/speakers";
import { listTopics } from "@/lib/db/topics";
import { articlesUrl, speakersUrl, speakerUrl, topicsUrl, topicUrl } from "@/lib/urls";

// Rendered on every request: Next.js would otherwise prerender a page without parameters at build
// time, from whatever database the build happens to see.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [counts, latest, timeline, speakers, topics] = await Promise.all([
    countCorpus(),
    listArticles({ sort: "date", limit: 10 }),
    statementTimeline(),
    listSpeakers({ limit: 12 }),
    listTopics(),
  ]);
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
      <h2>Statements over time</h2>
      <Timeline buckets={timeline.buckets} unknownYear={timeline.unknownYear} />
      <h2>Most quoted</h2>
      <ul className="chips">
        {speakers.items.map((s) => (
          <li key={s.slug}>
            <Link className="chip" href={speakerUrl(s.slug)}>
              {s.name} <span className="muted">{s.statementCount}</span>
            </Link>
          </li>
        ))}
        <li><Link className="chip" href={speakersUrl()}>all speakers →</Link></li>
      </ul>
      <h2>Topics</h2>
      <ul className="chips">
        {topics.filter((t) => t.kind === "curated").slice(0, 16).map((t) => (
          <li key={t.slug}>
            <Link className="chip" href={topicUrl(t.slug)}>
              {t.label} <span className="muted">{t.statementCount}</span>
            </Link>
          </li>
        ))}
        <li><Link className="chip" href={topicsUrl()}>all topics →</Link></li>
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
