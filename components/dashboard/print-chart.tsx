"use client";

import { memo } from "react";
import { printPlotHeight } from "@/lib/dependence-briefing";
import type { PlacedEvent } from "@/lib/dependence-shape";
import type { ChartSeries } from "@/lib/dependence-series";
import { DependenceChart } from "./dependence-chart";
import { PRINT_WIDTH } from "./dependence-chart-layout";
import { LineLabels } from "./line-labels";

const noop = () => {};

/**
 * Print only: the chart drawn for the A4 landscape page, not scaled down from the screen's: full
 * width, a taller plot, the headline values written on the line, numbers and labels ≥ 7.5 pt.
 * Its code loads after hydration (dependence-card-lazy). Memoised: hovering the screen's chart
 * re-renders the card, not this drawing.
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
        numberSize={10}
        overlay={(plane) => <LineLabels series={series} x={plane.x} y={plane.y} bounds={{ left: plane.left, right: plane.right, top: 0, bottom: plane.bottom }} fontSize={11} />}
      />
    </div>
  );
});
