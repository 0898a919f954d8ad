// The dependence chart's plane as pure functions: its scales, its axis ticks and its lines as SVG
// paths. The one drawing (screen, server HTML, print, embed, exported image) is made from these,
// so the server and the browser place every mark at the same pixel.

import type { LineRow } from "./dependence-shape";
import { valueTickFormat, valueTicks } from "./dependence-values";
import { formatPct } from "./format";
import type { Locale } from "./i18n/routing";

export type Scale = (v: number) => number;

/** Pixel coordinates with two decimals: enough for the eye, short in the HTML, and the same text on server and client. */
const px = (v: number) => Math.round(v * 100) / 100;

/** The share axis: 0–100 %. */
export const SHARE_TICKS = [0, 20, 40, 60, 80, 100] as const;

/** The time axis: year Y spans [Y, Y+1), so [from, to+1] maps onto the plot's [left, right] (px, two decimals). */
export function xScale(from: number, to: number, left: number, right: number): Scale {
  const span = to + 1 - from;
  return (x) => px(left + ((x - from) / span) * (right - left));
}

/** The value axis: [0, maxTick] onto the plot's height, 0 at the bottom (`top + plotHeight`; px, two decimals). */
export function yScale(maxTick: number, top: number, plotHeight: number): Scale {
  const max = maxTick > 0 ? maxTick : 1;
  return (v) => px(top + plotHeight - (v / max) * plotHeight);
}

/**
 * One line as an SVG path `d`, broken wherever a year has no value: each run of consecutive
 * values is its own `M…L…` subpath (never joined across a gap, never a made-up value). A lone
 * value makes no segment (its point is drawn as a glyph). Empty when nothing is drawn.
 */
export function linePath(rows: Pick<LineRow, "x">[], value: (i: number) => number | null, x: Scale, y: Scale): string {
  const runs: string[][] = [];
  let run: string[] | null = null;
  rows.forEach((r, i) => {
    const v = value(i);
    if (v === null) {
      run = null;
      return;
    }
    if (!run) runs.push((run = []));
    run.push(`${x(r.x)} ${y(v)}`);
  });
  return runs
    .filter((r) => r.length > 1)
    .map((r) => `M${r.join("L")}`)
    .join("");
}

/** The two lines of one series' rows: solid through sourced values, dashed through estimates. */
export function seriesPaths(rows: LineRow[], x: Scale, y: Scale): { exact: string; estimate: string } {
  return {
    exact: linePath(rows, (i) => rows[i].exact, x, y),
    estimate: linePath(rows, (i) => rows[i].estimate, x, y),
  };
}

export type ValueAxis = { ticks: readonly number[]; format: (v: number) => string };

/** The Y axis of these series: 0–100 % for shares, 0 to a round US$ amount for values (「1.5億ドル」 in Japanese). */
export function valueAxis(series: { unit?: "usd"; glyphs: { y: number | null }[] }[], locale: Locale): ValueAxis {
  if (!series.some((s) => s.unit === "usd")) return { ticks: SHARE_TICKS, format: formatPct };
  const max = Math.max(0, ...series.flatMap((s) => s.glyphs.map((g) => g.y ?? 0)));
  const ticks = valueTicks(max);
  return { ticks, format: valueTickFormat(ticks, locale) };
}
