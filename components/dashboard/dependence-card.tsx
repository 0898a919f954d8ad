"use client";

import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { sourceHref } from "@/components/sources/source-citation";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { categoryColor, partnerColors, seriesColors } from "@/lib/colors";
import { categoryLabel } from "@/lib/labels";
import { layoutEvents, shapeSeries, type PlacedEvent } from "@/lib/dependence-shape";
import { dependenceCsv, dependenceExportMeta, dependenceFileName } from "@/lib/export/dependence";
import { formatDate, formatShare, partnerName, periodLabel } from "@/lib/format";
import { dependenceQuery, incidentsQuery } from "@/lib/queries";
import type { DependencePoint, EventDto, SourceRef } from "@/lib/types";
import { CATEGORY_VALUES } from "@/lib/validation/filter-params";
import { disagreements } from "@/lib/analysis/disagreement";
import { PLOT_HEIGHT, X_AXIS_HEIGHT, CHART_MARGIN, plotBounds, stripHeight, type ChartSeries, type HoverTarget, type SelectedPoint } from "./dependence-chart-layout";
import { EventDetail } from "./event-detail";
import { DependenceChart } from "./lazy-dependence-chart";
import { PointDetail } from "./point-detail";

function sourceLine(s: SourceRef | undefined) {
  if (!s) return "source unknown";
  return [s.publisher, s.title, s.published].filter(Boolean).join(" · ");
}

