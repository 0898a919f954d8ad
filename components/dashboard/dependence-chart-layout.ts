// The dependence chart's geometry and shared types: its margins, heights and bounds, its scales
// (from lib/dependence-chart-geometry) and the events' layout, for the chart and the cards around it.

import { xScale, yScale, type Scale } from "@/lib/dependence-chart-geometry";
import { layoutEvents, type Glyph, type PlacedEvent } from "@/lib/dependence-shape";
import type { ChartSeries } from "@/lib/dependence-series";
import type { EventDto } from "@/lib/types";

export type HoverTarget =
  | { kind: "event"; event: PlacedEvent; x: number; y: number }
  | { kind: "point"; glyph: Glyph; series: ChartSeries; x: number; y: number };

export const CHART_MARGIN = { top: 12, right: 20, left: 4 } as const;
export const Y_AXIS_WIDTH = 48;
/** The value view's axis: "US$150m" needs more room than "100%". */
export const Y_AXIS_WIDTH_USD = 68;

/** The Y axis width of a chart drawing these series (US$ or %). */
export const yAxisWidth = (series: { unit?: "usd" }[]) => (series.some((s) => s.unit === "usd") ? Y_AXIS_WIDTH_USD : Y_AXIS_WIDTH);
export const X_AXIS_HEIGHT = 28;
export const PLOT_HEIGHT = 300;
export const LANE_HEIGHT = 26;
export const STRIP_PADDING = 12;

export function stripHeight(lanes: number) {
  return STRIP_PADDING + lanes * LANE_HEIGHT + 6;
}

/** The whole chart's height: plot, X axis and an event strip of `lanes` lanes. */
export function chartHeight(lanes: number, plotHeight = PLOT_HEIGHT) {
  return CHART_MARGIN.top + plotHeight + X_AXIS_HEIGHT + stripHeight(lanes);
}

/**
 * The printed briefing's chart, drawn for the page rather than the screen: the width of an A4
 * landscape page inside its 7 mm margins (283 mm at 96 px/in; app/globals.css).
 */
export const PRINT_WIDTH = 1069;

/**
 * The width the server draws the screen's chart at, before the browser has measured its box: the
 * chart's box in the overview card at a 1280 px viewport (max-w-7xl main, px-6, the card's p-5 and
 * border), so a desktop reader's first paint is already the final drawing. Narrower boxes show it
 * scaled down (viewBox) until they are measured.
 */
export const DEFAULT_CHART_WIDTH = 1190;

/** The plot's horizontal extent, from the margins and the Y axis width. */
export function plotBounds(width: number, axisWidth = Y_AXIS_WIDTH) {
  return { left: CHART_MARGIN.left + axisWidth, right: width - CHART_MARGIN.right };
}

export type ChartPlane = { left: number; right: number; top: number; bottom: number; x: Scale; y: Scale };

/** The plot of a chart `width` wide drawing years `from`–`to` on a 0–`maxTick` axis: its edges and scales. */
export function chartPlane(width: number, from: number, to: number, maxTick: number, axisWidth = Y_AXIS_WIDTH, plotHeight = PLOT_HEIGHT): ChartPlane {
  const { left, right } = plotBounds(width, axisWidth);
  const top = CHART_MARGIN.top;
  return { left, right, top, bottom: top + plotHeight, x: xScale(from, to, left, right), y: yScale(maxTick, top, plotHeight) };
}

/** The event markers laid out in the strip of a chart `width` wide showing years `from`–`to`. */
export function placeEvents(events: EventDto[], width: number, from: number, to: number, axisWidth = Y_AXIS_WIDTH) {
  const bounds = plotBounds(width, axisWidth);
  return layoutEvents(events, xScale(from, to, bounds.left, bounds.right), bounds);
}

export type SelectedPoint = { glyph: Glyph; series: ChartSeries };
