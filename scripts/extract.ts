// npm run --silent extract -- FILE_OR_FOLDER...
//
// Prints one JSON object per article (JSON Lines), in argument order, with the article's metadata and
// its statements; touches no database. It reads what ingest reads (.txt files, saved pages, tables'
// rows). Offsets are JavaScript string indices into the file's text as read with
// readFileSync(file, "utf8"), or, for a row, a page or a repaired text, into the "text" the line
// carries; ids are the permalinks ingest stores. Metadata from a sidecar beside the file
// (metadata.json/.tsv/.csv) is used as ingest uses it; editor corrections are not applied (this is
// what the extractor found). A missing, empty, binary or non-UTF-8 file, or a bad row, gets a one-line
// error on stderr and makes the exit code 1 once every other article has been processed.

import type { CorrectionsFile } from "../lib/ingest/corrections";
import type { ExtractedArticle } from "../lib/ingest/types";
import { runExtractJob } from "../lib/load/extract-job";
import { collectSources } from "../lib/load/sources/collect";
import { readRecords, type ArticleRecord } from "../lib/load/sources/records";

/**
 * The output shape: speakers inline, only the fields a consumer needs. A row or a saved page
 * (or a text whose mojibake was repaired) also carries its key and the text the offsets point into.
 */
export function toJsonLine(record: ArticleRecord, text: string | null, extracted: ExtractedArticle): string {
  const a = extracted.article;
  const whole = record.format === "txt" && text === null;
  return JSON.stringify({
    file: record.at,
    ...(whole ? {} : { key: record.key, text: text ?? record.input }),
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

/** No editor corrections: this is what the extractor found. */
const NO_CORRECTIONS: CorrectionsFile = { version: 1, corrections: [] };

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  if (paths.length === 0) {
    process.stderr.write("usage: npm run --silent extract -- FILE_OR_FOLDER...\n");
    return 2;
  }
  const { sources, problems } = collectSources(paths);
  let failed = 0;
  let said = 0;
  let out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(""));
    out = [];
    // Problems as they are found, after the lines before them: stdout and stderr stay in order on a terminal.
    for (; said < problems.length; said++) {
      failed++;
      process.stderr.write(`extract: ${problems[said]!.file}: ${problems[said]!.reason.split("\n")[0]}\n`);
    }
  };
  for await (const record of readRecords(sources, { problems })) {
    if (problems.length > said) flush();
    const result = runExtractJob({ key: record.key, input: record.input, format: record.format, sidecar: record.sidecar }, NO_CORRECTIONS);
    if (!result.ok) {
      problems.push({ file: record.at, reason: `could not be extracted: ${result.reason}` });
      flush();
      continue;
    }
    out.push(toJsonLine(record, result.text, result.extracted) + "\n");
    if (out.length >= 64) flush();
  }
  flush();
  return failed > 0 ? 1 : 0;
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
main().then((code) => (process.exitCode = code));
