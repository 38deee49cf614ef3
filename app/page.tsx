import Link from "next/link";
import { ChipLinks } from "@/app/components/chips";
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
    listTopics({ kind: "curated", limit: 16 }),
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
      <ChipLinks
        chips={speakers.items.map((s) => ({ key: s.slug, href: speakerUrl(s.slug), label: s.name, count: s.statementCount }))}
        more={{ href: speakersUrl(), label: "all speakers →" }}
      />
      <h2>Topics</h2>
      <ChipLinks
        chips={topics.items.map((t) => ({ key: t.slug, href: topicUrl(t.slug), label: t.label, count: t.statementCount }))}
        more={{ href: topicsUrl(), label: "all topics →" }}
      />
      <h2>Latest articles</h2>
      <ArticleList items={latest.items} />
      {latest.total > latest.items.length && (
        <p>
          <Link prefetch={false} className="standalone" href={articlesUrl()}>All {latest.total} articles</Link>
        </p>
      )}
    </>
  );
}
