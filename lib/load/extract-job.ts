import { applyCorrections } from "@/lib/ingest/apply-corrections";
import type { AppliedCorrection, CorrectionsFile } from "@/lib/ingest/corrections";
import { extractArticle } from "@/lib/ingest/extract";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import type { ExtractedArticle, SourceFormat } from "@/lib/ingest/types";

// One article's extraction with the editors' corrections applied: pure, so it runs the same in the
// ingest process or in its worker thread.

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
    const text = job.input;
    const extracted = extractArticle(text, { key: job.key, sidecar: job.sidecar });
    extracted.article.provenance = { ...extracted.article.provenance, format: job.format };
    const corrected = applyCorrections(job.key, extracted, corrections);
    return { ok: true, text: text === job.input ? null : text, extracted: corrected.extracted, applied: corrected.applied };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