export function DependenceCard() {
  const { filters, materials } = useFilterState();
  const range = { from: filters.from, to: filters.to };
  // `combine` keeps `responses` referentially stable between renders, so hovering a marker does
  // not reshape the series and re-lay the events out.
  const { responses, loading, error } = useQueries({
    queries: filters.materials.map((m) => ({ ...dependenceQuery(m, range, filters.categories), placeholderData: keepPreviousData })),
    combine: (results) => ({
      responses: results.map((r) => r.data).filter((d) => d !== undefined),
      loading: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error,
    }),
  });
  const incidents = useQuery({ ...incidentsQuery(filters.materials, range, filters.categories), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [selectedPoint, setSelectedPoint] = useState<SelectedPoint | null>(null);
  const [tableOpen, setTableOpen] = useState(false);

  const single = filters.materials.length === 1;
  const drawnFrom = responses[0]?.from ?? filters.from;
  const drawnTo = responses[0]?.to ?? filters.to;

  const { series, events, sources, conflicts } = useMemo(() => {
    const sources = new Map<number, SourceRef>();
    // Years where sources state incompatible values, keyed "material|partner|year".
    const conflicts = new Map<string, DependencePoint[]>();
    const events = new Map<number, EventDto>();
    const series: ChartSeries[] = [];
    responses.forEach((r, i) => {
      for (const s of r.sources) sources.set(s.id, s);
      for (const e of r.events) events.set(e.id, e);
      for (const d of disagreements([...r.points, ...r.partners])) conflicts.set(`${r.material}|${d.partner}|${d.year}`, d.statements);
      const shaped = shapeSeries(r.points, r.from, r.to);
      series.push({ key: `m${i}`, material: r.material, label: `China · ${r.materialName}`, color: seriesColors[i % seriesColors.length], ...shaped });
      if (single) {
        const byPartner = new Map<string, typeof r.partners>();
        for (const p of r.partners) byPartner.set(p.partner, [...(byPartner.get(p.partner) ?? []), p]);
        for (const [partner, pts] of byPartner) {
          const shapedPartner = shapeSeries(pts.map((p) => ({ ...p, headline: false })), r.from, r.to);
          series.push({ key: `p${partner}`, material: r.material, label: partnerName(partner), color: partnerColors[partner] ?? "#5a5a5a", partner: true, ...shapedPartner });
        }
      }
    });
    return { series, events: [...events.values()], sources, conflicts };
  }, [responses, single]);
  const conflictFor = (s: ChartSeries, p: DependencePoint) => conflicts.get(`${s.material}|${p.partner}|${p.year}`) ?? null;

  const layout = useMemo(() => {
    if (!width) return null;
    const bounds = plotBounds(width);
    const scale = (x: number) => bounds.left + ((x - drawnFrom) / (drawnTo + 1 - drawnFrom)) * (bounds.right - bounds.left);
    return layoutEvents(events, scale, bounds);
  }, [width, events, drawnFrom, drawnTo]);

  const placed: PlacedEvent[] = layout?.placed ?? [];
  const selectedEvent = placed.find((e) => e.id === selected) ?? null;
  const selectedIncident = incidents.data?.find((i) => i.id === selected) ?? null;
  const materialNames = filters.materials.map((m) => materials.find((x) => x.slug === m)?.name ?? m);
  const gapYears = series.filter((s) => !s.partner).map((s) => s.gaps ?? []);
  const usedCategories = CATEGORY_VALUES.filter((c) => events.some((e) => e.category === c));
  const chartHeight = CHART_MARGIN.top + PLOT_HEIGHT + X_AXIS_HEIGHT + stripHeight(layout?.lanes ?? 1);
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
      <div ref={ref} className="relative w-full" data-testid="dependence-chart" data-loading={loading ? "true" : "false"} style={{ minHeight: chartHeight }}>
        {error && (
          <p role="status" className="text-sm text-red-700">
            Could not load the series: {error.message}
          </p>
        )}
        {width && layout && (
          <DependenceChart
            width={width}
            from={drawnFrom}
            to={drawnTo}
            series={series}
            events={placed}
            lanes={layout.lanes}
            hover={hover}
            selectedEventId={selected}
            selectedPointKey={selectedPoint ? `${selectedPoint.series.key}:${selectedPoint.glyph.key}` : null}
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
        {hover && <Tooltip hover={hover} sources={sources} width={width ?? 0} conflict={hover.kind === "point" ? conflictFor(hover.series, hover.glyph.point) : null} />}
        {loading && <span className="absolute right-2 top-0 rounded bg-white/90 px-2 py-0.5 text-xs text-muted">Updating…</span>}
      </div>

      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="Legend">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <svg width="22" height="10" aria-hidden>
              {s.partner ? (
                <path d="M11 0L16 5L11 10L6 5Z" fill={s.color} />
              ) : (
                <line x1="0" x2="22" y1="5" y2="5" stroke={s.color} strokeWidth="2.5" />
              )}
            </svg>
            {s.partner ? `${s.label} share` : s.label}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <svg width="22" height="10" aria-hidden>
            <line x1="0" x2="22" y1="5" y2="5" stroke="#4b5563" strokeWidth="2" strokeDasharray="5 4" />
            <circle cx="11" cy="5" r="3.5" fill="#fff" stroke="#4b5563" strokeWidth="1.5" />
          </svg>
          estimate / bound / range
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="10" height="10" aria-hidden>
            <circle cx="5" cy="5" r="3.5" fill="#4b5563" fillOpacity="0.45" stroke="#4b5563" />
          </svg>
          another source, same year
        </span>
        {usedCategories.map((c) => (
          <span key={c} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: categoryColor(c) }} />
            {categoryLabel(c)}
          </span>
        ))}
        <span>marker size = severity 1–5</span>
      </div>
      {gapYears.some((g) => g.length > 0) && (
        <p className="mt-1 text-xs text-muted">
          No sourced China share (gaps, not interpolated):{" "}
          {gapYears.map((g, i) => `${single ? "" : `${materialNames[i]}: `}${compactYears(g) || "none"}`).join(" · ")}.
        </p>
      )}
      {single && (responses[0]?.partnersOmitted ?? 0) > 0 && (
        <p className="mt-1 text-xs text-muted" data-testid="partners-omitted">
          Other partners: the {responses[0].partners.length ? new Set(responses[0].partners.map((p) => p.partner)).size : 0} with the largest
          shares are drawn; {responses[0].partnersOmitted} more with smaller shares are in the trade-shares data (API and CSV).
        </p>
      )}

      {selectedEvent && (
        <EventDetail
          event={selectedEvent}
          incident={selectedIncident}
          source={sources.get(selectedEvent.sourceId)}
          onClose={() => setSelected(null)}
        />
      )}
      {selectedPoint && (
        <PointDetail
          seriesLabel={selectedPoint.series.label}
          point={selectedPoint.glyph.point}
          sources={sources}
          disagreeing={conflictFor(selectedPoint.series, selectedPoint.glyph.point)}
          onClose={() => setSelectedPoint(null)}
        />
      )}

      <details className="mt-4 group print:hidden">
        <summary className="cursor-pointer text-sm font-medium text-ink">Events on the chart ({placed.length})</summary>
        <ol className="mt-2 grid gap-x-6 gap-y-1 text-xs sm:grid-cols-2" data-testid="event-legend">
          {placed.map((e) => (
            <li key={e.id} className="flex gap-2">
              <button
                type="button"
                onClick={() => setSelected(e.id)}
                className="inline-flex min-w-0 items-baseline gap-2 text-left hover:underline"
              >
                <span
                  className="inline-flex h-4 min-w-4 shrink-0 items-center justify-center rounded-full px-1 text-[10px] font-bold text-white"
                  style={{ background: categoryColor(e.category), color: ["#F0E442", "#56B4E9", "#E69F00"].includes(categoryColor(e.category)) ? "#1b2330" : "#fff" }}
                >
                  {e.number}
                </span>
                <span className="shrink-0 tabular-nums text-muted">{formatDate(e.date)}</span>
                <span className="text-ink">{e.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
      {/* The rows are rendered when the table is opened: at a thousand values they would double the page. */}
      <details className="mt-2 print:hidden" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-medium text-ink">Data table ({series.reduce((n, s) => n + s.glyphs.length, 0)} values)</summary>
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full text-left text-xs">
            <thead className="sticky top-0 bg-white text-muted">
              <tr>
                <th className="py-1 pr-3 font-medium">Series</th>
                <th className="py-1 pr-3 font-medium">Period</th>
                <th className="py-1 pr-3 font-medium">Share</th>
                <th className="py-1 pr-3 font-medium">Line value</th>
                <th className="py-1 pr-3 font-medium">Source</th>
              </tr>
            </thead>
            <tbody>
              {tableOpen &&
                series.flatMap((s) =>
                  s.glyphs.map((g) => (
                    <tr key={`${s.key}${g.key}`} className="border-t border-line">
                      <td className="py-1 pr-3">{s.label}</td>
                      <td className="py-1 pr-3 tabular-nums">{periodLabel(g.point)}</td>
                      <td className="py-1 pr-3 tabular-nums">{formatShare(g.point)}{g.point.derived ? " (derived)" : ""}{g.point.mirror ? " (mirror)" : ""}</td>
                      <td className="py-1 pr-3">{g.point.headline ? "yes" : ""}</td>
                      <td className="py-1 pr-3">
                        <a href={sourceHref(g.point.sourceId)} className="hover:underline">
                          {sourceLine(sources.get(g.point.sourceId))}
                        </a>
                      </td>
                    </tr>
                  )),
                )}
            </tbody>
          </table>
        </div>
      </details>
      <BriefingTables events={placed} sources={sources} series={series} />
    </ChartCard>
  );
}

/** Print only: the numbered events and the sources behind the drawn values, so the briefing stands alone. */
function BriefingTables({ events, sources, series }: { events: PlacedEvent[]; sources: Map<number, SourceRef>; series: ChartSeries[] }) {
  const drawn = new Set(series.flatMap((s) => s.glyphs.map((g) => g.point.sourceId)));
  const used = [...sources.values()].filter((s) => drawn.has(s.id) || events.some((e) => e.sourceId === s.id));
  return (
    <div className="hidden print:block" data-testid="briefing-tables">
      <h3 className="mt-2 text-[9px] font-semibold">Events</h3>
      <ol className="columns-4 gap-3 text-[6px] leading-[1.2]">
        {events.map((e) => (
          <li key={e.id} className="break-inside-avoid">
            <span className="font-bold" style={{ color: categoryColor(e.category) === "#F0E442" ? "#8a7d00" : categoryColor(e.category) }}>
              {e.number}
            </span>{" "}
            {formatDate(e.date)} · {e.title} <span className="text-muted">({categoryLabel(e.category)}, sev. {e.severity}) [{e.sourceId}]</span>
          </li>
        ))}
      </ol>
      <h3 className="mt-1.5 text-[9px] font-semibold">Sources (numbers in brackets; full titles and links in the CSV export and on screen)</h3>
      <p className="text-[5.5px] leading-[1.2] text-muted">
        {used.map((s) => (
          <span key={s.id} className="mr-2 inline-block">
            [{s.id}] {shortSource(s)}
          </span>
        ))}
      </p>
    </div>
  );
}

function shortSource(s: SourceRef): string {
  const name = s.publisher ?? (s.title.length > 48 ? `${s.title.slice(0, 48)}…` : s.title);
  return s.published ? `${name}, ${s.published}` : name;
}

function compactYears(years: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j;
  }
  return parts.join(", ");
}

function Tooltip({ hover, sources, width, conflict }: { hover: HoverTarget; sources: Map<number, SourceRef>; width: number; conflict: DependencePoint[] | null }) {
  const left = Math.min(Math.max(hover.x - 140, 0), Math.max(0, width - 290));
  const style = { left, top: hover.y + 14 } as const;
  if (hover.kind === "event") {
    const e = hover.event;
    return (
      <div role="tooltip" data-testid="chart-tooltip" className="pointer-events-none absolute z-10 w-72 rounded-md border border-line bg-white p-3 text-xs shadow-lg" style={{ ...style, top: hover.y - 150 }}>
        <p className="font-semibold text-ink">
          {e.number}. {e.title}
        </p>
        <p className="mt-1 text-muted">
          {formatDate(e.date)} ·{" "}
          <span aria-hidden className="inline-block h-2 w-2 rounded-full align-middle" style={{ background: categoryColor(e.category) }} />{" "}
          {categoryLabel(e.category)} · severity {e.severity}/5
        </p>
        <p className="mt-1 text-muted">Source: {sourceLine(sources.get(e.sourceId))}</p>
      </div>
    );
  }
  const p = hover.glyph.point;
  return (
    <div role="tooltip" data-testid="chart-tooltip" className="pointer-events-none absolute z-10 w-72 rounded-md border border-line bg-white p-3 text-xs shadow-lg" style={style}>
      <p className="font-semibold text-ink">
        {hover.series.label} · {periodLabel(p)}: {formatShare(p)}
      </p>
      <p className="mt-1 text-muted">
        {p.headline ? "Line value for the year" : "Another source for this year (not on the line)"}
        {p.estimate || p.bound || p.sharePct === null ? " · estimate" : ""}
        {p.derived ? " · derived" : ""}
        {p.mirror ? " · mirror data (exporter-reported)" : ""} · basis: {p.basis}
      </p>
      <p className="mt-1 text-muted">Source: {sourceLine(sources.get(p.sourceId))}</p>
      {p.note && <p className="mt-1 text-muted">{p.note}</p>}
      {conflict && (
        <p className="mt-1 font-medium text-amber-800" data-testid="tooltip-disagreement">
          Sources disagree for {p.year}: {conflict.map((c) => `${formatShare(c)} [${c.sourceId}]`).join(", ")}
        </p>
      )}
      <p className="mt-1 text-muted">Click for the source.</p>
    </div>
  );
}
