import type { ArticleInput } from "@/lib/db/write/articles";
import { addRedirect } from "@/lib/db/write/redirects";
import { refreshCounts } from "@/lib/db/write/counts";
import type { ArticleSpeakers } from "@/lib/db/write/rows";
import { adjustRollups } from "@/lib/db/write/rollups";
import type { Writer } from "@/lib/db/write/writer";
import { fullerKeysRange, linkSurnameKeys, surnameOfKey, surnameOnlyKeys } from "@/lib/domain/speaker-keys";
import { hasDebris, roleProblem } from "@/lib/domain/speaker-names";
import { NO_SPEAKER } from "@/lib/domain/filters";
import { slugify } from "@/lib/domain/slug";
import { genderOfFoldedFirstName, speakerKey } from "@/lib/ingest/names";
import { formalNamesOf } from "@/lib/ingest/names-diminutives";

// The corpus's speakers as ingest keeps them: one per key, the fullest name, free slugs, aliases, and
// surname-only speakers linked to the one full name they stand for (lib/domain/speaker-keys.ts).

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
export async function resolveSpeakers(w: Writer, inputs: ArticleInput[]): Promise<{ perArticle: ArticleSpeakers[]; newSurnames: Set<string> }> {
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
      // A role kept before the corpus judged roles ("Mr.", "research director for") gives way.
      if (found.role && roleProblem(found.role)) {
        found.role = null;
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
      w,
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

/**
 * Removes the aliases with punctuation debris ("Trump'") an ingest before the corpus judged aliases
 * gave these speakers: aliases are otherwise only ever added, so re-extraction alone would keep them.
 */
export async function dropDebrisAliases(w: Writer, speakerIds: number[]): Promise<void> {
  if (speakerIds.length === 0) return;
  const aliases = await w.tx.speakerAlias.findMany({ where: { speakerId: { in: [...new Set(speakerIds)] } }, select: { id: true, alias: true } });
  const debris = aliases.filter((a) => hasDebris(a.alias)).map((a) => a.id);
  if (debris.length > 0) await w.tx.speakerAlias.deleteMany({ where: { id: { in: debris } } });
}

/** Records aliases, skipping those a speaker already has (the unique (speakerId, alias) index). */
async function addAliases(w: Writer, aliases: { speakerId: number; alias: string }[]) {
  const unique = [...new Map(aliases.map((a) => [`${a.speakerId}\u0000${a.alias}`, a])).values()];
  await w.engine.insertRows(w, "SpeakerAlias", unique, { skipDuplicates: true });
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
  // NO_SPEAKER is the speaker filter's "not identified": a speaker named "None" becomes none-2.
  const unavailable = new Set([NO_SPEAKER, ...taken.map((s) => s.slug), ...retired.map((r) => r.fromId)]);
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

type SurnameSpeaker = { id: number; key: string; slug: string; name: string; mergedIntoId: number | null };

/**
 * The speakers named fuller than these surnames ("p:makei:vladimir"), each surname's key range
 * bound as one JSON parameter. Not Prisma's `OR` of ranges: a query plan is cached per shape, and an
 * OR of n ranges is a new shape for each n, so a long ingest filled the cache (1,000 plans) with plans
 * of up to hundreds of arms, a few hundred KB each, on the main heap.
 */
async function fullerNamedSpeakers({ tx, engine: { dialect: d } }: Writer, surnames: string[]): Promise<SurnameSpeaker[]> {
  const ranges = JSON.stringify(surnames.map((surname) => fullerKeysRange(surname)).map(({ gte, lt }) => [gte, lt]));
  const rows = await tx.$queryRaw<{ id: number | bigint; key: string; slug: string; name: string; mergedIntoId: number | bigint | null }[]>`
    SELECT s."id", s."key", s."slug", s."name", s."mergedIntoId"
    FROM ${d.jsonRows(ranges, "r")} ${d.orderedJoin} "Speaker" s
      ON s."key" >= ${d.jsonItem("r", 0, "text")} AND s."key" < ${d.jsonItem("r", 1, "text")}`;
  return rows.map((r) => ({ ...r, id: Number(r.id), mergedIntoId: r.mergedIntoId === null ? null : Number(r.mergedIntoId) }));
}

/**
 * Applies the link rule (linkSurnameKeys) to the speakers of these surnames: a surname-only speaker
 * ("Makei", "Mr. Makei") shows under the one fully named speaker with that surname (and a compatible
 * gender) that it can be ("Vladimir Makei") while the corpus has exactly one, and a speaker named by a
 * short first name ("Pete King") under the one of the surname whose name it is short for ("Peter T.
 * King"). Recomputed from the keys alone, so the result does not depend on the order articles were
 * ingested in. Returns the ids whose statement counts changed.
 */
export async function linkSurnameSpeakers(w: Writer, surnames: string[]): Promise<number[]> {
  if (surnames.length === 0) return [];
  const select = { id: true, key: true, slug: true, name: true, mergedIntoId: true } as const;
  const rows: SurnameSpeaker[] = [
    ...(await w.tx.speaker.findMany({ where: { key: { in: surnames.flatMap(surnameOnlyKeys) } }, select })),
    ...(await fullerNamedSpeakers(w, surnames)),
  ];
  const linked = linkSurnameKeys(
    rows.map((s) => s.key),
    genderOfFoldedFirstName,
    formalNamesOf,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const relinks = rows
    .map((bare) => ({ bare, target: linked.get(bare.key) === bare.key ? null : byKey.get(linked.get(bare.key)!)! }))
    .filter(({ bare, target }) => (target?.id ?? null) !== bare.mergedIntoId);
  if (relinks.length === 0) return [];
  // The rollups of all relinked speakers' statements are taken out and put back once for the batch:
  // the rollup statement costs about as much to prepare for one speaker as for hundreds, and a batch
  // of new speakers relinks dozens of surnames (each statement has one extracted speaker, so the
  // adjustments of different speakers never overlap).
  const relinked = { extractedSpeakerIds: relinks.map(({ bare }) => bare.id) };
  // Only the statements' speaker changes in between: the rollups of the other dimensions stand.
  await adjustRollups(w, relinked, -1, { speakerOnly: true });
  for (const { bare, target } of relinks) {
    await w.tx.speaker.update({ where: { id: bare.id }, data: { mergedIntoId: target?.id ?? null } });
    await w.tx.statement.updateMany({ where: { extractedSpeakerId: bare.id }, data: { speakerId: target?.id ?? bare.id } });
  }
  await adjustRollups(w, relinked, 1, { speakerOnly: true });
  const changed: number[] = [];
  for (const { bare, target } of relinks) {
    if (target) {
      await addRedirect(w, "speaker", bare.slug, target.slug, `merged into ${target.name}`);
      const aliases = await w.tx.speakerAlias.findMany({ where: { speakerId: bare.id }, select: { alias: true } });
      await addAliases(w, aliases.map((a) => ({ speakerId: target.id, alias: a.alias })));
    } else {
      // The link no longer holds (a second candidate came): the speaker stands on its own again.
      await w.tx.redirect.deleteMany({ where: { kind: "speaker", fromId: bare.slug } });
    }
    changed.push(bare.id, ...(bare.mergedIntoId !== null ? [bare.mergedIntoId] : []), ...(target ? [target.id] : []));
  }
  return changed;
}

/**
 * Retires the speakers of `ids` that an editor's merge left with no statement: the speaker is deleted
 * and its slug redirected to `successorSlug`, and first taken out of its surname's candidates, so
 * that a surname-only speaker linked to it ("Makei" under "Vladimir Makei") links to whom the corpus
 * now holds ("Uladzimir Makei"), or stands alone when that is not one person. Returns the retired ids.
 */
export async function retireEmptiedSpeakers(w: Writer, ids: number[], successorSlug: string | null, reason: string): Promise<number[]> {
  const emptied: { id: number; key: string; slug: string }[] = [];
  for (const id of ids) {
    const used = await w.tx.statement.count({ where: { OR: [{ speakerId: id }, { extractedSpeakerId: id }] } });
    const speaker = await w.tx.speaker.findUnique({ where: { id }, select: { id: true, key: true, slug: true } });
    if (used === 0 && speaker) emptied.push(speaker);
  }
  if (emptied.length === 0) return [];
  // Out of the key ranges the surname link reads, before it is recomputed.
  for (const s of emptied) await w.tx.speaker.update({ where: { id: s.id }, data: { key: `retired:${s.id}` } });
  const surnames = [...new Set(emptied.map((s) => surnameOfKey(s.key)).filter((s): s is string => s !== null))];
  await refreshCounts(w, [...new Set(await linkSurnameSpeakers(w, surnames))], []);
  const retired: number[] = [];
  for (const s of emptied) {
    const linked = await w.tx.speaker.count({ where: { mergedIntoId: s.id } });
    const shown = await w.tx.statement.count({ where: { speakerId: s.id } });
    if (linked > 0 || shown > 0) {
      await w.tx.speaker.update({ where: { id: s.id }, data: { key: s.key } });
      continue;
    }
    await addRedirect(w, "speaker", s.slug, successorSlug, reason);
    await w.tx.speaker.delete({ where: { id: s.id } });
    retired.push(s.id);
  }
  return retired;
}
