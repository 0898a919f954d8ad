"use client";

import { useLocale } from "next-intl";
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { chartInk } from "@/lib/colors";
import { yearTicks, type PlacedEvent } from "@/lib/dependence-shape";
import { chartRows, glyphId, type ChartSeries } from "@/lib/dependence-series";
import { valueTickFormat, valueTicks } from "@/lib/dependence-values";
import { formatPct } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { CHART_MARGIN, PLOT_HEIGHT, X_AXIS_HEIGHT, chartHeight, plotBounds, stripHeight, yAxisWidth, type HoverTarget, type SelectedPoint } from "./dependence-chart-layout";
import { EventStrip } from "./event-strip";
import { GlyphLayer } from "./glyph-layer";
import { LineLabels } from "./line-labels";

const axisTick = { fill: chartInk.muted, fontSize: 12 };
const SHARE_TICKS = [0, 20, 40, 60, 80, 100];

/** The Y axis of these series: 0–100% for shares, 0 to a round US$ amount for values (「1.5億ドル」 in Japanese). */
function yAxisFor(series: ChartSeries[], locale: Locale) {
  if (!series.some((s) => s.unit === "usd")) return { ticks: SHARE_TICKS, format: formatPct, width: yAxisWidth(series) };
  const max = Math.max(0, ...series.flatMap((s) => s.glyphs.map((g) => g.y ?? 0)));
  const ticks = valueTicks(max);
  return { ticks, format: valueTickFormat(ticks, locale), width: yAxisWidth(series) };
}

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
  /** Write the headline values on the line, at this font size (px); no labels when unset. */
  labelSize?: number;
  /** The event numbers' font size (px). */
  numberSize?: number;
};

/** China's share (or value of imports) per year (solid: sourced values, dashed: estimates), every source's points, and the event strip below. */
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
  labelSize,
  numberSize,
}: DependenceChartProps) {
  const locale = useLocale();
  const axis = yAxisFor(series, locale);
  const bounds = plotBounds(width, axis.width);
  const activeKey = hover?.kind === "point" ? glyphId(hover.series.key, hover.glyph.key) : null;
  const activeEvent = hover?.kind === "event" ? hover.event.id : null;

  return (
    <ComposedChart
      width={width}
      height={chartHeight(lanes, plotHeight)}
      data={chartRows(series, from, to)}
      margin={{ ...CHART_MARGIN, bottom: stripHeight(lanes) }}
      accessibilityLayer={false}
      style={{ fontFamily: "inherit" }}
    >
      <CartesianGrid stroke={chartInk.grid} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        domain={[from, to + 1]}
        ticks={yearTicks(from, to, bounds.right - bounds.left)}
        tickFormatter={(v: number) => String(Math.floor(v))}
        // Every tick given is drawn: yearTicks spaces them to fit, Recharts must not thin them out.
        interval={0}
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        stroke={chartInk.axis}
        tick={axisTick}
        tickLine={false}
      />
      <YAxis
        domain={[0, axis.ticks.at(-1)!]}
        ticks={axis.ticks}
        width={axis.width}
        allowDataOverflow
        tickFormatter={(v: number) => axis.format(v)}
        stroke={chartInk.axis}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
      />
      {series
        .filter((s) => !s.partner)
        .flatMap((s) => [
          <Line
            key={`${s.key}-est`}
            dataKey={`${s.key}_est`}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray="5 4"
            strokeOpacity={0.8}
            dot={false}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />,
          <Line
            key={`${s.key}-exact`}
            dataKey={`${s.key}_exact`}
            stroke={s.color}
            strokeWidth={2.5}
            dot={false}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />,
        ])}
      {labelSize && <LineLabels series={series} bounds={{ left: bounds.left, right: bounds.right, top: 0, bottom: CHART_MARGIN.top + plotHeight }} fontSize={labelSize} />}
      <GlyphLayer series={series} onHover={onHover} onSelect={onSelectPoint} activeKey={activeKey} selectedKey={selectedPointKey} />
      <EventStrip
        events={events}
        top={CHART_MARGIN.top + plotHeight + X_AXIS_HEIGHT}
        numberSize={numberSize}
        left={bounds.left}
        right={bounds.right}
        activeId={activeEvent}
        selectedId={selectedEventId}
        onHover={onHover}
        onSelect={onSelectEvent}
      />
    </ComposedChart>
  );
}
