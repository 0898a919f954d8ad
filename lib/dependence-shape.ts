import { dateToYearFraction } from "./format";
import type { DependencePoint, EventDto } from "./types";

/** Where a point sits on the time axis: year Y spans [Y, Y+1); annual values sit mid-year. */
export function pointX(p: Pick<DependencePoint, "year" | "period" | "month" | "half">): number {
  if (p.period === "half_year") return p.year + (p.half === "H2" ? 0.75 : 0.25);
  if (p.period === "monthly" && p.month) return p.year + (p.month - 0.5) / 12;
  return p.year + 0.5;
}

/** An estimate in the drawing sense: flagged estimate, a bound, a range, or mirror (exporter-reported) data. */
export function isEstimate(p: Pick<DependencePoint, "estimate" | "bound" | "mirror" | "sharePct">): boolean {
  return p.estimate || p.bound !== null || p.mirror || p.sharePct === null;
}

export type LineRow = { x: number; year: number; exact: number | null; estimate: number | null };

export type Glyph = {
  key: string;
  point: DependencePoint;
  x: number;
  /** The drawn value; null for a pure range (drawn as a band only). */
  y: number | null;
  role: "headline" | "other";
  hollow: boolean;
  band: { low: number; high: number } | null;
  arrow: "up" | "down" | null;
  /** The value view's glyphs: the value of imports (US$) they draw, in place of a share. */
  valueUsd?: number;
};

export type ShapedSeries = { rows: LineRow[]; glyphs: Glyph[]; gaps: number[] };

/**
 * Shapes one material's China points for drawing. The line takes only `headline` point values,
 * one per year; years without one stay null (a gap, never interpolated). Estimate headlines are
 * carried by a separate dashed series that also reaches their direct neighbours, so the dashes
 * join the solid line without inventing a value. Every other point becomes a glyph.
 */
export function shapeSeries(points: DependencePoint[], from: number, to: number): ShapedSeries {
  const headline = new Map<number, DependencePoint>();
  for (const p of points) if (p.headline) headline.set(p.year, p);

  const value = (year: number) => headline.get(year)?.sharePct ?? null;
  const est = (year: number) => {
    const h = headline.get(year);
    return h ? isEstimate(h) : false;
  };

  const rows: LineRow[] = [];
  const gaps: number[] = [];
  for (let year = from; year <= to; year++) {
    const v = value(year);
    if (!headline.has(year)) gaps.push(year);
    const exact = v !== null && !est(year) ? v : null;
    const touchesEstimate = v !== null && (est(year) || (est(year - 1) && value(year - 1) !== null) || (est(year + 1) && value(year + 1) !== null));
    rows.push({ x: year + 0.5, year, exact, estimate: touchesEstimate ? v : null });
  }

  const glyphs: Glyph[] = points.map((p) => ({
    key: `p${p.id}`,
    point: p,
    x: p.headline ? p.year + 0.5 : pointX(p),
    y: p.sharePct,
    role: p.headline ? "headline" : "other",
    hollow: isEstimate(p),
    band: p.low !== null && p.high !== null ? { low: p.low, high: p.high } : null,
    arrow: p.bound === "lower" ? "up" : p.bound === "upper" ? "down" : null,
  }));
  return { rows, glyphs, gaps };
}

export type PlacedEvent = EventDto & { number: number; trueX: number; px: number; lane: number; r: number };

export const markerRadius = (severity: number) => 6.5 + severity * 0.9;

/**
 * Lays the event markers out in a strip under the plot: each sits at its date when there is room,
 * otherwise it is nudged sideways within one of `maxLanes` lanes (a leader line shows its true
 * date). Deterministic: same input, same layout.
 */
export function layoutEvents(
  events: EventDto[],
  scale: (x: number) => number,
  bounds: { left: number; right: number },
  maxLanes = 5,
  gap = 2,
): { placed: PlacedEvent[]; lanes: number } {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const base = sorted.map((e, i) => {
    const trueX = scale(dateToYearFraction(e.date));
    return { ...e, number: i + 1, trueX, px: trueX, lane: 0, r: markerRadius(e.severity) };
  });
  const laneItems: PlacedEvent[][] = [];
  for (const e of base) {
    let best = -1;
    let bestPos = Infinity;
    for (let lane = 0; lane < maxLanes; lane++) {
      const last = laneItems[lane]?.at(-1);
      const pos = last ? Math.max(e.trueX, last.px + last.r + gap + e.r) : e.trueX;
      if (pos - e.trueX < bestPos - e.trueX - 0.01) {
        best = lane;
        bestPos = pos;
      }
      if (!last) break; // an empty lane is as good as it gets; later lanes are empty too
    }
    e.lane = best;
    e.px = bestPos;
    (laneItems[best] ??= []).push(e);
  }
  // Pull lanes that overflow the right edge back left, keeping order and spacing.
  for (const items of laneItems) {
    for (let i = items.length - 1; i >= 0; i--) {
      const next = items[i + 1];
      const limit = next ? next.px - next.r - gap - items[i].r : bounds.right - items[i].r;
      items[i].px = Math.min(items[i].px, limit);
    }
    for (let i = 0; i < items.length; i++) {
      const prev = items[i - 1];
      const limit = prev ? prev.px + prev.r + gap + items[i].r : bounds.left + items[i].r;
      items[i].px = Math.max(items[i].px, limit);
    }
  }
  return { placed: base, lanes: Math.max(1, laneItems.length) };
}

/** The room one year label needs on the time axis ("2008" at 12 px and a gap), in px. */
export const YEAR_LABEL_PX = 40;
const YEAR_STEPS = [1, 2, 5, 10, 20] as const;

/**
 * The year ticks of a time axis `width` pixels wide, mid-year: every year while each label has
 * `YEAR_LABEL_PX`, else every 2nd, 5th, 10th or 20th year, on multiples of the step so the labels
 * are evenly spaced (never some years dropped here and there). The axis draws every tick given.
 */
export function yearTicks(from: number, to: number, width: number): number[] {
  const count = (step: number) => Math.floor(to / step) - Math.ceil(from / step) + 1;
  const step = YEAR_STEPS.find((s) => count(s) * YEAR_LABEL_PX <= width) ?? YEAR_STEPS.at(-1)!;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y + 0.5);
  return ticks;
}
