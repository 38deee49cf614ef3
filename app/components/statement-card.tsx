import Link from "next/link";
import { ChipLinks } from "@/app/components/chips";
import { ArticleDate } from "@/app/components/article-card";
import { CopyButton } from "@/app/components/copy-button";
import type { StatementCard } from "@/lib/db/statements";
import { isStatementKind, KIND_LABELS } from "@/lib/domain/kinds";
import { doubledApostrophesAsQuotes } from "@/lib/domain/quotes";
import { speakerUrl, statementUrl, topicUrl } from "@/lib/urls";

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`badge kind-${kind}`}>{isStatementKind(kind) ? KIND_LABELS[kind] : kind}</span>;
}

export function TopicChips({ topics, labels }: { topics: string[]; labels: string[] }) {
  if (topics.length === 0) return null;
  return <ChipLinks label="Topics" chips={topics.map((slug, i) => ({ key: slug, href: topicUrl(slug), label: labels[i] ?? slug }))} />;
}

export function StatementItem({ statement }: { statement: StatementCard }) {
  return (
    <li className="statement-card">
      <blockquote>
        {statement.snippet ? (
          // The snippet is built by lib/db from escaped corpus text plus <mark> tags of our own.
          <span dangerouslySetInnerHTML={{ __html: statement.snippet }} />
        ) : (
          doubledApostrophesAsQuotes(statement.text)
        )}
      </blockquote>
      <p className="attribution">
        {statement.speaker ? (
          <Link prefetch={false} href={speakerUrl(statement.speaker.slug)} className="speaker">
            {statement.speaker.name}
          </Link>
        ) : (
          <span className="muted">Speaker not identified</span>
        )}
        <span className="muted">
          {" "}in{" "}
          <Link prefetch={false} href={statement.article.url}>{statement.article.title}</Link>
          {statement.article.outlet && <> · {statement.article.outlet}</>} · <ArticleDate date={statement.date} />
        </span>
      </p>
      <div className="card-foot">
        <KindBadge kind={statement.kind} />
        <TopicChips topics={statement.topics} labels={statement.topicLabels} />
        <Link prefetch={false} className="permalink" href={statementUrl(statement.id)} aria-label={`Permalink to statement ${statement.id}`}>
          permalink
        </Link>
        <CopyButton path={statementUrl(statement.id)} label="Copy link" />
      </div>
    </li>
  );
}

export function StatementList({ items }: { items: StatementCard[] }) {
  return (
    <ol className="statement-list">
      {items.map((s) => (
        <StatementItem key={s.id} statement={s} />
      ))}
    </ol>
  );
}
