// Where sources disagree about one year: two year-level statements (annual, point-in-time or
// range values) for the same material and partner whose intervals do not overlap. Monthly and
// half-year values describe a different period and are not compared with the year.

import type { Bound } from "../enums";

/** A share as a source states it for one year and period: a value (or bound), or a range when `sharePct` is null. */
export type StatedShare = {
  year: number;
  period: string;
  sharePct: number | null;
  low: number | null;
  high: number | null;
  bound: Bound | null;
};

export type Statement = StatedShare & {
  id: number;
  material?: string;
  partner: string;
  sourceId: number;
  /** value, volume or unspecified: a share by value and one by weight measure different things. */
  basis?: string;
  /** A mirror share (the partner's reported exports over Japan's imports) measures something else too. */
  mirror?: boolean;
};

/** Differences up to this many points are rounding, not disagreement. */
export const AGREEMENT_TOLERANCE_PP = 0.5;
const YEAR_LEVEL = new Set(["annual", "point_in_time", "range"]);

export function interval(s: Statement): [number, number] | null {
  if (s.sharePct !== null) {
    if (s.bound === "lower") return [s.sharePct, 100];
    if (s.bound === "upper") return [0, s.sharePct];
    return [s.sharePct, s.sharePct];
  }
  if (s.low !== null && s.high !== null) return [s.low, s.high];
  return null;
}

function conflict(a: [number, number], b: [number, number]): boolean {
  return a[0] - b[1] > AGREEMENT_TOLERANCE_PP || b[0] - a[1] > AGREEMENT_TOLERANCE_PP;
}

/**
 * Two statements can contradict each other only on the same basis (or when one does not say), and
 * both as the importer reports it or both mirrored: China's reported exports over Japan's imports
 * differ from Japan's own figures by method (valuation, timing, transit), not by error.
 */
function comparable(a: Statement, b: Statement): boolean {
  if ((a.mirror ?? false) !== (b.mirror ?? false)) return false;
  return a.basis === undefined || b.basis === undefined || a.basis === b.basis || a.basis === "unspecified" || b.basis === "unspecified";
}

export type Disagreement<T extends Statement> = { material: string | undefined; partner: string; year: number; statements: T[] };

/**
 * Groups year-level statements by (material, partner, year) and keeps the groups where at least
 * two sources state values that cannot both be true. All the group's statements are returned, so
 * the reader sees every side.
 */
export function disagreements<T extends Statement>(rows: T[]): Disagreement<T>[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    if (!YEAR_LEVEL.has(r.period) || !interval(r)) continue;
    const key = `${r.material ?? ""}|${r.partner}|${r.year}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: Disagreement<T>[] = [];
  for (const list of groups.values()) {
    const found = list.some((a, i) => list.slice(i + 1).some((b) => a.sourceId !== b.sourceId && comparable(a, b) && conflict(interval(a)!, interval(b)!)));
    if (found) out.push({ material: list[0].material, partner: list[0].partner, year: list[0].year, statements: list });
  }
  return out.sort((a, b) => (a.material ?? "").localeCompare(b.material ?? "") || a.year - b.year || a.partner.localeCompare(b.partner));
}
