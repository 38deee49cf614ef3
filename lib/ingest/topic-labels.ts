import taxonomyJson from "../../editorial/topics.json";

// Topic labels without the topic matcher: the write path names the topics it creates, and the
// matcher's part-of-speech lexicon (brill) is ~36 MB of the ingest process's heap, where only the
// worker thread extracts.

/** The slug prefix of automatic key-phrase topics ("auto-harbour-talks"). */
export const AUTO_PREFIX = "auto-";

/** A topic's label: the taxonomy's (`labels`, by slug), else a key phrase's words. */
export function labelOf(labels: ReadonlyMap<string, string>, slug: string): string {
  return labels.get(slug) ?? (slug.startsWith(AUTO_PREFIX) ? slug.slice(AUTO_PREFIX.length).replace(/-/g, " ") : slug);
}

let taxonomyLabels: Map<string, string> | null = null;

/** The label of a topic of the checked-in taxonomy, or of a key phrase. */
export function topicLabel(slug: string): string {
  taxonomyLabels ??= new Map(taxonomyJson.topics.map((t) => [t.slug, t.label]));
  return labelOf(taxonomyLabels, slug);
}
