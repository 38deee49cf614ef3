import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateArticle, profileSource, sidecarTsv, type GeneratedArticle } from "@/bench/corpus";
import { readSources } from "@/bench/sources";

/**
 * Writes `articles` articles made from the seeds and the test fixtures the way the benchmark makes
 * them (outlets, dates over eight years, a few month-only ones) into `folder`, with their sidecar;
 * `adjust` may change them first.
 */
export function writeGeneratedCorpus(folder: string, options: { articles: number; seed: number }, adjust?: (articles: GeneratedArticle[]) => void): void {
  const profiles = readSources(null).map(profileSource);
  const generated = Array.from({ length: options.articles }, (_, i) => generateArticle(profiles, options, i));
  adjust?.(generated);
  mkdirSync(folder, { recursive: true });
  for (const a of generated) writeFileSync(path.join(folder, `${a.key}.txt`), a.text);
  writeFileSync(path.join(folder, "metadata.tsv"), sidecarTsv(generated));
}
