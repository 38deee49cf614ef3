import { engineOf, type Db } from "@/lib/db/client";
import type { Writer } from "@/lib/db/engine";
import { bumpCorpusVersion } from "@/lib/db/corpus-state";
import { adjustRollups, statementTopicInsertSql } from "@/lib/db/rollups";
import { dateSort, datePeriod } from "@/lib/domain/dates";
import type { ExtractedArticle } from "@/lib/ingest/types";
import { fullerKeysRange, linkSurnameKeys, surnameOfKey, surnameOnlyKey } from "@/lib/domain/speaker-keys";
import { speakerKey } from "@/lib/ingest/names";
import { AUTO_PREFIX, topicLabel } from "@/lib/ingest/topics";
import { shortHash, slugify } from "@/lib/domain/slug";

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

const json = (value: unknown): string => JSON.stringify(value);

type Delta = { speaker: Map<number, number>; topicStatements: Map<number, number>; topicArticles: Map<number, number> };

const newDelta = (): Delta => ({ speaker: new Map(), topicStatements: new Map(), topicArticles: new Map() });
const bump = (map: Map<number, number>, id: number, by: number) => map.set(id, (map.get(id) ?? 0) + by);

/** The Article columns ingest writes, for a new or a changed article. */
function articleRow(input: ArticleInput, slug: string, outletId: number | null) {
  const { article } = input.extracted;
  return {
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
    dateSort: dateSort(article.published),
    ...datePeriod(article.published),
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
}

/** Who each extracted speaker of an article is in the corpus: its own id and the id readers see. */
interface ArticleSpeakers {
  ids: number[];
  shownIds: number[];
}

/**
 * The Statement, StatementTopic and ArticleTopic rows of one article, counting what they add to the
 * kept counts into `delta`.
 */
function statementRows(
  input: ArticleInput,
  articleId: number,
  outletId: number | null,
  speakers: ArticleSpeakers,
  topicIds: Map<string, number>,
  delta: Delta,
) {
  const { article } = input.extracted;
  const sort = dateSort(article.published);
  const period = datePeriod(article.published);
  const statements = [];
  const statementTopics: { statementId: string; topicId: number }[] = [];
  for (const [position, s] of input.extracted.statements.entries()) {
    const shownId = s.speakerIndex === null ? null : (speakers.shownIds[s.speakerIndex] ?? null);
    statements.push({
      id: s.id,
      articleId,
      position,
      speakerId: shownId,
      extractedSpeakerId: s.speakerIndex === null ? null : (speakers.ids[s.speakerIndex] ?? null),
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
    if (shownId !== null) bump(delta.speaker, shownId, 1);
    for (const slugValue of new Set(s.topics)) {
      const topicId = topicIds.get(slugValue)!;
      statementTopics.push({ statementId: s.id, topicId });
      bump(delta.topicStatements, topicId, 1);
    }
  }
  const articleTopics = [];
  for (const slugValue of new Set(input.extracted.topics)) {
    const topicId = topicIds.get(slugValue)!;
    articleTopics.push({ articleId, topicId });
    bump(delta.topicArticles, topicId, 1);
  }
  return { statements, statementTopics, articleTopics };
}

/** StatementTopic rows of statements just written, with their copies of the statements' columns. */
async function insertStatementTopics(w: Writer, rows: { statementId: string; topicId: number }[]) {
  // One JSON parameter per 2,000 rows, as insertRows does.
  for (let i = 0; i < rows.length; i += 2_000) {
    await w.tx.$executeRawUnsafe(statementTopicInsertSql(), JSON.stringify(rows.slice(i, i + 2_000).map((r) => [r.statementId, r.topicId])));
  }
}

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
export async function writeArticles(db: Db, inputs: ArticleInput[]): Promise<WriteOutcome[]> {
  if (inputs.length === 0) return [];
  const engine = engineOf(db);
  // A batch of hundreds of articles can outlast Prisma's default 5 s transaction timeout.
  return db.$transaction(
    async (tx) => {
      const w: Writer = { tx, engine };
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
      if (outcomes.some((o) => o !== "unchanged")) await bumpCorpusVersion(w.tx);
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
    w.tx,
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
    const rows = statementRows(input, idOf.get(input.key)!, outletIds[i]!, speakers.perArticle[i]!, topicIds, delta);
    statements.push(...rows.statements);
    statementTopics.push(...rows.statementTopics);
    articleTopics.push(...rows.articleTopics);
  }
  await w.engine.insertRows(w.tx, "Statement", statements);
  await insertStatementTopics(w, statementTopics);
  await w.engine.insertRows(w.tx, "ArticleTopic", articleTopics);
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
      select: { id: true, start: true, end: true, speakerId: true, topics: { select: { topicId: true } } },
    })
    .then((rows) =>
      rows.map((row) => {
        if (row.speakerId !== null) bump(delta.speaker, row.speakerId, -1);
        for (const t of row.topics) bump(delta.topicStatements, t.topicId, -1);
        return { id: row.id, start: row.start, end: row.end };
      }),
    );
  for (const t of await w.tx.articleTopic.findMany({ where: { articleId }, select: { topicId: true } })) {
    bump(delta.topicArticles, t.topicId, -1);
  }
  await adjustRollups(w, { articleIds: [articleId] }, -1);
  await w.tx.statement.deleteMany({ where: { articleId } });
  await w.tx.articleTopic.deleteMany({ where: { articleId } });
  await w.tx.article.update({ where: { id: articleId }, data: articleRow(input, slug, outletId!) });

  const speakers = await resolveSpeakers(w, [input]);
  const topicIds = await topicIdsFor(w, [input.extracted]);
  const rows = statementRows(input, articleId, outletId!, speakers.perArticle[0]!, topicIds, delta);
  await w.engine.insertRows(w.tx, "Statement", rows.statements);
  await insertStatementTopics(w, rows.statementTopics);
  await w.engine.insertRows(w.tx, "ArticleTopic", rows.articleTopics);
  await adjustRollups(w, { articleIds: [articleId] }, 1, { copied: true });
  await applyCountDeltas(w, delta);
  // Re-linking a surname-only speaker moves statements between speakers: recount just those.
  const relinked: number[] = [];
  relinked.push(...(await linkSurnameSpeakers(w, [...speakers.newSurnames])));
  await redirectRetiredStatements(w, oldStatements, input.extracted.statements);
  await refreshCounts(w, [...new Set(relinked)], []);
}

/** Ids of every topic the articles use, creating the new ones: two queries however many topics. */
async function topicIdsFor(w: Writer, articles: ExtractedArticle[]): Promise<Map<string, number>> {
  // A new topic is created with the label the first article using it gives, in article order.
  const labels = new Map<string, string | undefined>();
  for (const extracted of articles) {
    for (const slug of [...extracted.topics, ...extracted.statements.flatMap((s) => s.topics)]) {
      if (!labels.has(slug)) labels.set(slug, extracted.topicLabels?.[slug]);
    }
  }
  const slugs = [...labels.keys()];
  const ids = new Map<string, number>();
  if (slugs.length === 0) return ids;
  for (const t of await w.tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })) ids.set(t.slug, t.id);
  const missing = slugs.filter((slug) => !ids.has(slug));
  if (missing.length > 0) {
    const created = await w.engine.insertRows<{ id: number; slug: string }>(
      w.tx,
      "Topic",
      missing.map((slug) => ({ slug, label: labels.get(slug) ?? topicLabel(slug), kind: slug.startsWith(AUTO_PREFIX) ? "keyphrase" : "curated" })),
      { returning: ["id", "slug"] },
    );
    for (const t of created) ids.set(t.slug, Number(t.id));
  }
  return ids;
}

