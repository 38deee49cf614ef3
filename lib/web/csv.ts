// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
// line break (quotes doubled). Lists are joined with ";"; nested objects arrive already flattened.

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function field(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record of the file, its line end included. */
export const csvLine = (columns: readonly string[], row: Record<string, CsvValue>): string =>
  `${columns.map((c) => field(row[c])).join(",")}\r\n`;

/** The header record: the column names. */
export const csvHeader = (columns: readonly string[]): string => csvLine(columns, Object.fromEntries(columns.map((c) => [c, c])));

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  return csvHeader(columns) + rows.map((row) => csvLine(columns, row)).join("");
}
