import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSidecar, sidecarFor, SIDECAR_FILE_NAMES, type SidecarMetadata } from "@/lib/ingest/sidecar";
import type { SourceArticle } from "./corpus";

// The files side of the benchmark corpus: which real texts it varies. With --corpus, a folder of news
// texts (PolNeAR's data/train: texts in text/, headlines in ../metadata.tsv); without it, the
// project's own seeds and test fixtures, so the benchmark runs on any checkout.

export const FALLBACK_SOURCES = ["seeds", path.join("tests", "ingest", "fixtures")];

function sidecarNear(folder: string): Map<string, SidecarMetadata> {
  for (const dir of [folder, path.dirname(folder), path.dirname(path.dirname(folder))]) {
    for (const name of SIDECAR_FILE_NAMES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      try {
        return parseSidecar(file, readFileSync(file, "utf8"));
      } catch {
        // A sidecar we cannot read only costs the headlines: the texts still vary.
        return new Map();
      }
    }
  }
  return new Map();
}

/** The .txt articles of a folder (its text/ sub-folder when it has one), in name order. */
export function readSourceFolder(folder: string): SourceArticle[] {
  const texts = existsSync(path.join(folder, "text")) ? path.join(folder, "text") : folder;
  const titles = sidecarNear(texts);
  return readdirSync(texts)
    .filter((f) => f.toLowerCase().endsWith(".txt"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/i, ""),
      text: readFileSync(path.join(texts, f), "utf8"),
      title: sidecarFor(titles, f)?.title ?? null,
    }))
    .filter((s) => s.text.trim() !== "");
}

export function readSources(corpus: string | null): SourceArticle[] {
  return corpus ? readSourceFolder(corpus) : FALLBACK_SOURCES.flatMap(readSourceFolder);
}
