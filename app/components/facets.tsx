import Link from "next/link";
import { FacetFilter } from "@/app/components/facet-filter";
import type { FacetValue } from "@/lib/db/statements";
import type { FacetName } from "@/lib/domain/filters";

const TITLES: Record<FacetName, string> = {
  speaker: "Speaker",
  topic: "Topic",
  outlet: "Outlet",
  kind: "Kind",
  year: "Year",
};

const KIND_LABELS: Record<string, string> = { direct: "direct quote", indirect: "reported speech", mixed: "partly quoted" };

/** Values shown before "Show more"; a facet longer than this also gets a box to find a value by name. */
export const FACET_SHOWN = 10;

function FacetLink({ name, value }: { name: FacetName; value: FacetValue }) {
  return (
    <li>
      <Link prefetch={false} href={value.href} aria-current={value.selected ? "true" : undefined} rel="nofollow">
        <span className="facet-label">
          {value.selected && <span aria-hidden="true">✓ </span>}
          {name === "kind" ? (KIND_LABELS[value.label] ?? value.label) : value.label}
        </span>
        <span className="count">{value.count}</span>
      </Link>
    </li>
  );
}

export function Facets({ facets }: { facets: Record<FacetName, FacetValue[]> }) {
  return (
    <nav className="facets" id="filters" aria-label="Filters">
      {(Object.keys(TITLES) as FacetName[]).map((name) => {
        const values = facets[name];
        if (values.length === 0) return null;
        // The chosen values stay in sight whatever their rank: they are what a reader removes.
        const shown = values.filter((v, i) => i < FACET_SHOWN || v.selected);
        const more = values.filter((v, i) => i >= FACET_SHOWN && !v.selected);
        return (
          <section key={name}>
            <h2>{TITLES[name]}</h2>
            {more.length > 0 && <FacetFilter title={TITLES[name]} />}
            <ul>
              {shown.map((value) => <FacetLink key={value.value} name={name} value={value} />)}
            </ul>
            {more.length > 0 && (
              <details className="facet-more">
                <summary>Show {more.length} more</summary>
                <ul>
                  {more.map((value) => <FacetLink key={value.value} name={name} value={value} />)}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </nav>
  );
}
