import "server-only";
import type { Prisma as Models } from "@/generated/sqlite/client";
import { Prisma } from "@/lib/db/sql";
import { readDb } from "@/lib/db/client";
import { conditions, S, whereOf } from "@/lib/db/statements/filters";
import { resolveForReading } from "@/lib/db/statements/list";
import { formatDate, type PartialDate } from "@/lib/domain/dates";
import { NO_SPEAKER, type StatementFilters } from "@/lib/domain/filters";

export interface FeedEntry {
  id: string;
  text: string;
  speaker: string | null;
  articleTitle: string;
  articleSlug: string;
  outlet: string | null;
  date: PartialDate;
  /** When the statement entered the corpus (a statement a re-ingest added: that re-ingest). */
  addedAt: Date;
}

export interface Feed {
  title: string;
  entries: FeedEntry[];
}

const entrySelect = {
  id: true,
  text: true,
  addedAt: true,
  speaker: { select: { name: true } },
  article: {
    select: { title: true, slug: true, publishedYear: true, publishedMonth: true, publishedDay: true, outlet: { select: { name: true } } },
  },
} as const;

// Both engines' clients are generated from the same models: their payload types are alike.
type EntryRow = Models.StatementGetPayload<{ select: typeof entrySelect }>;

const toEntry = (r: EntryRow): FeedEntry => ({
  id: r.id,
  text: r.text,
  speaker: r.speaker?.name ?? null,
  articleTitle: r.article.title,
  articleSlug: r.article.slug,
  outlet: r.article.outlet?.name ?? null,
  date: { year: r.article.publishedYear, month: r.article.publishedMonth, day: r.article.publishedDay },
  addedAt: r.addedAt,
});

/** The newest statements (by when they entered the corpus) of one speaker or one topic. */
export async function feedFor(by: { speaker: string } | { topic: string }, limit = 50): Promise<Feed | null> {
  const db = readDb();
  let title: string;
  let where;
  if ("speaker" in by) {
    const speaker = await db.speaker.findUnique({ where: { slug: by.speaker }, select: { id: true, name: true } });
    if (!speaker) return null;
    title = `Verbatim: statements by ${speaker.name}`;
    where = { speakerId: speaker.id };
  } else {
    const topic = await db.topic.findUnique({ where: { slug: by.topic }, select: { id: true, label: true } });
    if (!topic) return null;
    title = `Verbatim: statements on ${topic.label}`;
    where = { topics: { some: { topicId: topic.id } } };
  }
  const rows = await db.statement.findMany({
    where,
    // Statements that entered together (one ingest batch) come in the lists' own order.
    orderBy: [{ addedAt: "desc" }, { dateSort: { sort: "desc", nulls: "last" } }, { articleId: "asc" }, { position: "asc" }],
    take: limit,
    select: entrySelect,
  });
  return { title, entries: rows.map(toEntry) };
}

/** What the filters are, in words, for a feed's title; null when a slug names nothing. */
async function describeFilters(f: StatementFilters): Promise<string[] | null> {
  const db = readDb();
  const named = f.speaker.filter((s) => s !== NO_SPEAKER);
  const [speakers, topics, outlets] = await Promise.all([
    named.length ? db.speaker.findMany({ where: { slug: { in: named } }, select: { name: true } }) : [],
    f.topic.length ? db.topic.findMany({ where: { slug: { in: f.topic } }, select: { label: true } }) : [],
    f.outlet.length ? db.outlet.findMany({ where: { slug: { in: f.outlet } }, select: { name: true } }) : [],
  ]);
  if (speakers.length < new Set(named).size || topics.length < new Set(f.topic).size || outlets.length < new Set(f.outlet).size) return null;
  const day = (n: number) => formatDate({ year: Math.floor(n / 10_000), month: Math.floor(n / 100) % 100, day: n % 100 });
  const words: string[] = [];
  const who = [...speakers.map((s) => s.name), ...(f.speaker.includes(NO_SPEAKER) ? ["speakers not identified"] : [])];
  if (who.length) words.push(`by ${who.join(" or ")}`);
  if (topics.length) words.push(`on ${topics.map((t) => t.label).join(" or ")}`);
  if (outlets.length) words.push(`in ${outlets.map((o) => o.name).join(" or ")}`);
  if (f.kind.length) words.push(`(${f.kind.join(" or ")})`);
  if (f.from !== null) words.push(`from ${day(f.from)}`);
  if (f.to !== null) words.push(`to ${day(f.to)}`);
  if (f.year === "unknown") words.push("year not stated");
  if (f.q) words.push(`with “${f.q}”`);
  if (f.confidence != null) words.push(`confidence at least ${f.confidence}`);
  return words;
}

/**
 * The newest statements (by when they entered the corpus) of any statement list's filters,
 * as /statements shows them; null when a speaker, topic or outlet slug names nothing.
 */
export async function filteredFeed(filters: StatementFilters, limit = 50): Promise<Feed | null> {
  const words = await describeFilters(filters);
  if (!words) return null;
  const r = await resolveForReading(filters);
  const d = r.dialect;
  const parts = conditions(r, S, null, "subquery");
  if (r.match) parts.push(Prisma.sql`s."seq" IN (SELECT rid FROM f)`);
  const fts = r.match ? Prisma.sql`WITH f AS MATERIALIZED (${d.statementMatches(r.match, { rank: false, phrases: r.phrases })}) ` : Prisma.empty;
  const db = readDb();
  // Statements that entered together (one ingest batch) come in the list's own order, undated last.
  const ids = await db.$queryRaw<{ id: string }[]>`${fts}SELECT s."id" FROM "Statement" s
    ${whereOf(parts)} ORDER BY s."addedAt" DESC, ${d.newestFirst(Prisma.sql`s."dateSort"`)}, s."articleId", s."position" LIMIT ${limit}`;
  const rows = await db.statement.findMany({ where: { id: { in: ids.map((i) => i.id) } }, select: entrySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    title: `Verbatim: statements${words.length ? ` ${words.join(", ")}` : ""}`,
    entries: ids.flatMap(({ id }) => (byId.has(id) ? [toEntry(byId.get(id)!)] : [])),
  };
}
