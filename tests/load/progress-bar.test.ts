import { describe, expect, it } from "vitest";
import { formatDuration, progressBar, progressLine } from "@/lib/load/progress-bar";

// The bar `npm run ingest` draws on a terminal. What a terminal shows is worked out here from the
// bytes written (carriage return, line feed, erase to the end of the line, wrapping at the width),
// so that "one line, redrawn in place, ended cleanly" is checked, not just the strings.

/** The screen's lines after `output`, on a terminal `columns` wide, and the cursor's line. */
function screen(output: string, columns: number): { lines: string[]; cursorLine: number } {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  for (let i = 0; i < output.length; i++) {
    const ch = output[i]!;
    if (output.startsWith("\x1b[K", i)) {
      lines[row]!.length = Math.min(lines[row]!.length, col);
      i += 2;
    } else if (ch === "\r") col = 0;
    else if (ch === "\n") {
      row += 1;
      col = 0;
      lines[row] ??= [];
    } else {
      if (col === columns) {
        // The terminal wraps: the next character goes on a new line, which \r cannot come back from.
        row += 1;
        col = 0;
        lines[row] ??= [];
      }
      lines[row]![col++] = ch;
    }
  }
  return { lines: lines.map((l) => l.join("")), cursorLine: row };
}

function terminal(columns: number, isTTY = true) {
  let output = "";
  return {
    stream: { isTTY, columns, write: (chunk: string) => ((output += chunk), true) },
    output: () => output,
  };
}

const MB = 1024 * 1024;

describe("progressLine", () => {
  it.each([
    ["the start", { articles: 0, bytes: 0, totalBytes: 100 * MB }, 0.5, "[........................] 0% · 0 articles · 0/s"],
    ["a quarter", { articles: 2_500, bytes: 25 * MB, totalBytes: 100 * MB }, 30, "[######..................] 25% · 2,500 articles · 83/s · 1m30s left"],
    ["the end, with the time taken", { articles: 10_000, bytes: 100 * MB, totalBytes: 100 * MB }, 3725, "[########################] 100% · 10,000 articles · 3/s · 1h02m"],
    ["nothing to read", { articles: 0, bytes: 0, totalBytes: 0 }, 1, "[########################] 100% · 0 articles · 0/s · 1s"],
  ])("at %s", (_when, progress, seconds, line) => {
    expect(progressLine(progress, seconds, 120)).toBe(line);
  });

  it("drops its last parts, then cuts, to stay within a narrow terminal's width", () => {
    const progress = { articles: 123_456, bytes: 40 * MB, totalBytes: 100 * MB };
    expect(progressLine(progress, 100, 60)).toBe("[##########..............] 40% · 123,456 articles · 1235/s");
    expect(progressLine(progress, 100, 40)).toBe("[##########..............] 40%");
    expect(progressLine(progress, 100, 20)).toBe("[##########........");
  });

  it.each([
    [0, "0s"],
    [59.4, "59s"],
    [75, "1m15s"],
    [3599, "59m59s"],
    [3725, "1h02m"],
  ])("formats %s seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("progressBar", () => {
  /** A bar on a fake clock, fed `steps` of [ms since start, articles, bytes] out of 1,000 bytes. */
  function run(columns: number, steps: [number, number, number][]) {
    const term = terminal(columns);
    let clock = 1_000_000;
    const start = clock;
    const bar = progressBar(term.stream, () => clock);
    for (const [at, articles, bytes] of steps) {
      clock = start + at;
      bar.update({ articles, bytes, totalBytes: 1_000 });
    }
    return { bar, term, advance: (ms: number) => (clock += ms) };
  }

  it("redraws one line in place and ends it with one line break, whatever the lengths of its states", () => {
    const { bar, term } = run(80, [
      [0, 0, 0],
      [900, 250, 10],
      [120_000, 2_250, 400],
      [125_000, 123_456, 999],
      [126_000, 200_000, 1_000],
    ]);
    const during = screen(term.output(), 80);
    expect(during.cursorLine).toBe(0);
    expect(during.lines).toEqual(["[########################] 100% · 200,000 articles · 1587/s · 2m06s"]);
    bar.finish();
    const after = screen(term.output(), 80);
    expect(after.lines).toEqual([during.lines[0], ""]);
    expect(after.cursorLine).toBe(1);
  });

  it("never wraps on a narrow terminal", () => {
    const { bar, term } = run(32, [
      [0, 0, 0],
      [5_000, 99_999, 500],
    ]);
    bar.finish();
    expect(screen(term.output(), 32)).toEqual({ lines: ["[############............] 50%", ""], cursorLine: 1 });
  });

  it("redraws at most five times a second, but always the last state", () => {
    const steps: [number, number, number][] = Array.from({ length: 50 }, (_, i) => [i * 20, i * 10, i * 10]);
    const { term } = run(80, [...steps, [1_000, 1_000, 1_000]]);
    const frames = term.output().split("\r").filter(Boolean);
    expect(frames.length).toBeLessThanOrEqual(7);
    expect(frames.at(-1)).toMatch(/^\[#+\] 100% · 1,000 articles/);
  });

  it("when the input ends without a last update (every row rejected), finish still draws where it got and ends the line", () => {
    const { bar, term } = run(80, [[0, 0, 0]]);
    bar.finish();
    bar.finish();
    expect(screen(term.output(), 80)).toEqual({ lines: ["[........................] 0% · 0 articles · 0/s", ""], cursorLine: 1 });
  });

  it("writes nothing when the output is not a terminal", () => {
    const term = terminal(80, false);
    const bar = progressBar(term.stream);
    bar.update({ articles: 1, bytes: 1, totalBytes: 1 });
    bar.finish();
    expect(term.output()).toBe("");
  });
});
