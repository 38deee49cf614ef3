import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatementsSection } from "@/app/components/statements-section";
import { listStatements } from "@/lib/db/statements";
import { getTopic } from "@/lib/db/topics";
import { articleParamsSchema } from "@/lib/search-params";
import { speakerUrl, statementsUrl, topicUrl, withParams } from "@/lib/urls";

// generateMetadata and the page ask for the same row: one query per request.
const getTopicOnce = cache(getTopic);

// Rendered on its first request, then served from the page cache (lib/web/page-cache.mjs) until an
// ingest changes the corpus. Nothing is rendered at build time: the list of slugs is empty.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(params: PageProps<"/topics/[slug]">["params"]) {
  const parsed = articleParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const topic = await getTopicOnce(parsed.data.slug);
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: PageProps<"/topics/[slug]">): Promise<Metadata> {
  const topic = await load(params);
  return { title: topic.label, alternates: { types: { "application/atom+xml": `${topicUrl(topic.slug)}/feed.xml` } } };
}

export default async function TopicPage({ params }: PageProps<"/topics/[slug]">) {
  const topic = await load(params);
  const filters = { speaker: [], topic: [topic.slug], outlet: [], kind: [], from: null, to: null, q: null };
  const page = await listStatements({ filters, basePath: statementsUrl(), limit: 20 });
  return (
    <>
      <h1>{topic.label}</h1>
      <p className="meta">
        <span>{topic.statementCount} statements in {topic.articleCount} articles</span>
        {topic.kind !== "curated" && <span className="badge">key phrase</span>}
        <a href={`${topicUrl(topic.slug)}/feed.xml`}>Atom feed</a>
      </p>
      {topic.speakers.length > 0 && (
        <>
          <h2>Who speaks about it</h2>
          <ul className="chips">
            {topic.speakers.map((s) => (
              <li key={s.slug}>
                <Link className="chip" href={speakerUrl(s.slug)}>
                  {s.name} <span className="muted">{s.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatementsSection page={page} allHref={withParams(statementsUrl(), { topic: topic.slug })} filters={filters} own="topic" />
    </>
  );
}
