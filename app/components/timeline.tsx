import Link from "next/link";
import type { TimelineBucket } from "@/lib/db/dates";
import { dateUrl } from "@/lib/urls";

/** Statements over time, one bar per month, drawn on the server as SVG; unknown years stand apart. */
export function Timeline({ buckets, unknownYear }: { buckets: TimelineBucket[]; unknownYear: number }) {
  const years = [...new Set(buckets.map((b) => b.year))].sort((a, b) => a - b);
  if (years.length === 0 && unknownYear === 0) return null;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const months = years.length ? (last - first + 1) * 12 : 0;
  const max = Math.max(1, ...buckets.map((b) => b.count), unknownYear);
  const width = 640;
  const height = 120;
  const gap = 40;
  const plot = unknownYear ? width - gap - 24 : width;
  const bar = months ? plot / months : 0;
  const scale = (n: number) => Math.max(2, ((height - 24) * n) / max);
  return (
    <figure>
      <svg className="timeline" viewBox={`0 0 ${width} ${height}`} aria-label="Statements over time">
        {buckets.map((b) => {
          const index = (b.year - first) * 12 + ((b.month ?? 1) - 1);
          const h = scale(b.count);
          return (
            <Link prefetch={false} key={`${b.year}-${b.month}`} href={dateUrl({ year: b.year, month: b.month })}>
              <rect x={index * bar + 0.5} y={height - 18 - h} width={Math.max(1, bar - 1)} height={h} fill="currentColor">
                <title>{`${b.month ? `${b.year}-${String(b.month).padStart(2, "0")}` : b.year}: ${b.count} statements`}</title>
              </rect>
            </Link>
          );
        })}
        {years.map((y) => (
          <text key={y} x={(y - first) * 12 * bar} y={height - 4}>
            {y}
          </text>
        ))}
        {unknownYear > 0 && (
          <Link prefetch={false} href="/dates/unknown-year">
            <rect x={width - 24} y={height - 18 - scale(unknownYear)} width={20} height={scale(unknownYear)} fill="currentColor" opacity={0.45}>
              <title>{`Year not stated: ${unknownYear} statements`}</title>
            </rect>
            <text x={width - 30} y={height - 4}>?</text>
          </Link>
        )}
      </svg>
      <figcaption className="muted">
        Statements by month{unknownYear > 0 && <>; the last bar (?) holds {unknownYear} whose year the article does not state</>}.
      </figcaption>
    </figure>
  );
}
