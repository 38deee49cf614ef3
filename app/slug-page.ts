import { notFound } from "next/navigation";
import { cache } from "react";
import { articleParamsSchema } from "@/lib/search-params";

// The article, speaker and topic pages are rendered on their first request, then served from the
// page cache (lib/web/page-cache.mjs) until an ingest changes the corpus: each exports a
// generateStaticParams that lists no slugs, so nothing is rendered at build time.

/**
 * A page's loader: the row its slug names, or the 404 page for a malformed or unknown slug. The read
 * goes through React's cache(), so that generateMetadata and the page ask for the row once per request.
 */
export function slugLoader<T>(find: (slug: string) => Promise<T | null>): (params: Promise<{ slug: string }>) => Promise<T> {
  const findOnce = cache(find);
  return async (params) => {
    const parsed = articleParamsSchema.safeParse(await params);
    if (!parsed.success) notFound();
    const found = await findOnce(parsed.data.slug);
    if (!found) notFound();
    return found;
  };
}
