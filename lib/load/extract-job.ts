import { applyCorrections } from "@/lib/ingest/apply-corrections";
import type { AppliedCorrection, CorrectionsFile } from "@/lib/ingest/corrections";
import { extractArticle } from "@/lib/ingest/extract";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import type { ExtractedArticle, SourceFormat } from "@/lib/ingest/types";
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
}

export type ExtractResult =
  /** `text` is what is stored when it is not the input itself (a page's readable text). */
  | { ok: true; text: string | null; extracted: ExtractedArticle; applied: AppliedCorrection[] }
  | { ok: false; reason: string };

export function runExtractJob(job: ExtractJob, corrections: CorrectionsFile): ExtractResult {
  try {
    // A saved page becomes its readable text here, in the worker thread, beside the rest of extraction.
    const page = job.format === "html" ? readPage(job.input) : null;
    const text = page?.text ?? job.input;
    if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) throw new Error(`its text is over the ${MAX_ARTICLE_BYTES}-byte limit`);
    const extracted = extractArticle(text, { key: job.key, sidecar: job.sidecar, markup: page?.markup });
    extracted.article.provenance = { ...extracted.article.provenance, format: job.format };
    const corrected = applyCorrections(job.key, extracted, corrections);
    return { ok: true, text: text === job.input ? null : text, extracted: corrected.extracted, applied: corrected.applied };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
