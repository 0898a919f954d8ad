"use client";

import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { chartInk } from "@/lib/colors";
import { seriesPaths, valueAxis } from "@/lib/dependence-chart-geometry";
import { yearTicks, type PlacedEvent } from "@/lib/dependence-shape";
import { glyphId, type ChartSeries } from "@/lib/dependence-series";
import { CHART_MARGIN, PLOT_HEIGHT, X_AXIS_HEIGHT, chartHeight, chartPlane, yAxisWidth, type ChartPlane, type HoverTarget, type SelectedPoint } from "./dependence-chart-layout";
import { EventStrip } from "./event-strip";
import { GlyphLayer } from "./glyph-layer";

/** Tick labels: 12 px, muted, as far from the axis as the plot's edge leaves room for. */
const TICK = { fill: chartInk.muted, fontSize: 12 } as const;
const TICK_GAP = 8;

export type DependenceChartProps = {
  width: number;
  from: number;
  to: number;
  series: ChartSeries[];
  events: PlacedEvent[];
  lanes: number;
  hover: HoverTarget | null;
  selectedEventId: number | null;
  selectedPointKey: string | null;
  onHover: (t: HoverTarget | null) => void;
  onSelectEvent: (id: number) => void;
  onSelectPoint: (p: SelectedPoint) => void;
  /** The plot's height (the printed briefing's differs from the screen's). */
  plotHeight?: number;
  /** Drawn over the lines, under the points: the printed briefing's values written on the line. */
  overlay?: (plane: ChartPlane) => ReactNode;
  /** The event numbers' font size (px). */
  numberSize?: number;
  /** Scale down to the box's width (viewBox) while drawn at a width not yet measured. */
  fluid?: boolean;
};

/** The grid, the axes and their ticks: horizontal grid lines at the value ticks, years along the bottom. */
function Axes({ plane, from, to, ticks, format }: { plane: ChartPlane; from: number; to: number; ticks: readonly number[]; format: (v: number) => string }) {
  const { left, right, bottom, x, y } = plane;
  return (
    <>
      <g className="dependence-grid" aria-hidden>
        {ticks.map((t) => (
          <line key={t} x1={left} x2={right} y1={y(t)} y2={y(t)} stroke={chartInk.grid} />
        ))}
      </g>
      <g className="dependence-y-axis">
        {ticks.map((t) => (
          <text key={t} className="dependence-tick" x={left - TICK_GAP} y={y(t)} dy="0.355em" textAnchor="end" {...TICK}>
            {format(t)}
          </text>
        ))}
      </g>
      <g className="dependence-x-axis">
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={chartInk.axis} />
        {yearTicks(from, to, right - left).map((t) => (
          <text key={t} className="dependence-tick" x={x(t)} y={bottom + TICK_GAP} dy="0.71em" textAnchor="middle" {...TICK}>
            {Math.floor(t)}
          </text>
        ))}
      </g>
    </>
  );
}

/** China's lines: dashed through estimates, solid through sourced values, broken at every year without a value. */
function Lines({ series, plane }: { series: ChartSeries[]; plane: ChartPlane }) {
  return (
    <g className="dependence-lines">
      {series
        .filter((s) => !s.partner)
        .map((s) => {
          const { exact, estimate } = seriesPaths(s.rows, plane.x, plane.y);
          return (
            <g key={s.key} data-series={s.key}>
              {estimate && <path className="dependence-line dependence-line-estimate" d={estimate} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray="5 4" strokeOpacity={0.8} />}
              {exact && <path className="dependence-line dependence-line-exact" d={exact} fill="none" stroke={s.color} strokeWidth={2.5} />}
            </g>
          );
        })}
    </g>
  );
}

/**
 * China's share (or value of imports) per year (solid: sourced values, dashed: estimates), every
 * source's points, and the event strip below: plain SVG from pure props, so the server's HTML and
 * the browser draw the same chart (screen, print, embed and the exported image alike).
 */
export function DependenceChart({
  width,
  from,
  to,
  series,
  events,
  lanes,
  hover,
  selectedEventId,
  selectedPointKey,
  onHover,
  onSelectEvent,
  onSelectPoint,
  plotHeight = PLOT_HEIGHT,
  overlay,
  numberSize,
  fluid = false,
}: DependenceChartProps) {
  const locale = useLocale();
  const axis = valueAxis(series, locale);
  const plane = chartPlane(width, from, to, axis.ticks.at(-1)!, yAxisWidth(series), plotHeight);
  const height = chartHeight(lanes, plotHeight);
  const activeKey = hover?.kind === "point" ? glyphId(hover.series.key, hover.glyph.key) : null;
  const activeEvent = hover?.kind === "event" ? hover.event.id : null;

  return (
    <svg
      className="dependence-surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ fontFamily: "inherit", display: "block", ...(fluid ? { maxWidth: "100%", height: "auto" } : {}) }}
    >
      <Axes plane={plane} from={from} to={to} ticks={axis.ticks} format={axis.format} />
      <Lines series={series} plane={plane} />
      {overlay?.(plane)}
      <GlyphLayer series={series} x={plane.x} y={plane.y} onHover={onHover} onSelect={onSelectPoint} activeKey={activeKey} selectedKey={selectedPointKey} />
      <EventStrip
        events={events}
        top={CHART_MARGIN.top + plotHeight + X_AXIS_HEIGHT}
        numberSize={numberSize}
        left={plane.left}
        right={plane.right}
        activeId={activeEvent}
        selectedId={selectedEventId}
        onHover={onHover}
        onSelect={onSelectEvent}
      />
    </svg>
  );
}
