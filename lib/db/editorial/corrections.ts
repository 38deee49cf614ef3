import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { databaseEngine } from "@/lib/db/client";
import { writeArticles, type ArticleInput, type Writer } from "@/lib/db/write";
import { retireEmptiedSpeakers } from "@/lib/db/write/speakers";
import { sha256 } from "@/lib/domain/slug";
import { articleKeyOf, spanProblem } from "@/lib/ingest/apply-corrections";
import { correctionSchema, parseCorrections, type Correction, type CorrectionsFile } from "@/lib/ingest/corrections";
import type { SidecarMetadata } from "@/lib/ingest/sidecar";
import type { Provenance, Span } from "@/lib/ingest/types";
import type { ExtractInput, ExtractJob } from "@/lib/load/extract-job";
import { databaseUrl } from "@/lib/db/url.mjs";

// The corrections table: what every ingest applies, what editors add on the page, and the audit trail.
// An editor's correction is applied at once by extracting its article again, exactly as ingest does
// (from the stored text and the metadata ingest read beside it), with every correction of the table
// and the new one, and writing the result through the write path in one transaction with the
// correction's row: the pages, the statement columns and the API see it on the next request, and the
// next ingest applies the same row to the same extraction.

/** A correction refused, with the HTTP status that says why. */
export class CorrectionRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 503,
    message: string,
  ) {
    super(message);
    this.name = "CorrectionRefused";
  }
}

/** The table's corrections as the extraction reads them, with the fingerprints ingest's input hashes take. */
export interface StoredCorrections {
  file: CorrectionsFile;
  /** Fingerprint of the corrections that may touch any article (merges, statements of unknown article). */
  corpusHash: string;
  /** Fingerprint of one article's own corrections ("" when it has none). */
  articleHash(key: string): string;
}

type Row = { body: string; articleKey: string | null; editor: string | null; createdAt: Date };

/** A row as a corrections-file entry: its body, with who and when, and the article a statement fix was made in. */
function entryOf(row: Row): Correction {
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const entry: Record<string, unknown> = { ...body };
  if ("statement" in body && row.articleKey !== null) entry.article = row.articleKey;
  if (row.editor !== null) entry.editor = row.editor;
  entry.at = row.createdAt.toISOString();
  return entry as Correction;
}

export async function readStoredCorrections(db: Db): Promise<StoredCorrections> {
  const rows = await db.correction.findMany({ orderBy: { id: "asc" }, select: { body: true, articleKey: true, editor: true, createdAt: true } });
  const entries = rows.map(entryOf);
  const file = parseCorrections(JSON.stringify({ version: 1, corrections: entries }), "the corrections table");
  const byArticle = new Map<string, Correction[]>();
  const corpusWide: Correction[] = [];
  rows.forEach((row, i) => {
    if (row.articleKey === null) corpusWide.push(entries[i]!);
    else byArticle.set(articleKeyOf(row.articleKey), [...(byArticle.get(articleKeyOf(row.articleKey)) ?? []), entries[i]!]);
  });
  return {
    file,
    corpusHash: sha256(JSON.stringify(corpusWide)),
    articleHash: (key) => {
      const own = byArticle.get(articleKeyOf(key));
      return own ? sha256(JSON.stringify(own)) : "";
    },
  };
}

/** The corrections file `npm run corrections:export` writes: every row, oldest first. */
export async function exportCorrections(db: Db): Promise<CorrectionsFile> {
  return (await readStoredCorrections(db)).file;
}

/**
 * Adds a corrections file's entries to the table (those already there, same entry, same time, same
 * editor, are skipped), in one transaction: a bad file adds nothing. A statement fix that names no
 * article is filed under the article holding that statement, when the database has it.
 */
export async function importCorrections(db: Db, file: CorrectionsFile): Promise<{ added: number; skipped: number }> {
  const known = new Set((await exportCorrections(db)).corrections.map((c) => JSON.stringify(sorted(c))));
  let added = 0;
  let skipped = 0;
  // 3,000 entries took ~4 s on SQLite here: near Prisma's default 5 s for an interactive transaction.
  await db.$transaction(async (tx) => {
    for (const entry of file.corrections) {
      if (known.has(JSON.stringify(sorted(entry)))) {
        skipped += 1;
        continue;
      }
      const { editor, at, ...rest } = entry;
      const named = "article" in rest && rest.article ? rest.article : null;
      const statementId = "statement" in rest ? rest.statement : null;
      // Filed under the article's key as the database has it ("x.txt" for a file "x"), the key the next ingest hashes.
      let articleKey = named === null ? null : ((await articleNamed(tx, named))?.key ?? named);
      if (statementId !== null && articleKey === null) {
        const found = await tx.statement.findUnique({ where: { id: statementId }, select: { article: { select: { key: true } } } });
        articleKey = found?.article.key ?? null;
      }
      // A statement fix's article lives in its own column, so the body is the same whether the file named it or not.
      const body = "statement" in rest ? { ...rest, article: undefined } : rest;
      await tx.correction.create({
        data: {
          body: JSON.stringify(body),
          op: entry.op,
          articleKey,
          statementId,
          editor: editor ?? null,
          ...(at ? { createdAt: new Date(at) } : {}),
        },
      });
      added += 1;
    }
  }, { timeout: 600_000, maxWait: 60_000 });
  return { added, skipped };
}

