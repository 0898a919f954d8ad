"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useQueryState } from "nuqs";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { EVENT_STUDY_CSV_COLUMNS, eventStudyCsvRows } from "@/lib/analysis/csv";
import { DEFAULT_WINDOW, parseWindow } from "@/lib/analysis/event-study";
import { categoryList, eventStudyKey, groupByYear } from "@/lib/analysis/event-study-view";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { latestDate } from "@/lib/export/naming";
import { exportFileName } from "@/lib/export/naming";
import { directionColor } from "@/lib/colors";
import { formatBoundedRows, formatPp } from "@/lib/format";
import { materialName } from "@/lib/i18n/localized";
import { eventStudyQuery } from "@/lib/queries";
import type { EventStudyRow } from "@/lib/analysis/event-study";
import { EventStudyChart, chartHeightFor } from "./event-study-chart";
import { EventStudyTable } from "./event-study-table";

const WINDOWS = [1, 2, 3, 4, 5] as const;
/** The kinds of bound behind the rows whose change is only bounded. */
const boundKinds = (rows: EventStudyRow[]) =>
  rows.filter((r) => r.deltaBound !== null && r.deltaBound !== "exact").flatMap((r) => [r.before?.bound, r.after?.bound].filter((b): b is "lower" | "upper" => !!b));

/** China's share before and after each escalation year, within a window the reader picks (kept in the URL). */
export function EventStudyCard() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("analysis");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { enums } = useMessages();
  // Read as text and parsed as the server parses it (an invalid value is named by the page's notice).
  const [rawWindow, setWindow] = useQueryState("window", { history: "push", shallow: true, scroll: false });
  const window = parseWindow(rawWindow);
  const material = filters.materials[0];
  const range = { from: filters.from, to: filters.to };
  const { data, isFetching, error } = useQuery({ ...eventStudyQuery(material, range, window), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const groups = useMemo(() => groupByYear(data?.rows ?? []), [data]);
  const sources = useMemo(() => new Map((data?.sources ?? []).map((s) => [s.id, s] as const)), [data]);
  const m = materials.find((x) => x.slug === material);
  const name = m ? materialName(m, locale, mark) : material;

  return (
    <ChartCard
      title={t("eventStudy.title")}
      data-testid="event-study"
      aria-busy={isFetching}
      subtitle={t("eventStudy.subtitle", { categories: categoryList(enums, data?.categories ?? [], locale), window })}
      actions={
        <div className="flex flex-wrap items-center justify-end gap-2">
          <label className="flex items-center gap-1.5 text-xs text-muted">
            {t("eventStudy.window")}
            <select
              data-testid="event-study-window"
              className="rounded-md border border-line bg-white px-1.5 py-1 text-xs text-ink"
              value={window}
              onChange={(e) => void setWindow(Number(e.target.value) === DEFAULT_WINDOW ? null : e.target.value)}
            >
              {WINDOWS.map((w) => (
                <option key={w} value={w}>
                  {t("eventStudy.windowOption", { window: w })}
                </option>
              ))}
            </select>
          </label>
          <ExportMenu
            fileName={`${exportFileName({ chart: "event-study", materials: [material], from: range.from, to: range.to })}-window${window}`}
            getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
            getMeta={() =>
              chartExportMeta({
                title: t("eventStudy.exportTitle", { material: name, ...range }),
                filters: [
                  t("common.material", { material: name }),
                  t("common.years", range),
                  t("eventStudy.exportWindow", { window }),
                  t("eventStudy.exportSeverity"),
                  t("eventStudy.exportMeasure"),
                ],
                keyItems: eventStudyKey(t, !!data?.rowsBounded, directionColor("undetermined")),
                sources: data?.sources ?? [],
                // The latest event or value drawn.
                dataAsOf: latestDate((data?.rows ?? []).flatMap((r) => [r.date, r.after ? String(r.after.year) : null])),
                permalink: globalThis.location.href,
              })
            }
            getCsv={() => (data ? toCsv(EVENT_STUDY_CSV_COLUMNS, eventStudyCsvRows(data)) : "")}
          />
        </div>
      }
    >
      {error && <p className="text-sm text-red-700">{t("eventStudy.loadError", { message: error.message })}</p>}
      {data && (
        <p className="mb-2 text-sm text-ink" data-testid="event-study-summary">
          {t.rich("eventStudy.summary", {
            events: data.rows.length,
            years: groups.length,
            withData: data.rowsWithData,
            hasMedian: data.medianDeltaPp !== null ? "yes" : "no",
            median: data.medianDeltaPp !== null ? formatPp(data.medianDeltaPp, locale) : "",
            hasBounded: data.rowsBounded > 0 ? "yes" : "no",
            bounded: data.rowsBounded > 0 ? formatBoundedRows(data.rowsBounded, boundKinds(data.rows), locale) : "",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      <div ref={ref} className="w-full" style={{ minHeight: chartHeightFor(groups.length, width ?? 1000) }}>
        {width && data && groups.length > 0 && <EventStudyChart groups={groups} width={width} t={t} locale={locale} />}
        {data && groups.length === 0 && <p className="py-6 text-center text-sm text-muted">{t("eventStudy.empty", { material: name, ...range })}</p>}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-ink">{t("eventStudy.details", { count: data?.rows.length ?? 0 })}</summary>
        <EventStudyTable rows={data?.rows ?? []} sources={sources} />
      </details>
    </ChartCard>
  );
}
