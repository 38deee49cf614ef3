import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { writeArticle, type WriteOutcome } from "@/lib/db/write-article";
import { articleKey, collectArticleFiles, readArticleFile, readFolderSidecar, type FileProblem } from "@/lib/files/read-article-files";
import { applyCorrections, parseCorrections, unmatchedCorrections, type AppliedCorrection, type CorrectionsFile } from "@/lib/ingest/corrections";
import { extractArticle } from "@/lib/ingest/extract";
import { sidecarFor } from "@/lib/ingest/sidecar";
import { sha256 } from "@/lib/slug";

// The thin shell around the pure ingest core: files in, one transaction per article out.

export interface IngestReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: FileProblem[];
  /** Corrections (by position in the file) that matched nothing in the files of this run. */
  unmatchedCorrections: number[];
}

export interface IngestOptions {
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
  /** The editors' corrections file; lib/ingest/data/corrections.json by default. */
  correctionsFile?: string;
}

export const DEFAULT_CORRECTIONS_FILE = path.join("lib", "ingest", "data", "corrections.json");

/** The corrections file, validated; a bad one stops ingest before anything is written. */
export function readCorrections(file: string = DEFAULT_CORRECTIONS_FILE): CorrectionsFile {
  return parseCorrections(readFileSync(file, "utf8"), file);
}

const ingestCoreDir = path.join(process.cwd(), "lib", "ingest");

/**
 * A fingerprint of the extraction code and its data files: when extraction changes, every article is
 * extracted again on the next ingest; when nothing changed, re-ingest is a no-op.
 */
export function extractorVersion(dir = ingestCoreDir): string {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(ts|json)$/.test(f)).sort();
  return sha256(files.map((f) => `${f}\u0000${readFileSync(path.join(dir, f), "utf8")}`).join("\u0001")).slice(0, 16);
}

/** An error in one line: Prisma's start with a blank line and end with the cause ("database or disk is full"). */
function lastLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((l) => l.trim());
  return lines.filter(Boolean).at(-1) ?? "unknown error";
}

export async function ingestPaths(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const corrections = readCorrections(options.correctionsFile);
  const { files, problems } = collectArticleFiles(paths);
  const report: IngestReport = { created: 0, updated: 0, unchanged: 0, problems, unmatchedCorrections: [] };
  const applied: AppliedCorrection[] = [];
  // The corrections file is part of the input of every article: editing it re-applies it everywhere.
  const version = `${extractorVersion()}:${sha256(JSON.stringify(corrections))}`;

  // Two different files with one name would share permalinks: refuse both, naming both.
  const byKey = new Map<string, string[]>();
  for (const file of files) byKey.set(articleKey(file), [...(byKey.get(articleKey(file)) ?? []), file]);
  const clashing = new Set<string>();
  for (const [key, sameName] of byKey) {
    const distinct = [...new Set(sameName.map((f) => path.resolve(f)))];
    if (distinct.length > 1) {
      for (const file of sameName) {
        clashing.add(file);
        problems.push({ file, reason: `has the same name as ${sameName.filter((f) => f !== file).join(", ")}: article keys (${key}) must be unique` });
      }
    }
  }

  const sidecars = new Map<string, ReturnType<typeof readFolderSidecar>>();
  const seen = new Set<string>();
  for (const [done, file] of files.entries()) {
    options.onFile?.(done, files.length);
    const resolved = path.resolve(file);
    if (clashing.has(file) || seen.has(resolved)) continue;
    seen.add(resolved);
    const read = readArticleFile(file);
    if (!read.ok) {
      problems.push({ file: read.file, reason: read.reason });
      continue;
    }
    const folder = path.dirname(resolved);
    let sidecar = sidecars.get(folder);
    if (!sidecar) {
      sidecar = readFolderSidecar(folder);
      sidecars.set(folder, sidecar);
      if (sidecar.problem) problems.push(sidecar.problem);
    }
    const key = articleKey(file);
    const metadata = sidecarFor(sidecar.metadata, key);
    try {
      const corrected = applyCorrections(key, extractArticle(read.text, { key, sidecar: metadata }), corrections);
      applied.push(...corrected.applied);
      const extracted = corrected.extracted;
      const outcome: WriteOutcome = await writeArticle(db, {
        key,
        sourceFile: path.relative(process.cwd(), resolved),
        text: read.text,
        contentHash: sha256(read.text),
        inputHash: sha256(JSON.stringify([version, read.text, metadata])),
        extracted,
      });
      report[outcome] += 1;
    } catch (error) {
      problems.push({ file, reason: `could not be ingested: ${lastLine(error)}` });
    }
  }
  options.onFile?.(files.length, files.length);
  report.unmatchedCorrections = unmatchedCorrections(corrections, applied);
  return report;
}
