import type { ArticleInput } from "@/lib/db/write/articles";
import type { Writer } from "@/lib/db/write/writer";
import type { ExtractedArticle } from "@/lib/ingest/types";
import { AUTO_PREFIX, topicLabel } from "@/lib/ingest/topic-labels";
import { shortHash, slugify } from "@/lib/domain/slug";

// What an article's rows refer to by id or name: its outlet and topics (created when new) and its
// own slug, chosen as writing the articles one by one would choose them.

/** Ids of every topic the articles use, creating the new ones: two queries however many topics. */
export async function topicIdsFor(w: Writer, articles: ExtractedArticle[]): Promise<Map<string, number>> {
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
      w,
      "Topic",
      missing.map((slug) => ({ slug, label: labels.get(slug) ?? topicLabel(slug), kind: slug.startsWith(AUTO_PREFIX) ? "keyphrase" : "curated" })),
      { returning: ["id", "slug"] },
    );
    for (const t of created) ids.set(t.slug, Number(t.id));
  }
  return ids;
}

/** Each article's outlet id (null when it names none), creating new outlets; a stated URL is kept. */
export async function outletIdsFor(w: Writer, inputs: ArticleInput[]): Promise<(number | null)[]> {
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
        w,
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
export async function newArticleSlugs(w: Writer, inputs: ArticleInput[]): Promise<string[]> {
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

/** The slug of an article with this title, `current` kept when it is still the best. */
export async function articleSlug(w: Writer, title: string, key: string, current?: string): Promise<string> {
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
