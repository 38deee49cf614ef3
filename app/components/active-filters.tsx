import Link from "next/link";
import type { FilterChip } from "@/lib/db/statements";

/**
 * The filters in force above the results, each removable, and what the page could not apply: a list
 * never narrows or empties without saying why.
 */
export function ActiveFilters({ chips, problems }: { chips: FilterChip[]; problems: string[] }) {
  const unknown = chips.filter((c) => c.unknown);
  return (
    <>
      {problems.length > 0 && (
        <div className="notice" role="alert">
          {problems.map((p) => <p key={p}>{p}</p>)}
        </div>
      )}
      {unknown.map((c) => (
        <p key={`${c.name}-${c.label}`} className="notice" role="alert">
          No {c.name.toLowerCase()} “{c.label}” in the corpus, so nothing matches it. <Link prefetch={false} href={c.removeHref}>Remove it</Link>
        </p>
      ))}
      {chips.length > 0 && (
        <ul className="chips active-filters" aria-label="Filters in force">
          {chips.map((c) => (
            <li key={`${c.name}-${c.label}`}>
              <Link prefetch={false} className="chip" href={c.removeHref} rel="nofollow" aria-label={`Remove ${c.name}: ${c.label}`}>
                {c.name}: {c.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
