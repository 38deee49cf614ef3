import { applyCorrections } from "@/lib/ingest/apply-corrections";
import type { AppliedCorrection, CorrectionsFile } from "@/lib/ingest/corrections";
import { repairMojibake } from "@/lib/ingest/encoding";
import { extractArticle } from "@/lib/ingest/extract";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import type { ExtractedArticle, Paragraph, SourceFormat } from "@/lib/ingest/types";
import { readPage } from "@/lib/load/html";
import { MAX_ARTICLE_BYTES } from "@/lib/load/read-article-files";

// One article's extraction with the editors' corrections applied: no files, no database, so it runs
// the same in the ingest process or in its worker thread.

export interface ExtractJob {
  key: string;
  /** The article as given: its text, or a saved page's HTML. */
  input: string;
  format: SourceFormat;
  sidecar: SidecarMetadata | null;
  /**
   * Set when `input` is an article's stored text (an editor's correction re-extracting it): the saved
   * page's markup metadata and the encoding note that ingest found, as stored (ExtractInput), so that
   * nothing is read or repaired twice.
   */
  stored?: { markup: SidecarMetadata | null; encoding: EncodingNote | null };
}

/** What extraction read besides the text, stored with the article (Article.extractInput). */
export interface ExtractInput {
  format: SourceFormat;
  sidecar: SidecarMetadata | null;
  markup: SidecarMetadata | null;
  encoding: EncodingNote | null;
}

export type ExtractResult =
  /** `text` is what is stored when it is not the input itself (a page's readable text, repaired mojibake). */
  | { ok: true; text: string | null; extracted: ExtractedArticle; applied: AppliedCorrection[]; encoding: EncodingNote | null; markup: SidecarMetadata | null }
  | { ok: false; reason: string };

/** Mojibake repaired in the text or its metadata, or damage that could not be undone. */
export interface EncodingNote {
  repaired: number;
  layers: number;
  damaged: boolean;
}

/** The given metadata's text values with their mojibake undone. */
function repairedMetadata(metadata: SidecarMetadata | null) {
  const note = { metadata, repaired: 0, layers: 0, damaged: false };
  if (!metadata) return note;
  const out: SidecarMetadata = { ...metadata };
  for (const field of ["title", "outlet", "byline"] as const) {
    const value = metadata[field];
    if (!value) continue;
    const repair = repairMojibake(value);
    out[field] = repair.text;
    note.repaired += repair.repaired;
    note.layers = Math.max(note.layers, repair.layers);
    note.damaged ||= repair.damaged;
  }
  return { ...note, metadata: out };
}

export function runExtractJob(job: ExtractJob, corrections: CorrectionsFile): ExtractResult {
  try {
    // A saved page becomes its readable text here, in the worker thread, beside the rest of extraction.
    const page = job.stored ? { text: job.input, markup: job.stored.markup } : job.format === "html" ? readPage(job.input) : null;
    // Mojibake is undone before anything is read, so that offsets point into the repaired text.
    const repaired = job.stored ? { text: job.input, repaired: 0, layers: 0, damaged: false } : repairMojibake(page?.text ?? job.input);
    const text = repaired.text;
    if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) throw new Error(`its text is over the ${MAX_ARTICLE_BYTES}-byte limit`);
    const sidecar = repairedMetadata(job.sidecar);
    const markup = repairedMetadata(page?.markup ?? null);
    const parts = [repaired, sidecar, markup];
    const encoding: EncodingNote = job.stored?.encoding ?? {
      repaired: parts.reduce((n, p) => n + p.repaired, 0),
      layers: Math.max(...parts.map((p) => p.layers)),
      damaged: parts.some((p) => p.damaged),
    };
    const extracted = extractArticle(text, { key: job.key, sidecar: sidecar.metadata, markup: markup.metadata });
    extracted.article.provenance = {
      ...extracted.article.provenance,
      format: job.format,
      ...(encoding.damaged ? { encoding: "damaged" as const } : encoding.repaired > 0 ? { encoding: "repaired" as const } : {}),
    };
    const corrected = applyCorrections(job.key, extracted, corrections);
    const changed = encoding.repaired > 0 || encoding.damaged;
    return {
      ok: true,
      text: text === job.input ? null : text,
      extracted: corrected.extracted,
      applied: corrected.applied,
      encoding: changed ? encoding : null,
      markup: page?.markup ?? null,
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A result as ingest writes it: a paragraph's (or related headline's, or boilerplate line's) offsets
 * are stored, never its text, which is a copy of the article's. Without them a batch's results are a
 * third smaller on the ingest process's heap (2,000 articles: ~45 MB to ~30 MB).
 */
export function forWriting(result: ExtractResult): ExtractResult {
  if (!result.ok) return result;
  const offsetsOnly = (spans: Paragraph[]) => spans.map(({ start, end }) => ({ start, end, text: "" }));
  const { article } = result.extracted;
  return {
    ...result,
    extracted: {
      ...result.extracted,
      article: { ...article, paragraphs: offsetsOnly(article.paragraphs), relatedHeadlines: offsetsOnly(article.relatedHeadlines), boilerplate: offsetsOnly(article.boilerplate) },
    },
  };
}
