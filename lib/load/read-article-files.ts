import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseSidecar, SIDECAR_FILE_NAMES, type SidecarMetadata } from "@/lib/ingest/sidecar";

// The file side of ingest and extract: which files a command was given, and whether each one is a
// readable plain-text article. Each rejection names the file and the reason in one line.

/** Larger files are not news articles (the longest PolNeAR article is ~60 KB); see README "Operations". */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface FileProblem {
  file: string;
  reason: string;
}

export type ArticleFile = { ok: true; file: string; text: string } | ({ ok: false } & FileProblem);

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads one article file as UTF-8 text, or says why it cannot be an article. */
export function readArticleFile(file: string): ArticleFile {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, file, reason: "is a folder, not a file" };
    if (stat.size > MAX_ARTICLE_BYTES) {
      return { ok: false, file, reason: `is ${stat.size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` };
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "does not exist" : code === "EACCES" ? "cannot be read (permission denied)" : `cannot be read (${code ?? String(error)})`;
    return { ok: false, file, reason };
  }
  if (bytes.includes(0)) return { ok: false, file, reason: "is binary (contains NUL bytes), not plain text" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, file, reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
  if (text.trim() === "") return { ok: false, file, reason: "is empty" };
  return { ok: true, file, text };
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  // Binary search on the longest valid prefix: decoding is the only validator we trust.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A valid prefix may end inside a character (streaming allows that): the bad sequence starts at
  // the last complete character boundary, at most three bytes back.
  for (let at = lo; at > Math.max(0, lo - 4); at--) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, at));
      return at;
    } catch {
      // still inside the incomplete character
    }
  }
  return Math.max(0, lo - 3);
}

/**
 * Expands the command's paths: files as given, folders to their `.txt` files (sorted, recursive).
 * A missing path or a folder without `.txt` files is a problem, reported, not thrown.
 */
export function collectArticleFiles(paths: readonly string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = statSync(given);
    } catch {
      problems.push({ file: given, reason: "does not exist" });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const found = (readdirSync(given, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".txt"))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    if (found.length === 0) problems.push({ file: given, reason: "is a folder with no .txt files" });
    files.push(...found);
  }
  return { files, problems };
}

/** The article's key: its file name. Two different files with one name are an ingest error. */
export const articleKey = (file: string): string => path.basename(file);

/** The sidecar metadata of a folder, if it has one; a broken sidecar is a problem naming it. */
export function readFolderSidecar(folder: string): { metadata: Map<string, SidecarMetadata>; problem?: FileProblem } {
  for (const name of SIDECAR_FILE_NAMES) {
    const file = path.join(folder, name);
    if (!existsSync(file)) continue;
    try {
      return { metadata: parseSidecar(file, readFileSync(file, "utf8")) };
    } catch (error) {
      return { metadata: new Map(), problem: { file, reason: (error as Error).message } };
    }
  }
  return { metadata: new Map() };
}
