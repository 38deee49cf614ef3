import { Prisma } from "@/lib/db/sql";
import type { Writer } from "@/lib/db/write/writer";

// The counts pages show (a speaker's and a topic's statements, a topic's articles), kept by delta:
// what an article takes away and adds, never by recounting whole tables, which made ingest slow down
// as the corpus grew.

export type Delta = { speaker: Map<number, number>; topicStatements: Map<number, number>; topicArticles: Map<number, number> };

export const newDelta = (): Delta => ({ speaker: new Map(), topicStatements: new Map(), topicArticles: new Map() });
export const bump = (map: Map<number, number>, id: number, by: number) => map.set(id, (map.get(id) ?? 0) + by);

/** Adds the per-row deltas to the kept counts, one UPDATE per table. */
export async function applyCountDeltas(w: Writer, delta: Delta) {
  // UPDATE … FROM the [id, delta] pairs: one indexed lookup a row, where CASE id WHEN … was linear in
  // the list. The pairs travel as one JSON parameter: cheaper than two bound parameters a row passed
  // one by one through the driver adapter.
  const d = w.engine.dialect;
  const apply = async (table: "Speaker" | "Topic", column: "statementCount" | "articleCount", map: Map<number, number>) => {
    const entries = [...map].filter(([, by]) => by !== 0);
    if (entries.length === 0) return;
    const [t, c] = [Prisma.raw(`"${table}"`), Prisma.raw(`"${column}"`)];
    await w.tx.$executeRaw`UPDATE ${t} SET ${c} = ${t}.${c} + ${d.jsonItem("delta", 1, "integer")}
       FROM ${d.jsonRows(JSON.stringify(entries), "delta")} WHERE ${t}."id" = ${d.jsonItem("delta", 0, "integer")}`;
  };
  await apply("Speaker", "statementCount", delta.speaker);
  await apply("Topic", "statementCount", delta.topicStatements);
  await apply("Topic", "articleCount", delta.topicArticles);
}

/** Recounts the statements of these speakers and the statements and articles of these topics. */
export async function refreshCounts(w: Writer, speakerIds: number[], topicIds: number[]) {
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
