// The article's metadata as stored: what the text says, overridden by what was given beside it (a
// sidecar row or a table's columns, then a saved page's markup) where those have a value, with where
// each value came from (provenance, shown to readers). A date may be completed from another source
// (a sidecar's year, the year in the article's URL) only where the two agree.

import type { PartialDate } from "@/lib/domain/dates";
import { dateFromUrl } from "../dates";
import { lookupOutlet } from "../outlets";
import type { SidecarMetadata } from "../sidecar";
import type { Paragraph, Provenance, Span, ValueSource } from "../types";
import type { Dateline } from "./dateline";
import { deriveTitle } from "./title";

/** What the text itself says about the article. */
export interface TextMetadata {
  title: string | null;
  titleSpan: Span | null;
  outlet: string | null;
  outletUrl: string | null;
  published: PartialDate | null;
  byline: string | null;
  dateline: Dateline | null;
}

/** Metadata given with the text, strongest first: a sidecar (or the row's columns), then a page's markup. */
export interface GivenMetadata {
  sidecar?: SidecarMetadata | null;
  markup?: SidecarMetadata | null;
}

export interface Metadata {
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  outletUrl: string | null;
  published: PartialDate | null;
  byline: string | null;
  sourceUrl: string | null;
  provenance: Provenance;
}

type Field = keyof SidecarMetadata;

/** A given value and where it came from, or null. */
function given<F extends Field>(layers: GivenMetadata, field: F): { value: NonNullable<SidecarMetadata[F]>; source: ValueSource } | null {
  for (const source of ["sidecar", "markup"] as const) {
    const value = layers[source]?.[field];
    if (value !== null && value !== undefined) return { value: value as NonNullable<SidecarMetadata[F]>, source };
  }
  return null;
}

/** Given values win over the text's; a missing title is derived from the body. */
export function settleMetadata(found: TextMetadata, layers: GivenMetadata, text: string, paragraphs: Paragraph[]): Metadata {
  const provenance: Provenance = {};
  const { title, titleDerived } = settleTitle(found.title, layers, paragraphs, provenance);
  const { outlet, outletUrl } = settleOutlet(found, layers, text, provenance);
  const url = given(layers, "url");
  const sourceUrl = url?.value ?? null;
  const published = settleDate(found.published, layers, sourceUrl, provenance);
  let byline = found.byline;
  const givenByline = given(layers, "byline");
  if (givenByline) {
    byline = givenByline.value;
    provenance.byline = givenByline.source;
  } else if (byline !== null) {
    provenance.byline = "text";
  }
  if (url) provenance.sourceUrl = url.source;
  if (found.dateline !== null) provenance.dateline = "text";
  return { title, titleDerived, outlet, outletUrl, published, byline, sourceUrl, provenance };
}

function settleTitle(title: string | null, layers: GivenMetadata, paragraphs: Paragraph[], provenance: Provenance) {
  const givenTitle = given(layers, "title");
  if (givenTitle) {
    provenance.title = givenTitle.source;
    return { title: givenTitle.value, titleDerived: false };
  }
  if (title !== null) {
    provenance.title = "text";
    return { title, titleDerived: false };
  }
  provenance.title = "derived";
  return { title: deriveTitle(paragraphs), titleDerived: true };
}

function settleOutlet(found: TextMetadata, layers: GivenMetadata, text: string, provenance: Provenance) {
  let { outlet, outletUrl } = found;
  const givenOutlet = given(layers, "outlet");
  if (givenOutlet) {
    const known = lookupOutlet(givenOutlet.value);
    // Given metadata naming a different outlet than the text makes the text's URL meaningless.
    if (outlet === null || (known?.name ?? givenOutlet.value) !== outlet) outletUrl = null;
    outlet = known ? known.name : givenOutlet.value;
    provenance.outlet = givenOutlet.source;
  } else if (outlet !== null) {
    provenance.outlet = "text";
  }
  const givenUrl = given(layers, "outletUrl");
  if (givenUrl) {
    outletUrl = givenUrl.value;
    provenance.outletUrl = givenUrl.source;
  } else if (outletUrl !== null) {
    provenance.outletUrl = provenance.outlet === "text" && text.includes(outletUrl) ? "text" : "derived";
  } else if (outlet !== null) {
    outletUrl = lookupOutlet(outlet)?.url ?? null;
    if (outletUrl !== null) provenance.outletUrl = "derived";
  }
  return { outlet, outletUrl };
}

/**
 * The strongest source's date (sidecar, markup, text, the article's URL), its missing parts taken
 * from the others in that order where they agree; `publishedCompletedFrom` says where the first
 * borrowed part came from.
 */
function settleDate(published: PartialDate | null, layers: GivenMetadata, sourceUrl: string | null, provenance: Provenance): PartialDate | null {
  const sources: [ValueSource, PartialDate | null | undefined][] = [
    ["sidecar", layers.sidecar?.date],
    ["markup", layers.markup?.date],
    ["text", published],
    ["url", sourceUrl ? dateFromUrl(sourceUrl) : null],
  ];
  const stated = sources.filter((entry): entry is [ValueSource, PartialDate] => !!entry[1] && hasAnyPart(entry[1]));
  if (stated.length === 0) return published;
  const [[source, first], ...rest] = stated as [[ValueSource, PartialDate], ...[ValueSource, PartialDate][]];
  provenance.published = source;
  let date = { ...first };
  for (const [other, fallback] of rest) {
    const merged = mergeDates(date, fallback);
    if (merged.year !== date.year || merged.month !== date.month || merged.day !== date.day) provenance.publishedCompletedFrom ??= other;
    date = merged;
  }
  return date;
}

function hasAnyPart(date: PartialDate): boolean {
  return date.year !== null || date.month !== null || date.day !== null;
}

/**
 * The preferred date, with parts it lacks taken from the fallback when the two do not contradict
 * each other (sidecar "2016" + text "June 5" → 5 June 2016; sidecar "2016-05-16" ignores the text).
 */
function mergeDates(preferred: PartialDate, fallback: PartialDate): PartialDate {
  const agrees = (a: number | null, b: number | null) => a === null || b === null || a === b;
  if (!agrees(preferred.year, fallback.year) || !agrees(preferred.month, fallback.month)) return { ...preferred };
  const year = preferred.year ?? fallback.year;
  const month = preferred.month ?? fallback.month;
  // Only borrow a finer part when every coarser part is known and agreed.
  const day = preferred.day ?? (month !== null && agrees(preferred.month, fallback.month) ? fallback.day : null);
  return { year, month, day };
}
