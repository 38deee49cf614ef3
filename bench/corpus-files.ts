import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { sidecarTsv, type GeneratedArticle } from "@/bench/corpus";

// The generated corpus on disk, in either of two shapes that ingest reads into the same corpus:
// folders of .txt files with a sidecar, or one JSON Lines file with the sidecar's fields as columns.

export type CorpusFormat = "txt" | "jsonl";

/** Folders of 1,000 articles, each with its sidecar. */
export function writeCorpusFolders(dir: string, count: number, article: (i: number) => GeneratedArticle): void {
  for (let start = 0; start < count; start += 1000) {
    const folder = path.join(dir, `part-${String(start / 1000).padStart(4, "0")}`);
    mkdirSync(folder, { recursive: true });
    const batch: GeneratedArticle[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const a = article(i);
      batch.push(a);
      writeFileSync(path.join(folder, `${a.key}.txt`), a.text);
    }
    writeFileSync(path.join(folder, "metadata.tsv"), sidecarTsv(batch));
  }
}

/**
 * One JSON Lines file, an article a line, written as it is generated. Its id is the .txt file's name,
 * so that both shapes give the same article keys (and permalinks).
 */
export function writeCorpusJsonl(file: string, count: number, article: (i: number) => GeneratedArticle): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    let lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = article(i);
      lines.push(`${JSON.stringify({ id: `${a.key}.txt`, title: a.title, outlet: a.outlet, date: a.date, text: a.text })}\n`);
      if (lines.length === 1000 || i === count - 1) {
        writeSync(fd, lines.join(""));
        lines = [];
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes the corpus in `format` under `dir`; returns the path to ingest. */
export function writeCorpus(format: CorpusFormat, dir: string, count: number, article: (i: number) => GeneratedArticle): string {
  if (format === "txt") {
    writeCorpusFolders(dir, count, article);
    return dir;
  }
  const file = path.join(dir, "corpus.jsonl");
  writeCorpusJsonl(file, count, article);
  return file;
}
