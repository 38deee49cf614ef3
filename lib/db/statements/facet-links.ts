import type { StatementFilters, FacetName } from "@/lib/domain/filters";
import type { CountRow } from "@/lib/db/statements/facet-counts";
import type { ListStatementsOptions } from "@/lib/db/statements/list";
import { withParams, type QueryValue } from "@/lib/urls";

// Facets are data: each counted value with the link that toggles it in the list's query string.

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  href: string;
}

/** The filters as query parameters, in a fixed order, so that links are stable. */
const day = (n: number | null) => (n === null ? null : `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`);

export function filterParams(filters: StatementFilters): Record<string, QueryValue> {
  return {
    q: filters.q,
    speaker: filters.speaker,
    topic: filters.topic,
    outlet: filters.outlet,
    kind: filters.kind,
    from: day(filters.from),
    to: day(filters.to),
  };
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function facetValues(options: ListStatementsOptions, counts: CountRow[]): Record<FacetName, FacetValue[]> {
  const { filters } = options;
  const keep = options.keep ?? {};
  const current = { ...filterParams(filters), ...keep };
  // The current parameters with some filters changed (the parameters in `keep` stay as they are).
  const href = (changes: Record<string, QueryValue>) => {
    const params = { ...current };
    for (const [key, value] of Object.entries(changes)) if (!(key in keep)) params[key] = value;
    return withParams(options.basePath, params);
  };
  const of = (facet: FacetName) => counts.filter((c) => c.facet === facet);

  const values = (rows: CountRow[], selected: string[], name: "speaker" | "topic" | "outlet" | "kind"): FacetValue[] => {
    const out: FacetValue[] = rows
      .filter((r): r is CountRow & { value: string } => r.value !== null)
      .map((r) => ({
        value: String(r.value),
        label: r.label ?? String(r.value),
        count: Number(r.n),
        selected: selected.includes(String(r.value)),
        href: href({ [name]: toggle(selected, String(r.value)) }),
      }));
    // A selected value stays visible (and removable) even when it is outside the top counts.
    for (const value of selected) {
      if (!out.some((v) => v.value === value)) {
        out.push({ value, label: value, count: 0, selected: true, href: href({ [name]: toggle(selected, value) }) });
      }
    }
    return out;
  };

  const yearValues: FacetValue[] = of("year").map((r) => {
    const year = r.value === null ? null : Number(r.value);
    const range = year === null ? null : { from: year * 10_000 + 101, to: year * 10_000 + 1231 };
    const selected = range !== null && filters.from === range.from && filters.to === range.to;
    return {
      value: year === null ? "unknown" : String(year),
      label: year === null ? "Year not stated" : String(year),
      count: Number(r.n),
      selected,
      // Unknown-year statements never match a date range: that value links to their own page instead.
      href:
        year === null
          ? "/dates/unknown-year"
          : href({ from: day(selected ? null : range!.from), to: day(selected ? null : range!.to) }),
    };
  });

  return {
    speaker: values(of("speaker"), filters.speaker, "speaker"),
    topic: values(of("topic"), filters.topic, "topic"),
    outlet: values(of("outlet"), filters.outlet, "outlet"),
    kind: values(of("kind"), filters.kind, "kind"),
    year: yearValues,
  };
}
