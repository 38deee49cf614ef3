import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDate, ArticleList, DerivedTitleBadge } from "@/app/components/article-card";
import { StatementList } from "@/app/components/statement-card";
import { TargetHighlight } from "@/app/components/target-highlight";
import { slugLoader } from "@/app/slug-page";
import { alsoReportedBy, getArticle, type Segment } from "@/lib/db/articles";
import { doubledApostrophesAsQuotes } from "@/lib/domain/quotes";
import { listStatementsOfArticle } from "@/lib/db/statements";
import { statementAnchor, statementUrl } from "@/lib/urls";

export function generateStaticParams(): { slug: string }[] {
  return []; // rendered on first request (app/slug-page.ts)
}

const load = slugLoader(getArticle);

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title };
}

function Paragraph({ segments }: { segments: Segment[] }) {
  // Each piece's text as shown: doubled apostrophes as quotation marks, read in the paragraph's context.
  const shown = (i: number) =>
    doubledApostrophesAsQuotes(segments[i]!.text, segments[i - 1]?.text.at(-1) ?? "", segments[i + 1]?.text[0] ?? "");
  return (
    <p>
      {segments.map((segment, i) =>
        segment.statement ? (
          <span key={i}>
            <mark
              id={segment.anchor ? statementAnchor(segment.statement.id) : undefined}
              className={`statement ${segment.statement.kind}`}
              title={segment.statement.speaker ? `${segment.statement.speaker.name} (${segment.statement.kind})` : segment.statement.kind}
            >
              {shown(i)}
            </mark>
            {segment.last && (
              <Link prefetch={false} className="who" href={statementUrl(segment.statement.id)} title="Permalink to this statement">
                {segment.statement.speaker?.name ?? "unidentified"}
              </Link>
            )}
          </span>
        ) : (
          shown(i)
        ),
      )}
    </p>
  );
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  const article = await load(params);
  const [statements, related] = await Promise.all([listStatementsOfArticle(article.slug), alsoReportedBy(article.slug)]);
  return (
    <article>
      <h1>
        {article.title} {article.titleDerived && <DerivedTitleBadge />}
      </h1>
      <p className="meta">
        {article.outlet &&
          (article.outlet.url ? <a href={article.outlet.url}>{article.outlet.name}</a> : <span>{article.outlet.name}</span>)}
        {article.dateline && <span>{article.dateline}</span>}
        <ArticleDate date={article.date} />
        {article.byline && <span>{article.byline}</span>}
        {article.sourceUrl && <a href={article.sourceUrl}>Original article</a>}
      </p>
      {article.language !== "en" && (
        <p className="notice">
          This article is not in English: it is stored and readable, but its statements were not extracted.
        </p>
      )}
      {statements.length > 0 && (
        <p className="legend muted no-print">
          <mark className="statement direct">direct quote</mark> <mark className="statement indirect">reported speech</mark>{" "}
          <mark className="statement mixed">partly quoted</mark> — each followed by its speaker; the tag links to the statement’s permalink.
        </p>
      )}
      <div className="reader">
        {article.paragraphs.map((segments, i) => (
          <Paragraph key={i} segments={segments} />
        ))}
      </div>
      <TargetHighlight />
      {statements.length > 0 && (
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">Statements in this article ({statements.length})</h2>
          <StatementList items={statements} />
        </section>
      )}
      {article.history.length > 0 && (
        <section aria-labelledby="article-history-heading">
          <h2 id="article-history-heading">Corrected by an editor</h2>
          <ol className="correction-history">
            {article.history.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at}>{c.at.slice(0, 16).replace("T", " ")} UTC</time>, {c.editor ?? "an editor"} corrected the{" "}
                {c.op === "set-date" ? "date" : "article"}: “{c.note}”
                {c.op === "set-date" && c.before.date !== undefined && <> ({c.before.date} → {c.after.date})</>}
                {c.op === "set-metadata" && c.before.title !== undefined && c.before.title !== c.after.title && <> (title was “{c.before.title}”)</>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="also-heading">
          <h2 id="also-heading">Also reported by</h2>
          <p className="muted">Other articles quoting the same speakers on the same topics.</p>
          <ArticleList items={related} />
        </section>
      )}
      {article.relatedHeadlines.length > 0 && (
        <aside className="related" aria-label="Related headlines">
          <h2>Related headlines in the source</h2>
          <p className="muted">Other stories the source listed inside this text; they are not part of the article.</p>
          <ul>
            {article.relatedHeadlines.map((headline, i) => (
              <li key={i}>{headline.replace(/^[-–—•*]\s*/, "")}</li>
            ))}
          </ul>
        </aside>
      )}
      {article.boilerplate.length > 0 && (
        <footer className="boilerplate">
          <p>Publisher’s notice, not part of the article: {article.boilerplate.join(" · ")}</p>
        </footer>
      )}
    </article>
  );
}
