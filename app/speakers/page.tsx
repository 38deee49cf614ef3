import type { Metadata } from "next";
import Link from "next/link";
import { listSpeakers } from "@/lib/db/speakers";
import { speakerUrl } from "@/lib/urls";

// Rendered on every request: Next.js would otherwise prerender a page without parameters at build
// time, from whatever database the build happens to see.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage() {
  const speakers = await listSpeakers();
  return (
    <>
      <h1>Speakers</h1>
      <p className="muted">People and organizations quoted in the corpus, most quoted first.</p>
      <ul className="cards">
        {speakers.map((s) => (
          <li key={s.slug}>
            <Link className="name" href={speakerUrl(s.slug)}>{s.name}</Link>
            {s.kind === "organization" && <> <span className="badge">organization</span></>}
            {s.role && <div className="sub">{s.role}</div>}
            {s.aliases.length > 0 && <div className="sub">also: {s.aliases.join(", ")}</div>}
            <div className="sub">{s.statementCount} {s.statementCount === 1 ? "statement" : "statements"}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
