"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { chartInk, neutral } from "@/lib/colors";

const axisTick = { fill: chartInk.muted, fontSize: 12 };

export type StackedBarProps = {
  data: Record<string, number | string>[];
  /** The key of each row's X value (e.g. "year"). */
  index: string;
  /** The row keys stacked, bottom first. */
  categories: readonly string[];
  colors: Record<string, string> | ((category: string) => string);
  /** A category's name (Recharts' series name); left unset, the key is used. */
  labels?: (category: string) => string;
  /** The Y axis' tick labels. */
  valueFormatter?: (value: number) => string;
  width: number;
  height: number;
  yAxisWidth?: number;
  /** Space left of the Y axis. */
  marginLeft?: number;
  allowDecimals?: boolean;
  /** Which X ticks Recharts may hide when they crowd ("preserveStartEnd" keeps both ends). */
  xInterval?: "preserveStart" | "preserveEnd" | "preserveStartEnd";
  /** The SVG's title and description, for screen readers. */
  title?: string;
  desc?: string;
};

/** Counts or amounts per X value, one stacked bar segment per category (Recharts, no animation). */
export function StackedBar({
  data,
  index,
  categories,
  colors,
  labels,
  valueFormatter,
  width,
  height,
  yAxisWidth = 32,
  marginLeft = 0,
  allowDecimals,
  xInterval,
  title,
  desc,
}: StackedBarProps) {
  const colorOf = (c: string) => (typeof colors === "function" ? colors(c) : (colors[c] ?? neutral.mid));
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 8, right: 8, left: marginLeft, bottom: 0 }}
      accessibilityLayer={false}
      title={title}
      desc={desc}
      style={{ fontFamily: "inherit" }}
    >
      <CartesianGrid stroke={chartInk.grid} vertical={false} />
      <XAxis dataKey={index} stroke={chartInk.axis} tick={axisTick} tickLine={false} interval={xInterval} />
      <YAxis
        allowDecimals={allowDecimals}
        width={yAxisWidth}
        stroke={chartInk.axis}
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        tickFormatter={valueFormatter}
      />
      {categories.map((c) => (
        <Bar key={c} dataKey={c} stackId="a" fill={colorOf(c)} isAnimationActive={false} name={labels?.(c)} />
      ))}
    </BarChart>
  );
}
