import Link from "next/link";

/**
 * A cursor list's pager: the page before (and the first, when the page before is not it) and the
 * page after. Only the next page is prefetched: it is where a reader most likely goes.
 */
export function Pager({ first, previous, next }: { first: string; previous: string | null; next: string | null }) {
  return (
    <nav className="pager" aria-label="Pages">
      <span className="pager-back">
        {previous !== null && <Link prefetch={false} href={previous} rel="prev">← Previous page</Link>}
        {previous !== null && previous !== first && <> · <Link prefetch={false} href={first}>First page</Link></>}
      </span>
      {next !== null && <Link href={next} rel="next">Next page →</Link>}
    </nav>
  );
}
