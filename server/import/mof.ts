import "server-only";
// Japan Customs "commodity by country" CSV (TRADE_FORMATS §3.1) → trade records, one per row and
// period: the year from the *-Year columns, each month from its own columns. Values are thousand
// yen (×1000 here; shares are currency-free); the weight is the quantity whose unit is KG.
import { clip } from "@/lib/imports";
import { normaliseCode } from "./codes";
import { Cells, checkYear } from "./fields";
import { MOF_MONTHS } from "./detect";
import { isMofTotal, mofPartner } from "./partners";
import type { TradeRecord } from "./shares";

const KG_PER_UNIT: Record<string, number> = { KG: 1, MT: 1000 };

interface Amounts {
  value: number | null;
  weightKg: number | null;
}

/** Quantity1 or Quantity2, whichever is stated in KG (or metric tons); null when neither is. */
function amounts(c: Cells, period: string): Amounts {
  const value = c.amount(`Value-${period}`);
  const units = [c.text("Unit1").toUpperCase(), c.text("Unit2").toUpperCase()];
  const q = [c.amount(`Quantity1-${period}`), c.amount(`Quantity2-${period}`)];
  const i = units.findIndex((u) => u in KG_PER_UNIT);
  const quantity = i < 0 ? null : q[i];
  return {
    value: value === null ? null : value * 1000,
    weightKg: quantity === null || i < 0 ? null : quantity * KG_PER_UNIT[units[i]],
  };
}

/** Month columns may be spelt "-Apl"; Cells looks them up case-insensitively by their canonical name. */
function monthColumn(c: Cells, month: string): string {
  return c.has(`Value-${month}`) ? month : month === "Apr" && c.has("Value-Apl") ? "Apl" : month;
}

export interface MofRead {
  records: TradeRecord[];
  skipped: Map<string, number>;
  unknownCountries: Map<string, number>;
  /** Years whose later months are empty: their *-Year columns are a year to date. */
  partialYears: Map<number, number>;
}

interface ParsedRow {
  cells: Cells;
  year: number;
  code: string;
  country: string;
  whole: Amounts;
  months: (Amounts | null)[];
}

function parseRow(c: Cells, hasMonths: boolean): ParsedRow | null {
  const year = c.int("Year");
  const code = normaliseCode(c.text("HS"));
  if (code === null) c.fail("HS", `Not a commodity code: "${clip(c.text("HS"))}".`);
  const yearAmounts = amounts(c, "Year");
  const months = hasMonths ? MOF_MONTHS.map((m) => amounts(c, monthColumn(c, m))) : [];
  if (!checkYear(c, "Year", year) || !c.ok || code === null) return null;
  return { cells: c, year, code, country: c.text("Country"), whole: yearAmounts, months };
}

const hasTrade = (a: Amounts | null) => a !== null && ((a.value ?? 0) > 0 || (a.weightKg ?? 0) > 0);

/** The last month with any trade in the year's rows; earlier empty months are real zeros. */
function lastMonthWithData(rows: ParsedRow[]): number {
  let last = 0;
  for (const r of rows) r.months.forEach((m, i) => hasTrade(m) && (last = Math.max(last, i + 1)));
  return last;
}

export function readMof(rows: Cells[], hasMonths: boolean): MofRead {
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const unknownCountries = new Map<string, number>();
  const seen = new Map<string, number>();
  const imports: ParsedRow[] = [];

  for (const c of rows) {
    const flow = c.int("Exp or Imp");
    if (flow !== null && flow !== 1 && flow !== 2) c.fail("Exp or Imp", `Expected 1 (export) or 2 (import), found ${flow}.`);
    const row = parseRow(c, hasMonths);
    if (!row || flow === null || !c.ok) continue;
    if (flow === 1) skip("export row");
    else if (isMofTotal(row.country)) skip("total row (the total is the sum over countries)");
    else {
      const customs = c.has("Custom") ? c.text("Custom") : "";
      const key = `${row.year}|${row.code}|${row.country}|${customs}`;
      const first = seen.get(key);
      if (first !== undefined) {
        c.fail(null, `Duplicate row: same year, commodity ${row.code} and country ${clip(row.country)} as line ${first}.`);
        continue;
      }
      seen.set(key, c.row.line);
      imports.push(row);
    }
  }

  const records: TradeRecord[] = [];
  const partialYears = new Map<number, number>();
  const years = [...new Set(imports.map((r) => r.year))];
  for (const year of years) {
    const yearRows = imports.filter((r) => r.year === year);
    const last = hasMonths ? lastMonthWithData(yearRows) : 12;
    if (last < 12) partialYears.set(year, last);
    for (const r of yearRows) {
      const partner = mofPartner(r.country);
      if (partner.kind === "unallocated") unknownCountries.set(partner.label, (unknownCountries.get(partner.label) ?? 0) + 1);
      const base = { line: r.cells.row.line, code: r.code, year, partner, weightEstimated: false };
      if (last === 12) records.push({ ...base, month: null, ...r.whole });
      r.months.slice(0, last).forEach((m, i) => m && records.push({ ...base, month: i + 1, ...m }));
    }
  }
  return { records, skipped, unknownCountries, partialYears };
}
