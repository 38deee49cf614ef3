import type { Metadata } from "next";
import Link from "next/link";
import { Downloads } from "@/app/components/downloads";
import { Pager } from "@/app/components/pager";
import { listSpeakers } from "@/lib/db/speakers";
import { speakerPageParamsSchema, speakersDownloadHref, speakersHref } from "@/lib/search-params";
import { speakersApiUrl, speakersUrl, speakerUrl } from "@/lib/urls";
import { counted } from "@/lib/domain/count";

// Its query string (name search, cursor) picks what it shows: rendered on every request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage({ searchParams }: PageProps<"/speakers">) {
  const { q, cursor } = speakerPageParamsSchema.parse(await searchParams);
  const page = await listSpeakers({ q, cursor, limit: 100 });
  return (
    <>
      <h1>Speakers</h1>
      <p className="muted">People and organizations quoted in the corpus, most quoted first.</p>
      <form className="search-form" action={speakersUrl()} method="get" role="search">
        <input type="search" name="q" defaultValue={q ?? ""} placeholder="A name, e.g. Lavrov" aria-label="Find a speaker" />
        <button type="submit">Find</button>
      </form>
      <p className="sort">
        {page.total} {page.total === 1 ? "speaker" : "speakers"}
        {q && <> named like “{q}” · <Link prefetch={false} href={speakersUrl()}>all speakers</Link></>}
        {" · "}
        <Downloads href={(format) => speakersDownloadHref(speakersApiUrl(), q, format)} />
      </p>
      <ul className="cards" id="results" tabIndex={-1}>
        {page.items.map((s) => (
          <li key={s.slug}>
            <Link className="name" href={speakerUrl(s.slug)} prefetch={false}>{s.name}</Link>
            {s.kind === "organization" && <> <span className="badge">organization</span></>}
            {s.role && <div className="sub">{s.role}</div>}
            {s.aliases.length > 0 && <div className="sub">also: {s.aliases.join(", ")}</div>}
            <div className="sub">{counted(s.statementCount, "statement")}</div>
          </li>
        ))}
      </ul>
      {page.items.length === 0 && <p className="notice">{q ? `No speaker is named like “${q}”.` : "No speaker yet."}</p>}
      <Pager
        first={speakersHref(speakersUrl(), { q })}
        previous={page.previous && speakersHref(speakersUrl(), { q, cursor: page.previous.cursor })}
        next={page.nextCursor && speakersHref(speakersUrl(), { q, cursor: page.nextCursor })}
      />
    </>
  );
}
