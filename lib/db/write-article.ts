import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { bumpCorpusVersion } from "@/lib/db/corpus-state";
import { adjustRollups } from "@/lib/db/rollups";
import type { ExtractedArticle, PartialDate } from "@/lib/ingest/types";
import { dayRange } from "@/lib/ingest/dates";
import { speakerKey } from "@/lib/ingest/names";
import { AUTO_PREFIX, topicLabel } from "@/lib/ingest/topics";
import { shortHash, slugify } from "@/lib/slug";

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
}

export type WriteOutcome = "created" | "updated" | "unchanged";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function dateSort(date: PartialDate): number | null {
  if (date.year === null) return null;
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

/** The period a partial date can mean, as the Article/Statement columns store it. */
export function datePeriod(date: PartialDate): { dateFrom: number | null; dateTo: number | null } {
  const range = dayRange(date);
  return { dateFrom: range?.from ?? null, dateTo: range?.to ?? null };
}

const json = (value: unknown): string => JSON.stringify(value);

export async function writeArticle(db: Db, input: ArticleInput): Promise<WriteOutcome> {
  return db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({
      where: { key: input.key },
      select: { id: true, slug: true, inputHash: true, retractedAt: true },
    });
    if (existing && existing.inputHash === input.inputHash && !existing.retractedAt) return "unchanged";

    const { article } = input.extracted;
    const outletId = article.outlet ? await upsertOutlet(tx, article.outlet, article.outletUrl) : null;
    const slug = await articleSlug(tx, article.title, input.key, existing?.slug);
    const sort = dateSort(article.published);
    const period = datePeriod(article.published);
    const data = {
      slug,
      title: article.title,
      titleDerived: article.titleDerived,
      outletId,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      dateline: article.dateline,
      publishedYear: article.published.year,
      publishedMonth: article.published.month,
      publishedDay: article.published.day,
      dateSort: sort,
      ...period,
      language: article.language,
      text: input.text,
      paragraphs: json(article.paragraphs.map(({ start, end }) => ({ start, end }))),
      relatedHeadlines: json(article.relatedHeadlines.map(({ start, end }) => ({ start, end }))),
      boilerplate: json(article.boilerplate.map(({ start, end }) => ({ start, end }))),
      provenance: json(article.provenance),
      corrections: json(article.corrections ?? []),
      sourceFile: input.sourceFile,
      contentHash: input.contentHash,
      inputHash: input.inputHash,
      statementCount: input.extracted.statements.length,
      retractedAt: null,
    };

    let articleId: number;
    let oldStatements: { id: string; start: number; end: number }[] = [];
    // Counts change by what this article takes away and adds, never by recounting whole tables:
    // a recount costs as much as the speaker or topic is large, which made ingest slow down with N.
    const delta = { speaker: new Map<number, number>(), topicStatements: new Map<number, number>(), topicArticles: new Map<number, number>() };
    const bump = (map: Map<number, number>, id: number, by: number) => map.set(id, (map.get(id) ?? 0) + by);
    if (existing) {
      articleId = existing.id;
      // A removed article that comes back answers again under its own address.
      if (existing.retractedAt) await tx.redirect.deleteMany({ where: { kind: "article", fromId: existing.slug, toId: null } });
      if (existing.slug !== slug) await addRedirect(tx, "article", existing.slug, slug, "title changed");
      oldStatements = await tx.statement.findMany({
        where: { articleId },
        select: { id: true, start: true, end: true, speakerId: true, topics: { select: { topicId: true } } },
      }).then((rows) =>
        rows.map((row) => {
          if (row.speakerId !== null) bump(delta.speaker, row.speakerId, -1);
          for (const t of row.topics) bump(delta.topicStatements, t.topicId, -1);
          return { id: row.id, start: row.start, end: row.end };
        }),
      );
      for (const t of await tx.articleTopic.findMany({ where: { articleId }, select: { topicId: true } })) {
        bump(delta.topicArticles, t.topicId, -1);
      }
      await adjustRollups(tx, { articleIds: [articleId] }, -1);
      await tx.statement.deleteMany({ where: { articleId } });
      await tx.articleTopic.deleteMany({ where: { articleId } });
      await tx.article.update({ where: { id: articleId }, data });
    } else {
      articleId = (await tx.article.create({ data: { key: input.key, ...data }, select: { id: true } })).id;
    }

    const speakerIds: number[] = [];
    const shownSpeakerIds: number[] = [];
    const surnames = new Set<string>();
    for (const speaker of input.extracted.speakers) {
      const { id, key, shownId } = await upsertSpeaker(tx, speaker);
      speakerIds.push(id);
      shownSpeakerIds.push(shownId);
      const surname = personSurnameOfKey(key);
      if (surname) surnames.add(surname);
    }

    const topicIds = await topicIdsFor(tx, input.extracted);
    const statementTopics: { statementId: string; topicId: number }[] = [];
    const statements = [];
    for (const [position, s] of input.extracted.statements.entries()) {
      statements.push({
        id: s.id,
        articleId,
        position,
        speakerId: s.speakerIndex === null ? null : (shownSpeakerIds[s.speakerIndex] ?? null),
        extractedSpeakerId: s.speakerIndex === null ? null : (speakerIds[s.speakerIndex] ?? null),
        text: s.text,
        start: s.start,
        end: s.end,
        kind: s.kind,
        cue: s.cue,
        speakerAsWritten: s.speakerAsWritten,
        speakerStart: s.speakerSpan?.start ?? null,
        speakerEnd: s.speakerSpan?.end ?? null,
        confidence: s.confidence,
        rule: s.rule,
        corrections: json(s.corrections ?? []),
        dateSort: sort,
        ...period,
        publishedYear: article.published.year,
        outletId,
      });
      if (s.speakerIndex !== null) bump(delta.speaker, shownSpeakerIds[s.speakerIndex]!, 1);
      for (const slugValue of new Set(s.topics)) {
        const topicId = topicIds.get(slugValue)!;
        statementTopics.push({ statementId: s.id, topicId });
        bump(delta.topicStatements, topicId, 1);
      }
    }
    await tx.statement.createMany({ data: statements });
    await tx.statementTopic.createMany({ data: statementTopics });
    const articleTopics = [];
    for (const slugValue of new Set(input.extracted.topics)) {
      const topicId = topicIds.get(slugValue)!;
      articleTopics.push({ articleId, topicId });
      bump(delta.topicArticles, topicId, 1);
    }
    await tx.articleTopic.createMany({ data: articleTopics });
    await adjustRollups(tx, { articleIds: [articleId] }, 1);

    await applyCountDeltas(tx, delta);
    // Re-linking a surname-only speaker moves statements between speakers: recount just those.
    const relinked: number[] = [];
    for (const surname of surnames) relinked.push(...(await linkSurnameSpeakers(tx, surname)));
    await redirectRetiredStatements(tx, oldStatements, input.extracted.statements);
    await refreshCounts(tx, [...new Set(relinked)], []);
    await bumpCorpusVersion(tx);
    return existing ? "updated" : "created";
  });
}

