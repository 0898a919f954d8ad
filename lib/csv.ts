// Writing CSV, used in the browser (chart exports) and on the server; reading CSV is in
// `./csv-parse.ts`, so papaparse stays out of browser bundles.

export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  // Quote per RFC 4180; also neutralise spreadsheet formula injection on text cells.
  const safe = typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Serialises rows to CSV with a header row; `bom` prefixes a UTF-8 BOM for spreadsheet programs. */
export function toCsv<T extends Record<string, CsvValue>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(","));
  return (bom ? UTF8_BOM : "") + lines.join("\r\n") + "\r\n";
}
