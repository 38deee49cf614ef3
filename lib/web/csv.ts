// RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
// line break (quotes doubled). Lists are joined with ";"; nested objects arrive already flattened.

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

function field(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map((c) => field(c)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