/** Ids of every topic the article uses, creating the new ones: two queries however many topics. */
async function topicIdsFor(tx: Tx, extracted: ExtractedArticle): Promise<Map<string, number>> {
  const slugs = [...new Set([...extracted.topics, ...extracted.statements.flatMap((s) => s.topics)])];
  const ids = new Map<string, number>();
  if (slugs.length === 0) return ids;
  for (const t of await tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })) ids.set(t.slug, t.id);
  const missing = slugs.filter((slug) => !ids.has(slug));
  if (missing.length > 0) {
    const created = await tx.topic.createManyAndReturn({
      data: missing.map((slug) => ({
        slug,
        label: extracted.topicLabels?.[slug] ?? topicLabel(slug),
        kind: slug.startsWith(AUTO_PREFIX) ? "keyphrase" : "curated",
      })),
      select: { id: true, slug: true },
    });
    for (const t of created) ids.set(t.slug, t.id);
  }
  return ids;
}

/** Adds the per-row deltas to the kept counts, one UPDATE per table. */
async function applyCountDeltas(
  tx: Tx,
  delta: { speaker: Map<number, number>; topicStatements: Map<number, number>; topicArticles: Map<number, number> },
) {
  const nonZero = (map: Map<number, number>) => [...map].filter(([, by]) => by !== 0);
  const caseOf = (entries: [number, number][]) =>
    Prisma.sql`CASE id ${Prisma.join(entries.map(([id, by]) => Prisma.sql`WHEN ${id} THEN ${by}`), " ")} ELSE 0 END`;
  const speakers = nonZero(delta.speaker);
  if (speakers.length > 0) {
    await tx.$executeRaw`UPDATE Speaker SET statementCount = statementCount + ${caseOf(speakers)}
      WHERE id IN (${Prisma.join(speakers.map(([id]) => id))})`;
  }
  const statements = nonZero(delta.topicStatements);
  const articles = nonZero(delta.topicArticles);
  const topics = [...new Set([...statements, ...articles].map(([id]) => id))];
  if (topics.length > 0) {
    await tx.$executeRaw`UPDATE Topic SET
      statementCount = statementCount + ${statements.length ? caseOf(statements) : Prisma.sql`0`},
      articleCount = articleCount + ${articles.length ? caseOf(articles) : Prisma.sql`0`}
      WHERE id IN (${Prisma.join(topics)})`;
  }
}

