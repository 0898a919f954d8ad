import "server-only";
// kind=baci, the part without the database: CEPII's standard yearly BACI file (header t,i,j,k,v,q:
// year, exporter, importer, HS6 product, value in thousand US$, quantity in tonnes), validated line
// by line and aggregated as it goes. The same accumulator serves the API (a table read in the
// reader's worker) and the streaming command (scripts/import.ts, line by line): what it keeps is
// bounded by countries × the product's codes, never by the number of lines.
import { isBilateralCode } from "@/lib/bilateral/codes";
import { CHINA, deriveBaciYear, JAPAN, type BaciFlow, type OfficialRow } from "@/lib/bilateral/derive";
import { clip } from "@/lib/imports";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";
import { BACI_HEADER } from "./sniff";
import type { Issues } from "./table";

export const BACI_LAYOUT = "baci-tijkvq";

/** Numeric country code → the alpha-3 code of BACI's country table (S19, R20 … for groupings; "" for none). */
export type CountryCodes = ReadonlyMap<number, string>;

/** What a BACI file yields once read: the year and the product's rows, derived with a placeholder source id. */
export interface BaciRows {
  /** Null for a file with a header and no rows. */
  year: number | null;
  rows: OfficialRow[];
}

export interface BaciRead {
  rowsRead: number;
  /** Rows with another code (or an error): skipped. */
  rowsSkipped: number;
  skippedCodes: { code: string; rows: number }[];
  warnings: string[];
  /** Null when the file has errors. */
  baci: BaciRows | null;
}

/** The source id the derived rows carry until the import's source is known (never written). */
export const PLACEHOLDER_SOURCE_ID = 0;

/** The most skipped commodity codes a summary lists (a full BACI year has about 5,000). */
const MAX_SKIPPED_CODES = 100;

const COLUMNS = BACI_HEADER.length;
const INTEGER = /^\d{1,4}$/;
const HS6 = /^\d{5,6}$/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A problem with the header, or null when it is exactly t,i,j,k,v,q (any case, spaces trimmed). */
export function baciHeaderProblem(header: string[]): string | null {
  const lower = header.map((h) => h.trim().toLowerCase());
  if (lower.length === COLUMNS && lower.every((h, n) => h === BACI_HEADER[n])) return null;
  return `The header must be CEPII's standard BACI layout "${BACI_HEADER.join(",")}" (year, exporter, importer, product, value in thousand US$, quantity in tonnes); found "${clip(header.join(","))}".`;
}

/**
 * Validates BACI rows one at a time and aggregates the product's codes per exporter → importer →
 * code. Every line is checked (t, i, j, k, v, q); a row whose code is not one of the product's is
 * counted and skipped, not an error. One file is one year: the first valid year sets it.
 */
export class BaciAccumulator {
  private year: number | null = null;
  private yearLine = 0;
  private rowsRead = 0;
  private rowsKept = 0;
  private readonly skipped = new Map<string, number>();
  /**
   * (exporter × 1000 + importer) × 1e6 + code → value in US$ and tonnes (null: some quantity
   * missing). The derivation needs every supplier of Japan, but of another importer only China and
   * the total: other suppliers of other importers are pooled under −(importer × 1e6 + code). So
   * the map holds at most 3 × countries × the product's codes entries, whatever the file's size.
   */
  private readonly flows = new Map<number, { usd: number; tonnes: number | null }>();

  constructor(
    private readonly countries: CountryCodes,
    private readonly issues: Issues,
    /** Says where an unknown country code may be found (the API has only the built-in table). */
    private readonly unknownHint: string,
  ) {}

  /** Rows with one of the product's codes so far. */
  get kept(): number {
    return this.rowsKept;
  }

