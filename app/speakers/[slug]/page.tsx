import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatementsSection } from "@/app/components/statements-section";
import { getSpeaker } from "@/lib/db/speakers";
import { listStatements } from "@/lib/db/statements";
import { articleParamsSchema } from "@/lib/search-params";
import { speakerUrl, statementsUrl, topicUrl, withParams } from "@/lib/urls";

// generateMetadata and the page ask for the same row: one query per request.
const getSpeakerOnce = cache(getSpeaker);

// Rendered on its first request, then served from the page cache (lib/web/page-cache.mjs) until an
// ingest changes the corpus. Nothing is rendered at build time: the list of slugs is empty.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(params: PageProps<"/speakers/[slug]">["params"]) {
  const parsed = articleParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const speaker = await getSpeakerOnce(parsed.data.slug);
  if (!speaker) notFound();
  return speaker;
}

export async function generateMetadata({ params }: PageProps<"/speakers/[slug]">): Promise<Metadata> {
  const speaker = await load(params);
  return {
    title: speaker.name,
    alternates: { types: { "application/atom+xml": `${speakerUrl(speaker.slug)}/feed.xml` } },
  };
}

export default async function SpeakerPage({ params }: PageProps<"/speakers/[slug]">) {
  const speaker = await load(params);
  const filters = { speaker: [speaker.slug], topic: [], outlet: [], kind: [], from: null, to: null, q: null };
  const page = await listStatements({ filters, basePath: statementsUrl(), limit: 20 });
  return (
    <>
      <h1>{speaker.name}</h1>
      <p className="meta">
        {speaker.role && <span>{speaker.role}</span>}
        {speaker.kind === "organization" && <span className="badge">organization</span>}
        <span>{speaker.statementCount} statements in {speaker.articleCount} {speaker.articleCount === 1 ? "article" : "articles"}</span>
        <a href={`${speakerUrl(speaker.slug)}/feed.xml`}>Atom feed</a>
      </p>
      {speaker.aliases.length > 0 && <p>Also written: {speaker.aliases.join(", ")}</p>}
      {speaker.topics.length > 0 && (
        <>
          <h2>Speaks about</h2>
          <ul className="chips">
            {speaker.topics.map((t) => (
              <li key={t.slug}>
                <Link className="chip" href={withParams(statementsUrl(), { speaker: speaker.slug, topic: t.slug })}>
                  {t.label} <span className="muted">{t.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {speaker.coSpeakers.length > 0 && (
        <>
          <h2>Quoted alongside</h2>
          <ul className="chips">
            {speaker.coSpeakers.map((c) => (
              <li key={c.slug}>
                <Link className="chip" href={speakerUrl(c.slug)}>
                  {c.name} <span className="muted">{c.articles}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatementsSection page={page} allHref={withParams(statementsUrl(), { speaker: speaker.slug })} filters={filters} own="speaker" />
      <p className="muted">Topic pages: {speaker.topics.map((t, i) => <span key={t.slug}>{i > 0 && ", "}<Link href={topicUrl(t.slug)}>{t.label}</Link></span>)}</p>
    </>
  );
}
