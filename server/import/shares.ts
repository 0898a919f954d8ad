import "server-only";
// Import shares from trade records (TRADE_FORMATS §6), pure: no database. For each material and
// period: keep one code level, add the numerators, add the denominators, then divide. Missing is
// not zero: a blank value or weight leaves that share underived instead of counting as 0.
import { codeLevel, coveredCodes, levelName, type MaterialCodes } from "./codes";
import type { PartnerRef } from "./partners";
import { listed } from "./text";

/** One row of a trade file after its layout is read: Japan's imports, totals only. */
export interface TradeRecord {
  line: number;
  code: string;
  year: number;
  /** null for a whole year. */
  month: number | null;
  partner: PartnerRef;
  /** In the file's currency (US$ for Comtrade, yen for Japan Customs); null when blank. */
  value: number | null;
  /** null when not stated (Comtrade writes 0 or blank for an unknown weight). */
  weightKg: number | null;
  weightEstimated: boolean;
}

/** Comtrade states the World total in its own row; Japan Customs has none, so it is the sum. */
export type Denominator = "world-row" | "sum-of-partners";

export interface DerivedShare {
  material: string;
  /** ISO alpha-3, or WLD for the total (share null, amount = the denominator). */
  partner: string;
  year: number;
  month: number | null;
  basis: "value" | "volume";
  sharePct: number | null;
  /** The partner's imports in the file's currency (value basis) or in kg (volume basis). */
  amount: number;
  estimate: boolean;
  /** The commodity codes added up, all of one level. */
  codes: string[];
  level: number;
  /** The material's HS6 codes those codes cover, and whether that is all of them. */
  covered: string[];
  complete: boolean;
  /** How many HS6 codes the material has: `covered.length / materialCodes` is the share of it the value covers. */
  materialCodes: number;
  lines: number[];
}

