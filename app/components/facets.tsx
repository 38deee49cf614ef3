import Link from "next/link";
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

export function Facets({ facets }: { facets: Record<FacetName, FacetValue[]> }) {
  return (
    <nav className="facets" id="filters" aria-label="Filters">
      {(Object.keys(TITLES) as FacetName[]).map((name) =>
        facets[name].length === 0 ? null : (
          <section key={name}>
            <h2>{TITLES[name]}</h2>
            <ul>
              {facets[name].map((value) => (
                <li key={value.value}>
                  <Link prefetch={false} href={value.href} aria-current={value.selected ? "true" : undefined} rel="nofollow">
                    <span className="facet-label">
                      {value.selected && <span aria-hidden="true">✓ </span>}
                      {name === "kind" ? (KIND_LABELS[value.label] ?? value.label) : value.label}
                    </span>
                    <span className="count">{value.count}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </nav>
  );
}
