import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { articlesUrl, datesUrl, speakersUrl, statementsUrl, topicsUrl } from "@/lib/urls";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Verbatim", template: "%s · Verbatim" },
  description: "Who said what, when, about what: a browser for news statements.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* Shown only where the page has results (globals.css: :has(#results)). */}
        <a className="skip-link skip-results" href="#results">
          Skip to results
        </a>
        <header className="site-header">
          <Link prefetch={false} href="/" className="brand">
            Verbatim
          </Link>
          <nav aria-label="Main">
            <Link prefetch={false} href={articlesUrl()}>Articles</Link>
            <Link prefetch={false} href={statementsUrl()}>Statements</Link>
            <Link prefetch={false} href={speakersUrl()}>Speakers</Link>
            <Link prefetch={false} href={topicsUrl()}>Topics</Link>
            <Link prefetch={false} href={datesUrl()}>Dates</Link>
            <Link prefetch={false} href="/search">Search</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Verbatim — statements as they were reported, with the words that attribute them.{" "}
          <Link prefetch={false} href="/editor">Editors</Link>
        </footer>
      </body>
    </html>
  );
}
