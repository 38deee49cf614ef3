// The article's metadata as stored: what the text says, overridden by the folder's sidecar where it
// has a value, with where each value came from (provenance, shown to readers).

import type { PartialDate } from "@/lib/domain/dates";
import { lookupOutlet } from "../outlets";
import type { SidecarMetadata } from "../sidecar";
import type { Paragraph, Span, ValueSource } from "../types";
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

export interface Metadata {
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  outletUrl: string | null;
  published: PartialDate | null;
  byline: string | null;
  sourceUrl: string | null;
  provenance: Record<string, ValueSource>;
}

type Provenance = Record<string, ValueSource>;

/** The sidecar's values win over the text's; a missing title is derived from the body. */
export function settleMetadata(found: TextMetadata, sidecar: SidecarMetadata | null, text: string, paragraphs: Paragraph[]): Metadata {
  const provenance: Provenance = {};
  const { title, titleDerived } = settleTitle(found.title, sidecar, paragraphs, provenance);
  const { outlet, outletUrl } = settleOutlet(found, sidecar, text, provenance);
  const published = settleDate(found.published, sidecar, provenance);
  let byline = found.byline;
  if (sidecar?.byline) {
    byline = sidecar.byline;
    provenance.byline = "sidecar";
  } else if (byline !== null) {
    provenance.byline = "text";
  }
  const sourceUrl = sidecar?.url ?? null;
  if (sourceUrl !== null) provenance.sourceUrl = "sidecar";
  if (found.dateline !== null) provenance.dateline = "text";
  return { title, titleDerived, outlet, outletUrl, published, byline, sourceUrl, provenance };
}

function settleTitle(title: string | null, sidecar: SidecarMetadata | null, paragraphs: Paragraph[], provenance: Provenance) {
  if (sidecar?.title) {
    provenance.title = "sidecar";
    return { title: sidecar.title, titleDerived: false };
  }
  if (title !== null) {
    provenance.title = "text";
    return { title, titleDerived: false };
  }
  provenance.title = "derived";
  return { title: deriveTitle(paragraphs), titleDerived: true };
}

function settleOutlet(found: TextMetadata, sidecar: SidecarMetadata | null, text: string, provenance: Provenance) {
  let { outlet, outletUrl } = found;
  if (sidecar?.outlet) {
    const known = lookupOutlet(sidecar.outlet);
    // A sidecar naming a different outlet than the text makes the text's URL meaningless.
    if (outlet === null || (known?.name ?? sidecar.outlet) !== outlet) outletUrl = null;
    outlet = known ? known.name : sidecar.outlet;
    provenance.outlet = "sidecar";
  } else if (outlet !== null) {
    provenance.outlet = "text";
  }
  if (sidecar?.outletUrl) {
    outletUrl = sidecar.outletUrl;
    provenance.outletUrl = "sidecar";
  } else if (outletUrl !== null) {
    provenance.outletUrl = provenance.outlet === "text" && text.includes(outletUrl) ? "text" : "derived";
  } else if (outlet !== null) {
    outletUrl = lookupOutlet(outlet)?.url ?? null;
    if (outletUrl !== null) provenance.outletUrl = "derived";
  }
  return { outlet, outletUrl };
}

function settleDate(published: PartialDate | null, sidecar: SidecarMetadata | null, provenance: Provenance): PartialDate | null {
  if (sidecar?.date && hasAnyPart(sidecar.date)) {
    provenance.published = "sidecar";
    return mergeDates(sidecar.date, published);
  }
  if (published !== null && hasAnyPart(published)) provenance.published = "text";
  return published;
}

function hasAnyPart(date: PartialDate): boolean {
  return date.year !== null || date.month !== null || date.day !== null;
}

/**
 * The sidecar's date, with parts it lacks taken from the text when the two do not contradict each
 * other (sidecar "2016" + text "June 5" → 5 June 2016; sidecar "2016-05-16" ignores the text).
 */
function mergeDates(preferred: PartialDate, fallback: PartialDate | null): PartialDate {
  if (!fallback) return { ...preferred };
  const agrees = (a: number | null, b: number | null) => a === null || b === null || a === b;
  if (!agrees(preferred.year, fallback.year) || !agrees(preferred.month, fallback.month)) return { ...preferred };
  const year = preferred.year ?? fallback.year;
  const month = preferred.month ?? fallback.month;
  // Only borrow a finer part when every coarser part is known and agreed.
  const day = preferred.day ?? (month !== null && agrees(preferred.month, fallback.month) ? fallback.day : null);
  return { year, month, day };
}
