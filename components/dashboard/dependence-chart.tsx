"use client";

import { CartesianGrid, ComposedChart, Line, XAxis, YAxis, useXAxisScale, useYAxisScale } from "recharts";
import { EventMarker } from "@/components/charts/event-marker";
import { chartInk } from "@/lib/colors";
import { categoryLabel } from "@/lib/labels";
import { formatDate, formatShare, periodLabel } from "@/lib/format";
import type { PlacedEvent } from "@/lib/dependence-shape";
import {
  CHART_MARGIN,
  LANE_HEIGHT,
  PLOT_HEIGHT,
  STRIP_PADDING,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
  plotBounds,
  stripHeight,
  type ChartSeries,
  type HoverTarget,
  type SelectedPoint,
} from "./dependence-chart-layout";

function yearTicks(from: number, to: number, width: number) {
  const span = to - from + 1;
  const step = span * 34 > width ? (span * 17 > width ? 5 : 2) : 1;
  const ticks: number[] = [];
  for (let y = from; y <= to; y++) if ((y - from) % step === 0 || y === to) ticks.push(y + 0.5);
  return ticks;
}

function GlyphLayer({
  series,
  onHover,
  onSelect,
  activeKey,
  selectedKey,
}: {
  series: ChartSeries[];
  onHover: (t: HoverTarget | null) => void;
  onSelect: (p: SelectedPoint) => void;
  activeKey: string | null;
  selectedKey: string | null;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="glyphs">
      {series.map((s) =>
        // Other sources' values first, so the headline point is drawn (and clickable) on top.
        [...s.glyphs].sort((a, b) => Number(a.role === "headline") - Number(b.role === "headline")).map((g) => {
          const cx = x(g.x) as number;
          const value = g.y ?? (g.band ? (g.band.low + g.band.high) / 2 : null);
          if (value === null) return null;
          const cy = y(value) as number;
          const isActive = activeKey === `${s.key}:${g.key}` || selectedKey === `${s.key}:${g.key}`;
          const r = g.role === "headline" ? 5 : 3.5;
          const label = `${s.label}, ${periodLabel(g.point)}: ${formatShare(g.point)}${g.point.headline ? " (line value)" : " (other source)"}`;
          const show = () => onHover({ kind: "point", glyph: g, series: s, x: cx, y: cy });
          return (
            <g
              key={`${s.key}:${g.key}`}
              data-testid={g.role === "headline" ? "headline-point" : "other-point"}
              data-year={g.point.year}
              data-source-id={g.point.sourceId}
              tabIndex={g.role === "headline" ? 0 : -1}
              role="button"
              aria-label={`${label}. Open its source.`}
              onMouseEnter={show}
              onMouseLeave={() => onHover(null)}
              onFocus={show}
              onBlur={() => onHover(null)}
              onClick={() => onSelect({ glyph: g, series: s })}
              onKeyDown={(ev) => {
                if (ev.key === "Enter" || ev.key === " ") {
                  ev.preventDefault();
                  onSelect({ glyph: g, series: s });
                }
              }}
              style={{ cursor: "pointer", outline: "none" }}
            >
              {g.band && (
                <rect
                  x={cx - 6}
                  width={12}
                  y={y(g.band.high) as number}
                  height={Math.max(2, (y(g.band.low) as number) - (y(g.band.high) as number))}
                  fill={s.color}
                  fillOpacity={g.role === "headline" ? 0.22 : 0.12}
                  stroke={s.color}
                  strokeOpacity={0.7}
                  strokeDasharray={g.role === "headline" ? undefined : "2 2"}
                  rx={2}
                />
              )}
              {g.y !== null &&
                (s.partner ? (
                  <path
                    d={`M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z`}
                    fill={g.hollow ? "#ffffff" : s.color}
                    stroke={s.color}
                    strokeWidth={1.5}
                  />
                ) : (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={r}
                    fill={g.hollow ? "#ffffff" : s.color}
                    fillOpacity={g.role === "other" && !g.hollow ? 0.45 : 1}
                    stroke={s.color}
                    strokeOpacity={g.role === "other" ? 0.7 : 1}
                    strokeWidth={g.role === "headline" ? 2 : 1.25}
                  />
                ))}
              {g.arrow && g.y !== null && (
                <path
                  d={g.arrow === "up" ? `M${cx - 4} ${cy - r - 3}L${cx} ${cy - r - 9}L${cx + 4} ${cy - r - 3}` : `M${cx - 4} ${cy + r + 3}L${cx} ${cy + r + 9}L${cx + 4} ${cy + r + 3}`}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={1.5}
                />
              )}
              {isActive && <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke={chartInk.text} strokeWidth={1.5} />}
            </g>
          );
        }),
      )}
    </g>
  );
}

