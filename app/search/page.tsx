import type { Metadata } from "next";
import Link from "next/link";
import { ArticleDate } from "@/app/components/article-card";
import { StatementList } from "@/app/components/statement-card";
import { searchArticles } from "@/lib/db/articles";
import { speakersNamed } from "@/lib/db/speakers";
import { ftsQuery, listStatements } from "@/lib/db/statements";
import { formatSearchQuery, parseSearchQuery, withoutRun, wordRuns } from "@/lib/domain/search-query";
import { NO_FILTERS } from "@/lib/domain/filters";
import { searchParamsSchema, statementsHref } from "@/lib/search-params";
import { articleUrl, speakerUrl, statementsUrl } from "@/lib/urls";

// Its query string (filters, cursors, page) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search" };

/** The speaker the words name, if any (the longest name wins, then the most quoted), and the words left. */
async function namedSpeaker(q: string) {
  const query = parseSearchQuery(q);
  if (!query) return { speakers: [], speaker: null, rest: null };
  const runs = wordRuns(query);
  const speakers = await speakersNamed([...new Set(runs.map((r) => r.text))]);
  const run = runs.filter((r) => speakers.some((s) => s.foundBy === r.text)).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  const speaker = run ? speakers.find((s) => s.foundBy === run.text)! : null;
  const left = run ? withoutRun(query, run) : null;
  return { speakers, speaker, rest: left ? formatSearchQuery(left) : null };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q } = searchParamsSchema.parse(await searchParams);
  const match = ftsQuery(q);
  const filters = { ...NO_FILTERS, q: q || null };
  const [named, statements, articles] = match
    ? await Promise.all([
        namedSpeaker(q),
        listStatements({ filters, sort: "relevance", basePath: statementsUrl(), limit: 20, facets: false }),
        searchArticles(match),
      ])
    : [null, null, null];
  const { speaker, rest } = named ?? { speaker: null, rest: null };
  const bySpeaker = speaker
    ? await listStatements({ filters: { ...NO_FILTERS, speaker: [speaker.slug], q: rest }, sort: rest ? "relevance" : "date", basePath: statementsUrl(), limit: 10, facets: false })
    : null;
  return (
    <>
      <h1>Search</h1>
      <form className="search-form" action="/search" method="get" role="search">
        <input type="search" name="q" defaultValue={q} placeholder="Words, e.g. arms race" aria-label="Search the corpus" />
        <button type="submit">Search</button>
      </form>
      <p className="muted">
        “quoted phrase” · either OR other · -left out · negotiat* for words that begin so · a speaker’s name finds what they said
      </p>
      <div id="results" tabIndex={-1}>
      {q && !match && <p className="notice">Type at least one word or number to look for (a word after - is only left out).</p>}
      {named && named.speakers.length > 0 && (
        <>
          <h2>Speakers</h2>
          <ul className="chips">
            {named.speakers.map((s) => (
              <li key={s.slug}>
                <Link prefetch={false} className="chip" href={speakerUrl(s.slug)}>
                  {s.name} <span className="muted">{s.statementCount}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {speaker && bySpeaker && (
        <>
          <h2>
            Statements by {speaker.name}
            {rest && <> matching {rest}</>} <span className="muted">{bySpeaker.total}</span>
          </h2>
          <StatementList items={bySpeaker.items} />
          {bySpeaker.total > bySpeaker.items.length && (
            <p><Link prefetch={false} className="standalone" href={statementsHref(statementsUrl(), { speaker: [speaker.slug], q: rest })}>All {bySpeaker.total} →</Link></p>
          )}
        </>
      )}
      {statements && articles && (
        <>
          <h2>
            Statements {speaker && "with these words"} <span className="muted">{statements.total}</span>
          </h2>
          <StatementList items={statements.items} />
          {statements.total > statements.items.length && (
            <p><Link prefetch={false} className="standalone" href={statementsHref(statementsUrl(), { q })}>All {statements.total} matching statements, with filters →</Link></p>
          )}
          <h2>
            Articles <span className="muted">{articles.total}</span>
          </h2>
          <ol className="article-list">
            {articles.items.map((a) => (
              <li key={a.slug}>
                <Link prefetch={false} className="title" href={articleUrl(a.slug)}>{a.title}</Link>
                <p className="meta">
                  {a.outlet && <span>{a.outlet.name}</span>}
                  <ArticleDate date={a.date} />
                </p>
                <p dangerouslySetInnerHTML={{ __html: a.snippet }} />
              </li>
            ))}
          </ol>
        </>
      )}
      </div>
    </>
  );
}