async function upsertOutlet(tx: Tx, name: string, url: string | null): Promise<number> {
  const slug = slugify(name);
  const outlet = await tx.outlet.upsert({
    where: { slug },
    create: { slug, name, url },
    update: url ? { url } : {},
    select: { id: true },
  });
  return outlet.id;
}

async function articleSlug(tx: Tx, title: string, key: string, current?: string): Promise<string> {
  const base = slugify(title);
  for (const candidate of [base, `${base}-${shortHash(key)}`]) {
    if (candidate === current) return candidate;
    const taken = await tx.article.findUnique({ where: { slug: candidate }, select: { key: true } });
    const retired = await tx.redirect.findUnique({
      where: { kind_fromId: { kind: "article", fromId: candidate } },
      select: { kind: true },
    });
    if ((!taken || taken.key === key) && !retired) return candidate;
  }
  // Two titles hashing alike and both taken: fall back to the key itself, which is unique.
  return `${base}-${shortHash(`${key}\u0000${base}`)}`;
}

/**
 * The speaker with this name's key, created or enriched. Returns its id, its key, and the id readers
 * see it under (the speaker it is merged into, if any).
 */
async function upsertSpeaker(
  tx: Tx,
  speaker: ExtractedArticle["speakers"][number],
): Promise<{ id: number; key: string; shownId: number }> {
  const key = speakerKey(speaker.name, speaker.kind);
  const found = await tx.speaker.findUnique({
    where: { key },
    select: { id: true, name: true, slug: true, role: true, mergedIntoId: true },
  });
  let id: number;
  if (!found) {
    const slug = await speakerSlug(tx, speaker.name);
    id = (
      await tx.speaker.create({
        data: { key, slug, name: speaker.name, role: speaker.role, kind: speaker.kind },
        select: { id: true },
      })
    ).id;
  } else {
    id = found.id;
    // The fullest form of a name wins ("Sergey Lavrov" over "Lavrov"); old speaker URLs redirect.
    const fuller = speaker.name.length > found.name.length;
    const update: { name?: string; slug?: string; role?: string } = {};
    if (fuller) {
      update.name = speaker.name;
      const slug = await speakerSlug(tx, speaker.name);
      if (slug !== found.slug) {
        update.slug = slug;
        await addRedirect(tx, "speaker", found.slug, slug, `renamed to ${speaker.name}`);
      }
    }
    if (!found.role && speaker.role) update.role = speaker.role;
    if (Object.keys(update).length > 0) await tx.speaker.update({ where: { id }, data: update });
  }
  await addAliases(tx, id, [speaker.name, ...speaker.aliases]);
  return { id, key, shownId: found?.mergedIntoId ?? id };
}

