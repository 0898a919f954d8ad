// Supplier concentration as its card draws it: the key, each year's stacked segments, the words
// under each bar and in the table. Pure.

import { neutral, partnerColor } from "../colors";
import type { KeyItem } from "../export/compose-markup";
import { formatPct, partnerName } from "../format";
import type { ConcentrationYear } from "./concentration";

/** Imports not attributed to a named partner. */
export const UNALLOCATED_COLOR = neutral.light;

/** "3,781", "≥ 3,781" when the unattributed rest makes the HHI a lower bound. */
export const hhiValue = (y: Pick<ConcentrationYear, "hhi" | "hhiIsLowerBound">) => `${y.hhiIsLowerBound ? "≥ " : ""}${Math.round(y.hhi).toLocaleString("en-GB")}`;

/** Each named partner once, in order of first appearance over the years. */
export function concentrationPartners(years: ConcentrationYear[]): string[] {
  return [...new Set(years.flatMap((y) => y.partners.map((p) => p.partner)))];
}

export function concentrationKeyItems(partners: string[]): KeyItem[] {
  return [
    ...partners.map((p, i): KeyItem => ({ label: partnerName(p), color: partnerColor(p, i), shape: "disc" })),
    { label: "not attributed to a named partner", color: UNALLOCATED_COLOR, shape: "disc" },
  ];
}

export type BarSegment = { partner: string; left: number; width: number; color: string; opacity: number; title: string };

/** One year's bar: the named partners side by side from 0%, then the unattributed rest (null when none). `x` maps a share to pixels. */
export function barSegments(y: ConcentrationYear, x: (pct: number) => number): { segments: BarSegment[]; unallocated: { left: number; width: number } | null } {
  let acc = 0;
  const segments = y.partners.map((p, j): BarSegment => {
    const left = x(acc);
    acc += p.sharePct;
    return {
      partner: p.partner,
      left,
      width: Math.max(0, x(acc) - left),
      color: partnerColor(p.partner, j),
      opacity: p.bound || p.estimate ? 0.6 : 1,
      title: `${partnerName(p.partner)} ${p.bound === "upper" ? "<" : p.bound === "lower" ? ">" : ""}${formatPct(p.sharePct)}`,
    };
  });
  const unallocated = y.unallocatedPct > 0 ? { left: x(acc), width: Math.max(0, x(acc + y.unallocatedPct) - x(acc)) } : null;
  return { segments, unallocated };
}

/** The line under a year's bar: "HHI ≥ 3,781 · top China 58% · 7% unattributed". */
export function barCaption(y: ConcentrationYear): string {
  return `HHI ${hhiValue(y)} · top ${partnerName(y.top.partner)} ${formatPct(y.top.sharePct)}${y.unallocatedPct > 0 ? ` · ${formatPct(y.unallocatedPct)} unattributed` : ""}`;
}
