// The dependence chart's geometry and shared types, without Recharts: the cards lay out around
// the chart (heights, event positions) before its lazily loaded code arrives.

import type { Glyph, LineRow, PlacedEvent } from "@/lib/dependence-shape";

export type ChartSeries = {
  key: string;
  material: string;
  label: string;
  color: string;
  rows: LineRow[];
  glyphs: Glyph[];
  gaps?: number[];
  /** Partner glyphs are drawn as diamonds in their own colour. */
  partner?: boolean;
};

export type HoverTarget =
  | { kind: "event"; event: PlacedEvent; x: number; y: number }
  | { kind: "point"; glyph: Glyph; series: ChartSeries; x: number; y: number };

export const CHART_MARGIN = { top: 12, right: 20, left: 4 } as const;
export const Y_AXIS_WIDTH = 48;
export const X_AXIS_HEIGHT = 28;
export const PLOT_HEIGHT = 300;
export const LANE_HEIGHT = 26;
export const STRIP_PADDING = 12;

export function stripHeight(lanes: number) {
  return STRIP_PADDING + lanes * LANE_HEIGHT + 6;
}

/** The plot's horizontal extent, as Recharts computes it from the margins and the Y axis width. */
export function plotBounds(width: number) {
  return { left: CHART_MARGIN.left + Y_AXIS_WIDTH, right: width - CHART_MARGIN.right };
}

export type SelectedPoint = { glyph: Glyph; series: ChartSeries };
