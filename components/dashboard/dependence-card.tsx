"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { useReturnFocus } from "@/components/ui/use-return-focus";
import { conflictFor, glyphId, labelSeries } from "@/lib/dependence-series";
import { scopeNotes } from "@/lib/dependence-scope";
import { dependenceTitle, dependenceValueTitle, gapsText } from "@/lib/dependence-text";
import { glyphText, hasValues, valueSourcesText } from "@/lib/dependence-values";
import { dependenceChartData } from "@/lib/export/pptx/chart-data";
import { dependenceCsv, dependenceExportMeta, dependenceFileName } from "@/lib/export/dependence";
import { localizedString, materialName } from "@/lib/i18n/localized";
import { usedCategories } from "@/lib/incidents-shape";
import { categoryLabel } from "@/lib/labels";
import { DependenceDataTable } from "./dependence-data-table";
import { BriefingTables, DependenceTooltip, EventDetail, PointDetail, PrintChart, useLaterParts } from "./dependence-card-lazy";
import { DependenceChart } from "./dependence-chart";
import { DependenceLegend } from "./dependence-legend";
import { CHART_MARGIN, DEFAULT_CHART_WIDTH, PLOT_HEIGHT, PRINT_WIDTH, chartHeight, placeEvents, plotBounds, yAxisWidth, type HoverTarget, type SelectedPoint } from "./dependence-chart-layout";
import { DependenceNotes } from "./dependence-notes";
import { DependenceViewToggle, useDependenceView } from "./dependence-view-toggle";
import { EmptySeriesNote } from "./empty-series-note";
import { EventLegend } from "./event-legend";
import { useDependenceData } from "./use-dependence-data";
import { useSeriesHolders } from "./use-series-holders";