function EventStrip({
  events,
  top,
  left,
  right,
  activeId,
  selectedId,
  onHover,
  onSelect,
}: {
  events: PlacedEvent[];
  top: number;
  left: number;
  right: number;
  activeId: number | null;
  selectedId: number | null;
  onHover: (t: HoverTarget | null) => void;
  onSelect: (id: number) => void;
}) {
  const laneY = (lane: number) => top + STRIP_PADDING + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  return (
    <g className="event-strip">
      <line x1={left} x2={right} y1={top + 3} y2={top + 3} stroke={chartInk.axis} strokeWidth={1} />
      {events.map((e) => (
        <line key={`tick${e.id}`} x1={e.trueX} x2={e.trueX} y1={top} y2={top + 6} stroke={chartInk.muted} strokeWidth={1} />
      ))}
      {events.map((e) =>
        Math.abs(e.px - e.trueX) > 1 || e.lane > 0 ? (
          <path
            key={`lead${e.id}`}
            d={`M${e.trueX} ${top + 6}L${e.px} ${laneY(e.lane) - e.r}`}
            stroke={chartInk.axis}
            strokeWidth={0.75}
            fill="none"
          />
        ) : null,
      )}
      {events.map((e) => {
        const cy = laneY(e.lane);
        const show = () => onHover({ kind: "event", event: e, x: e.px, y: cy });
        return (
          <g
            key={e.id}
            data-testid="event-marker"
            data-event-id={e.id}
            data-category={e.category}
            data-severity={e.severity}
            role="button"
            tabIndex={0}
            aria-label={`Event ${e.number}: ${formatDate(e.date)}, ${e.title}. ${categoryLabel(e.category)}, severity ${e.severity} of 5. Press Enter for details.`}
            aria-pressed={selectedId === e.id}
            onMouseEnter={show}
            onMouseLeave={() => onHover(null)}
            onFocus={show}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(e.id)}
            onKeyDown={(ev) => {
              if (ev.key === "Enter" || ev.key === " ") {
                ev.preventDefault();
                onSelect(e.id);
              }
            }}
            style={{ cursor: "pointer", outline: "none" }}
          >
            <EventMarker cx={e.px} cy={cy} r={e.r} number={e.number} category={e.category} active={activeId === e.id || selectedId === e.id} />
          </g>
        );
      })}
    </g>
  );
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
};

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
}: DependenceChartProps) {
  const strip = stripHeight(lanes);
  const height = CHART_MARGIN.top + PLOT_HEIGHT + X_AXIS_HEIGHT + strip;
  const bounds = plotBounds(width);
  // Recharts wants one data array: merge every series' rows by year.
  const data = Array.from({ length: to - from + 1 }, (_, i) => {
    const row: Record<string, number | null> = { x: from + i + 0.5 };
    for (const s of series) {
      const r = s.rows[i];
      row[`${s.key}_exact`] = r?.exact ?? null;
      row[`${s.key}_est`] = r?.estimate ?? null;
    }
    return row;
  });
  const activeKey = hover?.kind === "point" ? `${hover.series.key}:${hover.glyph.key}` : null;
  const activeEvent = hover?.kind === "event" ? hover.event.id : null;

  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={{ ...CHART_MARGIN, bottom: strip }}
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
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        stroke={chartInk.axis}
        tick={{ fill: chartInk.muted, fontSize: 12 }}
        tickLine={false}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        width={Y_AXIS_WIDTH}
        tickFormatter={(v: number) => `${v}%`}
        stroke={chartInk.axis}
        tick={{ fill: chartInk.muted, fontSize: 12 }}
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
      <GlyphLayer series={series} onHover={onHover} onSelect={onSelectPoint} activeKey={activeKey} selectedKey={selectedPointKey} />
      <EventStrip
        events={events}
        top={CHART_MARGIN.top + PLOT_HEIGHT + X_AXIS_HEIGHT}
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
