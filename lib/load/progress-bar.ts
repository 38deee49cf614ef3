import type { IngestProgress } from "@/lib/load/ingest";

// The progress bar `npm run ingest` draws on a terminal: one line, redrawn in place, ended by a line
// break before anything else is printed. Piped output gets nothing, so that it stays parseable.

/** Redraws at most this often: a terminal cannot show more, and writing costs the ingest. */
const REDRAW_MS = 200;
const BAR_WIDTH = 24;
/** Carriage return, then the line, then "erase to the end of the line" for what a longer one left. */
const ERASE_TO_END = "\x1b[K";

/** The bar's line for the progress so far, at most `columns - 1` characters (a full line would wrap). */
export function progressLine({ articles, bytes, totalBytes }: IngestProgress, seconds: number, columns = 80): string {
  const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
  const left = share > 0 ? Math.ceil((seconds / share) * (1 - share)) : null;
  const parts = [
    `[${"#".repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, ".")}] ${Math.floor(share * 100)}%`,
    `${articles.toLocaleString("en-US")} articles`,
    `${Math.round(articles / Math.max(seconds, 0.001))}/s`,
    share === 1 ? formatDuration(seconds) : left === null ? "" : `${formatDuration(left)} left`,
  ].filter(Boolean);
  // On a narrow terminal the last parts go first: the bar and the count matter most.
  let line = parts.join(" · ");
  while (line.length > columns - 1 && parts.length > 1) line = (parts.pop(), parts.join(" · "));
  return line.slice(0, Math.max(0, columns - 1));
}

/** 75 → "1m15s", 3725 → "1h02m". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export interface ProgressBar {
  update(progress: IngestProgress): void;
  /** Draws the last state and ends the line, if anything was drawn: the summary goes on a line of its own. */
  finish(): void;
}

type Terminal = Pick<NodeJS.WriteStream, "write" | "isTTY" | "columns">;

export function progressBar(stream: Terminal, now: () => number = Date.now): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  const started = now();
  let drawn: number | null = null;
  let latest: IngestProgress | null = null;
  const draw = (progress: IngestProgress) => {
    drawn = now();
    stream.write(`\r${progressLine(progress, (drawn - started) / 1000, stream.columns || 80)}${ERASE_TO_END}`);
  };
  return {
    update(progress) {
      latest = progress;
      if (drawn === null || now() - drawn >= REDRAW_MS || progress.bytes >= progress.totalBytes) draw(progress);
    },
    finish() {
      if (!latest) return;
      draw(latest);
      stream.write("\n");
      latest = null;
    },
  };
}