/** Records the aliases a speaker does not have yet: one read and one insert, not one upsert each. */
async function addAliases(tx: Tx, speakerId: number, aliases: string[]) {
  const wanted = [...new Set(aliases)];
  const have = new Set(
    (await tx.speakerAlias.findMany({ where: { speakerId, alias: { in: wanted } }, select: { alias: true } })).map((a) => a.alias),
  );
  const missing = wanted.filter((alias) => !have.has(alias));
  if (missing.length > 0) await tx.speakerAlias.createMany({ data: missing.map((alias) => ({ speakerId, alias })) });
}

/** "makei" for person keys "p:makei" and "p:makei:vladimir"; null for organizations. */
function personSurnameOfKey(key: string): string | null {
  const match = /^p:([^:]+)/.exec(key);
  return match ? match[1]! : null;
}

/**
 * Corpus-level merge of a surname-only speaker ("Makei", key p:makei) into the one fully named speaker
 * with that surname ("Vladimir Makei", p:makei:vladimir) — only while the corpus has exactly one, since
 * a wrong merge (Bill's words to Hillary Clinton) is worse than a missing one. Recomputed from the
 * keys alone, so the result does not depend on the order articles were ingested in. Returns the ids
 * whose statement counts changed.
 */
async function linkSurnameSpeakers(tx: Tx, surname: string): Promise<number[]> {
  const bare = await tx.speaker.findUnique({
    where: { key: `p:${surname}` },
    select: { id: true, slug: true, mergedIntoId: true },
  });
  if (!bare) return [];
  // Keys "p:<surname>:<first>" sort between "p:<surname>:" and "p:<surname>;" (";" follows ":").
  const full = await tx.speaker.findMany({
    where: { key: { gte: `p:${surname}:`, lt: `p:${surname};` }, mergedIntoId: null },
    select: { id: true, slug: true, name: true },
    take: 2,
  });
  const target = full.length === 1 ? full[0]! : null;
  if ((target?.id ?? null) === bare.mergedIntoId) return [];
  await tx.speaker.update({ where: { id: bare.id }, data: { mergedIntoId: target?.id ?? null } });
  await adjustRollups(tx, { extractedSpeakerId: bare.id }, -1);
  await tx.statement.updateMany({ where: { extractedSpeakerId: bare.id }, data: { speakerId: target?.id ?? bare.id } });
  await adjustRollups(tx, { extractedSpeakerId: bare.id }, 1);
  if (target) {
    await addRedirect(tx, "speaker", bare.slug, target.slug, `merged into ${target.name}`);
    const aliases = await tx.speakerAlias.findMany({ where: { speakerId: bare.id }, select: { alias: true } });
    await addAliases(tx, target.id, aliases.map((a) => a.alias));
  } else {
    // The surname became ambiguous: the surname-only speaker stands on its own again.
    await tx.redirect.deleteMany({ where: { kind: "speaker", fromId: bare.slug } });
  }
  return [bare.id, ...(bare.mergedIntoId !== null ? [bare.mergedIntoId] : []), ...(target ? [target.id] : [])];
}

async function speakerSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, 60);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.speaker.findUnique({ where: { slug: candidate }, select: { id: true } });
    const retired = await tx.redirect.findUnique({
      where: { kind_fromId: { kind: "speaker", fromId: candidate } },
      select: { kind: true },
    });
    if (!taken && !retired) return candidate;
  }
}

