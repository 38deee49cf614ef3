import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyButton } from "@/app/components/copy-button";
import { KindBadge, StatementList } from "@/app/components/statement-card";
import { InContext, StatementFacts, WhyAttributed } from "./sections";
import { formatDate, isoDate } from "@/lib/domain/dates";
import { getStatement, moreFromSpeaker, similarStatements, type StatementDetail } from "@/lib/db/statements";
import { statementParamsSchema } from "@/lib/search-params";
import { siteOrigin } from "@/lib/web/site-url";
import { statementUrl } from "@/lib/urls";

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

function citation(s: StatementDetail, url: string): string {
  const where = [s.article.outlet, formatDate(s.date)].filter(Boolean).join(", ");
  // Direct quotes carry their own quotation marks in the source text; reported speech gets none.
  const quoted = /^["“'‘«]/.test(s.text);
  const quote = s.kind === "indirect" || quoted ? s.text : `“${s.text}”`;
  return `${speakerName(s)}${s.speakerDetail?.role ? ` (${s.speakerDetail.role})` : ""}: ${quote} — reported in “${s.article.title}”, ${where}. Verbatim, ${url}`;
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
  const cite = citation(s, url);
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(s, url, origin) }} />
      <p className="muted">
        <KindBadge kind={s.kind} /> Statement <code>{s.id}</code>
      </p>
      <blockquote className="quote">{s.text}</blockquote>
      <StatementFacts s={s} />
      <InContext s={s} />
      <WhyAttributed s={s} />

      <h2>Cite this statement</h2>
      <p className="citation">{cite}</p>
      <p>
        <CopyButton text={cite} label="Copy citation" /> <CopyButton path={statementUrl(s.id)} label="Copy link" />
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
