import type { Metadata } from "next";
import { ChipLinks } from "@/app/components/chips";
import { slugLoader } from "@/app/slug-page";
import { StatementsSection } from "@/app/components/statements-section";
import { listStatements } from "@/lib/db/statements";
import { getTopic } from "@/lib/db/topics";
import { statementsHref } from "@/lib/search-params";
import { speakerUrl, statementsUrl, topicUrl } from "@/lib/urls";

export function generateStaticParams(): { slug: string }[] {
  return []; // rendered on first request (app/slug-page.ts)
}

const load = slugLoader(getTopic);

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
          <ChipLinks chips={topic.speakers.map((s) => ({ key: s.slug, href: speakerUrl(s.slug), label: s.name, count: s.count }))} />
        </>
      )}
      <StatementsSection page={page} allHref={statementsHref(statementsUrl(), { topic: [topic.slug] })} filters={filters} own="topic" />
    </>
  );
}
