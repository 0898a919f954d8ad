// The event study as its card shows it: events grouped by year, the words for each side and
// change, the colour of a change and the exported image's key. Pure.

import { chartInk, deltaColors } from "../colors";
import type { KeyItem } from "../export/compose-markup";
import { formatPp, formatShare } from "../format";
import type { EventStudyRow, StudySide } from "./event-study";

/** Studied events grouped by year: events in one year share their before/after values. */
export type YearGroup = { year: number; rows: EventStudyRow[]; before: StudySide | null; after: StudySide | null; deltaPp: number | null; approximate: boolean };

export function groupByYear(rows: EventStudyRow[]): YearGroup[] {
  const map = new Map<number, EventStudyRow[]>();
  for (const r of rows) {
    const y = Number(r.date.slice(0, 4));
    map.set(y, [...(map.get(y) ?? []), r]);
  }
  return [...map].map(([year, rs]) => ({ year, rows: rs, before: rs[0].before, after: rs[0].after, deltaPp: rs[0].deltaPp, approximate: rs[0].approximate }));
}

const sideShare = (s: StudySide) => formatShare({ sharePct: s.sharePct, low: null, high: null, bound: s.bound, estimate: s.estimate });

/** The chart's narrow right column: the value only (its year is in the table). */
export const shortSide = (s: StudySide | null) => (s ? sideShare(s) : "no value");

/** The table's side: the value and its year, "~70% (2011)". */
export const sideText = (s: StudySide | null) => (s ? `${sideShare(s)} (${s.year})` : "no value");

/** A year's change at the chart's right: "+4.2 pp (approx.)", or both sides when one is missing. */
export function changeText(g: Pick<YearGroup, "before" | "after" | "deltaPp" | "approximate">): string {
  if (g.deltaPp !== null) return `${formatPp(g.deltaPp)}${g.approximate ? " (approx.)" : ""}`;
  return g.before || g.after ? `${shortSide(g.before)} → ${shortSide(g.after)}` : "no data within window";
}

/** A fall blue, a rise vermillion, no change ink, no value muted. */
export function deltaColor(deltaPp: number | null): string {
  if (deltaPp === null) return chartInk.muted;
  return deltaPp < 0 ? deltaColors.fell : deltaPp > 0 ? deltaColors.rose : chartInk.text;
}

export const eventCount = (n: number) => `${n} ${n === 1 ? "event" : "events"}`;

/** The exported image's key (the screen explains the marks in the subtitle). */
export const EVENT_STUDY_KEY: KeyItem[] = [
  { label: "hollow circle: before · filled: after", color: chartInk.muted, shape: "none" },
  { label: "after, share fell", color: deltaColors.fell, shape: "line" },
  { label: "after, share rose", color: deltaColors.rose, shape: "line" },
  { label: "estimate or bound on either side", color: chartInk.muted, shape: "dashed" },
];
