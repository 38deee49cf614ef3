import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseSidecar, SIDECAR_FILE_NAMES, type SidecarMetadata } from "@/lib/ingest/sidecar";

// The file side of ingest and extract: whether a file is a readable UTF-8 article (or saved page), and
// the sidecar metadata of its folder. Each rejection names the file and the reason in one line.

/** Larger files are not news articles (the longest PolNeAR article is ~60 KB); see README "Operations". */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/**
 * A saved web page carries scripts, styles and navigation around its article: a saved news page is
 * commonly 0.3–3 MB. Its readable text must still fit MAX_ARTICLE_BYTES.
 */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export interface FileProblem {
  /** The file, or the file and line of a row ("corpus.csv:7"). */
  file: string;
  reason: string;
  /** How many articles this line stands for when more than one (a table's unlisted bad rows). */
  count?: number;
}

export type ArticleFile = { ok: true; file: string; text: string } | ({ ok: false } & FileProblem);

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads one article file as UTF-8 text, or says why it cannot be an article. */
export function readArticleFile(file: string, maxBytes = MAX_ARTICLE_BYTES): ArticleFile {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, file, reason: "is a folder, not a file" };
    if (stat.size > maxBytes) {
      return { ok: false, file, reason: `is ${stat.size} bytes, over the ${maxBytes}-byte limit` };
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
