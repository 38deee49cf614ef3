import type { DownloadFormat } from "@/lib/web/export";

/** "Download CSV / JSON Lines" of exactly the list on screen: every row, not the page. */
export function Downloads({ href }: { href: (format: DownloadFormat) => string }) {
  return (
    <span className="downloads">
      Download <a href={href("csv")} download>CSV</a> / <a href={href("jsonl")} download>JSON</a>
    </span>
  );
}
