import { stringify, type Options } from "csv-stringify/sync";

// RFC 4180 CSV through csv-stringify: CRLF line ends, a header row, fields quoted when they hold a
// comma, a quote or a line break (quotes doubled). Lists are joined with ";"; nested objects arrive
// already flattened.

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** The options every CSV answer is written with (the streaming export uses them too). */
export const CSV_OPTIONS: Options = {
  header: true,
  record_delimiter: "\r\n",
  // csv-stringify quotes a field holding the record delimiter (CRLF), not a lone LF or CR: RFC 4180
  // readers need those quoted too.
  quoted_match: /[\r\n]/,
  cast: {
    boolean: (value) => String(value),
    object: (value) => (Array.isArray(value) ? value.join(";") : JSON.stringify(value)),
  },
};

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  return stringify(rows as Record<string, unknown>[], { ...CSV_OPTIONS, columns: [...columns] });
}

/** The header record alone: the column names (a streamed file starts with it). */
export const csvHeader = (columns: readonly string[]): string =>
  stringify([Object.fromEntries(columns.map((c) => [c, c]))], { ...CSV_OPTIONS, header: false, columns: [...columns] });

/** Records without the header: one page of a streamed file. */
export const csvRecords = (columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string =>
  rows.length === 0 ? "" : stringify(rows as Record<string, unknown>[], { ...CSV_OPTIONS, header: false, columns: [...columns] });
