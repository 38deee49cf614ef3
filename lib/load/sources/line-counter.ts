import { Transform, type TransformCallback } from "node:stream";

// csv-parse says how many bytes it has consumed at the end of each record, but its line count drifts
// on CRLF files with line breaks inside quoted fields. This pass-through counts line breaks itself,
// so that a bad row is named by the line a text editor shows.

const LF = 0x0a;
const CR = 0x0d;

export class LineCounter extends Transform {
  /** Chunks the parser may not have consumed yet, with the offset each starts at. */
  private pending: { start: number; bytes: Buffer }[] = [];
  /** Offset up to which line breaks have been counted, and how many were found before it. */
  private countedTo = 0;
  private breaks = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const last = this.pending.at(-1);
    this.pending.push({ start: last ? last.start + last.bytes.length : this.countedTo, bytes: chunk });
    done(null, chunk);
  }

  /**
   * The line on which the record after byte `offset` starts (offsets only grow from call to call): the
   * line at `offset`, past any blank lines there.
   */
  lineAfter(offset: number): number {
    this.advanceTo(offset);
    // Blank lines before the record are skipped by the parser: step over line ends.
    for (;;) {
      const byte = this.byteAt(this.countedTo);
      if (byte !== LF && byte !== CR) break;
      if (byte === LF) this.breaks++;
      this.countedTo++;
    }
    return this.breaks + 1;
  }

  private advanceTo(offset: number): void {
    while (this.countedTo < offset) {
      while (this.pending[0] && this.pending[0].start + this.pending[0].bytes.length <= this.countedTo) this.pending.shift();
      const chunk = this.pending[0];
      if (!chunk) break;
      const end = Math.min(offset, chunk.start + chunk.bytes.length);
      // indexOf is native (memchr): a loop over every byte in JavaScript cost as much as parsing the CSV.
      for (let i = chunk.bytes.indexOf(LF, this.countedTo - chunk.start); i >= 0 && i < end - chunk.start; i = chunk.bytes.indexOf(LF, i + 1)) this.breaks++;
      this.countedTo = end;
    }
  }

  private byteAt(offset: number): number | undefined {
    for (const chunk of this.pending) {
      if (offset < chunk.start + chunk.bytes.length) return offset >= chunk.start ? chunk.bytes[offset - chunk.start] : undefined;
    }
    return undefined;
  }
}