/** Adds the per-row deltas to the kept counts, one UPDATE per table. */
async function applyCountDeltas(w: Writer, delta: Delta) {
  // UPDATE … FROM the [id, delta] pairs: one indexed lookup a row, where CASE id WHEN … was linear in
  // the list. The pairs travel as one JSON parameter, as in insertRows: cheaper than two bound
  // parameters a row passed one by one through the driver adapter.
  const apply = async (table: "Speaker" | "Topic", column: "statementCount" | "articleCount", map: Map<number, number>) => {
    const entries = [...map].filter(([, by]) => by !== 0);
    if (entries.length === 0) return;
    await w.tx.$executeRawUnsafe(
      `UPDATE "${table}" SET "${column}" = "${column}" + d.value ->> 1
       FROM json_each(?) AS d WHERE "${table}".id = d.value ->> 0`,
      JSON.stringify(entries),
    );
  };
  await apply("Speaker", "statementCount", delta.speaker);
  await apply("Topic", "statementCount", delta.topicStatements);
  await apply("Topic", "articleCount", delta.topicArticles);
}

/** Each article's outlet id (null when it names none), creating new outlets; a stated URL is kept. */
async function outletIdsFor(w: Writer, inputs: ArticleInput[]): Promise<(number | null)[]> {
  const wanted = new Map<string, { name: string; url: string | null }>();
  for (const { extracted } of inputs) {
    const { outlet, outletUrl } = extracted.article;
    if (!outlet) continue;
    const slug = slugify(outlet);
    // As if written one by one: the first article names a new outlet, the last stated URL stays.
    const seen = wanted.get(slug);
    wanted.set(slug, { name: seen?.name ?? outlet, url: outletUrl ?? seen?.url ?? null });
  }
  const ids = new Map<string, number>();
  if (wanted.size > 0) {
    const found = await w.tx.outlet.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true, url: true } });
    for (const o of found) {
      ids.set(o.slug, o.id);
      const url = wanted.get(o.slug)!.url;
      if (url && url !== o.url) await w.tx.outlet.update({ where: { id: o.id }, data: { url } });
    }
    const missing = [...wanted].filter(([slug]) => !ids.has(slug));
    if (missing.length > 0) {
      const created = await w.engine.insertRows<{ id: number; slug: string }>(
        w.tx,
        "Outlet",
        missing.map(([slug, { name, url }]) => ({ slug, name, url })),
        { returning: ["id", "slug"] },
      );
      for (const o of created) ids.set(o.slug, Number(o.id));
    }
  }
  return inputs.map(({ extracted }) => (extracted.article.outlet ? ids.get(slugify(extracted.article.outlet))! : null));
}

