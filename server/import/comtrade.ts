import "server-only";
// UN Comtrade files (Plus API/web CSV, Plus bulk TSV, legacy 22/35 columns) → trade records.
// Kept: Japan's imports, total rows only (customs C00, transport mode 0, second partner 0), so no
// breakdown row is counted twice (TRADE_FORMATS §1.3, §2, §7).
import { clip } from "@/lib/imports";
import { normaliseCode } from "./codes";
import { Cells, checkYear } from "./fields";
import { comtradePartner, type PartnerRef } from "./partners";
import type { TradeRecord } from "./shares";

export const JAPAN = 392;

interface Period {
  year: number;
  month: number | null;
}

interface Common {
  period: Period | null;
  reporter: number | null;
  isImport: boolean;
  isTotal: boolean;
  partnerCode: number | null;
  partner: PartnerRef | null;
  code: string | null;
  value: number | null;
  weightKg: number | null;
  weightEstimated: boolean;
}

/** Comtrade writes 0 (or nothing) when no weight is known: that is missing, not zero kg. */
const weight = (kg: number | null) => (kg !== null && kg > 0 ? kg : null);

function plusPeriod(c: Cells): Period | null {
  const freq = c.text("freqCode").toUpperCase();
  const year = c.int("refYear");
  const month = c.int("refMonth");
  const period = c.text("period");
  if (!checkYear(c, "refYear", year) || month === null) return null;
  if (freq === "A") {
    if (month !== 52) return c.fail("refMonth", `Bad date: annual rows have refMonth 52, found ${month}.`), null;
    if (period !== String(year)) return c.fail("period", `Bad date: period "${clip(period)}" does not match refYear ${year}.`), null;
    return { year, month: null };
  }
  if (freq === "M") {
    if (month < 1 || month > 12) return c.fail("refMonth", `Bad date: month ${month}.`), null;
    const expected = `${year}${String(month).padStart(2, "0")}`;
    if (period !== expected) return c.fail("period", `Bad date: period "${clip(period)}" does not match ${expected}.`), null;
    return { year, month };
  }
  c.fail("freqCode", `Bad date: frequency "${clip(c.text("freqCode"))}" is neither A (annual) nor M (monthly).`);
  return null;
}

function readPlus(c: Cells, withNames: boolean): Common {
  const period = plusPeriod(c);
  const partnerCode = c.int("partnerCode");
  const partner2 = c.int("partner2Code");
  const mot = c.int("motCode");
  const iso = withNames ? c.text("partnerISO") : null;
  const label = withNames ? c.text("partnerDesc") : "";
  return {
    period,
    reporter: c.int("reporterCode"),
    isImport: c.text("flowCode").toUpperCase() === "M",
    isTotal: c.text("customsCode").toUpperCase() === "C00" && mot === 0 && partner2 === 0,
    partnerCode,
    partner: partnerCode === null ? null : comtradePartner(partnerCode, iso, label),
    code: normaliseCode(c.text("cmdCode")),
    value: c.amount("primaryValue"),
    weightKg: weight(c.amount("netWgt")),
    // Estimated quantity or net weight makes the volume share an estimate (§1.3, §7.8).
    weightEstimated: c.bool("isNetWgtEstimated") || c.bool("isQtyEstimated"),
  };
}

function legacyPeriod(c: Cells): Period | null {
  const year = c.int("Year");
  const period = c.text("Period");
  if (!checkYear(c, "Year", year)) return null;
  if (period === String(year)) return { year, month: null };
  const month = Number(period.slice(4));
  if (/^\d{6}$/.test(period) && period.startsWith(String(year)) && month >= 1 && month <= 12) return { year, month };
  c.fail("Period", `Bad date: period "${clip(period)}" is neither ${year} nor ${year}MM.`);
  return null;
}

/** Blank breakdown fields in the 35-column layout mean the total, as in its World rows. */
function legacyTotal(c: Cells): boolean {
  if (!c.has("2nd Partner Code")) return true;
  const partner2 = c.int("2nd Partner Code", { required: false });
  const customs = c.text("Customs Proc. Code").toUpperCase();
  const mot = c.int("Mode of Transport Code", { required: false });
  return (partner2 === null || partner2 === 0) && (customs === "" || customs === "C00") && (mot === null || mot === 0);
}

function readLegacy(c: Cells): Common {
  const partnerCode = c.int("Partner Code");
  const flag = c.int("Flag", { required: false });
  return {
    period: legacyPeriod(c),
    reporter: c.int("Reporter Code"),
    isImport: c.int("Trade Flow Code") === 1,
    isTotal: legacyTotal(c),
    partnerCode,
    partner: partnerCode === null ? null : comtradePartner(partnerCode, c.text("Partner ISO"), c.text("Partner")),
    code: normaliseCode(c.text("Commodity Code")),
    value: c.amount("Trade Value (US$)"),
    weightKg: weight(c.amount("Netweight (kg)")),
    // Legacy estimation flag: 0 none; 2, 4, 6 quantity and/or net weight estimated [unverified].
    weightEstimated: flag !== null && flag !== 0,
  };
}

export interface ComtradeRead {
  records: TradeRecord[];
  /** Rows left out before any share is derived, by reason. */
  skipped: Map<string, number>;
}

/** Reads and validates every row; rows of other flows or breakdowns are skipped, not errors. */
export function readComtrade(rows: Cells[], layoutId: string): ComtradeRead {
  const records: TradeRecord[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const seen = new Map<string, number>();
  const read = layoutId.startsWith("comtrade-legacy") ? readLegacy : (c: Cells) => readPlus(c, layoutId === "comtrade-plus-csv-47");

  for (const c of rows) {
    const r = read(c);
    if (r.reporter !== null && r.reporter !== JAPAN) {
      c.fail(layoutId.startsWith("comtrade-legacy") ? "Reporter Code" : "reporterCode", `Only Japan's imports can be imported (reporter ${JAPAN}); found ${r.reporter}.`);
    }
    if (!c.ok || !r.period || !r.partner) continue;
    if (!r.isImport) skip("not an import (other trade flow)");
    else if (!r.isTotal) skip("breakdown row (customs procedure, transport mode or second partner)");
    else if (r.code === null) skip("commodity code is not an HS code (e.g. TOTAL)");
    else {
      const key = `${r.period.year}|${r.period.month}|${r.code}|${r.partnerCode}`;
      const first = seen.get(key);
      if (first !== undefined) {
        c.fail(null, `Duplicate row: same period, commodity ${r.code} and partner ${r.partnerCode} as line ${first}.`);
        continue;
      }
      seen.set(key, c.row.line);
      records.push({ line: c.row.line, code: r.code, ...r.period, partner: r.partner, value: r.value, weightKg: r.weightKg, weightEstimated: r.weightEstimated });
    }
  }
  return { records, skipped };
}
