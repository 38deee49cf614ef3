import type { Db } from "@/lib/db/client";
import { bumpCorpusVersion } from "@/lib/db/write/corpus-version";
import { applyCountDeltas, bump, newDelta, refreshCounts } from "@/lib/db/write/counts";
import { articleSlug, newArticleSlugs, outletIdsFor, topicIdsFor } from "@/lib/db/write/names";
import { addRedirect, redirectRetiredStatements } from "@/lib/db/write/redirects";
import { adjustRollups, insertStatementTopics } from "@/lib/db/write/rollups";
import { articleRow, statementRows } from "@/lib/db/write/rows";
import { guardSpeakers } from "@/lib/db/write/speaker-guard";
import { dropDebrisAliases, linkSurnameSpeakers, resolveSpeakers } from "@/lib/db/write/speakers";
import { inTransaction, type Writer } from "@/lib/db/write/writer";
import type { ExtractedArticle } from "@/lib/ingest/types";

// The one place ingest writes an article. Everything for one article happens in one transaction, so
// a crash leaves either the old article or the new one, never half of either.

export interface ArticleInput {
  /** The article's key: its file name. */
  key: string;
  sourceFile: string;
  text: string;
  contentHash: string;
  inputHash: string;
  extracted: ExtractedArticle;
  /** JSON of what extraction read besides the text (ExtractInput, lib/load/extract-job.ts). */
  extractInput?: string | null;
}

export type WriteOutcome = "created" | "updated" | "unchanged";

/** Writes one article in its own transaction. */
export async function writeArticle(db: Db, input: ArticleInput): Promise<WriteOutcome> {
  const [outcome] = await writeArticles(db, [input]);
  return outcome!;
}

/**
 * Writes a batch of articles in one transaction, in order: what a batch does is what writing its
 * articles one by one does, so a crash leaves each article either old or new, never half of either.
 * New articles are written together (a dozen queries for the whole batch); a changed article is
 * rewritten on its own, between them.
 */