/** Slugs for new articles, chosen in order as articleSlug would one by one, with two queries. */
async function newArticleSlugs(w: Writer, inputs: ArticleInput[]): Promise<string[]> {
  const candidatesOf = (input: ArticleInput) => {
    const base = slugify(input.extracted.article.title);
    return [base, `${base}-${shortHash(input.key)}`];
  };
  const all = [...new Set(inputs.flatMap(candidatesOf))];
  const [taken, retired] = await Promise.all([
    w.tx.article.findMany({ where: { slug: { in: all } }, select: { slug: true } }),
    w.tx.redirect.findMany({ where: { kind: "article", fromId: { in: all } }, select: { fromId: true } }),
  ]);
  const unavailable = new Set([...taken.map((a) => a.slug), ...retired.map((r) => r.fromId)]);
  const slugs: string[] = [];
  for (const input of inputs) {
    const [base, hashed] = candidatesOf(input);
    const slug = [base!, hashed!].find((candidate) => !unavailable.has(candidate)) ?? lastResortSlug(base!, input.key);
    unavailable.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

async function articleSlug(w: Writer, title: string, key: string, current?: string): Promise<string> {
  const base = slugify(title);
  for (const candidate of [base, `${base}-${shortHash(key)}`]) {
    if (candidate === current) return candidate;
    const taken = await w.tx.article.findUnique({ where: { slug: candidate }, select: { key: true } });
    const retired = await w.tx.redirect.findUnique({
      where: { kind_fromId: { kind: "article", fromId: candidate } },
      select: { kind: true },
    });
    if ((!taken || taken.key === key) && !retired) return candidate;
  }
  return lastResortSlug(base, key);
}

/** Two titles hashing alike and both taken: fall back to the key itself, which is unique. */
const lastResortSlug = (base: string, key: string) => `${base}-${shortHash(`${key}\u0000${base}`)}`;

interface SpeakerState {
  /** null until the speaker is created, after the whole batch is decided. */
  id: number | null;
  key: string;
  slug: string;
  name: string;
  role: string | null;
  kind: string;
  mergedIntoId: number | null;
  changed: boolean;
}

/**
 * The corpus speaker of every extracted speaker of the articles, created and enriched as writing the
 * articles one by one would: a new key makes a new speaker, the fullest form of a name wins ("Sergey
 * Lavrov" over "Lavrov", the old slug redirecting), a missing role is filled in. Reads the speakers
 * and slugs involved once, decides in memory, then writes. Also returns the surnames that gained a
 * speaker: only their surname links can change.
 */
async function resolveSpeakers(w: Writer, inputs: ArticleInput[]): Promise<{ perArticle: ArticleSpeakers[]; newSurnames: Set<string> }> {
  const keyed = inputs.map((input) => input.extracted.speakers.map((speaker) => ({ speaker, key: speakerKey(speaker.name, speaker.kind) })));
  const keys = [...new Set(keyed.flat().map((k) => k.key))];
  const state = new Map<string, SpeakerState>();
  if (keys.length > 0) {
    for (const s of await w.tx.speaker.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true, slug: true, name: true, role: true, kind: true, mergedIntoId: true },
    })) {
      state.set(s.key, { ...s, changed: false });
    }
  }
  const slugs = await speakerSlugChooser(w, keyed.flat().map((k) => k.speaker.name));
  const created: SpeakerState[] = [];
  const renames: { from: string; to: string; name: string }[] = [];
  const aliases: { key: string; alias: string }[] = [];
  for (const { speaker, key } of keyed.flat()) {
    const found = state.get(key);
    if (!found) {
      const slug = await slugs.take(speaker.name);
      const fresh = { id: null, key, slug, name: speaker.name, role: speaker.role, kind: speaker.kind, mergedIntoId: null, changed: false };
      state.set(key, fresh);
      created.push(fresh);
    } else {
      if (speaker.name.length > found.name.length) {
        found.name = speaker.name;
        const slug = await slugs.take(speaker.name, found.slug);
        if (slug !== found.slug) {
          renames.push({ from: found.slug, to: slug, name: speaker.name });
          slugs.retire(found.slug);
          found.slug = slug;
        }
        found.changed = true;
      }
      if (!found.role && speaker.role) {
        found.role = speaker.role;
        found.changed = true;
      }
    }
    for (const alias of [speaker.name, ...speaker.aliases]) aliases.push({ key, alias });
  }

  if (created.length > 0) {
    const rows = await w.engine.insertRows<{ id: number; key: string }>(
      w.tx,
      "Speaker",
      created.map(({ key, slug, name, role, kind }) => ({ key, slug, name, role, kind })),
      { returning: ["id", "key"] },
    );
    for (const r of rows) state.get(r.key)!.id = Number(r.id);
  }
  for (const s of state.values()) {
    if (s.changed && !created.includes(s)) await w.tx.speaker.update({ where: { id: s.id! }, data: { name: s.name, slug: s.slug, role: s.role } });
  }
  for (const r of renames) await addRedirect(w, "speaker", r.from, r.to, `renamed to ${r.name}`);
  await addAliases(w, aliases.map(({ key, alias }) => ({ speakerId: state.get(key)!.id!, alias })));
  // Statements show a speaker merged into a fuller-named one under that one (mergedIntoId is only
  // ever set on speakers that existed before this batch; links are recomputed after it).
  const perArticle = keyed.map((article) => ({
    ids: article.map(({ key }) => state.get(key)!.id!),
    shownIds: article.map(({ key }) => state.get(key)!.mergedIntoId ?? state.get(key)!.id!),
  }));
  const newSurnames = new Set(created.map((s) => surnameOfKey(s.key)).filter((s): s is string => s !== null));
  return { perArticle, newSurnames };
}