/** The overview's chart: China's share of each filtered material, other partners, events; details, key and tables around it. */
export function DependenceCard() {
  const { filters, materials } = useFilterState();
  const { responses, loading, error, incidents, single, drawnFrom, drawnTo, series: shareSeries, valueSeries, events, sources, conflicts: shareConflicts } = useDependenceData();
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { enums } = useMessages();
  const mark = useTranslations("common")("untranslated");
  // Material names from the materials list (Japanese from nameJa), never the server's English string.
  const nameOf = useCallback((slug: string) => materialName(materials.find((m) => m.slug === slug) ?? { name: slug }, locale, mark), [materials, locale, mark]);
  const [view, setView] = useDependenceView();
  const valuesAvailable = hasValues(responses);
  // The value view draws the values of imports from China; without any it stays on the shares.
  const value = view === "value" && valuesAvailable;
  const series = useMemo(() => labelSeries(value ? valueSeries : shareSeries, t, locale, nameOf), [value, valueSeries, shareSeries, t, locale, nameOf]);
  const conflicts = value ? new Map() : shareConflicts;
  const axisWidth = yAxisWidth(series);
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  // The server (and the first render in the browser, to hydrate the same markup) draws at the
  // desktop width; the measured width takes over as soon as the box is known.
  const width = measured ?? DEFAULT_CHART_WIDTH;
  // The print drawing, the briefing's tables and what a hover or click shows: after hydration.
  const later = useLaterParts();
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [selectedPoint, setSelectedPoint] = useState<SelectedPoint | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const focus = useReturnFocus(cardRef);

  const layout = useMemo(() => placeEvents(events, width, drawnFrom, drawnTo, axisWidth), [width, events, drawnFrom, drawnTo, axisWidth]);
  // The page's layout: the briefing numbers its events whatever the screen's width (0 while printing).
  const printLayout = useMemo(() => placeEvents(events, PRINT_WIDTH, drawnFrom, drawnTo, axisWidth), [events, drawnFrom, drawnTo, axisWidth]);
  const placed = layout.placed;
  const selectedEvent = placed.find((e) => e.id === selected) ?? null;
  const selectedIncident = incidents?.find((i) => i.id === selected) ?? null;
  const names = filters.materials.map(nameOf);
  // Materials with no China value in the range: said in words, with where their values are.
  const empty = responses.filter((r) => (value ? r.values.length === 0 : r.points.length === 0)).map((r) => ({ slug: r.material, name: nameOf(r.material) }));
  const found = useSeriesHolders(
    empty.map((e) => e.slug),
    { from: drawnFrom, to: drawnTo },
  );
  const holders = new Map([...found].map(([slug, h]) => [slug, { ...h, name: nameOf(h.slug) }]));
  const allEmpty = responses.length > 0 && empty.length === responses.length;
  const china = series.filter((s) => !s.partner && !empty.some((e) => e.slug === s.material));
  const gaps = gapsText(
    china.map((s) => s.gaps ?? []),
    china.map((s) => nameOf(s.material)),
    single,
    t,
    locale,
  );
  const omitted = single && !value ? (responses[0]?.partnersOmitted ?? 0) : 0;
  const title = (value ? dependenceValueTitle : dependenceTitle)(names, drawnFrom, drawnTo, t, locale);
  const bounds = plotBounds(width, axisWidth);
  const plot = { top: CHART_MARGIN.top, left: bounds.left, width: bounds.right - bounds.left, height: PLOT_HEIGHT };
  const scope = scopeNotes(responses, value ? "value" : "share", single, t, locale, (r) => nameOf(r.material));
  const valueSources = value ? valueSeries.flatMap((s) => valueSourcesText(s.families, t, locale) ?? []).filter((text, i, all) => all.indexOf(text) === i) : [];
  const closeEvent = () => {
    focus.restore();
    setSelected(null);
  };
  const closePoint = () => {
    focus.restore();
    setSelectedPoint(null);
  };

  return (
    <ChartCard
      title={title}
      actions={
        <>
          <DependenceViewToggle view={value ? "value" : "share"} onChange={setView} available={valuesAvailable} />
          <ExportMenu
            embed="dependence"
            fileName={`${dependenceFileName(responses, { materials: filters.materials, from: drawnFrom, to: drawnTo })}${value ? "-value" : ""}`}
            getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.dependence-surface")}
            getMeta={() =>
              dependenceExportMeta({
                title,
                responses,
                categories: filters.categories,
                series,
                events: placed.map((e) => ({ ...e, title: localizedString(locale, e.title, e.titleJa, mark) })),
                single,
                holders: Object.fromEntries(empty.flatMap((e) => (holders.get(e.slug) ? [[e.name, holders.get(e.slug)!.name]] : []))),
                permalink: window.location.href,
                view: value ? "value" : "share",
                locale,
                t,
                enums,
                nameOf: (r) => nameOf(r.material),
              })
            }
            getCsv={() => dependenceCsv(responses, single, value ? "value" : "share")}
            getChartData={() => dependenceChartData(series)}
          />
        </>
      }
      subtitle={
        <>
          {value ? t("subtitle.value") : t("subtitle.share")}
          {locale === "ja" ? "" : " "}
          {filters.categories.length
            ? t("subtitle.eventsFiltered", { categories: filters.categories.map((c) => categoryLabel(enums, c)).join(locale === "ja" ? "、" : ", ") })
            : t("subtitle.events")}
        </>
      }
      aria-busy={loading}
      ref={cardRef}
      // The briefing's header names the chart on paper.
      className="print:[&>header]:hidden"
    >
      {/* Printed as it is when the print drawing is not there (JavaScript off). */}
      <div
        ref={ref}
        className={`relative w-full ${later ? "print:hidden" : ""}`}
        data-testid="dependence-chart"
        data-loading={loading ? "true" : "false"}
        data-measured={measured ? "true" : "false"}
        style={{ minHeight: chartHeight(layout.lanes) }}
      >
        {error && (
          <p role="status" className="text-sm text-red-700">
            {t("loadError", { message: error.message })}
          </p>
        )}
        <DependenceChart
          width={width}
          fluid={!measured}
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
            focus.remember(`[data-testid="event-marker"][data-event-id="${id}"]`);
            setSelectedPoint(null);
            setSelected((cur) => (cur === id ? null : id));
          }}
          onSelectPoint={(p) => {
            focus.remember(`[data-glyph-id="${glyphId(p.series.key, p.glyph.key)}"]`);
            setSelected(null);
            setSelectedPoint(p);
          }}
        />
        {allEmpty && !loading && <EmptySeriesNote empty={empty} holders={holders} from={drawnFrom} to={drawnTo} overlay plot={plot} />}
        {hover && <DependenceTooltip hover={hover} sources={sources} width={width} conflict={hover.kind === "point" ? conflictFor(conflicts, hover.series, hover.glyph.point) : null} />}
        {loading && <span className="absolute right-2 top-0 rounded bg-white/90 px-2 py-0.5 text-xs text-muted">{t("updating")}</span>}
      </div>

      {later && <PrintChart series={series} layout={printLayout} from={drawnFrom} to={drawnTo} />}

      <DependenceLegend series={series} categories={usedCategories(events)} />
      <DependenceNotes gaps={gaps} value={value} scope={scope} valueSources={valueSources} omitted={omitted} first={responses[0]} />
      <div className={allEmpty ? "hidden print:block" : undefined}>
        <EmptySeriesNote empty={empty} holders={holders} from={drawnFrom} to={drawnTo} overlay={false} plot={{ top: 0, left: 0, width: 0, height: 0 }} />
      </div>

      {selectedEvent && <EventDetail event={selectedEvent} incident={selectedIncident} source={sources.get(selectedEvent.sourceId)} onClose={closeEvent} materials={materials} />}
      {selectedPoint && (
        <PointDetail
          seriesLabel={selectedPoint.series.label}
          point={selectedPoint.glyph.point}
          valueText={selectedPoint.glyph.valueUsd !== undefined ? glyphText(selectedPoint.glyph, locale) : undefined}
          sources={sources}
          disagreeing={conflictFor(conflicts, selectedPoint.series, selectedPoint.glyph.point)}
          onClose={closePoint}
        />
      )}

      <EventLegend
        events={placed}
        onSelect={(id) => {
          focus.remember(`[data-testid="event-marker"][data-event-id="${id}"]`);
          setSelected(id);
        }}
      />
      <DependenceDataTable series={series} sources={sources} />
      {later && <BriefingTables events={printLayout.placed} sources={sources} series={series} />}
    </ChartCard>
  );
}
