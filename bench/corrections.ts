// npx tsx bench/corrections.ts [--articles N] [--corrections K] [--corpus DIR] [--db URL]
//
// What an editor's correction costs: generates N articles (from DIR's texts, or the seeds and
// fixtures), ingests them into a new database (SQLite in a temporary folder, or --db URL), then makes
// K corrections through lib/db/editorial as the page does (a reassigned speaker, a changed kind,
// alternately, on statements picked at random), timing each; then a re-ingest of the whole corpus,
// which extracts again only the articles corrected. Prints the figures as JSON.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticle, profileSource } from "@/bench/corpus";
import { writeCorpusFolders } from "@/bench/corpus-files";
import { seededRandom } from "@/bench/random";
import { readSources } from "@/bench/sources";
import { percentile } from "@/bench/stats";
import { createDb, databaseEngine } from "@/lib/db/client";
import { correct, readStoredCorrections } from "@/lib/db/editorial/corrections";
import { ingestPaths } from "@/lib/load/ingest";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function main() {
  const articles = Number(arg("articles", "2000"));
  const count = Number(arg("corrections", "40"));
  const corpusDir = arg("corpus", "");
  const work = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-corrections-"));
  const url = arg("db", `file:${path.join(work, "bench.db")}`);
  try {
    const profiles = readSources(corpusDir || null).map(profileSource);
    const options = { articles, seed: 16 };
    const corpus = path.join(work, "corpus");
    const generated = Array.from({ length: articles }, (_, i) => generateArticle(profiles, options, i));
    writeCorpusFolders(corpus, articles, (i) => generated[i]!);
    await databaseEngine(url).migrate(url);
    const db = createDb({ readonly: false, url });
    let started = Date.now();
    await ingestPaths(db, [corpus]);
    const ingestSeconds = (Date.now() - started) / 1000;

    const rng = seededRandom(7);
    const total = await db.statement.count();
    const ms: number[] = [];
    const articlesCorrected = new Set<string>();
    for (let i = 0; i < count; i++) {
      const [statement] = await db.statement.findMany({ skip: Math.floor(rng() * total), take: 1, select: { id: true, kind: true, article: { select: { key: true } } } });
      const input =
        i % 2 === 0
          ? { op: "reassign-speaker", statement: statement!.id, speaker: `Bench Person ${i}`, note: "bench" }
          : { op: "set-kind", statement: statement!.id, kind: statement!.kind === "direct" ? "indirect" : "direct", note: "bench" };
      const t = performance.now();
      await correct(db, "bench@example.org", input, { url });
      ms.push(performance.now() - t);
      articlesCorrected.add(statement!.article.key);
    }
    const t = performance.now();
    await readStoredCorrections(db);
    const readTableMs = performance.now() - t;
    started = Date.now();
    const again = await ingestPaths(db, [corpus]);
    const reingestSeconds = (Date.now() - started) / 1000;
    await db.$disconnect();
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      JSON.stringify(
        {
          articles,
          statements: total,
          ingestSeconds,
          corrections: count,
          // The first correction loads the extraction core into the process: reported apart.
          firstMs: Math.round(ms[0]!),
          p50Ms: Math.round(percentile(sorted.slice(1), 50)),
          p95Ms: Math.round(percentile(sorted.slice(1), 95)),
          readTableMs: Math.round(readTableMs),
          reingest: { seconds: reingestSeconds, updated: again.updated, unchanged: again.unchanged, articlesCorrected: articlesCorrected.size },
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
