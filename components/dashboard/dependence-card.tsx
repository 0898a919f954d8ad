"use client";

import { useMemo, useState } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { conflictFor, glyphId } from "@/lib/dependence-series";
import { gapsText, partnersDrawn } from "@/lib/dependence-text";
import { dependenceCsv, dependenceExportMeta, dependenceFileName } from "@/lib/export/dependence";
import { usedCategories } from "@/lib/incidents-shape";
import { categoryLabel } from "@/lib/labels";
import { BriefingTables } from "./briefing-tables";
import { DependenceDataTable } from "./dependence-data-table";
import { DependenceLegend } from "./dependence-legend";
import { DependenceTooltip } from "./dependence-tooltip";
import { chartHeight, placeEvents, type HoverTarget, type SelectedPoint } from "./dependence-chart-layout";
import { EventDetail } from "./event-detail";
import { EventLegend } from "./event-legend";
import { LazyDependenceChart } from "./lazy-dependence-chart";
import { PointDetail } from "./point-detail";
import { useDependenceData } from "./use-dependence-data";

/** The overview's chart: China's share of each filtered material, other partners, events; details, key and tables around it. */
export function DependenceCard() {
  const { filters, materials } = useFilterState();
  const { responses, loading, error, incidents, single, drawnFrom, drawnTo, series, events, sources, conflicts } = useDependenceData();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [selectedPoint, setSelectedPoint] = useState<SelectedPoint | null>(null);

  const layout = useMemo(() => (width ? placeEvents(events, width, drawnFrom, drawnTo) : null), [width, events, drawnFrom, drawnTo]);
  const placed = layout?.placed ?? [];
  const selectedEvent = placed.find((e) => e.id === selected) ?? null;
  const selectedIncident = incidents?.find((i) => i.id === selected) ?? null;
  const materialNames = filters.materials.map((m) => materials.find((x) => x.slug === m)?.name ?? m);
  const gaps = gapsText(
    series.filter((s) => !s.partner).map((s) => s.gaps ?? []),
    materialNames,
    single,
  );
  const omitted = single ? (responses[0]?.partnersOmitted ?? 0) : 0;
  const title = `China's share of Japan's ${materialNames.join(", ").toLowerCase()} imports, ${drawnFrom}–${drawnTo}`;

  return (
    <ChartCard
      title={title}
      actions={
        <ExportMenu
          fileName={dependenceFileName(responses, { materials: filters.materials, from: drawnFrom, to: drawnTo })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            dependenceExportMeta({ title, responses, categories: filters.categories, series, events: placed, single, permalink: window.location.href })
          }
          getCsv={() => dependenceCsv(responses, single)}
        />
      }
      subtitle={
        <>
          Line: one headline value per year; dashed and hollow: estimates, bounds and ranges; faint dots: other sources for the
          same year. Numbered markers below the axis: escalation events{filters.categories.length ? ` (${filters.categories.map(categoryLabel).join(", ")})` : ""}.
        </>
      }
      aria-busy={loading}
    >
      <div ref={ref} className="relative w-full" data-testid="dependence-chart" data-loading={loading ? "true" : "false"} style={{ minHeight: chartHeight(layout?.lanes ?? 1) }}>
        {error && (
          <p role="status" className="text-sm text-red-700">
            Could not load the series: {error.message}
          </p>
        )}
        {width && layout && (
          <LazyDependenceChart
            width={width}
            from={drawnFrom}
            to={drawnTo}
            series={series}
            events={placed}
            lanes={layout.lanes}
            hover={hover}
            selectedEventId={selected}
            selectedPointKey={selectedPoint ? glyphId(selectedPoint.series.key, selectedPoint.glyph.key) : null}
            onHover={setHover}
            onSelectEvent={(id) => {
              setSelectedPoint(null);
              setSelected((cur) => (cur === id ? null : id));
            }}
            onSelectPoint={(p) => {
              setSelected(null);
              setSelectedPoint(p);
            }}
          />
        )}
        {hover && <DependenceTooltip hover={hover} sources={sources} width={width ?? 0} conflict={hover.kind === "point" ? conflictFor(conflicts, hover.series, hover.glyph.point) : null} />}
        {loading && <span className="absolute right-2 top-0 rounded bg-white/90 px-2 py-0.5 text-xs text-muted">Updating…</span>}
      </div>

      <DependenceLegend series={series} categories={usedCategories(events)} />
      {gaps && <p className="mt-1 text-xs text-muted">No sourced China share (gaps, not interpolated): {gaps}.</p>}
      {omitted > 0 && (
        <p className="mt-1 text-xs text-muted" data-testid="partners-omitted">
          Other partners: the {partnersDrawn(responses[0])} with the largest shares are drawn; {omitted} more with smaller shares are in the trade-shares data (API
          and CSV).
        </p>
      )}

      {selectedEvent && <EventDetail event={selectedEvent} incident={selectedIncident} source={sources.get(selectedEvent.sourceId)} onClose={() => setSelected(null)} />}
      {selectedPoint && (
        <PointDetail
          seriesLabel={selectedPoint.series.label}
          point={selectedPoint.glyph.point}
          sources={sources}
          disagreeing={conflictFor(conflicts, selectedPoint.series, selectedPoint.glyph.point)}
          onClose={() => setSelectedPoint(null)}
        />
      )}

      <EventLegend events={placed} onSelect={setSelected} />
      <DependenceDataTable series={series} sources={sources} />
      <BriefingTables events={placed} sources={sources} series={series} />
    </ChartCard>
  );
}