  /** One data row (cells as split, untrimmed) on its 1-based physical line. */
  row(cells: string[], line: number): void {
    this.rowsRead++;
    if (cells.length !== COLUMNS) {
      this.issues.add(line, null, `Expected ${COLUMNS} fields as in the header, found ${cells.length} (${cells.length > COLUMNS ? "extra" : "missing"} columns).`);
      return;
    }
    const before = this.issues.count;
    const t = cells[0].trim();
    const year = INTEGER.test(t) ? Number(t) : NaN;
    if (!(t.length === 4 && year >= MIN_YEAR && year <= MAX_YEAR)) {
      this.issues.add(line, "t", `The year must be a 4-digit year from ${MIN_YEAR} to ${MAX_YEAR}; found "${clip(t)}".`);
    } else if (this.year === null) {
      this.year = year;
      this.yearLine = line;
    } else if (year !== this.year) {
      this.issues.add(line, "t", `One file is one year: line ${this.yearLine} says ${this.year}, this row ${year}.`);
    }
    const exporter = this.country(cells[1], line, "i");
    const importer = this.country(cells[2], line, "j");
    const k = cells[3].trim();
    if (!HS6.test(k)) this.issues.add(line, "k", `The product must be a 6-digit HS code; found "${clip(k)}".`);
    const v = cells[4].trim();
    if (!NUMBER.test(v)) this.issues.add(line, "v", `The value must be a non-negative number (thousand US$); found "${clip(v)}".`);
    const q = cells[5].trim();
    const missingQ = q === "" || q.toUpperCase() === "NA";
    if (!missingQ && !NUMBER.test(q)) this.issues.add(line, "q", `The quantity must be a non-negative number (tonnes), NA or blank; found "${clip(q)}".`);
    if (this.issues.count > before) return;

    // A code written as a number loses its leading zero (10121 for 010121).
    const hs = k.length === 5 ? `0${k}` : k;
    if (!isBilateralCode(hs)) {
      this.skipped.set(hs, (this.skipped.get(hs) ?? 0) + 1);
      return;
    }
    this.rowsKept++;
    const into = this.countries.get(importer!);
    const key =
      into === JAPAN || this.countries.get(exporter!) === CHINA ? (exporter! * 1000 + importer!) * 1e6 + Number(hs) : -(importer! * 1e6 + Number(hs));
    const usd = Number(v) * 1000;
    const tonnes = missingQ ? null : Number(q);
    const f = this.flows.get(key);
    if (!f) this.flows.set(key, { usd, tonnes });
    else {
      f.usd += usd;
      f.tonnes = f.tonnes === null || tonnes === null ? null : f.tonnes + tonnes;
    }
  }

  private country(cell: string, line: number, column: "i" | "j"): number | null {
    const c = cell.trim();
    const code = INTEGER.test(c) ? Number(c) : NaN;
    if (Number.isNaN(code)) {
      this.issues.add(line, column, `The ${column === "i" ? "exporter" : "importer"} must be a numeric country code; found "${clip(c)}".`);
      return null;
    }
    if (!this.countries.has(code)) {
      this.issues.add(line, column, `Country code ${code} is not in the country table (${this.unknownHint}).`);
      return null;
    }
    return code;
  }

  /** The flows kept, with ISO alpha-3 codes as BACI's table gives them, and values in US$. */
  *baciFlows(): Generator<BaciFlow> {
    for (const [key, f] of this.flows) {
      if (key < 0) {
        const importer = this.countries.get(Math.floor(-key / 1e6)) ?? "";
        // The pooled suppliers: no exporter code, so they count in the importer's total only.
        yield { exporter: "", importer, hs: String(-key % 1e6).padStart(6, "0"), valueUsd: f.usd, tonnes: f.tonnes };
        continue;
      }
      const pair = Math.floor(key / 1e6);
      const hs = String(key - pair * 1e6).padStart(6, "0");
      const exporter = this.countries.get(Math.floor(pair / 1000)) ?? "";
      const importer = this.countries.get(pair % 1000) ?? "";
      yield { exporter, importer, hs, valueUsd: f.usd, tonnes: f.tonnes };
    }
  }

  /** The summary and, when the file has no error, the product's rows (their source id a placeholder). */
  finish(label: (year: number) => string = baciLabel): BaciRead {
    const skippedCodes = [...this.skipped]
      .map(([code, rows]) => ({ code, rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
    const rowsSkipped = this.rowsRead - this.rowsKept;
    const warnings = skippedCodes.length
      ? [`${rowsSkipped.toLocaleString("en-US")} rows with ${skippedCodes.length.toLocaleString("en-US")} commodity codes outside the product's were skipped (the product keeps its own HS6 codes only).`]
      : [];
    const year = this.year;
    const baci = this.issues.any ? null : { year, rows: year === null ? [] : deriveBaciYear(this.baciFlows(), { year, sourceId: PLACEHOLDER_SOURCE_ID, label: label(year) }) };
    return { rowsRead: this.rowsRead, rowsSkipped, skippedCodes: skippedCodes.slice(0, MAX_SKIPPED_CODES), warnings, baci };
  }
}

/** How a note cites the file: the year; the import's source names the file. */
export const baciLabel = (year: number) => `CEPII BACI (user file), ${year}`;
