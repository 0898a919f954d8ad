import "server-only";
import { clip } from "@/lib/imports";
import { headerKey, type Issues, type Row } from "./table";

// One way to match each string, so a long run of digits is checked in linear time (the former
// `\d+\.?\d*` could split digits between its two runs in every way before failing).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const TRUE = new Set(["true", "1"]);
const FALSE = new Set(["false", "0", ""]);

/**
 * Reads one record's cells by header name (case-insensitive) and reports each bad cell with its
 * line and the column as written in the file. `ok` turns false once anything was reported.
 */
export class Cells {
  ok = true;

  constructor(
    readonly row: Row,
    private readonly header: string[],
    private readonly index: Map<string, number>,
    private readonly issues: Issues,
  ) {}

  has(key: string): boolean {
    return this.index.has(headerKey(key));
  }

  column(key: string): string {
    return this.header[this.index.get(headerKey(key)) ?? -1] ?? key;
  }

  text(key: string): string {
    const i = this.index.get(headerKey(key));
    return i === undefined ? "" : (this.row.cells[i] ?? "").trim();
  }

  fail(key: string | null, message: string): void {
    this.ok = false;
    this.issues.add(this.row.line, key === null ? null : this.column(key), message);
  }

  /** A number, or null when blank; a non-numeric or negative cell is an error. */
  amount(key: string): number | null {
    const v = this.text(key);
    if (v === "") return null;
    if (!NUMBER.test(v)) return this.fail(key, `Not a number: "${clip(v)}".`), null;
    const n = Number(v);
    if (n < 0) return this.fail(key, `Negative amount: ${clip(v)}.`), null;
    return n;
  }

  int(key: string, { required = true } = {}): number | null {
    const v = this.text(key);
    if (v === "") {
      if (required) this.fail(key, "Missing value.");
      return null;
    }
    if (!INTEGER.test(v)) return this.fail(key, `Not a whole number: "${clip(v)}".`), null;
    return Number(v);
  }

  bool(key: string): boolean {
    const v = this.text(key).toLowerCase();
    if (TRUE.has(v)) return true;
    if (!FALSE.has(v)) this.fail(key, `Expected TRUE/FALSE or 1/0, found "${clip(this.text(key))}".`);
    return false;
  }
}

export function headerIndex(header: string[]): Map<string, number> {
  return new Map(header.map((h, i) => [headerKey(h), i]));
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;

/** Years outside the store's range (trade_shares_year_check) are rejected, not dropped. */
export function checkYear(cells: Cells, key: string, year: number | null): year is number {
  if (year === null) return false;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    cells.fail(key, `Bad date: year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.`);
    return false;
  }
  return true;
}