function sorted(entry: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

/** What the page shows of a statement before and after a correction. */
export interface StatementSnapshot {
  speaker: string | null;
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** What the article page shows of an article before and after a correction of its title or date. */
export interface ArticleSnapshot {
  title: string;
  date: string;
}

async function articleSnapshot(db: Pick<Db, "article">, key: string): Promise<ArticleSnapshot | null> {
  const a = await db.article.findUnique({ where: { key }, select: { title: true, publishedYear: true, publishedMonth: true, publishedDay: true } });
  if (!a) return null;
  const date = [a.publishedYear ?? "????", a.publishedMonth, a.publishedDay].filter((part) => part !== null).map((part) => String(part).padStart(2, "0")).join("-");
  return { title: a.title, date };
}

async function snapshot(db: Pick<Db, "statement">, id: string): Promise<StatementSnapshot | null> {
  const s = await db.statement.findUnique({
    where: { id },
    select: { kind: true, text: true, start: true, end: true, speaker: { select: { name: true } } },
  });
  return s ? { speaker: s.speaker?.name ?? null, kind: s.kind, text: s.text, start: s.start, end: s.end } : null;
}

type ArticleRow = {
  id: number;
  key: string;
  text: string;
  sourceFile: string;
  extractInput: string | null;
  paragraphs: string;
  provenance: string;
  title: string;
  byline: string | null;
  sourceUrl: string | null;
  publishedYear: number | null;
  publishedMonth: number | null;
  publishedDay: number | null;
  retractedAt: Date | null;
  outlet: { name: string; url: string | null } | null;
};

/**
 * What extraction read besides the text. Articles ingested before it was stored have none: their
 * metadata is read back from the row, each value that came from beside the text (a sidecar, a table's
 * columns, a page's markup) as the sidecar gives it.
 */
function extractInputOf(article: ArticleRow): ExtractInput {
  if (article.extractInput) return JSON.parse(article.extractInput) as ExtractInput;
  const provenance = JSON.parse(article.provenance) as Provenance;
  const given = (field: keyof Provenance) => provenance[field] === "sidecar" || provenance[field] === "markup";
  const sidecar: SidecarMetadata = {};
  if (given("title")) sidecar.title = article.title;
  if (given("outlet") && article.outlet) sidecar.outlet = article.outlet.name;
  if (given("outletUrl") && article.outlet?.url) sidecar.outletUrl = article.outlet.url;
  if (given("byline") && article.byline) sidecar.byline = article.byline;
  if (given("sourceUrl") && article.sourceUrl) sidecar.url = article.sourceUrl;
  if (given("published") && article.publishedYear !== null) {
    sidecar.date = { year: article.publishedYear, month: article.publishedMonth, day: article.publishedDay };
  }
  return { format: provenance.format ?? "txt", sidecar: Object.keys(sidecar).length > 0 ? sidecar : null, markup: null, encoding: null };
}

const ARTICLE_SELECT = {
  id: true, key: true, text: true, sourceFile: true, extractInput: true, paragraphs: true, provenance: true, title: true,
  byline: true, sourceUrl: true, publishedYear: true, publishedMonth: true, publishedDay: true, retractedAt: true,
  outlet: { select: { name: true, url: true } },
} as const;

/** The article a correction names as the corrections file does: by its key, with or without ".txt". */
function articleNamed(db: Pick<Db, "article">, name: string): Promise<ArticleRow | null> {
  const key = articleKeyOf(name);
  return db.article.findFirst({ where: { key: { in: [name, key, `${key}.txt`] } }, select: ARTICLE_SELECT, orderBy: { id: "asc" } });
}

/** The one process-wide queue of corrections: one at a time, as the writer lock allows one writer. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

export interface CorrectionDone {
  id: number;
  /** The statement the correction was made on, when it still stands (a dropped one does not). */
  statementId: string | null;
  /** The article it was made in; null for a merge. */
  articleKey: string | null;
  before: StatementSnapshot | ArticleSnapshot | null;
  after: StatementSnapshot | ArticleSnapshot | null;
}

/**
 * Records `input` (a corrections-file entry without editor and time) as `editor`'s correction, and
 * applies it at once. Refused (CorrectionRefused) when it does not validate, names nothing, or no
 * longer applies; nothing is written then. A merge concerns every article quoting the speaker: only
 * an admin may make one (`role`).
 */
export async function correct(
  db: Db,
  editor: string,
  input: unknown,
  options: { url?: string; role?: "editor" | "admin" } = {},
): Promise<CorrectionDone> {
  const parsed = correctionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorrectionRefused(400, `${issue.path.join(".") || "correction"}: ${issue.message}`);
  }
  const entry = parsed.data;
  const url = options.url ?? databaseUrl();
  if (entry.op === "merge-speakers") {
    if (options.role !== "admin") throw new CorrectionRefused(403, "merging speakers changes every article that quotes them: an admin's correction");
    return oneAtATime(() => mergeNow(db, editor, entry, url));
  }
  return oneAtATime(() => applyNow(db, editor, entry, url));
}

