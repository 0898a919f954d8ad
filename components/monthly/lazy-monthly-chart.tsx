"use client";

import { lazy, Suspense } from "react";
import type { MonthlyChartProps } from "./monthly-chart";

// Recharts loads beside the page, not with it (as the dependence chart's does): the chart is drawn
// only in the browser, in its measured width.
const chartModule = import("./monthly-chart");
chartModule.catch(() => {});
const Chart = lazy(() => chartModule.then((m) => ({ default: m.MonthlyChart })));

export function LazyMonthlyChart(props: MonthlyChartProps) {
  return (
    <Suspense fallback={null}>
      <Chart {...props} />
    </Suspense>
  );
}
