// npm run --silent extract -- FILE...
//
// Prints one JSON object per readable file (JSON Lines), in argument order, with the article's metadata
// and its statements; touches no database. Offsets are JavaScript string indices into the file's text
// as read with readFileSync(file, "utf8"); ids are the permalinks ingest stores. Metadata from a
// sidecar beside the file (metadata.json/.tsv/.csv) is used as ingest uses it; editor corrections are
// not applied (this is what the extractor found). A missing, empty, binary or non-UTF-8 file gets a
// one-line error on stderr and makes the exit code 1 once every other file has been processed.

import path from "node:path";
import { articleKey, readArticleFile, readFolderSidecar } from "../lib/load/read-article-files";
import { extractArticle } from "../lib/ingest/extract";
import { sidecarFor } from "../lib/ingest/sidecar";
import type { ExtractedArticle } from "../lib/ingest/types";

type Folder = ReturnType<typeof readFolderSidecar>;

/** The output shape: speakers inline, only the fields a consumer needs. */
export function toJsonLine(file: string, extracted: ExtractedArticle): string {
  const a = extracted.article;
  return JSON.stringify({
    file,
    article: {
      title: a.title,
      titleDerived: a.titleDerived,
      outlet: a.outlet,
      outletUrl: a.outletUrl,
      dateline: a.dateline,
      byline: a.byline,
      published: { year: a.published.year, month: a.published.month, day: a.published.day },
    },
    statements: extracted.statements.map((s) => {
      const speaker = s.speakerIndex === null ? null : extracted.speakers[s.speakerIndex];
      return {
        id: s.id,
        start: s.start,
        end: s.end,
        text: s.text,
        kind: s.kind,
        cue: s.cue,
        speaker: speaker ? { name: speaker.name, asWritten: s.speakerAsWritten ?? speaker.name } : null,
        confidence: s.confidence,
        rule: s.rule,
        topics: s.topics,
      };
    }),
  });
}

function main(): number {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent extract -- FILE...\n");
    return 2;
  }
  const folders = new Map<string, Folder>();
  let failed = 0;
  let out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(""));
    out = [];
  };
  for (const file of files) {
    const read = readArticleFile(file);
    if (!read.ok) {
      failed++;
      flush(); // keep stdout and stderr in argument order when both go to a terminal
      process.stderr.write(`extract: ${file}: ${read.reason}\n`);
      continue;
    }
    const folderPath = path.dirname(path.resolve(file));
    let folder = folders.get(folderPath);
    if (!folder) {
      folder = readFolderSidecar(folderPath);
      folders.set(folderPath, folder);
      if (folder.problem) {
        failed++;
        flush();
        process.stderr.write(`extract: sidecar ignored: ${folder.problem.file}: ${folder.problem.reason.split("\n")[0]}\n`);
      }
    }
    const key = articleKey(file);
    try {
      const extracted = extractArticle(read.text, { key, sidecar: sidecarFor(folder.metadata, key) });
      out.push(toJsonLine(file, extracted) + "\n");
      if (out.length >= 64) flush();
    } catch (error) {
      failed++;
      flush();
      process.stderr.write(`extract: ${file}: could not be extracted: ${(error as Error).message.split("\n")[0]}\n`);
    }
  }
  flush();
  return failed > 0 ? 1 : 0;
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main();