async function applyNow(db: Db, editor: string, entry: Exclude<Correction, { op: "merge-speakers" }>, url: string): Promise<CorrectionDone> {
  const statementId = "statement" in entry ? entry.statement : null;
  const article: ArticleRow | null =
    statementId !== null
      ? ((await db.statement.findUnique({ where: { id: statementId }, select: { article: { select: ARTICLE_SELECT } } }))?.article ?? null)
      : await articleNamed(db, "article" in entry ? (entry.article ?? "") : "");
  if (!article) throw new CorrectionRefused(404, statementId !== null ? `no statement ${statementId}` : "no such article");
  if (article.retractedAt) throw new CorrectionRefused(409, "the article was removed from the corpus");
  if (entry.op === "set-span") {
    const statements = await db.statement.findMany({ where: { articleId: article.id }, select: { id: true, start: true, end: true } });
    const paragraphs = JSON.parse(article.paragraphs) as Span[];
    const problem = spanProblem({ paragraphs: paragraphs.map((p) => ({ ...p, text: "" })) }, statements, entry.statement, entry.start, entry.end);
    if (problem) throw new CorrectionRefused(400, problem);
    if (article.text.slice(entry.start, entry.end).trim() === "") throw new CorrectionRefused(400, "the words cannot be blank");
  }
  const before = statementId !== null ? await snapshot(db, statementId) : await articleSnapshot(db, article.key);
  return rewriteWith(db, url, editor, entry, [article], {
    articleKey: article.key,
    statementId,
    before,
    notApplied: "the correction matched nothing: the statement is not what extraction finds in the article now (run ingest, then correct it again)",
  });
}

/** A merge: every article quoting a speaker of that name (or alias) is extracted again with it. */
async function mergeNow(db: Db, editor: string, entry: Extract<Correction, { op: "merge-speakers" }>, url: string): Promise<CorrectionDone> {
  const speakers = await db.speaker.findMany({
    where: { OR: [{ name: entry.from }, { aliases: { some: { alias: entry.from } } }] },
    select: { id: true },
  });
  const ids = speakers.map((s) => s.id);
  const articles = await db.article.findMany({
    where: { retractedAt: null, statements: { some: { OR: [{ extractedSpeakerId: { in: ids } }, { speakerId: { in: ids } }] } } },
    select: ARTICLE_SELECT,
    orderBy: { id: "asc" },
  });
  if (articles.length === 0) throw new CorrectionRefused(404, `no speaker named ${entry.from}`);
  return rewriteWith(db, url, editor, entry, articles, {
    articleKey: null,
    statementId: null,
    before: null,
    notApplied: `no article names a speaker “${entry.from}” as its fullest name (merge the name the speaker's page shows)`,
    // The merged speaker's record goes, its address pointing at the speaker it joined.
    then: async (w) => {
      const successor = await w.tx.speaker.findFirst({ where: { name: entry.into }, select: { slug: true, name: true } });
      await retireEmptiedSpeakers(w, ids, successor?.slug ?? null, `merged into ${successor?.name ?? entry.into}`);
    },
  });
}

/**
 * Extracts `articles` again with every stored correction and `entry`, and writes them with the
 * correction's row in one transaction, under the writer lock. Refused when `entry` applies to none.
 */