export async function writeArticles(
  db: Db,
  extracted: ArticleInput[],
  /** More writes for the same transaction, after the articles' (an editor's correction row). */
  also?: (w: Writer) => Promise<void>,
): Promise<WriteOutcome[]> {
  if (extracted.length === 0) return [];
  const inputs = extracted.map(guardSpeakers);
  // A batch of hundreds of articles can outlast Prisma's default 5 s transaction timeout.
  return inTransaction(
    db,
    async (w) => {
      const existing = new Map(
        (
          await w.tx.article.findMany({
            where: { key: { in: inputs.map((i) => i.key) } },
            select: { id: true, key: true, slug: true, inputHash: true, retractedAt: true },
          })
        ).map((a) => [a.key, a]),
      );
      const outcomes: WriteOutcome[] = [];
      let fresh: ArticleInput[] = [];
      const flush = async () => {
        await createArticles(w, fresh);
        fresh = [];
      };
      for (const input of inputs) {
        const found = existing.get(input.key);
        if (found && found.inputHash === input.inputHash && !found.retractedAt) {
          outcomes.push("unchanged");
        } else if (found) {
          await flush();
          await rewriteArticle(w, found, input);
          outcomes.push("updated");
        } else {
          fresh.push(input);
          outcomes.push("created");
        }
      }
      await flush();
      await also?.(w);
      if (outcomes.some((o) => o !== "unchanged") || also) await bumpCorpusVersion(w.tx);
      return outcomes;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

/** Articles whose keys are not in the database yet, written with a few queries for all of them. */
async function createArticles(w: Writer, inputs: ArticleInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const outletIds = await outletIdsFor(w, inputs);
  const slugs = await newArticleSlugs(w, inputs);
  const speakers = await resolveSpeakers(w, inputs);
  const topicIds = await topicIdsFor(w, inputs.map((i) => i.extracted));
  const ingestedAt = new Date();
  const created = await w.engine.insertRows<{ id: number; key: string }>(
    w,
    "Article",
    inputs.map((input, i) => ({ key: input.key, ...articleRow(input, slugs[i]!, outletIds[i]!), ingestedAt })),
    { returning: ["id", "key"] },
  );
  const idOf = new Map(created.map((a) => [a.key, Number(a.id)]));
  const delta = newDelta();
  const statements = [];
  const statementTopics = [];
  const articleTopics = [];
  for (const [i, input] of inputs.entries()) {
    const rows = statementRows(input, idOf.get(input.key)!, outletIds[i]!, speakers.perArticle[i]!, topicIds, delta, () => ingestedAt);
    statements.push(...rows.statements);
    statementTopics.push(...rows.statementTopics);
    articleTopics.push(...rows.articleTopics);
  }
  await w.engine.insertRows(w, "Statement", statements);
  await insertStatementTopics(w, statementTopics);
  await w.engine.insertRows(w, "ArticleTopic", articleTopics);
  await adjustRollups(w, { articleIds: [...idOf.values()] }, 1, { copied: true });
  await applyCountDeltas(w, delta);
  // Only a surname that gained a speaker can change its link: the link depends on the keys alone.
  const relinked: number[] = [];
  relinked.push(...(await linkSurnameSpeakers(w, [...speakers.newSurnames])));
  await refreshCounts(w, [...new Set(relinked)], []);
}

/** A changed (or returning) article: its old statements go, their retired ids redirect. */
async function rewriteArticle(
  w: Writer,
  existing: { id: number; slug: string; retractedAt: Date | null },
  input: ArticleInput,
): Promise<void> {
  const [outletId] = await outletIdsFor(w, [input]);
  const slug = await articleSlug(w, input.extracted.article.title, input.key, existing.slug);
  const articleId = existing.id;
  // Counts change by what this article takes away and adds, never by recounting whole tables:
  // a recount costs as much as the speaker or topic is large, which made ingest slow down with N.
  const delta = newDelta();
  // A removed article that comes back answers again under its own address.
  if (existing.retractedAt) await w.tx.redirect.deleteMany({ where: { kind: "article", fromId: existing.slug, toId: null } });
  if (existing.slug !== slug) await addRedirect(w, "article", existing.slug, slug, "title changed");
  const oldStatements = await w.tx.statement
    .findMany({
      where: { articleId },
      select: { id: true, start: true, end: true, speakerId: true, addedAt: true, topics: { select: { topicId: true } } },
    })
    .then((rows) =>
      rows.map((row) => {
        if (row.speakerId !== null) bump(delta.speaker, row.speakerId, -1);
        for (const t of row.topics) bump(delta.topicStatements, t.topicId, -1);
        return { id: row.id, start: row.start, end: row.end, addedAt: row.addedAt };
      }),
    );
  // A statement the article keeps keeps the date it entered the corpus; one it gains enters now.
  const addedBefore = new Map(oldStatements.map((s) => [s.id, s.addedAt]));
  const now = new Date();
  for (const t of await w.tx.articleTopic.findMany({ where: { articleId }, select: { topicId: true } })) {
    bump(delta.topicArticles, t.topicId, -1);
  }
  await adjustRollups(w, { articleIds: [articleId] }, -1);
  await w.tx.statement.deleteMany({ where: { articleId } });
  await w.tx.articleTopic.deleteMany({ where: { articleId } });
  await w.tx.article.update({ where: { id: articleId }, data: articleRow(input, slug, outletId!) });

  const speakers = await resolveSpeakers(w, [input]);
  await dropDebrisAliases(w, [...speakers.perArticle[0]!.ids, ...speakers.perArticle[0]!.shownIds]);
  const topicIds = await topicIdsFor(w, [input.extracted]);
  const rows = statementRows(input, articleId, outletId!, speakers.perArticle[0]!, topicIds, delta, (id) => addedBefore.get(id) ?? now);
  await w.engine.insertRows(w, "Statement", rows.statements);
  await insertStatementTopics(w, rows.statementTopics);
  await w.engine.insertRows(w, "ArticleTopic", rows.articleTopics);
  await adjustRollups(w, { articleIds: [articleId] }, 1, { copied: true });
  await applyCountDeltas(w, delta);
  // Re-linking a surname-only speaker moves statements between speakers: recount just those.
  const relinked: number[] = [];
  relinked.push(...(await linkSurnameSpeakers(w, [...speakers.newSurnames])));
  await redirectRetiredStatements(w, oldStatements, input.extracted.statements);
  await refreshCounts(w, [...new Set(relinked)], []);
}

export type RemoveOutcome = "removed" | "already-removed" | "unknown";

/**
 * Retracts the article with this key: its statements are deleted and every URL it had (the article,
 * each statement) answers 410 Gone from then on. Idempotent; ingesting the file again restores it.
 */
export async function removeArticle(db: Db, key: string): Promise<RemoveOutcome> {
  return inTransaction(db, async (w) => {
    const article = await w.tx.article.findUnique({ where: { key }, select: { id: true, slug: true, retractedAt: true } });
    if (!article) return "unknown";
    if (article.retractedAt) return "already-removed";
    const statements = await w.tx.statement.findMany({
      where: { articleId: article.id },
      select: { id: true, speakerId: true, topics: { select: { topicId: true } } },
    });
    const speakers = new Set<number>();
    const topics = new Set<number>();
    for (const s of statements) {
      if (s.speakerId !== null) speakers.add(s.speakerId);
      for (const t of s.topics) topics.add(t.topicId);
      await addRedirect(w, "statement", s.id, null, "its article was removed from the corpus");
    }
    for (const t of await w.tx.articleTopic.findMany({ where: { articleId: article.id }, select: { topicId: true } })) topics.add(t.topicId);
    await adjustRollups(w, { articleIds: [article.id] }, -1);
    await w.tx.statement.deleteMany({ where: { articleId: article.id } });
    await w.tx.articleTopic.deleteMany({ where: { articleId: article.id } });
    await w.tx.article.update({ where: { id: article.id }, data: { retractedAt: new Date(), statementCount: 0, inputHash: "" } });
    await addRedirect(w, "article", article.slug, null, "removed from the corpus");
    await refreshCounts(w, [...speakers], [...topics]);
    await bumpCorpusVersion(w.tx);
    return "removed";
  });
}
