import type { Metadata } from "next";
import Link from "next/link";
import { ChipLinks } from "@/app/components/chips";
import { Timeline } from "@/app/components/timeline";
import { statementTimeline } from "@/lib/db/dates";
import { monthName } from "@/lib/domain/dates";
import { dateUrl } from "@/lib/urls";

// Rendered on every request: Next.js would otherwise prerender a page without parameters at build
// time, from whatever database the build happens to see.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dates" };

export default async function DatesPage() {
  const { buckets, unknownYear } = await statementTimeline();
  const years = new Map<number, typeof buckets>();
  for (const b of buckets) years.set(b.year, [...(years.get(b.year) ?? []), b]);
  return (
    <>
      <h1>Dates</h1>
      <Timeline buckets={buckets} unknownYear={unknownYear} />
      {[...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, months]) => (
        <section key={year}>
          <h2>
            <Link prefetch={false} href={dateUrl({ year })}>{year}</Link>{" "}
            <span className="muted">{months.reduce((n, m) => n + m.count, 0)}</span>
          </h2>
          <ChipLinks
            chips={months.map((m) => ({
              key: String(m.month ?? 0),
              href: m.month ? dateUrl({ year, month: m.month }) : dateUrl({ year }),
              label: m.month ? monthName(m.month) : "month not stated",
              count: m.count,
            }))}
          />
        </section>
      ))}
      {unknownYear > 0 && (
        <section>
          <h2>
            <Link prefetch={false} href="/dates/unknown-year">Year not stated</Link> <span className="muted">{unknownYear}</span>
          </h2>
          <p className="muted">Articles that give a day and month but no year (like a TASS dateline “MOSCOW, June 5”). Verbatim never guesses the year.</p>
        </section>
      )}
    </>
  );
}
