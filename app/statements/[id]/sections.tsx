import Link from "next/link";
import { ArticleDate } from "@/app/components/article-card";
import { TopicChips } from "@/app/components/statement-card";
import type { StatementDetail } from "@/lib/db/statements";
import { speakerUrl, statementInArticleUrl, textFragmentUrl } from "@/lib/urls";

// The permalink page's sections: what the statement is, where it stands, and why it was attributed.

export function StatementFacts({ s }: { s: StatementDetail }) {
  return (
    <dl className="facts">
      <dt>Speaker</dt>
      <dd>
        {s.speakerDetail ? (
          <>
            <Link prefetch={false} href={speakerUrl(s.speakerDetail.slug)}>{s.speakerDetail.name}</Link>
            {s.speakerDetail.role && <>, {s.speakerDetail.role}</>}
            {s.speakerDetail.aliases.length > 0 && <span className="muted"> (also written {s.speakerDetail.aliases.join(", ")})</span>}
          </>
        ) : (
          <span className="muted">not identified</span>
        )}
      </dd>
      <dt>Date</dt>
      <dd><ArticleDate date={s.date} /></dd>
      <dt>Article</dt>
      <dd>
        <Link prefetch={false} href={statementInArticleUrl(s.article.slug, s.id)}>{s.article.title}</Link>
        {s.article.outlet && <> · {s.articleDetail.outletUrl ? <a href={s.articleDetail.outletUrl}>{s.article.outlet}</a> : s.article.outlet}</>}
        {s.article.sourceUrl && (
          <>
            {" "}· <a href={textFragmentUrl(s.article.sourceUrl, s.text)}>in the original</a>
          </>
        )}
      </dd>
      <dt>Topics</dt>
      <dd>{s.topics.length ? <TopicChips topics={s.topics} labels={s.topicLabels} /> : <span className="muted">none found</span>}</dd>
    </dl>
  );
}

export function InContext({ s }: { s: StatementDetail }) {
  const ctx = s.context;
  const named = s.namedHere;
  // The name is marked inside the context when it stands there before the statement's own words.
  const nameInContext = named?.inContext && named.inContext.end <= ctx.statementStart ? named.inContext : null;
  // A lead that describes someone names them in the sentence after ("A school caretaker says… Tom Arden said…").
  const nameAfter = named?.inContext && named.inContext.start >= ctx.statementEnd ? named.inContext : null;
  // Shown apart, the sentence that names the speaker stands where the article has it: before or after.
  const namedLater = !!s.speakerNamed && s.speakerNamed.start >= s.end;
  const namedHere = named && (
    <p className="context named-here">
      <span className="muted">Named here: </span>
      {named.text.slice(0, named.nameStart)}
      <strong>{named.text.slice(named.nameStart, named.nameEnd)}</strong>
      {named.text.slice(named.nameEnd)}
    </p>
  );
  return (
    <>
      <h2>In context</h2>
      {named && !named.inContext && !namedLater && namedHere}
      <p className="context">
        {nameInContext ? (
          <>
            {ctx.text.slice(0, nameInContext.start)}
            <strong title="named here">{ctx.text.slice(nameInContext.start, nameInContext.end)}</strong>
            {ctx.text.slice(nameInContext.end, ctx.statementStart)}
          </>
        ) : (
          ctx.text.slice(0, ctx.statementStart)
        )}
        <mark>{ctx.text.slice(ctx.statementStart, ctx.statementEnd)}</mark>
        {nameAfter ? (
          <>
            {ctx.text.slice(ctx.statementEnd, nameAfter.start)}
            <strong title="named here">{ctx.text.slice(nameAfter.start, nameAfter.end)}</strong>
            {ctx.text.slice(nameAfter.end)}
          </>
        ) : (
          ctx.text.slice(ctx.statementEnd)
        )}
      </p>
      {named && !named.inContext && namedLater && namedHere}
      <p>
        <Link prefetch={false} className="standalone" href={statementInArticleUrl(s.article.slug, s.id)}>Read it in the article →</Link>
      </p>
    </>
  );
}

export function WhyAttributed({ s }: { s: StatementDetail }) {
  return (
    <>
      <h2>Why it is attributed this way</h2>
      <dl className="facts">
        {/* After an editor's reassignment, the words extraction read name the speaker it found, not this one. */}
        <dt>{s.corrections.some((c) => c.field === "speaker") ? "Extraction read" : "Named as"}</dt>
        <dd>{s.speakerAsWritten ? <>“{s.speakerAsWritten}”</> : <span className="muted">no words name the speaker</span>}</dd>
        <dt>Cue</dt>
        <dd>{s.cue ? <>“{s.cue}”</> : <span className="muted">none</span>}</dd>
        <dt>Rule</dt>
        <dd><code>{s.rule}</code></dd>
        <dt>Confidence</dt>
        <dd>{Math.round(s.confidence * 100)}%</dd>
        {s.corrections.length > 0 && (
          <>
            <dt>Corrected</dt>
            <dd>
              {s.corrections.map((c, i) => (
                <p key={i} className="notice">
                  Corrected by an editor{c.editor ? ` (${c.editor})` : ""}: {c.field} — {c.note}
                </p>
              ))}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

const OP_LABELS: Record<string, string> = {
  "reassign-speaker": "speaker",
  "split-speaker": "speaker (a new person)",
  "drop-statement": "not a statement",
  "set-kind": "kind",
  "set-span": "words",
  "set-date": "date",
  "set-metadata": "article",
};

/** Every correction made on the statement: who, when, why, and what it changed. */
export function CorrectionHistory({ s }: { s: StatementDetail }) {
  if (s.history.length === 0) return null;
  const shown = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? "none" : String(value));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Corrected by an editor</h2>
      <ol className="correction-history">
        {s.history.map((c) => (
          <li key={c.id}>
            <time dateTime={c.at}>{c.at.slice(0, 16).replace("T", " ")} UTC</time>, {c.editor ?? "an editor"} corrected the {OP_LABELS[c.op] ?? c.op}: “{c.note}”
            {c.op === "reassign-speaker" || c.op === "split-speaker" ? (
              <> ({shown(c.before.speaker)} → {shown(c.after.speaker)})</>
            ) : c.op === "set-kind" ? (
              <> ({shown(c.before.kind)} → {shown(c.after.kind)})</>
            ) : c.op === "set-span" ? (
              <> (was “{shown(c.before.text)}”)</>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
