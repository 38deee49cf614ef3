import { readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { SIDECAR_FILE_NAMES } from "@/lib/ingest/sidecar";
import type { FileProblem } from "@/lib/load/read-article-files";
import { ARTICLE_EXTENSIONS, formatOf, type FileFormat } from "./formats";

// The command's paths expanded into sources: files as given, folders to the article files in them
// (sorted, recursive). A missing path or a folder without articles is a problem, reported, not thrown.

export interface Source extends FileFormat {
  file: string;
  /** Its size on disk, for progress (compressed, for a .gz). */
  bytes: number;
}

const SIDECARS = new Set<string>(SIDECAR_FILE_NAMES);

export function collectSources(paths: readonly string[]): { sources: Source[]; problems: FileProblem[] } {
  const sources: Source[] = [];
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, format: FileFormat, bytes: number) => {
    // The same file named twice (a file and its folder) is read once.
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    sources.push({ file, ...format, bytes });
  };
  for (const given of paths) {
    let stat;
    try {
      stat = statSync(given);
    } catch {
      problems.push({ file: given, reason: "does not exist" });
      continue;
    }
    if (!stat.isDirectory()) {
      // A file named on the command line is read whatever its name: plain text unless it says otherwise.
      add(given, formatOf(given) ?? { format: "txt", gzip: false }, stat.size);
      continue;
    }
    const found = articleFilesIn(given);
    if (found.length === 0) problems.push({ file: given, reason: `is a folder with no article files (${ARTICLE_EXTENSIONS})` });
    for (const file of found) add(file, formatOf(file)!, statSync(file).size);
  }
  return { sources, problems };
}

/** A folder's article files, sorted by path; its sidecar files are metadata, not articles. */
function articleFilesIn(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && !SIDECARS.has(entry.name.toLowerCase()) && formatOf(entry.name) !== null)
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
