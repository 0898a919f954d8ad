"use client";

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
import { exportFileName } from "@/lib/export/naming";
import { countsPerYear, usedCategories } from "@/lib/incidents-shape";
import { INCIDENT_CSV_COLUMNS, incidentCsvRow } from "@/lib/resources/csv";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import type { IncidentDto } from "@/lib/types";

const CHART_HEIGHT = 240;

/** Events per year, stacked by category (exportable as an image and CSV). */
export function IncidentsPerYearChart({ incidents, from, to, materialNames }: { incidents: IncidentDto[]; from: number; to: number; materialNames: string[] }) {
  const { filters } = useFilterState();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const used = useMemo(() => usedCategories(incidents), [incidents]);
  const data = useMemo(() => countsPerYear(incidents, from, to, used), [incidents, from, to, used]);
  const title = `Incidents per year by category, ${from}–${to}`;
  return (
    <ChartCard
      title={title}
      subtitle="Each event counted once, in the year of its date; colours as on the overview's event strip."
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "incidents", materials: filters.materials, from, to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
          getMeta={() =>
            chartExportMeta({
              title,
              filters: [
                `Material: ${materialNames.join(", ")}`,
                `Years: ${from}–${to}`,
                `Categories: ${filters.categories.length ? filters.categories.map(categoryLabel).join(", ") : "all"}`,
                filters.minSeverity > 1 ? `Severity ≥ ${filters.minSeverity}` : "All severities",
              ],
              keyItems: used.map((c) => ({ label: categoryLabel(c), color: categoryColor(c), shape: "disc" as const })),
              sources: [],
              sourceNote: `Sources: ${new Set(incidents.map((i) => i.sourceId)).size} sources, one per incident; each incident's source is in the CSV and on REE Monitor's incident pages.`,
              dataAsOf: incidents.at(-1)?.date ?? null,
              permalink: window.location.href,
            })
          }
          getCsv={() => toCsv(INCIDENT_CSV_COLUMNS, incidents.map(incidentCsvRow))}
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
            labels={categoryLabel}
            width={width}
            height={CHART_HEIGHT}
            allowDecimals={false}
            xInterval="preserveStartEnd"
          />
        )}
      </div>
      <Legend items={used.map((c) => ({ key: c, label: categoryLabel(c), color: categoryColor(c) }))} />
    </ChartCard>
  );
}
