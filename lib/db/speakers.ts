import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/sql";
import { readDb, readDialect } from "@/lib/db/client";
import { containsPattern } from "@/lib/db/contains";
import { DIM } from "@/lib/db/rollup-codes";
import { fullerKeysRange, isSurnameOnlyKey, surnameCandidates, surnameOfKey } from "@/lib/domain/speaker-keys";
import { genderOfFoldedFirstName } from "@/lib/ingest/names";

export interface SpeakerCard {
  slug: string;
  name: string;
  role: string | null;
  kind: string;
  aliases: string[];
  statementCount: number;
}

export interface SpeakerView extends SpeakerCard {
  /**
   * For a speaker named by surname alone ("Trump", "Mrs. Clinton") whom the corpus cannot tell apart:
   * the people of that surname (and a compatible gender) it may be, busiest first; otherwise empty.
   */
  mayBe: { slug: string; name: string }[];
  topics: { slug: string; label: string; count: number }[];
  coSpeakers: { slug: string; name: string; articles: number }[];
  articleCount: number;
}

type SpeakerRow = { slug: string; name: string; role: string | null; kind: string; statementCount: number; aliases: { alias: string }[] };

const toSpeakerCard = (row: SpeakerRow): SpeakerCard => ({
  slug: row.slug,
  name: row.name,
  role: row.role,
  kind: row.kind,
  aliases: row.aliases.map((a) => a.alias).filter((a) => a !== row.name),
  statementCount: row.statementCount,
});

const speakerSelect = {
  slug: true,
  name: true,
  role: true,
  kind: true,
  statementCount: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" as const } },
};

export interface SpeakerPage {
  items: SpeakerCard[];
  /** Speakers matching q, all pages. */
  total: number;
  nextCursor: string | null;
  /** The page before (its cursor: null for the first page), or null on the first page. */
  previous: { cursor: string | null } | null;
}

/** Where a page of speakers ended, in their order (most statements, then name, then id). */
const speakerCursor = z.tuple([z.number().int(), z.string(), z.number().int()]);

const encodeSpeakerCursor = (row: { statementCount: number; name: string; id: number }) =>
  Buffer.from(JSON.stringify([row.statementCount, row.name, row.id])).toString("base64url");

