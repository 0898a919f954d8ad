"use client";

import { lazy, Suspense, useEffect, useState, type ComponentProps } from "react";
import { flushSync } from "react-dom";
import type { BriefingTables as BriefingTablesType } from "./briefing-tables";
import type { DependenceTooltip as TooltipType } from "./dependence-tooltip";
import type { EventDetail as EventDetailType } from "./event-detail";
import type { PointDetail as PointDetailType } from "./point-detail";
import type { PrintChart as PrintChartType } from "./print-chart";

// The dependence card's parts that neither the first paint nor hydration needs: what a hover, a
// click or printing shows (the print drawing with its line labels, the briefing's tables). Their
// code loads once the browser is idle after hydration, so the first hover or click does not wait
// for it either; the print-only parts are not in the server's HTML.
const load = {
  tooltip: () => import("./dependence-tooltip"),
  eventDetail: () => import("./event-detail"),
  pointDetail: () => import("./point-detail"),
  printChart: () => import("./print-chart"),
  briefingTables: () => import("./briefing-tables"),
};

const LazyTooltip = lazy(() => load.tooltip().then((m) => ({ default: m.DependenceTooltip })));
const LazyEventDetail = lazy(() => load.eventDetail().then((m) => ({ default: m.EventDetail })));
const LazyPointDetail = lazy(() => load.pointDetail().then((m) => ({ default: m.PointDetail })));
const LazyPrintChart = lazy(() => load.printChart().then((m) => ({ default: m.PrintChart })));
const LazyBriefingTables = lazy(() => load.briefingTables().then((m) => ({ default: m.BriefingTables })));

// Each behind its own boundary: a part still loading shows nothing, never the page's fallback.
export const DependenceTooltip = (props: ComponentProps<typeof TooltipType>) => (
  <Suspense fallback={null}>
    <LazyTooltip {...props} />
  </Suspense>
);
export const EventDetail = (props: ComponentProps<typeof EventDetailType>) => (
  <Suspense fallback={null}>
    <LazyEventDetail {...props} />
  </Suspense>
);
export const PointDetail = (props: ComponentProps<typeof PointDetailType>) => (
  <Suspense fallback={null}>
    <LazyPointDetail {...props} />
  </Suspense>
);
export const PrintChart = (props: ComponentProps<typeof PrintChartType>) => (
  <Suspense fallback={null}>
    <LazyPrintChart {...props} />
  </Suspense>
);

export const BriefingTables = (props: ComponentProps<typeof BriefingTablesType>) => (
  <Suspense fallback={null}>
    <LazyBriefingTables {...props} />
  </Suspense>
);

/**
 * Whether the card's later parts are wanted: false in the server's HTML and at hydration (the
 * print drawing, a second full chart hidden on screen, would double the chart's bytes; the
 * briefing's tables repeat the event list and the sources), true once the browser is idle after
 * hydration (their code loads then), or at once when printing starts first. Until then, and with
 * JavaScript off, the screen's chart is the one printed (without the briefing's tables).
 */
export function useLaterParts(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const start = () => {
      for (const f of Object.values(load)) f().catch(() => {});
      setWanted(true);
    };
    // Printing needs the drawing in the DOM before the browser lays the page out.
    const beforePrint = () => flushSync(start);
    window.addEventListener("beforeprint", beforePrint);
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(start, { timeout: 2000 }) : null;
    const timer = idle === null ? window.setTimeout(start, 200) : null;
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, []);
  return wanted;
}
