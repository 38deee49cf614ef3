import type { Feed } from "@/lib/db/feeds";
import { formatDate } from "@/lib/domain/dates";
import { articleParamsSchema } from "@/lib/search-params";
import { articleUrl, statementUrl } from "@/lib/urls";

const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** An Atom 1.0 document; every corpus string is escaped. */
export function atomFeed(feed: Feed, origin: string, selfPath: string, alternatePath: string): string {
  const updated = (feed.entries[0]?.addedAt ?? new Date(0)).toISOString();
  const entries = feed.entries
    .map((e) => {
      const url = `${origin}${statementUrl(e.id)}`;
      const title = `${e.speaker ?? "Unidentified speaker"}: “${e.text.length > 80 ? `${e.text.slice(0, 78)}…` : e.text}”`;
      const summary = `${e.text} — ${e.speaker ?? "unidentified speaker"}, in “${e.articleTitle}”${e.outlet ? `, ${e.outlet}` : ""}, ${formatDate(e.date)}`;
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(title)}</title>
    <link href="${escapeXml(url)}"/>
    <link rel="related" href="${escapeXml(`${origin}${articleUrl(e.articleSlug)}`)}"/>
    <published>${e.addedAt.toISOString()}</published>
    <updated>${e.addedAt.toISOString()}</updated>
    ${e.speaker ? `<author><name>${escapeXml(e.speaker)}</name></author>` : "<author><name>Unidentified speaker</name></author>"}
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${origin}${selfPath}`)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(`${origin}${selfPath}`)}"/>
  <link rel="alternate" href="${escapeXml(`${origin}${alternatePath}`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

/** The feed route's answer: Atom, or a plain 404 when the slug names nothing. */
export async function atomResponse(
  slug: unknown,
  find: (slug: string) => Promise<Feed | null>,
  pagePath: (slug: string) => string,
  origin: () => Promise<string>,
): Promise<Response> {
  const parsed = articleParamsSchema.shape.slug.safeParse(slug);
  const feed = parsed.success ? await find(parsed.data) : null;
  if (!parsed.success || !feed) {
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const page = pagePath(parsed.data);
  return new Response(atomFeed(feed, await origin(), `${page}/feed.xml`, page), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
