import type { Metadata } from "next";
import Link from "next/link";
import { ChipLinks } from "@/app/components/chips";
import { SpeakerMergePanel } from "@/app/components/editor-panel";
import { slugLoader } from "@/app/slug-page";
import { StatementsSection } from "@/app/components/statements-section";
import { getSpeaker } from "@/lib/db/speakers";
import { listStatements } from "@/lib/db/statements";
import { statementsHref } from "@/lib/search-params";
import { speakerUrl, statementsUrl, topicUrl } from "@/lib/urls";

export function generateStaticParams(): { slug: string }[] {
  return []; // rendered on first request (app/slug-page.ts)
}

const load = slugLoader(getSpeaker);

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
      {speaker.mayBe.length > 0 && (
        <p>
          Named by surname alone, this may be{" "}
          {speaker.mayBe.map((p, i) => (
            <span key={p.slug}>
              {i > 0 && (i === speaker.mayBe.length - 1 ? " or " : ", ")}
              <Link href={speakerUrl(p.slug)}>{p.name}</Link>
            </span>
          ))}
          : the corpus cannot tell which, so these statements stay here.
        </p>
      )}
      {speaker.topics.length > 0 && (
        <>
          <h2>Speaks about</h2>
          <ChipLinks
            chips={speaker.topics.map((t) => ({ key: t.slug, href: statementsHref(statementsUrl(), { speaker: [speaker.slug], topic: [t.slug] }), label: t.label, count: t.count }))}
          />
        </>
      )}
      {speaker.coSpeakers.length > 0 && (
        <>
          <h2>Quoted alongside</h2>
          <ChipLinks chips={speaker.coSpeakers.map((c) => ({ key: c.slug, href: speakerUrl(c.slug), label: c.name, count: c.articles }))} />
        </>
      )}
      <StatementsSection page={page} allHref={statementsHref(statementsUrl(), { speaker: [speaker.slug] })} filters={filters} own="speaker" />
      <p className="muted">Topic pages: {speaker.topics.map((t, i) => <span key={t.slug}>{i > 0 && ", "}<Link prefetch={false} href={topicUrl(t.slug)}>{t.label}</Link></span>)}</p>
      <SpeakerMergePanel name={speaker.name} />
    </>
  );
}
