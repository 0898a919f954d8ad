import "server-only";
// Delimited text → header and records, in one pass over the text: every character is looked at a
// fixed number of times, whatever the file holds (40,000 blank lines, a 40,000-column header, a
// cell of a million digits), and the limits of lib/limits stop the reading as soon as one is
// passed, before the rest of the file is held in memory.
import { clip } from "@/lib/imports";
import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/limits";
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

export interface TableLimits {
  /** The longest cell, in UTF-16 code units. */
  cellChars: number;
  /** The most fields in a row, the header included. */
  columns: number;
  /** The most data rows (blank lines do not count). */
  rows: number;
}

export const TABLE_LIMITS: TableLimits = { cellChars: MAX_IMPORT_CELL_CHARS, columns: MAX_IMPORT_COLUMNS, rows: MAX_IMPORT_ROWS };

const LF = 10;
const CR = 13;
const QUOTE = 34;
const TAB = 9;
const COMMA = 44;

const count = (n: number) => n.toLocaleString("en-US");

/** Thrown inside the reader when a limit is passed; becomes one issue and stops the reading. */
class LimitPassed {
  constructor(readonly issue: ImportIssue) {}
}

/**
 * Splits delimited text (RFC 4180: quoted cells may hold delimiters, doubled quotes and line
 * breaks) into a header and records that remember their physical line, so errors can name the
 * line a spreadsheet user sees. CRLF, LF and a lone CR all end a line. Blank lines and rows whose
 * cells are all blank are dropped; a stray or missing quote is an issue (the row is still read).
 * A cell, row or file past `limits` stops the reading with one issue naming the limit: null.
 */
export function readTable(text: string, issues: Issues, limits: TableLimits = TABLE_LIMITS): Table | null {
  let firstEnd = 0;
  while (firstEnd < text.length && text.charCodeAt(firstEnd) !== LF && text.charCodeAt(firstEnd) !== CR) firstEnd++;
  const firstLine = text.slice(0, firstEnd);
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const delim = delimiter === "\t" ? TAB : COMMA;
  const n = text.length;

  let header: string[] | null = null;
  const rows: Row[] = [];
  let i = 0;
  let line = 1;

  const tooLong = (start: number, cells: string[], quoted: boolean) =>
    new LimitPassed({
      line: start,
      column: header && cells.length < header.length ? clip(header[cells.length].trim()) : null,
      message:
        `A cell is longer than ${count(limits.cellChars)} characters, the limit per cell` +
        (quoted ? "; is a closing quote missing?" : ".") +
        " Nothing was read further.",
    });

  try {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        line++;
        i++;
        continue;
      }
      if (c === CR) {
        line++;
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        continue;
      }

      // One record: fields until a line end outside quotes, or the end of the text.
      const start = line;
      const cells: string[] = [];
      for (;;) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          const opened = line;
          let j = i + 1;
          let segment = j;
          let done = "";
          let closed = false;
          while (j < n) {
            const ch = text.charCodeAt(j);
            if (ch === QUOTE) {
              if (text.charCodeAt(j + 1) === QUOTE) {
                done += text.slice(segment, j + 1);
                j += 2;
                segment = j;
                continue;
              }
              closed = true;
              break;
            }
            if (ch === LF || (ch === CR && text.charCodeAt(j + 1) !== LF)) line++;
            j++;
            if (done.length + (j - segment) > limits.cellChars) throw tooLong(start, cells, true);
          }
          value = done + text.slice(segment, j);
          i = closed ? j + 1 : n;
          if (!closed) {
            issues.add(start, null, `Malformed CSV: the quoted cell that opens on line ${opened} is never closed.`);
          } else if (i < n) {
            // Characters after the closing quote: kept as they are, and reported.
            let k = i;
            for (let ch = text.charCodeAt(k); k < n && ch !== delim && ch !== LF && ch !== CR; ch = text.charCodeAt(++k));
            if (k > i) {
              issues.add(start, null, "Malformed CSV: a quoted cell has characters after its closing quote.");
              if (value.length + (k - i) > limits.cellChars) throw tooLong(start, cells, true);
              value += text.slice(i, k);
              i = k;
            }
          }
        } else {
          let j = i;
          for (let ch = text.charCodeAt(j); j < n && ch !== delim && ch !== LF && ch !== CR; ch = text.charCodeAt(++j)) {
            if (j - i >= limits.cellChars) throw tooLong(start, cells, false);
          }
          value = text.slice(i, j);
          i = j;
        }
        cells.push(value);
        if (cells.length > limits.columns) {
          throw new LimitPassed({
            line: start,
            column: null,
            message:
              header === null
                ? `The header has more than ${count(limits.columns)} columns, the limit. Nothing was read further.`
                : `Line ${start} has more than ${count(limits.columns)} fields, the limit per row. Nothing was read further.`,
          });
        }
        if (i < n && text.charCodeAt(i) === delim) {
          i++;
          continue;
        }
        // A line end (or the end of the text) closes the record.
        if (i < n) {
          line++;
          i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        }
        break;
      }

      if (cells.every((cell) => cell.trim() === "")) continue;
      if (header === null) {
        header = cells;
        continue;
      }
      if (rows.length === limits.rows) {
        throw new LimitPassed({
          line: start,
          column: null,
          message: `The file has more than ${count(limits.rows)} rows, the limit per file; split it (by year, for instance). Nothing was read further.`,
        });
      }
      rows.push({ line: start, cells });
    }
  } catch (error) {
    if (!(error instanceof LimitPassed)) throw error;
    issues.add(error.issue.line, error.issue.column, error.issue.message);
    return null;
  }

  if (header === null) {
    issues.add(1, null, "The file is empty.");
    return null;
  }
  return { header: header.map((h) => h.trim()), delimiter, rows };
}

/** What crosses from the thread that reads a file to the one that writes it. */
export interface IssuesSnapshot {
  first: ImportIssue[];
  count: number;
}

/**
 * Collects issues; reports the first MAX_REPORTED_ERRORS by line (checks run in several passes)
 * and the total. Memory stays bounded however many rows are bad: only the candidates for the
 * first MAX_REPORTED_ERRORS are kept, the rest are counted.
 */
export class Issues {
  private kept: ImportIssue[] = [];
  private total = 0;

  add(line: number, column: string | null, message: string) {
    this.total++;
    this.kept.push({ line, column: column === null ? null : clip(column), message: clip(message, MAX_MESSAGE_CHARS) });
    // Stable sort: among issues on one line the first added stays first, as without the cut.
    if (this.kept.length >= 4 * MAX_REPORTED_ERRORS) this.kept = this.sorted();
  }

  /** Adds the issues another reader collected (their first ones, and the count of the rest). */
  absorb(snapshot: IssuesSnapshot) {
    for (const i of snapshot.first) this.add(i.line, i.column, i.message);
    this.total += snapshot.count - snapshot.first.length;
  }

  get count() {
    return this.total;
  }

  get any() {
    return this.total > 0;
  }

  first(): ImportIssue[] {
    return this.sorted();
  }

  snapshot(): IssuesSnapshot {
    return { first: this.sorted(), count: this.total };
  }

  private sorted(): ImportIssue[] {
    return [...this.kept].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
  }
}

/** Backstop for a message that repeats too much of the file (each value is clipped where it is quoted). */
const MAX_MESSAGE_CHARS = 600;

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
