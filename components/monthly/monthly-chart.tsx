"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { EventMarker } from "@/components/charts/event-marker";
import { chartInk } from "@/lib/colors";
import { formatDate, formatUsdMillions } from "@/lib/format";
import { categoryLabel } from "@/lib/labels";
import type { MonthlyRow, PlacedMonthlyEvent } from "@/lib/monthly";
import { MONTHLY_MARGIN, MONTHLY_X_AXIS_HEIGHT, MONTHLY_Y_AXIS_WIDTH, MARKER_RADIUS, type MonthlyLayout } from "./monthly-layout";

const axisTick = { fill: chartInk.muted, fontSize: 12 };

export type MonthlyChartProps = {
  layout: MonthlyLayout;
  rows: MonthlyRow[];
  lines: { hsCode: string; label: string; color: string }[];
  yTicks: number[];
  events: PlacedMonthlyEvent[];
  /** An event's title in the page's language. */
  eventTitle: (e: PlacedMonthlyEvent) => string;
  /** The month under the pointer or the focused marker (its index), or null. */
  active: number | null;
  onActive: (month: number | null) => void;
};

/** One line per HS code on a month axis (gaps left open), with each event as a vertical marker in its month. */
export function MonthlyChart({ layout, rows, lines, yTicks, events, eventTitle, active, onActive }: MonthlyChartProps) {
  const t = useTranslations("monthly");
  const locale = useLocale();
  const { enums } = useMessages();
  const yMax = yTicks.at(-1) ?? 1;
  const yPx = (v: number) => layout.bottom - (v / yMax) * (layout.bottom - layout.top);
  // January of each year, thinned to every other year when the years would crowd ("2023年" needs more room than "2023").
  const januaries = rows.filter((r) => r.month.endsWith("-01")).map((r) => r.x);
  const step = (layout.right - layout.left) / Math.max(1, januaries.length) < (locale === "ja" ? 56 : 44) ? 2 : 1;
  const ticks = januaries.filter((_, i) => i % step === 0);
  const activeRow = active === null ? null : rows[active];
  const pick = (ev: React.MouseEvent<SVGRectElement>) => {
    const svg = ev.currentTarget.ownerSVGElement;
    if (svg) onActive(layout.monthAt(ev.clientX - svg.getBoundingClientRect().left));
  };

  return (
    <ComposedChart
      width={layout.width}
      height={layout.height}
      data={rows}
      margin={{ top: layout.top, right: MONTHLY_MARGIN.right, left: MONTHLY_MARGIN.left, bottom: MONTHLY_MARGIN.bottom }}
      accessibilityLayer={false}
      style={{ fontFamily: "inherit" }}
    >
      <CartesianGrid stroke={chartInk.grid} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        domain={[-0.5, layout.months - 0.5]}
        ticks={ticks}
        interval={0}
        tickFormatter={(x: number) => (rows[x] ? t("axisYear", { year: rows[x].month.slice(0, 4) }) : "")}
        allowDataOverflow
        height={MONTHLY_X_AXIS_HEIGHT}
        stroke={chartInk.axis}
        tick={axisTick}
        tickLine={false}
      />
      <YAxis
        domain={[0, yMax]}
        ticks={yTicks}
        width={MONTHLY_Y_AXIS_WIDTH}
        allowDataOverflow
        tickFormatter={(v: number) => formatUsdMillions(v, locale)}
        stroke={chartInk.axis}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
      />
      {lines.map((l) => (
        <Line key={l.hsCode} dataKey={l.hsCode} name={l.label} stroke={l.color} strokeWidth={2} dot={false} activeDot={false} connectNulls={false} isAnimationActive={false} />
      ))}
      <g className="monthly-events">
        {events.map((e) => {
          const x = layout.xPx(e.x);
          const cy = layout.markerY(e.lane);
          return (
            <g
              key={e.id}
              data-testid="monthly-event-marker"
              data-event-id={e.id}
              data-month={e.month}
              data-x={Math.round(x)}
              role="img"
              tabIndex={0}
              aria-label={t("markerLabel", { number: e.number, date: formatDate(e.date, locale), title: eventTitle(e), category: categoryLabel(enums, e.category) })}
              onMouseEnter={() => onActive(e.x)}
              onMouseLeave={() => onActive(null)}
              onFocus={() => onActive(e.x)}
              onBlur={() => onActive(null)}
              style={{ outline: "none" }}
            >
              <line x1={x} x2={x} y1={cy + MARKER_RADIUS} y2={layout.bottom} stroke={chartInk.muted} strokeWidth={1} strokeDasharray="3 3" />
              <EventMarker cx={x} cy={cy} r={MARKER_RADIUS} number={e.number} category={e.category} active={active === e.x} />
            </g>
          );
        })}
      </g>
      {activeRow && (
        <g className="monthly-active" pointerEvents="none">
          <line x1={layout.xPx(activeRow.x)} x2={layout.xPx(activeRow.x)} y1={layout.top} y2={layout.bottom} stroke={chartInk.axis} strokeWidth={1} />
          {lines.map((l) => {
            const v = activeRow[l.hsCode];
            return typeof v === "number" ? <circle key={l.hsCode} cx={layout.xPx(activeRow.x)} cy={yPx(v)} r={4} fill={l.color} stroke={chartInk.background} strokeWidth={1.5} /> : null;
          })}
        </g>
      )}
      <rect
        data-testid="monthly-hover-area"
        x={layout.left}
        y={layout.top}
        width={Math.max(0, layout.right - layout.left)}
        height={layout.bottom - layout.top}
        fill="transparent"
        onMouseMove={pick}
        // A tap on a touch screen: the same month, held until the next tap.
        onClick={pick}
        onMouseLeave={() => onActive(null)}
      />
    </ComposedChart>
  );
}