async function rewriteWith(
  db: Db,
  url: string,
  editor: string,
  entry: Correction,
  articles: ArticleRow[],
  row: {
    articleKey: string | null;
    statementId: string | null;
    before: StatementSnapshot | ArticleSnapshot | null;
    notApplied: string;
    /** More writes in the same transaction, after the articles'. */
    then?: (w: Writer) => Promise<void>;
  },
): Promise<CorrectionDone> {
  const at = new Date();
  // Who and when have columns of their own, and so has a statement fix's article.
  const body = { ...entry, ...("statement" in entry ? { article: undefined } : {}), editor: undefined, at: undefined };
  const stored = await readStoredCorrections(db);
  const withNew: CorrectionsFile = { ...stored.file, corrections: [...stored.file.corrections, { ...entry, editor, at: at.toISOString() }] };
  try {
    // The new entry with the table's: a merge may not close a cycle.
    parseCorrections(JSON.stringify(withNew), "the corrections table");
  } catch (error) {
    throw new CorrectionRefused(400, error instanceof Error ? error.message : String(error));
  }
  // The ingest core (~45 MB of lexicons) is loaded by the first correction, not by every page.
  const { runExtractJob } = await import("@/lib/load/extract-job");
  let applied = false;
  const inputs: ArticleInput[] = [];
  for (const article of articles) {
    // ~10 ms of extraction an article: between two, the server answers the requests that came meanwhile
    // (a merge may extract thousands).
    if (inputs.length > 0) await new Promise((resolve) => setImmediate(resolve));
    const extractInput = extractInputOf(article);
    const job: ExtractJob = {
      key: article.key,
      input: article.text,
      format: extractInput.format,
      sidecar: extractInput.sidecar,
      stored: { markup: extractInput.markup, encoding: extractInput.encoding },
    };
    const result = runExtractJob(job, withNew);
    if (!result.ok) throw new CorrectionRefused(409, `${article.key} could not be extracted again: ${result.reason}`);
    applied ||= result.applied.some((a) => a.index === withNew.corrections.length - 1);
    inputs.push({
      key: article.key,
      sourceFile: article.sourceFile,
      text: article.text,
      contentHash: sha256(article.text),
      // Not an input hash ingest can compute (it hashes the files it reads): the next ingest extracts
      // this article again, with the same corrections, and finds the same statements.
      inputHash: `corrected:${sha256(JSON.stringify([at.toISOString(), entry]))}`,
      extractInput: JSON.stringify(extractInput),
      extracted: result.extracted,
    });
  }
  if (!applied) throw new CorrectionRefused(409, row.notApplied);

  const lock = await databaseEngine(url)
    .lockWriter(url)
    .catch((error: unknown) => {
      throw new CorrectionRefused(503, `${error instanceof Error ? error.message : String(error)} (the correction was not saved)`);
    });
  try {
    let done: CorrectionDone | null = null;
    await writeArticles(db, inputs, async (w) => {
      await row.then?.(w);
      const after =
        row.statementId !== null ? await snapshot(w.tx, row.statementId) : row.articleKey !== null ? await articleSnapshot(w.tx, row.articleKey) : null;
      const created = await w.tx.correction.create({
        data: {
          body: JSON.stringify(body),
          op: entry.op,
          articleKey: row.articleKey,
          statementId: row.statementId,
          editor,
          createdAt: at,
          before: JSON.stringify(row.before ?? {}),
          after: JSON.stringify(after ?? {}),
        },
        select: { id: true },
      });
      done = { id: created.id, statementId: after && row.statementId !== null ? row.statementId : null, articleKey: row.articleKey, before: row.before, after };
    });
    return done!;
  } finally {
    await lock.release();
  }
}

/** A correction as the page's history lists it. */
export interface CorrectionRecord {
  id: number;
  op: string;
  note: string;
  editor: string | null;
  at: string;
  before: Partial<StatementSnapshot & ArticleSnapshot>;
  after: Partial<StatementSnapshot & ArticleSnapshot>;
}

const noteOf = z.object({ note: z.string() });

/** The corrections made on a statement, or on an article itself (its title, its date: statementId null), oldest first. */
export async function correctionHistory(db: Db, where: { statementId: string } | { articleKey: string; statementId: null }): Promise<CorrectionRecord[]> {
  const rows = await db.correction.findMany({ where, orderBy: { id: "asc" }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    op: row.op,
    note: noteOf.parse(JSON.parse(row.body)).note,
    editor: row.editor,
    at: row.createdAt.toISOString(),
    before: JSON.parse(row.before) as CorrectionRecord["before"],
    after: JSON.parse(row.after) as CorrectionRecord["after"],
  }));
}