async function addRedirect(tx: Tx, kind: string, fromId: string, toId: string | null, reason: string) {
  if (fromId === toId) return;
  await tx.redirect.upsert({
    where: { kind_fromId: { kind, fromId } },
    create: { kind, fromId, toId, reason },
    update: { toId, reason },
  });
  // Anything that pointed at the retired id now points straight at its successor: no chains.
  await tx.redirect.updateMany({ where: { kind, toId: fromId }, data: { toId } });
  if (toId !== null) await tx.redirect.deleteMany({ where: { kind, fromId: toId } });
}

/**
 * A re-ingested article whose text changed keeps the ids of its unchanged statements (ids hash the
 * text); each retired id points at the new statement that overlaps it most, or at nothing (410).
 */
async function redirectRetiredStatements(
  tx: Tx,
  old: { id: string; start: number; end: number }[],
  current: { id: string; start: number; end: number }[],
) {
  const currentIds = new Set(current.map((s) => s.id));
  for (const retired of old) {
    if (currentIds.has(retired.id)) continue;
    let best: { id: string; overlap: number } | null = null;
    for (const s of current) {
      const overlap = Math.min(s.end, retired.end) - Math.max(s.start, retired.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: s.id, overlap };
    }
    await addRedirect(tx, "statement", retired.id, best?.id ?? null, best ? "text changed" : "statement removed");
  }
  if (currentIds.size > 0) {
    // An id that comes back (a file changed, then changed back) is live again, not redirected.
    await tx.redirect.deleteMany({ where: { kind: "statement", fromId: { in: [...currentIds] } } });
  }
}

async function refreshCounts(tx: Tx, speakerIds: number[], topicIds: number[]) {
  for (const id of speakerIds) {
    const count = await tx.statement.count({ where: { speakerId: id } });
    await tx.speaker.update({ where: { id }, data: { statementCount: count } });
  }
  for (const id of topicIds) {
    const [statementCount, articleCount] = await Promise.all([
      tx.statementTopic.count({ where: { topicId: id } }),
      tx.articleTopic.count({ where: { topicId: id } }),
    ]);
    await tx.topic.update({ where: { id }, data: { statementCount, articleCount } });
  }
}

export type RemoveOutcome = "removed" | "already-removed" | "unknown";

/**
 * Retracts the article with this key: its statements are deleted and every URL it had (the article,
 * each statement) answers 410 Gone from then on. Idempotent; ingesting the file again restores it.
 */
export async function removeArticle(db: Db, key: string): Promise<RemoveOutcome> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { key }, select: { id: true, slug: true, retractedAt: true } });
    if (!article) return "unknown";
    if (article.retractedAt) return "already-removed";
    const statements = await tx.statement.findMany({
      where: { articleId: article.id },
      select: { id: true, speakerId: true, topics: { select: { topicId: true } } },
    });
    const speakers = new Set<number>();
    const topics = new Set<number>();
    for (const s of statements) {
      if (s.speakerId !== null) speakers.add(s.speakerId);
      for (const t of s.topics) topics.add(t.topicId);
      await addRedirect(tx, "statement", s.id, null, "its article was removed from the corpus");
    }
    for (const t of await tx.articleTopic.findMany({ where: { articleId: article.id }, select: { topicId: true } })) topics.add(t.topicId);
    await adjustRollups(tx, { articleIds: [article.id] }, -1);
    await tx.statement.deleteMany({ where: { articleId: article.id } });
    await tx.articleTopic.deleteMany({ where: { articleId: article.id } });
    await tx.article.update({ where: { id: article.id }, data: { retractedAt: new Date(), statementCount: 0, inputHash: "" } });
    await addRedirect(tx, "article", article.slug, null, "removed from the corpus");
    await refreshCounts(tx, [...speakers], [...topics]);
    await bumpCorpusVersion(tx);
    return "removed";
  });
}
