"use client";

import { useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { StackedBar } from "@/components/charts/stacked-bar";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { useElementWidth } from "@/components/ui/use-element-width";
import { categoryColor } from "@/lib/colors";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { rowsChartData } from "@/lib/export/pptx/chart-data";
import { exportFileName } from "@/lib/export/naming";
import { countsPerYear, usedCategories } from "@/lib/incidents-shape";
import { INCIDENT_CSV_COLUMNS, incidentCsvRow } from "@/lib/resources/csv";
import { categoryLabel } from "@/lib/labels";
import type { IncidentDto } from "@/lib/types";

const CHART_HEIGHT = 240;

/** Events per year, stacked by category (exportable as an image and CSV). */
export function IncidentsPerYearChart({ incidents, from, to, materialNames }: { incidents: IncidentDto[]; from: number; to: number; materialNames: string[] }) {
  const t = useTranslations("incidents");
  const enums = useMessages().enums;
  const label = (c: string) => categoryLabel(enums, c);
  const { filters } = useFilterState();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const used = useMemo(() => usedCategories(incidents), [incidents]);
  const data = useMemo(() => countsPerYear(incidents, from, to, used), [incidents, from, to, used]);
  const title = t("chart.title", { from, to });
  return (
    <ChartCard
      title={title}
      subtitle={t("chart.subtitle")}
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "incidents", materials: filters.materials, from, to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            chartExportMeta({
              title,
              filters: [
                t("chart.filterMaterial", { names: materialNames.join(t("listSeparator")) }),
                t("chart.filterYears", { from, to }),
                filters.categories.length ? t("chart.filterCategories", { list: filters.categories.map(label).join(t("listSeparator")) }) : t("chart.allCategories"),
                filters.minSeverity > 1 ? t("chart.filterSeverity", { severity: filters.minSeverity }) : t("chart.allSeverities"),
              ],
              keyItems: used.map((c) => ({ label: label(c), color: categoryColor(c), shape: "disc" as const })),
              sources: [],
              sourceNote: t("chart.sourceNote", { count: new Set(incidents.map((i) => i.sourceId)).size }),
              dataAsOf: incidents.at(-1)?.date ?? null,
              permalink: window.location.href,
            })
          }
          getCsv={() => toCsv(INCIDENT_CSV_COLUMNS, incidents.map(incidentCsvRow))}
          getChartData={() => rowsChartData({ kind: "incidents", type: "bar", stacked: true, rows: data, index: "year", keys: used, name: label, color: categoryColor, unit: "count" })}
        />
      }
    >
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="incidents-chart">
        {width && (
          <StackedBar
            data={data}
            index="year"
            categories={used}
            colors={categoryColor}
            labels={label}
            width={width}
            height={CHART_HEIGHT}
            allowDecimals={false}
            xInterval="preserveStartEnd"
          />
        )}
      </div>
      <Legend items={used.map((c) => ({ key: c, label: label(c), color: categoryColor(c) }))} />
    </ChartCard>
  );
}
