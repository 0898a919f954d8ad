// Writing CSV, used in the browser (chart exports) and on the server; reading CSV is in
// `./csv-parse.ts`, so papaparse stays out of browser bundles.

export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

/** A cell a spreadsheet would read as a formula: it starts with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (optional sign, digits, decimals, exponent): safe to leave as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const needsGuard = (text: string) => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/**
 * Neutralises spreadsheet formula injection: a text cell that starts like a formula (and is not a
 * plain number) gets a leading apostrophe. A cell that already starts with apostrophes before such
 * a start gets one more, so that `unguardCell` can undo the guard exactly.
 */
export function guardCell(text: string): string {
  return needsGuard(text.replace(/^'+/, "")) ? `'${text}` : text;
}

/** The inverse of `guardCell`, for the importer: `unguardCell(guardCell(t)) === t` for every text. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.replace(/^'+/, "")) ? cell.slice(1) : cell;
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  // Quote per RFC 4180; numbers are written as they are, text is guarded.
  const safe = typeof value === "string" ? guardCell(text) : text;
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

/** The provenance columns a chart's CSV gives each value: its source spelled out. */
export const SOURCE_CSV_COLUMNS = ["sourceTitle", "sourcePublisher", "sourcePublished", "sourceUrl", "sourceLocator"] as const;

/** A value's source as those columns (all null when the source is not known). */
export function sourceCsvCells(s: { title: string; publisher: string | null; published: string | null; url: string | null; locator: string | null } | undefined) {
  return {
    sourceTitle: s?.title ?? null,
    sourcePublisher: s?.publisher ?? null,
    sourcePublished: s?.published ?? null,
    sourceUrl: s?.url ?? null,
    sourceLocator: s?.locator ?? null,
  };
}

/**
 * Adds one column with the same value on every record of a CSV this module wrote (CRLF records,
 * RFC 4180 quoting, optional BOM): the export menu stamps each chart's CSV with the data version
 * this way. Line breaks inside quoted cells are not record ends. An empty text stays empty.
 */
export function appendCsvColumn(csv: string, name: string, value: CsvValue): string {
  if (!csv) return csv;
  const extra = `,${cell(value)}`;
  let out = "";
  let quoted = false;
  let first = true;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "\r" && csv[i + 1] === "\n") {
      out += first ? `,${cell(name)}` : extra;
      first = false;
    }
    out += ch;
  }
  if (!csv.endsWith("\r\n")) out += first ? `,${cell(name)}` : extra;
  return out;
}
