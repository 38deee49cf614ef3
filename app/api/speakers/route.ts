import { NextResponse, type NextRequest } from "next/server";
import { listSpeakers, type SpeakerCard } from "@/lib/db/speakers";
import { speakerApiParamsSchema } from "@/lib/search-params";
import { badRequest, queryObject } from "@/lib/web/api";
import { isDownloadFormat, linkHeader, pageDownload, prevCursorOf, streamDownload, type Download } from "@/lib/web/export";
import { siteOrigin } from "@/lib/web/site-url";
import { speakerUrl } from "@/lib/urls";

const JSON_PAGE = 100;
const DOWNLOAD_PAGE = 500;

export async function GET(request: NextRequest) {
  const parsed = speakerApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { q, cursor, limit, format } = parsed.data;
  const read = (from: string | null, size: number) => listSpeakers({ q, cursor: from, limit: size });
  if (!isDownloadFormat(format)) {
    const { previous, ...page } = await read(cursor, limit ?? JSON_PAGE);
    const prevCursor = prevCursorOf(previous);
    return NextResponse.json({ ...page, prevCursor }, { headers: linkHeader(request.nextUrl, page.nextCursor, prevCursor) });
  }
  const origin = siteOrigin();
  const download: Download<SpeakerCard> = {
    name: "speakers",
    format,
    columns: ["slug", "name", "aliases", "role", "kind", "statement_count", "url"],
    csvRow: (s) => ({ slug: s.slug, name: s.name, aliases: s.aliases, role: s.role, kind: s.kind, statement_count: s.statementCount, url: origin + speakerUrl(s.slug) }),
    jsonLine: (s) => ({ ...s, url: origin + speakerUrl(s.slug) }),
  };
  const first = await read(cursor, limit ?? DOWNLOAD_PAGE);
  const total = { "x-total-count": String(first.total) };
  if (limit !== null) return pageDownload(download, { ...first, prevCursor: prevCursorOf(first.previous) }, request.nextUrl, total);
  return streamDownload(download, first, (next) => read(next, DOWNLOAD_PAGE), total);
}
