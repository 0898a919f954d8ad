"use client";

import { memo, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { printPlotHeight } from "@/lib/dependence-briefing";
import type { PlacedEvent } from "@/lib/dependence-shape";
import type { ChartSeries } from "@/lib/dependence-series";
import { DependenceChart } from "./dependence-chart";
import { PRINT_WIDTH } from "./dependence-chart-layout";

const noop = () => {};

/**
 * Whether to draw the print chart: not in the server's HTML (a second full drawing, hidden on
 * screen, would double the chart's bytes), but once the browser is idle after hydration, or at
 * once when printing starts first. Until then (and with JavaScript off) the screen's chart prints.
 */
export function usePrintChart(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const draw = () => setDrawn(true);
    // Printing needs the drawing in the DOM before the browser lays the page out.
    const beforePrint = () => flushSync(draw);
    window.addEventListener("beforeprint", beforePrint);
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(draw, { timeout: 2000 }) : null;
    const timer = idle === null ? window.setTimeout(draw, 200) : null;
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, []);
  return drawn;
}

/**
 * Print only: the chart drawn for the A4 landscape page, not scaled down from the screen's: full
 * width, a taller plot, the headline values written on the line, numbers and labels ≥ 7.5 pt.
 * Memoised: hovering the screen's chart re-renders the card, not this drawing.
 */
export const PrintChart = memo(function PrintChart({ series, layout, from, to }: { series: ChartSeries[]; layout: { placed: PlacedEvent[]; lanes: number }; from: number; to: number }) {
  return (
    <div className="hidden print:block" data-testid="print-chart">
      <DependenceChart
        width={PRINT_WIDTH}
        from={from}
        to={to}
        series={series}
        events={layout.placed}
        lanes={layout.lanes}
        hover={null}
        selectedEventId={null}
        selectedPointKey={null}
        onHover={noop}
        onSelectEvent={noop}
        onSelectPoint={noop}
        plotHeight={printPlotHeight(series.filter((s) => !s.partner).length)}
        labelSize={11}
        numberSize={10}
      />
    </div>
  );
});
