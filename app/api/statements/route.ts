import { NextResponse, type NextRequest } from "next/server";
import { listStatementRows, listStatements } from "@/lib/db/statements";
import { statementApiParamsSchema } from "@/lib/search-params";
import { badRequest, queryObject } from "@/lib/web/api";
import { isDownloadFormat, linkHeader, pageDownload, prevCursorOf, streamDownload } from "@/lib/web/export";
import { statementDownload } from "@/lib/web/statement-download";
import { statementsApiUrl } from "@/lib/urls";

const JSON_PAGE = 50;
/** Rows read at a time while a download streams: ~1 MB of rows, a few ms a query. */
const DOWNLOAD_PAGE = 500;

export async function GET(request: NextRequest) {
  const parsed = statementApiParamsSchema.safeParse(queryObject(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { limit, cursor, sort, format, ...filters } = parsed.data;
  if (!isDownloadFormat(format)) {
    const page = await listStatements({
      filters, sort, cursor, limit: limit ?? JSON_PAGE, basePath: statementsApiUrl(),
      keep: { limit, sort, format: null },
    });
    const items = page.items.map(({ snippet: _snippet, topicLabels: _labels, ...item }) => item);
    const prevCursor = prevCursorOf(page.previous);
    return NextResponse.json(
      { items, total: page.total, nextCursor: page.nextCursor, prevCursor, facets: page.facets },
      { headers: linkHeader(request.nextUrl, page.nextCursor, prevCursor) },
    );
  }
  const read = (from: string | null, size: number) => listStatementRows({ filters, sort, cursor: from, limit: size, basePath: statementsApiUrl() });
  const first = await read(cursor, limit ?? DOWNLOAD_PAGE);
  const total = { "x-total-count": String(first.total) };
  const download = statementDownload(format);
  if (limit !== null) return pageDownload(download, { ...first, prevCursor: prevCursorOf(first.previous) }, request.nextUrl, total);
  return streamDownload(download, first, (next) => read(next, DOWNLOAD_PAGE), total);
}
