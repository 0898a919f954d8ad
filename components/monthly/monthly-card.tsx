"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { Localized } from "@/components/ui/localized";
import { OnDemand } from "@/components/ui/on-demand";
import { useElementWidth } from "@/components/ui/use-element-width";
import { monthlySeriesFor } from "@/lib/bilateral/codes";
import { categoryColor, chartInk, seriesColors, textOn } from "@/lib/colors";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { rowsChartData } from "@/lib/export/pptx/chart-data";
import { formatDate } from "@/lib/format";
import { localizedString, materialName } from "@/lib/i18n/localized";
import { MONTHLY_CSV_COLUMNS, monthlyCsvRows, monthlyRows, monthRange, niceMonthlyTicks, placeMonthlyEvents, seriesLabel } from "@/lib/monthly";
import { monthlyQuery } from "@/lib/queries";
import { LazyMonthlyChart } from "./lazy-monthly-chart";
import { MARKER_RADIUS, MONTHLY_MARGIN, MONTHLY_Y_AXIS_WIDTH, monthlyLayout } from "./monthly-layout";
import { MonthlyTooltip } from "./monthly-tooltip";

/** The overview's monthly chart, for materials with China's monthly figures (graphite, the 811292 group); nothing for the others. */
export function MonthlyCard() {
  const { filters } = useFilterState();
  const material = filters.materials[0];
  return monthlySeriesFor(material).length ? <MonthlyCardBody material={material} /> : null;
}

/** The same, below the overview's first screen: loaded when the reader scrolls near it (its space held meanwhile). */
export function MonthlyCardOnDemand({ fallback }: { fallback: React.ReactNode }) {
  const { filters } = useFilterState();
  const material = filters.materials[0];
  if (!monthlySeriesFor(material).length) return null;
  return (
    <OnDemand name="monthly" messages={["monthly"]} reserve="min-h-[820px] lg:min-h-[515px]" className="print:hidden" fallback={fallback}>
      <MonthlyCardBody material={material} />
    </OnDemand>
  );
}

function MonthlyCardBody({ material }: { material: string }) {
  const { materials } = useFilterState();
  const t = useTranslations("monthly");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { data, error } = useQuery(monthlyQuery(material));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);

  const rows = useMemo(() => (data ? monthlyRows(data) : []), [data]);
  // Markers two radii and a pixel apart at this width; before it is measured, one month.
  const monthPx = width && rows.length ? (width - MONTHLY_MARGIN.left - MONTHLY_Y_AXIS_WIDTH - MONTHLY_MARGIN.right) / rows.length : null;
  const minGap = monthPx ? (2 * MARKER_RADIUS + 1) / monthPx : 1;
  const events = useMemo(() => placeMonthlyEvents(data?.events ?? [], data?.first ?? null, minGap), [data, minGap]);
  // Lines after vermillion, which marks export controls.
  const lines = useMemo(() => (data?.series ?? []).map((s, i) => ({ hsCode: s.hsCode, label: seriesLabel(t, s.hsCode), color: seriesColors[(i + 1) % seriesColors.length] })), [data, t]);
  const max = Math.max(0, ...(data?.series ?? []).flatMap((s) => s.points.map((p) => p.valueUsd)));
  const yTicks = useMemo(() => niceMonthlyTicks(max), [max]);
  const lanes = Math.max(1, ...events.map((e) => e.lane + 1));
  const layout = width && rows.length ? monthlyLayout(width, rows.length, lanes) : null;
  const activeRow = active === null ? null : (rows[active] ?? null);
  const range = monthRange(t, data?.first ?? null, data?.last ?? null, locale);
  const m = materials.find((x) => x.slug === material);
  const name = m ? materialName(m, locale, mark) : (data?.materialName ?? material);
  // The API's scope note is English: said again from the catalogue, with the name in the page's language.
  const scopeNote = data?.scopeNote ? t("scopeNote", { material: name }) : null;
  const title = (e: { title: string; titleJa: string | null }) => localizedString(locale, e.title, e.titleJa, mark);

  return (
    <ChartCard
      title={t("title")}
      data-testid="monthly-chart"
      data-material={material}
      className="print:hidden"
      subtitle={
        <>
          {t("subtitle", { range })}
          {scopeNote && (
            <>
              {" "}
              <strong data-testid="monthly-scope-note">{scopeNote}</strong>
            </>
          )}
        </>
      }
      actions={
        <ExportMenu
          embed="monthly"
          fileName={`monthly-${material}-${data?.first ?? ""}-${data?.last ?? ""}`}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
          getMeta={() => ({
            ...chartExportMeta({
              title: t("exportTitle", { material: name }),
              filters: [t("exportMonths", { range }), t("exportMeasure"), scopeNote ?? ""],
              keyItems: lines.map((l) => ({ label: l.label, color: l.color, shape: "line" as const })),
              sources: data?.sources ?? [],
              dataAsOf: data?.last ?? null,
              permalink: globalThis.location.href,
            }),
            legendItems: events.map((e) => ({ number: e.number, date: e.date, title: title(e), color: categoryColor(e.category) })),
          })}
          getCsv={() => (data ? toCsv(MONTHLY_CSV_COLUMNS, monthlyCsvRows(data)) : "")}
          getChartData={() => rowsChartData({ kind: "monthly", type: "line", rows, index: "month", keys: lines.map((l) => l.hsCode), name: (k) => lines.find((l) => l.hsCode === k)?.label ?? k, color: (k) => lines.find((l) => l.hsCode === k)?.color ?? chartInk.text, unit: "usd" })}
        />
      }
    >
      {error && <p className="text-sm text-red-700">{t("loadError", { message: error.message })}</p>}
      <div ref={ref} className="relative w-full" style={{ minHeight: layout?.height ?? 300 }}>
        {layout && data && (
          <LazyMonthlyChart layout={layout} rows={rows} lines={lines} yTicks={yTicks} events={events} eventTitle={title} active={active} onActive={setActive} />
        )}
        {layout && activeRow && (
          <MonthlyTooltip row={activeRow} lines={lines} events={events} eventTitle={title} x={layout.xPx(activeRow.x)} top={layout.top + 4} flip={layout.xPx(activeRow.x) > layout.width / 2} />
        )}
      </div>
      <Legend
        items={lines.map((l) => ({
          key: l.hsCode,
          label: l.label,
          swatch: (
            <svg width="22" height="10" aria-hidden>
              <line x1="0" x2="22" y1="5" y2="5" stroke={l.color} strokeWidth="2" />
            </svg>
          ),
        }))}
      >
        <span>
          <svg width="12" height="14" aria-hidden className="mr-1 inline align-middle">
            <line x1="6" x2="6" y1="7" y2="14" stroke={chartInk.muted} strokeDasharray="2 2" />
            <circle cx="6" cy="4" r="3.5" fill={chartInk.muted} />
          </svg>
          {t("legendEvent")}
        </span>
      </Legend>
      {events.length > 0 && (
        <ol className="mt-2 grid gap-x-4 gap-y-0.5 text-xs text-muted sm:grid-cols-2" aria-label={t("eventsLabel")}>
          {events.map((e) => (
            <li key={e.id} className="flex gap-1.5">
              <span aria-hidden className="inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[9px] font-bold"
                style={{ background: categoryColor(e.category), color: textOn(categoryColor(e.category)) }}>
                {e.number}
              </span>
              <span>{t.rich("eventLine", { date: formatDate(e.date, locale), event: () => <Localized en={e.title} ja={e.titleJa} /> })}</span>
            </li>
          ))}
        </ol>
      )}
    </ChartCard>
  );
}
