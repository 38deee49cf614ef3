import { applyCorrections } from "@/lib/ingest/apply-corrections";
import type { AppliedCorrection, CorrectionsFile } from "@/lib/ingest/corrections";
import { extractArticle } from "@/lib/ingest/extract";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import type { ExtractedArticle } from "@/lib/ingest/types";

// One article's extraction with the editors' corrections applied: pure, so it runs the same in the
// ingest process or in its worker thread.

export interface ExtractJob {
  key: string;
  text: string;
  sidecar: SidecarMetadata | null;
}

export type ExtractResult =
  | { ok: true; extracted: ExtractedArticle; applied: AppliedCorrection[] }
  | { ok: false; reason: string };

export function runExtractJob(job: ExtractJob, corrections: CorrectionsFile): ExtractResult {
  try {
    const corrected = applyCorrections(job.key, extractArticle(job.text, { key: job.key, sidecar: job.sidecar }), corrections);
    return { ok: true, extracted: corrected.extracted, applied: corrected.applied };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
