import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Citations } from "@/app/components/citations";
import { CopyButton } from "@/app/components/copy-button";
import { KindBadge, StatementList } from "@/app/components/statement-card";
import { EditorPanel } from "@/app/components/editor-panel";
import { ReportError } from "@/app/components/report-error";
import { CorrectionHistory, InContext, StatementFacts, WhyAttributed } from "./sections";
import { formatDate, isoDate } from "@/lib/domain/dates";
import { getStatement, moreFromSpeaker, similarStatements, type StatementDetail } from "@/lib/db/statements";
import { statementParamsSchema } from "@/lib/search-params";
import { type CitedStatement } from "@/lib/web/citation";
import { siteOrigin } from "@/lib/web/site-url";
import { statementUrl } from "@/lib/urls";
import { doubledApostrophesAsQuotes } from "@/lib/domain/quotes";

// generateMetadata and the page ask for the same row: one query per request.
const getStatementOnce = cache(getStatement);

// Rendered on its first request, then served from the page cache (lib/web/page-cache.mjs) until an
// ingest changes the corpus. Nothing is rendered at build time: the list of ids is empty.
export function generateStaticParams(): { id: string }[] {
  return [];
}

async function load(params: PageProps<"/statements/[id]">["params"]): Promise<StatementDetail> {
  const parsed = statementParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const statement = await getStatementOnce(parsed.data.id);
  if (!statement) notFound();
  return statement;
}

const speakerName = (s: StatementDetail) => s.speakerDetail?.name ?? "An unidentified speaker";

export async function generateMetadata({ params }: PageProps<"/statements/[id]">): Promise<Metadata> {
  const s = await load(params);
  const title = `${speakerName(s)}: “${s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text}”`;
  const description = `${speakerName(s)} in ${s.article.outlet ?? "an article"}, ${formatDate(s.date)}: ${s.text}`.slice(0, 300);
  const url = `${siteOrigin()}${statementUrl(s.id)}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", title, description, url, siteName: "Verbatim" },
  };
}

/** What a citation needs of the statement (lib/web/citation.ts). */
function cited(s: StatementDetail, permalink: string): CitedStatement {
  return {
    text: s.text,
    kind: s.kind,
    speaker: s.speakerDetail ? { name: s.speakerDetail.name, role: s.speakerDetail.role } : null,
    article: { title: s.article.title, outlet: s.article.outlet, sourceUrl: s.article.sourceUrl, date: s.date },
    permalink,
  };
}

function jsonLd(s: StatementDetail, url: string, origin: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: s.article.title,
    url: s.article.sourceUrl ?? `${origin}${s.article.url}`,
    ...(isoDate(s.date) ? { datePublished: isoDate(s.date) } : {}),
    ...(s.article.outlet ? { publisher: { "@type": "Organization", name: s.article.outlet } } : {}),
    hasPart: {
      "@type": "Quotation",
      "@id": url,
      url,
      text: s.text,
      ...(s.speakerDetail
        ? { spokenByCharacter: { "@type": s.speakerDetail.kind === "organization" ? "Organization" : "Person", name: s.speakerDetail.name } }
        : {}),
    },
  };
  // "<" would let corpus text close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export default async function StatementPage({ params }: PageProps<"/statements/[id]">) {
  const s = await load(params);
  const origin = siteOrigin();
  const url = `${origin}${statementUrl(s.id)}`;
  const [more, similar] = await Promise.all([moreFromSpeaker(s), similarStatements(s)]);
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(s, url, origin) }} />
      <h1 className="statement-heading">
        {speakerName(s)} <span className="muted">in {s.article.outlet ?? "an article"}, {formatDate(s.date)}</span>
      </h1>
      <p className="muted">
        <KindBadge kind={s.kind} /> Statement <code>{s.id}</code>
      </p>
      <blockquote className="quote">{doubledApostrophesAsQuotes(s.text)}</blockquote>
      <StatementFacts s={s} />
      <InContext s={s} />
      <WhyAttributed s={s} />
      <CorrectionHistory s={s} />
      <ReportError statementId={s.id} />
      <EditorPanel
        statementId={s.id}
        speaker={s.speakerDetail?.name ?? null}
        kind={s.kind}
        start={s.start}
        end={s.end}
        paragraph={s.paragraph}
        article={{ key: s.articleDetail.key, title: s.article.title, date: s.date }}
      />

      <h2>Cite this statement</h2>
      <Citations statement={cited(s, url)} rendered={new Date().toISOString().slice(0, 10)} />
      <p>
        <CopyButton path={statementUrl(s.id)} label="Copy link" />
      </p>

      {more.length > 0 && (
        <>
          <h2>More from {s.speakerDetail?.name} on these topics</h2>
          <StatementList items={more} />
        </>
      )}
      {similar.length > 0 && (
        <>
          <h2>Similar statements in other articles</h2>
          <StatementList items={similar} />
        </>
      )}
    </article>
  );
}
