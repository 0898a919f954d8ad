"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { useFilterState } from "@/components/filters/filters-provider";
import { ChartCard } from "@/components/ui/chart-card";
import { Legend } from "@/components/ui/legend";
import { useElementWidth } from "@/components/ui/use-element-width";
import { concentrationKeyItems, concentrationPartners } from "@/lib/analysis/concentration-view";
import { CONCENTRATION_CSV_COLUMNS, concentrationCsvRows } from "@/lib/analysis/csv";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { latestDate } from "@/lib/export/naming";
import { exportFileName } from "@/lib/export/naming";
import { concentrationQuery } from "@/lib/queries";
import { BOTTOM, ConcentrationBars, ROW, TOP } from "./concentration-bars";
import { ConcentrationTable } from "./concentration-table";

/** Top-1 share and HHI for the years where one source breaks imports down by partner. */
export function ConcentrationCard() {
  const { filters, materials } = useFilterState();
  const material = filters.materials[0];
  const range = { from: filters.from, to: filters.to };
  const { data, isFetching, error } = useQuery({ ...concentrationQuery(material, range), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const years = useMemo(() => data?.years ?? [], [data]);
  const keyItems = useMemo(() => concentrationKeyItems(concentrationPartners(years)), [years]);
  const materialName = materials.find((m) => m.slug === material)?.name ?? material;

  return (
    <ChartCard
      title="Supplier concentration"
      data-testid="concentration"
      aria-busy={isFetching}
      subtitle="Years where one source names several partners: the top supplier's share and the Herfindahl–Hirschman index (Σ share², 0–10,000) over the named partners. The unattributed rest is not counted as a partner, so the HHI is then a lower bound."
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "concentration", materials: [material], from: range.from, to: range.to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
          getMeta={() =>
            chartExportMeta({
              title: `Supplier concentration of Japan's imports: ${materialName}`,
              filters: [`Material: ${materialName}`, `Years: ${range.from}–${range.to}`, "Share of imports by partner, %; HHI over named partners"],
              keyItems,
              sources: data?.sources ?? [],
              // The latest year with a breakdown drawn.
              dataAsOf: latestDate(years.map((y) => String(y.year))),
              permalink: globalThis.location.href,
            })
          }
          getCsv={() => (data ? toCsv(CONCENTRATION_CSV_COLUMNS, concentrationCsvRows(data)) : "")}
        />
      }
    >
      {error && <p className="text-sm text-red-700">Could not load the concentration: {error.message}</p>}
      {data && years.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted" data-testid="concentration-empty">
          No source breaks Japan&apos;s imports of {materialName} down by several partners in {range.from}–{range.to}, so no concentration is
          shown (a China share alone is not a breakdown).
        </p>
      ) : (
        <>
          <div ref={ref} className="w-full" style={{ minHeight: TOP + BOTTOM + Math.max(1, years.length) * ROW }}>
            {width && <ConcentrationBars years={years} width={width} />}
          </div>
          <Legend items={keyItems} />
          <ConcentrationTable years={years} />
        </>
      )}
    </ChartCard>
  );
}