function decodeSpeakerCursor(value: string | null | undefined): z.infer<typeof speakerCursor> | null {
  if (!value) return null;
  try {
    const parsed = speakerCursor.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}


export interface ListSpeakersOptions {
  /** Part of a name or alias, case aside. */
  q?: string | null;
  cursor?: string | null;
  limit?: number;
}

/**
 * Speakers who have statements, most quoted first, a page at a time (keyset on count, name, id), with
 * their aliases in the same statement: the list once asked Prisma for every speaker's aliases at once,
 * one bound parameter a speaker, which failed past SQLite's 999 (at ~1,000 speakers).
 */
export async function listSpeakers(options: ListSpeakersOptions = {}): Promise<SpeakerPage> {
  const db = readDb();
  const d = readDialect();
  const limit = options.limit ?? 100;
  const where = [Prisma.sql`sp."statementCount" > 0`, Prisma.sql`sp."mergedIntoId" IS NULL`];
  if (options.q) {
    const pattern = containsPattern(options.q);
    where.push(Prisma.sql`(lower(sp."name") LIKE ${pattern} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM "SpeakerAlias" sa WHERE sa."speakerId" = sp."id" AND lower(sa."alias") LIKE ${pattern} ESCAPE '\\'))`);
  }
  const after = decodeSpeakerCursor(options.cursor);
  const keyset = after
    ? [Prisma.sql`(sp."statementCount" < ${after[0]} OR (sp."statementCount" = ${after[0]} AND (sp."name" > ${after[1]} OR (sp."name" = ${after[1]} AND sp."id" > ${after[2]}))))`]
    : [];
  const aliases = Prisma.sql`(SELECT ${d.jsonArrayAgg(Prisma.sql`sa."alias"`, Prisma.sql`sa."alias"`)} FROM "SpeakerAlias" sa WHERE sa."speakerId" = sp."id")`;
  // The page before is the `limit` speakers up to the cursor's: it starts after the one `limit` further back.
  const back = after
    ? db.$queryRaw<{ id: number | bigint; name: string; statementCount: number | bigint }[]>`
      SELECT sp."id", sp."name", sp."statementCount" FROM "Speaker" sp WHERE ${Prisma.join(where, " AND ")}
        AND (sp."statementCount" > ${after[0]} OR (sp."statementCount" = ${after[0]} AND (sp."name" < ${after[1]} OR (sp."name" = ${after[1]} AND sp."id" <= ${after[2]}))))
      ORDER BY sp."statementCount", sp."name" DESC, sp."id" DESC LIMIT 1 OFFSET ${limit}`
    : null;
  const [rows, [count], before] = await Promise.all([
    db.$queryRaw<{ id: number | bigint; slug: string; name: string; role: string | null; kind: string; statementCount: number | bigint; aliases: string | null }[]>`
      SELECT sp."id", sp."slug", sp."name", sp."role", sp."kind", sp."statementCount", ${aliases} AS aliases
      FROM "Speaker" sp WHERE ${Prisma.join([...where, ...keyset], " AND ")}
      ORDER BY sp."statementCount" DESC, sp."name", sp."id" LIMIT ${limit + 1}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "Speaker" sp WHERE ${Prisma.join(where, " AND ")}`,
    back,
  ]);
  const page = rows.slice(0, limit).map((r) => ({
    ...r,
    id: Number(r.id),
    statementCount: Number(r.statementCount),
    aliases: (JSON.parse(r.aliases ?? "[]") as (string | null)[]).filter((a): a is string => a !== null).map((alias) => ({ alias })),
  }));
  const last = page.at(-1);
  return {
    items: page.map(toSpeakerCard),
    total: Number(count!.n),
    nextCursor: rows.length > limit && last ? encodeSpeakerCursor(last) : null,
    previous: before ? { cursor: before[0] ? encodeSpeakerCursor({ ...before[0], id: Number(before[0].id), statementCount: Number(before[0].statementCount) }) : null } : null,
  };
}

/**
 * Speakers whose name or an alias is one of `names` (lowercased: "sergey lavrov", "lavrov"), with the
 * name each was found by; most quoted first. What a search box's words find as people.
 */
export async function speakersNamed(names: string[]): Promise<(SpeakerCard & { foundBy: string })[]> {
  if (names.length === 0) return [];
  const list = Prisma.join(names);
  const rows = await readDb().$queryRaw<{ slug: string; name: string; role: string | null; kind: string; statementCount: number | bigint; foundBy: string }[]>`
    SELECT sp."slug", sp."name", sp."role", sp."kind", sp."statementCount", coalesce(
      CASE WHEN lower(sp."name") IN (${list}) THEN lower(sp."name") END,
      (SELECT min(lower(sa."alias")) FROM "SpeakerAlias" sa WHERE sa."speakerId" = sp."id" AND lower(sa."alias") IN (${list}))) AS "foundBy"
    FROM "Speaker" sp
    WHERE sp."statementCount" > 0 AND sp."mergedIntoId" IS NULL AND (lower(sp."name") IN (${list})
      OR EXISTS (SELECT 1 FROM "SpeakerAlias" sa WHERE sa."speakerId" = sp."id" AND lower(sa."alias") IN (${list})))
    ORDER BY sp."statementCount" DESC, sp."name" LIMIT 10`;
  return rows.map((r) => ({ ...toSpeakerCard({ ...r, statementCount: Number(r.statementCount), aliases: [] }), foundBy: r.foundBy }));
}

/**
 * A speaker with the topics they speak on most and the speakers quoted most often alongside them.
 * Everything is read from the rollups ingest keeps (FacetCount, CoSpeakerCount: lib/db/write/rollups.ts):
 * counting over the statements read every statement of a busy speaker (79,000 at 100k articles) and
 * every statement of the articles they are quoted in, which took over a second.
 */
export async function getSpeaker(slug: string): Promise<SpeakerView | null> {
  const db = readDb();
  const row = await db.speaker.findUnique({ where: { slug }, select: { id: true, key: true, mergedIntoId: true, ...speakerSelect } });
  if (!row) return null;
  // Both read in count order off an index (filterDim, filterValue, facetDim, n) and (speakerId,
  // articles); only the ties at the last place are sorted by name.
  const [mayBe, topics, coSpeakers, own] = await Promise.all([
    surnameDisambiguation(row),
    db.$queryRaw<{ slug: string; label: string; n: bigint | number }[]>`
      SELECT t."slug", t."label", f."n" FROM "FacetCount" f JOIN "Topic" t ON t."id" = f."facetValue"
      WHERE f."filterDim" = ${DIM.speaker} AND f."filterValue" = ${row.id} AND f."facetDim" = ${DIM.topic}
      ORDER BY f."n" DESC, t."label" LIMIT 20`,
    db.$queryRaw<{ slug: string; name: string; n: bigint | number }[]>`
      SELECT sp."slug", sp."name", c."articles" AS n FROM "CoSpeakerCount" c JOIN "Speaker" sp ON sp."id" = c."otherId"
      WHERE c."speakerId" = ${row.id} AND c."otherId" <> ${row.id}
      ORDER BY c."articles" DESC, sp."name" LIMIT 20`,
    // The pair of the speaker with itself counts the articles quoting them.
    db.coSpeakerCount.findUnique({ where: { speakerId_otherId: { speakerId: row.id, otherId: row.id } }, select: { articles: true } }),
  ]);
  return {
    ...toSpeakerCard(row),
    mayBe,
    topics: topics.map((t) => ({ slug: t.slug, label: t.label, count: Number(t.n) })),
    coSpeakers: coSpeakers.map((c) => ({ slug: c.slug, name: c.name, articles: Number(c.n) })),
    articleCount: own?.articles ?? 0,
  };
}

/** The people a surname-only speaker the surname link rule leaves apart may be (lib/domain/speaker-keys.ts). */
async function surnameDisambiguation(row: { key: string; mergedIntoId: number | null }): Promise<{ slug: string; name: string }[]> {
  const surname = surnameOfKey(row.key);
  if (row.mergedIntoId !== null || !surname || !isSurnameOnlyKey(row.key)) return [];
  const fuller = await readDb().speaker.findMany({
    where: { key: fullerKeysRange(surname), mergedIntoId: null, statementCount: { gt: 0 } },
    select: { key: true, slug: true, name: true },
    orderBy: [{ statementCount: "desc" }, { name: "asc" }],
    take: 20,
  });
  const candidates = new Set(surnameCandidates(row.key, fuller.map((f) => f.key), genderOfFoldedFirstName));
  const mayBe = fuller.filter((f) => candidates.has(f.key)).map(({ slug, name }) => ({ slug, name }));
  return mayBe.length > 1 ? mayBe : [];
}
