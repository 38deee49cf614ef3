import Link from "next/link";
import type { TimelineBucket } from "@/lib/db/dates";
import { dateUrl } from "@/lib/urls";

// The chart is drawn in a 640 × 120 box that scales to the figure's width. Its links are not the
// drawn bars but transparent areas over them, at least 24 px each way at the width they show at
// (WCAG 2.5.8): one a month where months are wide enough, else one a year. Which ones show is a
// matter of CSS (globals.css, .timeline.phone-* / .wide-*): the narrowest widths are known here.
const WIDTH = 640;
const HEIGHT = 120;
const LABELS = 18;
/** The year-not-stated bar's area at the right, and the gap before it. */
const UNKNOWN = 48;
const GAP = 8;
/** A link's least width in CSS px, with a pixel to spare for rounding. */
const TARGET = 25;
/** The figure's width on a 390 px phone (main's padding aside), and from the 50rem breakpoint up. */
const PHONE_PX = 358;
const WIDE_PX = 768;

type Grain = "month" | "year";

/** How wide (CSS px) the chart must be for `slots` links across `plot` units to be TARGET px each. */
const widthFor = (slots: number, plot: number) => Math.ceil((TARGET * WIDTH * slots) / plot);

/** Months where they fit at `px`, else years. */
const grainAt = (px: number, months: number, plot: number): Grain => (widthFor(months, plot) <= px ? "month" : "year");

const periodLabel = (b: TimelineBucket) => (b.month ? `${b.year}-${String(b.month).padStart(2, "0")}` : String(b.year));

/** Statements over time, one bar per month, drawn on the server as SVG; unknown years stand apart. */
export function Timeline({ buckets, unknownYear }: { buckets: TimelineBucket[]; unknownYear: number }) {
  const years = [...new Set(buckets.map((b) => b.year))].sort((a, b) => a - b);
  if (years.length === 0 && unknownYear === 0) return null;
  const first = years[0] ?? 0;
  const span = years.length ? (years.at(-1)! - first + 1) : 0;
  const months = span * 12;
  const max = Math.max(1, ...buckets.map((b) => b.count), unknownYear);
  const plot = unknownYear ? WIDTH - UNKNOWN - GAP : WIDTH;
  const bar = months ? plot / months : 0;
  const scale = (n: number) => Math.max(2, ((HEIGHT - 24) * n) / max);
  const phone = grainAt(PHONE_PX, months, plot);
  const wide = grainAt(WIDE_PX, months, plot);
  // Narrower than this, the phone's links would fall under 24 px: the figure scrolls sideways instead.
  const minWidth = Math.max(widthFor(phone === "month" ? months : span, plot), unknownYear ? widthFor(1, UNKNOWN) : 0);
  const perYear = new Map<number, number>();
  for (const b of buckets) perYear.set(b.year, (perYear.get(b.year) ?? 0) + b.count);
  const x = (b: TimelineBucket) => ((b.year - first) * 12 + ((b.month ?? 1) - 1)) * bar;
  return (
    <figure className="timeline-figure">
      <svg className={`timeline phone-${phone} wide-${wide}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={{ minWidth }} aria-label="Statements over time">
        {buckets.map((b) => (
          <rect key={`bar-${periodLabel(b)}`} x={x(b) + 0.5} y={HEIGHT - LABELS - scale(b.count)} width={Math.max(1, bar - 1)} height={scale(b.count)} fill="currentColor" />
        ))}
        {years.map((y) => (
          <text key={y} x={(y - first) * 12 * bar} y={HEIGHT - 4}>
            {y}
          </text>
        ))}
        {buckets.filter((b) => b.month).map((b) => (
          <Link prefetch={false} className="by-month" key={`m-${periodLabel(b)}`} href={dateUrl({ year: b.year, month: b.month })}>
            <rect className="hit" x={x(b)} y={0} width={bar} height={HEIGHT - LABELS}>
              <title>{`${periodLabel(b)}: ${b.count} statements`}</title>
            </rect>
          </Link>
        ))}
        {years.map((y) => (
          <Link prefetch={false} className="by-year" key={`y-${y}`} href={dateUrl({ year: y })}>
            <rect className="hit" x={(y - first) * 12 * bar} y={0} width={12 * bar} height={HEIGHT}>
              <title>{`${y}: ${perYear.get(y)} statements`}</title>
            </rect>
          </Link>
        ))}
        {unknownYear > 0 && (
          <Link prefetch={false} href="/dates/unknown-year">
            <rect x={WIDTH - UNKNOWN / 2 - 10} y={HEIGHT - LABELS - scale(unknownYear)} width={20} height={scale(unknownYear)} fill="currentColor" opacity={0.45} />
            <text x={WIDTH - UNKNOWN / 2 - 3} y={HEIGHT - 4}>?</text>
            <rect className="hit" x={WIDTH - UNKNOWN} y={0} width={UNKNOWN} height={HEIGHT}>
              <title>{`Year not stated: ${unknownYear} statements`}</title>
            </rect>
          </Link>
        )}
      </svg>
      <figcaption className="muted">
        Statements by month{unknownYear > 0 && <>; the last bar (?) holds {unknownYear} whose year the article does not state</>}.
      </figcaption>
    </figure>
  );
}
