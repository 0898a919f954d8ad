import "server-only";
import Papa from "papaparse";
import { MAX_REPORTED_ERRORS, type ImportIssue } from "./types";

export interface Row {
  /** 1-based physical line on which the record starts. */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  delimiter: "," | "\t";
  rows: Row[];
}

/** Offsets at which each physical line starts (CRLF, LF and lone CR all end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** First non-blank character at or after `offset` (records may follow blank lines). */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === "\r" || text[i] === "\n")) i++;
  return i;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Splits delimited text into a header and records that remember their physical line, so errors
 * can name the line a spreadsheet user sees. Blank lines are dropped; malformed quoting is an issue.
 */
export function readTable(text: string, issues: Issues): Table | null {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const starts = lineStarts(text);
  const records: Row[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(starts, skipBlank(text, cursor));
      cursor = result.meta.cursor;
      for (const e of result.errors) issues.add(line, null, `Malformed CSV: ${e.message}.`);
      if (!isBlank(result.data)) records.push({ line, cells: result.data });
    },
  });
  if (!records.length) {
    issues.add(1, null, "The file is empty.");
    return null;
  }
  const [head, ...rows] = records;
  return { header: head.cells.map((h) => h.trim()), delimiter, rows };
}

/** Collects every issue; reports the first MAX_REPORTED_ERRORS by line (checks run in several passes). */
export class Issues {
  private readonly all: ImportIssue[] = [];

  add(line: number, column: string | null, message: string) {
    this.all.push({ line, column, message });
  }

  get count() {
    return this.all.length;
  }

  get any() {
    return this.all.length > 0;
  }

  first(): ImportIssue[] {
    return [...this.all].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
  }
}

/** Reports records whose field count differs from the header's. Returns the well-formed ones. */
export function wellFormed(table: Table, issues: Issues): Row[] {
  const width = table.header.length;
  return table.rows.filter((row) => {
    if (row.cells.length === width) return true;
    const what = row.cells.length > width ? "extra" : "missing";
    issues.add(row.line, null, `Expected ${width} fields as in the header, found ${row.cells.length} (${what} columns).`);
    return false;
  });
}

/** Case- and space-insensitive header key: "Exp or Imp" → "exp or imp". */
export const headerKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");