/** Records aliases, skipping those a speaker already has (the unique (speakerId, alias) index). */
async function addAliases(w: Writer, aliases: { speakerId: number; alias: string }[]) {
  const unique = [...new Map(aliases.map((a) => [`${a.speakerId}\u0000${a.alias}`, a])).values()];
  await w.engine.insertRows(w.tx, "SpeakerAlias", unique, { skipDuplicates: true });
}

/**
 * Chooses free speaker slugs ("vladimir-makei", then "vladimir-makei-2"…) for many names, reading the
 * likely candidates in two queries and asking the database only past them.
 */
async function speakerSlugChooser(w: Writer, names: string[]) {
  const bases = [...new Set(names.map((name) => slugify(name, 60)))];
  const guesses = bases.flatMap((base) => [base, `${base}-2`, `${base}-3`]);
  const [taken, retired] = await Promise.all([
    w.tx.speaker.findMany({ where: { slug: { in: guesses } }, select: { slug: true } }),
    w.tx.redirect.findMany({ where: { kind: "speaker", fromId: { in: guesses } }, select: { fromId: true } }),
  ]);
  const read = new Set(guesses);
  const unavailable = new Set([...taken.map((s) => s.slug), ...retired.map((r) => r.fromId)]);
  const isFree = async (candidate: string) => {
    if (unavailable.has(candidate)) return false;
    if (read.has(candidate)) return true;
    const [speaker, redirect] = await Promise.all([
      w.tx.speaker.findUnique({ where: { slug: candidate }, select: { id: true } }),
      w.tx.redirect.findUnique({ where: { kind_fromId: { kind: "speaker", fromId: candidate } }, select: { kind: true } }),
    ]);
    return !speaker && !redirect;
  };
  return {
    /** The first free slug for `name`; a speaker's own current slug counts as free for it. */
    async take(name: string, current?: string): Promise<string> {
      const base = slugify(name, 60);
      for (let n = 1; ; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`;
        if (candidate === current || (await isFree(candidate))) {
          unavailable.add(candidate);
          return candidate;
        }
      }
    },
    retire(slug: string) {
      unavailable.add(slug);
    },
  };
}

/** Surnames looked up per query by linkSurnameSpeakers. */
const SURNAMES_PER_QUERY = 400;

/**
 * Applies the surname link rule (linkSurnameKeys) to the speakers of these surnames: a surname-only
 * speaker ("Makei") shows under the one fully named speaker with that surname ("Vladimir Makei") while
 * the corpus has exactly one. Recomputed from the keys alone, so the result does not depend on the
 * order articles were ingested in. Returns the ids whose statement counts changed.
 */
async function linkSurnameSpeakers(w: Writer, surnames: string[]): Promise<number[]> {
  if (surnames.length === 0) return [];
  const bares: { id: number; key: string; slug: string; mergedIntoId: number | null }[] = [];
  const fullRows: { id: number; key: string; slug: string; name: string }[] = [];
  // A batch of new articles brings hundreds of new surnames: in slices, since each takes two bound
  // parameters below, and Prisma refuses more than 999 in one SQLite statement (it splits a long
  // `in` list, never an OR). Past that, the batch failed and was written one article at a time.
  for (let i = 0; i < surnames.length; i += SURNAMES_PER_QUERY) {
    const slice = await w.tx.speaker.findMany({
      where: { key: { in: surnames.slice(i, i + SURNAMES_PER_QUERY).map(surnameOnlyKey) } },
      select: { id: true, key: true, slug: true, mergedIntoId: true },
    });
    if (slice.length === 0) continue;
    bares.push(...slice);
    fullRows.push(
      ...(await w.tx.speaker.findMany({
        where: { OR: slice.map((bare) => ({ key: fullerKeysRange(bare.key) })), mergedIntoId: null },
        select: { id: true, key: true, slug: true, name: true },
      })),
    );
  }
  if (bares.length === 0) return [];
  const linked = linkSurnameKeys([...bares, ...fullRows].map((s) => s.key));
  const fullByKey = new Map(fullRows.map((f) => [f.key, f]));
  const relinks = bares
    .map((bare) => ({ bare, target: fullByKey.get(linked.get(bare.key)!) ?? null }))
    .filter(({ bare, target }) => (target?.id ?? null) !== bare.mergedIntoId);
  if (relinks.length === 0) return [];
  // The rollups of all relinked speakers' statements are taken out and put back once for the batch:
  // the rollup statement costs about as much to prepare for one speaker as for hundreds, and a batch
  // of new speakers relinks dozens of surnames (each statement has one extracted speaker, so the
  // adjustments of different speakers never overlap).
  const relinked = { extractedSpeakerIds: relinks.map(({ bare }) => bare.id) };
  await adjustRollups(w, relinked, -1);
  for (const { bare, target } of relinks) {
    await w.tx.speaker.update({ where: { id: bare.id }, data: { mergedIntoId: target?.id ?? null } });
    await w.tx.statement.updateMany({ where: { extractedSpeakerId: bare.id }, data: { speakerId: target?.id ?? bare.id } });
  }
  await adjustRollups(w, relinked, 1);
  const changed: number[] = [];
  for (const { bare, target } of relinks) {
    if (target) {
      await addRedirect(w, "speaker", bare.slug, target.slug, `merged into ${target.name}`);
      const aliases = await w.tx.speakerAlias.findMany({ where: { speakerId: bare.id }, select: { alias: true } });
      await addAliases(w, aliases.map((a) => ({ speakerId: target.id, alias: a.alias })));
    } else {
      // The surname became ambiguous: the surname-only speaker stands on its own again.
      await w.tx.redirect.deleteMany({ where: { kind: "speaker", fromId: bare.slug } });
    }
    changed.push(bare.id, ...(bare.mergedIntoId !== null ? [bare.mergedIntoId] : []), ...(target ? [target.id] : []));
  }
  return changed;
}

async function addRedirect(w: Writer, kind: string, fromId: string, toId: string | null, reason: string) {
  if (fromId === toId) return;
  await w.tx.redirect.upsert({
    where: { kind_fromId: { kind, fromId } },
    create: { kind, fromId, toId, reason },
    update: { toId, reason },
  });
  // Anything that pointed at the retired id now points straight at its successor: no chains.
  await w.tx.redirect.updateMany({ where: { kind, toId: fromId }, data: { toId } });
  if (toId !== null) await w.tx.redirect.deleteMany({ where: { kind, fromId: toId } });
}

/**
 * A re-ingested article whose text changed keeps the ids of its unchanged statements (ids hash the
 * text); each retired id points at the new statement that overlaps it most, or at nothing (410).
 */
async function redirectRetiredStatements(
  w: Writer,
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
    await addRedirect(w, "statement", retired.id, best?.id ?? null, best ? "text changed" : "statement removed");
  }
  if (currentIds.size > 0) {
    // An id that comes back (a file changed, then changed back) is live again, not redirected.
    await w.tx.redirect.deleteMany({ where: { kind: "statement", fromId: { in: [...currentIds] } } });
  }
}

async function refreshCounts(w: Writer, speakerIds: number[], topicIds: number[]) {
  for (const id of speakerIds) {
    const count = await w.tx.statement.count({ where: { speakerId: id } });
    await w.tx.speaker.update({ where: { id }, data: { statementCount: count } });
  }
  for (const id of topicIds) {
    const [statementCount, articleCount] = await Promise.all([
      w.tx.statementTopic.count({ where: { topicId: id } }),
      w.tx.articleTopic.count({ where: { topicId: id } }),
    ]);
    await w.tx.topic.update({ where: { id }, data: { statementCount, articleCount } });
  }
}

export type RemoveOutcome = "removed" | "already-removed" | "unknown";

/**
 * Retracts the article with this key: its statements are deleted and every URL it had (the article,
 * each statement) answers 410 Gone from then on. Idempotent; ingesting the file again restores it.
 */
export async function removeArticle(db: Db, key: string): Promise<RemoveOutcome> {
  const engine = engineOf(db);
  return db.$transaction(async (tx) => {
    const w: Writer = { tx, engine };
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
