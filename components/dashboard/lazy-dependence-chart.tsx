"use client";

import { lazy, Suspense } from "react";
import type { DependenceChartProps } from "./dependence-chart";

// Recharts with its d3, redux and immer parts is ~95 kB gzip, more than the rest of the page's own
// code together. The chart is drawn only in the browser (it lays out in its measured width), so
// the server HTML never needs it and hydration need not wait for it. The import starts when this
// module is evaluated, next to hydration, not when the chart first renders after it.
const chartModule = import("./dependence-chart");
// The lazy component reports a failed load to the error boundary; this only keeps an unhandled
// rejection out of the console before it renders.
chartModule.catch(() => {});
const Chart = lazy(() => chartModule.then((m) => ({ default: m.DependenceChart })));

/** `DependenceChart`, its code loaded beside the page's; nothing is drawn until it has arrived. */
export function LazyDependenceChart(props: DependenceChartProps) {
  return (
    <Suspense fallback={null}>
      <Chart {...props} />
    </Suspense>
  );
}
