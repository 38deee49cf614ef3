import "server-only";
import { readDb } from "@/lib/db/client";
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

export async function listSpeakers(options: { limit?: number } = {}): Promise<SpeakerCard[]> {
  const rows = await readDb().speaker.findMany({
    where: { statementCount: { gt: 0 }, mergedIntoId: null },
    select: speakerSelect,
    orderBy: [{ statementCount: "desc" }, { name: "asc" }],
    take: options.limit ?? 500,
  });
  return rows.map(toSpeakerCard);
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
