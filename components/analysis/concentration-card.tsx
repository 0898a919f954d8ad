"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
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
import { materialName } from "@/lib/i18n/localized";
import { concentrationQuery } from "@/lib/queries";
import { BOTTOM, ConcentrationBars, ROW, TOP } from "./concentration-bars";
import { ConcentrationTable } from "./concentration-table";

/** Top-1 share and HHI for the years where one source breaks imports down by partner. */
export function ConcentrationCard() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("analysis");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const material = filters.materials[0];
  const range = { from: filters.from, to: filters.to };
  const { data, isFetching, error } = useQuery({ ...concentrationQuery(material, range), placeholderData: keepPreviousData });
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const years = useMemo(() => data?.years ?? [], [data]);
  const keyItems = useMemo(() => concentrationKeyItems(concentrationPartners(years), t, locale), [years, t, locale]);
  const m = materials.find((x) => x.slug === material);
  const name = m ? materialName(m, locale, mark) : material;

  return (
    <ChartCard
      title={t("concentration.title")}
      data-testid="concentration"
      aria-busy={isFetching}
      subtitle={t("concentration.subtitle")}
      actions={
        <ExportMenu
          fileName={exportFileName({ chart: "concentration", materials: [material], from: range.from, to: range.to })}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg")}
          getMeta={() =>
            chartExportMeta({
              title: t("concentration.exportTitle", { material: name }),
              filters: [t("common.material", { material: name }), t("common.years", range), t("concentration.exportMeasure")],
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
      {error && <p className="text-sm text-red-700">{t("concentration.loadError", { message: error.message })}</p>}
      {data && years.length === 0 ? (
        <p className="py-6 text-center text-sm text-muted" data-testid="concentration-empty">
          {t("concentration.empty", { material: name, ...range })}
        </p>
      ) : (
        <>
          <div ref={ref} className="w-full" style={{ minHeight: TOP + BOTTOM + Math.max(1, years.length) * ROW }}>
            {width && <ConcentrationBars years={years} width={width} t={t} locale={locale} />}
          </div>
          <Legend items={keyItems} />
          <ConcentrationTable years={years} />
        </>
      )}
    </ChartCard>
  );
}
