import { NO_SPEAKER, type StatementFilters, type FacetName } from "@/lib/domain/filters";
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
  /** A chosen value that names nothing in the corpus (a mistyped or retired slug). */
  unknown?: boolean;
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
    year: filters.year ?? null,
    confidence: filters.confidence == null ? null : String(filters.confidence),
  };
}

/** How the speaker facet and its chip name statements whose speaker was not identified. */
export const NO_SPEAKER_LABEL = "Speaker not identified";

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
    const value = (v: string, label: string, count: number): FacetValue => ({
      value: v, label, count, selected: selected.includes(v), href: href({ [name]: toggle(selected, v) }),
    });
    const out: FacetValue[] = rows
      .filter((r): r is CountRow & { value: string } => r.value !== null)
      .map((r) => value(String(r.value), r.label ?? String(r.value), Number(r.n)));
    // The speaker facet's count of statements with no speaker (value NULL) takes its place by count.
    const unidentified = name === "speaker" ? rows.find((r) => r.value === null) : undefined;
    if (unidentified && Number(unidentified.n) > 0) {
      const at = out.findIndex((v) => v.count < Number(unidentified.n));
      out.splice(at === -1 ? out.length : at, 0, value(NO_SPEAKER, NO_SPEAKER_LABEL, Number(unidentified.n)));
    }
    // A selected value stays visible (and removable) even when it is outside the top counts (its count
    // then comes from selectedOutsideTop) or names nothing.
    for (const v of selected) {
      if (out.some((o) => o.value === v)) continue;
      if (name === "speaker" && v === NO_SPEAKER) out.push(value(v, NO_SPEAKER_LABEL, 0));
      else out.push({ ...value(v, v, 0), unknown: name !== "kind" });
    }
    return out;
  };

  const yearValues: FacetValue[] = of("year").map((r) => {
    const year = r.value === null ? null : Number(r.value);
    const range = year === null ? null : { from: year * 10_000 + 101, to: year * 10_000 + 1231 };
    const selected = range === null ? filters.year === "unknown" : filters.from === range.from && filters.to === range.to;
    return {
      value: year === null ? "unknown" : String(year),
      label: year === null ? "Year not stated" : String(year),
      count: Number(r.n),
      selected,
      // Unknown-year statements never match a date range: choosing them drops the range, and the
      // other filters (the speaker of a speaker page) stay.
      href:
        year === null
          ? href({ year: filters.year === "unknown" ? null : "unknown", from: null, to: null })
          : href({ from: day(selected ? null : range!.from), to: day(selected ? null : range!.to), year: null }),
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

/** A filter in force, as a removable chip above the results. */
export interface FilterChip {
  /** What is filtered on, e.g. "Speaker". */
  name: string;
  /** Its value as a reader knows it, e.g. "Sergey Lavrov" or "16 May 2016". */
  label: string;
  /** The same list without this value. */
  removeHref: string;
  /** A slug that names nothing in the corpus. */
  unknown?: boolean;
}

const CHIP_NAMES = { speaker: "Speaker", topic: "Topic", outlet: "Outlet", kind: "Kind" } as const;

/** Every filter of the list, each with the link that removes it (the facets give the names of slugs). */
export function filterChips(options: ListStatementsOptions, facets: Record<FacetName, FacetValue[]>): FilterChip[] {
  const { filters } = options;
  const keep = options.keep ?? {};
  const current = { ...filterParams(filters), ...keep };
  const without = (changes: Record<string, QueryValue>) => withParams(options.basePath, { ...current, ...changes });
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ name: "Words", label: filters.q, removeHref: without({ q: null }) });
  for (const dim of ["speaker", "topic", "outlet", "kind"] as const) {
    for (const value of filters[dim]) {
      const facet = facets[dim].find((v) => v.value === value);
      chips.push({
        name: CHIP_NAMES[dim],
        label: dim === "speaker" && value === NO_SPEAKER ? "not identified" : (facet?.label ?? value),
        removeHref: without({ [dim]: filters[dim].filter((v) => v !== value) }),
        ...(facet?.unknown ? { unknown: true } : {}),
      });
    }
  }
  if (filters.from !== null) chips.push({ name: "From", label: day(filters.from)!, removeHref: without({ from: null }) });
  if (filters.to !== null) chips.push({ name: "To", label: day(filters.to)!, removeHref: without({ to: null }) });
  if (filters.year === "unknown") chips.push({ name: "Date", label: "Year not stated", removeHref: without({ year: null }) });
  if (filters.confidence != null) chips.push({ name: "Confidence", label: `at least ${filters.confidence}`, removeHref: without({ confidence: null }) });
  return chips;
}
