import { csvHeader, csvRecords, type CsvValue } from "@/lib/web/csv";
import { siteOrigin } from "@/lib/web/site-url";

// Downloads of a list: CSV or JSON Lines, every matching row streamed page by page (one page in
// memory at a time, whatever the corpus holds) when no limit is asked, or one page with
// `Link: <…>; rel="next"` (and `rel="prev"`) headers when it is.

export type DownloadFormat = "csv" | "jsonl";

export const isDownloadFormat = (format: string): format is DownloadFormat => format === "csv" || format === "jsonl";

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  /** The page before's cursor, as prevCursor gives it (omitted by streams, which only go on). */
  prevCursor?: string | null;
}

export interface Download<T> {
  /** The file name without its extension. */
  name: string;
  format: DownloadFormat;
  columns: readonly string[];
  /** A row of the CSV file, by column. */
  csvRow: (item: T) => Record<string, CsvValue>;
  /** A line of the JSON Lines file. */
  jsonLine: (item: T) => unknown;
}

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

function encodePage<T>(download: Download<T>, items: readonly T[]): string {
  if (download.format === "jsonl") return items.map((item) => `${JSON.stringify(download.jsonLine(item))}\n`).join("");
  return csvRecords(download.columns, items.map(download.csvRow));
}

function downloadHeaders(download: Download<unknown>, extra: Record<string, string>): Headers {
  return new Headers({
    "content-type": CONTENT_TYPES[download.format],
    "content-disposition": `attachment; filename="${download.name}.${download.format}"`,
    ...extra,
  });
}

/**
 * The cursor of the page before, as the API answers it: null on the first page, and "" when the page
 * before is the first one (the list without a cursor, which `cursor=` asks for too), so that a client
 * walking back can tell "go to the first page" from "there is nothing before".
 */
export const prevCursorOf = (previous: { cursor: string | null } | null): string | null =>
  previous === null ? null : (previous.cursor ?? "");

/** The request's own address (at the site's origin) with another cursor ("": none, the first page). */
export function pageUrl(request: URL, cursor: string): string {
  const url = new URL(`${request.pathname}${request.search}`, siteOrigin());
  if (cursor === "") url.searchParams.delete("cursor");
  else url.searchParams.set("cursor", cursor);
  return url.toString();
}

/** The header that points at the next and the previous page, those there are. */
export function linkHeader(request: URL, next: string | null, prev: string | null = null): Record<string, string> {
  const links = [...(next ? [`<${pageUrl(request, next)}>; rel="next"`] : []), ...(prev !== null ? [`<${pageUrl(request, prev)}>; rel="prev"`] : [])];
  return links.length ? { link: links.join(", ") } : {};
}

/** One page of the list as a download, the next and previous pages' addresses in its Link header. */
export function pageDownload<T>(download: Download<T>, page: ListPage<T>, request: URL, extra: Record<string, string> = {}): Response {
  const header = download.format === "csv" ? csvHeader(download.columns) : "";
  return new Response(header + encodePage(download, page.items), {
    headers: downloadHeaders(download as Download<unknown>, { ...extra, ...linkHeader(request, page.nextCursor, page.prevCursor ?? null) }),
  });
}

/**
 * Every row of the list as a download: the first page (already read, so that its total can go into
 * the headers), then each next page read when the client has taken the one before (pull), so that
 * a slow client holds the server to one page, not the whole list.
 */
export function streamDownload<T>(
  download: Download<T>,
  first: ListPage<T>,
  readPage: (cursor: string) => Promise<ListPage<T>>,
  extra: Record<string, string> = {},
): Response {
  const encoder = new TextEncoder();
  let page: ListPage<T> | null = first;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (download.format === "csv") controller.enqueue(encoder.encode(csvHeader(download.columns)));
      }
      if (page === null) {
        controller.close();
        return;
      }
      const current: ListPage<T> = page;
      controller.enqueue(encoder.encode(encodePage(download, current.items)));
      page = current.nextCursor ? await readPage(current.nextCursor) : null;
    },
  });
  return new Response(stream, { headers: downloadHeaders(download as Download<unknown>, extra) });
}