export interface Derivation {
  shares: DerivedShare[];
  usedLines: Set<number>;
  skippedCodes: { code: string; rows: number }[];
  warnings: string[];
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Sum of the values; null as soon as one is missing (a partial sum is not the total). */
function sumOrNull(values: (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const periodLabel = (year: number, month: number | null) => (month ? `${year}-${String(month).padStart(2, "0")}` : String(year));

/** "2024, 2024-01 to 2024-12": periods in order, runs of three or more consecutive months shortened. */
function formatPeriods(periods: string[]): string {
  const follows = (p: string, last: string) => p.length > 4 && p.slice(0, 4) === last.slice(0, 4) && Number(p.slice(5)) === Number(last.slice(5)) + 1;
  const runs: string[][] = [];
  for (const p of [...periods].sort()) {
    const run = runs.at(-1);
    if (run && follows(p, run[run.length - 1])) run.push(p);
    else runs.push([p]);
  }
  return runs.map((r) => (r.length > 2 ? `${r[0]} to ${r[r.length - 1]}` : r.join(", "))).join(", ");
}

/** Warnings that repeat per period are reported once, with the periods they apply to. */
class Warnings {
  private readonly byMessage = new Map<string, string[]>();

  add(message: string, period: string) {
    const periods = this.byMessage.get(message) ?? [];
    if (!periods.includes(period)) periods.push(period);
    this.byMessage.set(message, periods);
  }

  list(): string[] {
    return [...this.byMessage].map(([message, periods]) => `${message} (${formatPeriods(periods)})`);
  }
}

interface Context {
  material: MaterialCodes;
  materials: MaterialCodes[];
  denominator: Denominator;
  year: number;
  month: number | null;
  warnings: Warnings;
}

/** The level whose codes cover most of the material's basket; on a tie the finer one. */
function chooseLevel(rows: TradeRecord[], material: MaterialCodes) {
  const options = [...groupBy(rows, (r) => codeLevel(r.code))].map(([level, levelRows]) => ({
    level,
    rows: levelRows,
    covered: [...new Set(levelRows.flatMap((r) => coveredCodes(r.code, material)))].sort(),
  }));
  options.sort((a, b) => b.covered.length - a.covered.length || b.level - a.level);
  return { chosen: options[0], others: options.slice(1) };
}

function sameCodes(a: string[], b: string[]) {
  return a.length === b.length && a.every((c) => b.includes(c));
}

/** Derives one material's basket for one period from rows of a single level. */
function deriveBasket(rows: TradeRecord[], level: number, covered: string[], ctx: Context): DerivedShare[] {
  const { material, denominator, year, month, warnings } = ctx;
  const period = periodLabel(year, month);
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  const complete = covered.length === material.hsCodes.length;
  const base = { material: material.slug, year, month, codes, level, covered, complete, materialCodes: material.hsCodes.length };

  let totals: TradeRecord[];
  if (denominator === "world-row") {
    totals = rows.filter((r) => r.partner.kind === "world");
    const withWorld = new Set(totals.map((t) => t.code));
    const withoutWorld = codes.filter((c) => !withWorld.has(c));
    if (withoutWorld.length) {
      warnings.add(`${material.slug}: no World row for HS ${listed(withoutWorld)}; no shares derived`, period);
      return [];
    }
  } else {
    totals = rows.filter((r) => r.partner.kind !== "world");
  }

  const totalValue = sumOrNull(totals.map((t) => t.value));
  const totalWeight = sumOrNull(totals.map((t) => t.weightKg));
  const totalEstimated = totals.some((t) => t.weightEstimated);
  if (totalValue === null) warnings.add(`${material.slug}: a total value is blank; no value shares`, period);
  if (totalWeight === null) warnings.add(`${material.slug}: a total weight is missing; no volume shares`, period);
  const lines = (rs: TradeRecord[]) => rs.map((r) => r.line).sort((a, b) => a - b);

  const out: DerivedShare[] = [];
  if (totalValue !== null && totalValue > 0) {
    out.push({ ...base, partner: "WLD", basis: "value", sharePct: null, amount: round(totalValue, 3), estimate: false, lines: lines(totals) });
  }
  if (totalWeight !== null && totalWeight > 0) {
    out.push({ ...base, partner: "WLD", basis: "volume", sharePct: null, amount: round(totalWeight, 3), estimate: totalEstimated, lines: lines(totals) });
  }

  const countries = rows.filter((r): r is TradeRecord & { partner: { kind: "country"; iso3: string } } => r.partner.kind === "country");
  const byPartner = groupBy(countries, (r) => r.partner.iso3);

  for (const [iso3, partnerRows] of [...byPartner].sort(([a], [b]) => a.localeCompare(b))) {
    const bases = [
      { basis: "value" as const, total: totalValue, amount: sumOrNull(partnerRows.map((r) => r.value)), estimate: false },
      {
        basis: "volume" as const,
        total: totalWeight,
        amount: sumOrNull(partnerRows.map((r) => r.weightKg)),
        estimate: totalEstimated || partnerRows.some((r) => r.weightEstimated),
      },
    ];
    for (const b of bases) {
      if (b.total === null || b.total <= 0) continue;
      if (b.amount === null) {
        warnings.add(`${material.slug}: ${iso3} has a blank ${b.basis === "value" ? "value" : "weight"}; its ${b.basis} share is not derived`, period);
        continue;
      }
      const pct = (b.amount / b.total) * 100;
      if (pct > 100 + 1e-9) {
        warnings.add(`${material.slug}: ${iso3} exceeds the total by ${b.basis}; share not derived`, period);
        continue;
      }
      out.push({ ...base, partner: iso3, basis: b.basis, sharePct: round(pct, 3), amount: round(b.amount, 3), estimate: b.estimate, lines: lines(partnerRows) });
    }
  }
  return out;
}

/** Picks the level, refuses a partial basket that another material matches exactly, derives. */
function deriveMaterial(rows: TradeRecord[], ctx: Context): DerivedShare[] {
  const { material, materials, warnings } = ctx;
  const period = periodLabel(ctx.year, ctx.month);
  const { chosen, others } = chooseLevel(rows, material);
  for (const other of others) {
    const left = listed([...new Set(other.rows.map((r) => r.code))].sort());
    warnings.add(`${material.slug}: codes of different levels are never added; used ${levelName(chosen.level)}, left ${levelName(other.level)} ${left} aside`, period);
  }
  const complete = chosen.covered.length === material.hsCodes.length;
  if (!complete) {
    const exact = materials.find((m) => m.slug !== material.slug && m.hsCodes.length && sameCodes(m.hsCodes, chosen.covered));
    if (exact) {
      warnings.add(`${material.slug}: the file covers only HS ${chosen.covered.join(", ")}, which is ${exact.slug}; no ${material.slug} share derived`, period);
      return [];
    }
    const missing = material.hsCodes.filter((c) => !chosen.covered.includes(c));
    warnings.add(`${material.slug}: shares cover HS ${chosen.covered.join(", ")} only, not ${missing.join(", ")}`, period);
  }
  return deriveBasket(chosen.rows, chosen.level, chosen.covered, ctx);
}

/**
 * Shares of each partner in Japan's imports of each material, per period and basis (value,
 * volume), plus the total (partner WLD). Records whose code belongs to no material are counted
 * in `skippedCodes`.
 */
export function deriveShares(records: TradeRecord[], materials: MaterialCodes[], denominator: Denominator): Derivation {
  const warnings = new Warnings();
  // Lines, not records: a Japan Customs row yields a record per period.
  const skipped = new Map<string, Set<number>>();
  const mapped = records.filter((r) => {
    const hit = materials.some((m) => coveredCodes(r.code, m).length > 0);
    if (!hit) skipped.set(r.code, (skipped.get(r.code) ?? new Set()).add(r.line));
    return hit;
  });

  const periods = groupBy(mapped, (r) => `${r.year}-${String(r.month ?? 0).padStart(2, "0")}`);

  const shares: DerivedShare[] = [];
  for (const [, rows] of [...periods].sort(([a], [b]) => a.localeCompare(b))) {
    const { year, month } = rows[0];
    for (const material of materials) {
      const own = rows.filter((r) => coveredCodes(r.code, material).length > 0);
      if (own.length) shares.push(...deriveMaterial(own, { material, materials, denominator, year, month, warnings }));
    }
  }
  return {
    shares,
    usedLines: new Set(shares.flatMap((s) => s.lines)),
    skippedCodes: [...skipped].map(([code, lines]) => ({ code, rows: lines.size })).sort((a, b) => a.code.localeCompare(b.code)),
    warnings: warnings.list(),
  };
}
