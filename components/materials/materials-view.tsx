"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo, useRef } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { ChartCard } from "@/components/ui/chart-card";
import { toCsv } from "@/lib/csv";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { latestDate } from "@/lib/export/naming";
import { DEFAULT_DIR, MATERIAL_SORTS, MATERIALS_SUMMARY_CSV_COLUMNS, materialsSummaryCsvRows, sortMaterials, type MaterialSort } from "@/lib/materials-summary";
import { materialsSummaryQuery } from "@/lib/queries";
import { MaterialsExportChart } from "./materials-export-chart";
import { MaterialsTable } from "./materials-table";

// The sort lives in the URL, so a shared link opens the table in the same order.
const sortParsers = { sort: parseAsStringLiteral(MATERIAL_SORTS).withDefault("share"), dir: parseAsStringLiteral(["asc", "desc"] as const) };

/** The materials table with its export menu: every material ranked by China's latest share (or by name or year). */
export function MaterialsView() {
  const t = useTranslations("materials");
  const locale = useLocale();
  const { data, error } = useQuery(materialsSummaryQuery());
  const [{ sort, dir: rawDir }, setSort] = useQueryStates(sortParsers, { history: "replace", shallow: true, scroll: false });
  const dir = rawDir ?? DEFAULT_DIR[sort];
  const rows = useMemo(() => (data ? sortMaterials(data.rows, sort, dir, locale) : []), [data, sort, dir, locale]);
  const sources = useMemo(() => new Map((data?.sources ?? []).map((s) => [s.id, s])), [data]);
  const chartRef = useRef<HTMLDivElement>(null);
  const withShare = rows.filter((r) => r.latest).length;

  const onSort = (s: MaterialSort) => {
    const next = s === sort ? (dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[s];
    void setSort({ sort: s === "share" ? null : s, dir: next === DEFAULT_DIR[s] ? null : next });
  };

  return (
    <ChartCard
      title={t("title")}
      data-testid="materials-card"
      subtitle={t("subtitle", { withShare, total: rows.length, sort, dir })}
      actions={
        <ExportMenu
          embed="materials"
          fileName={`materials-china-share-${sort}-${dir}`}
          getSvg={() => chartRef.current?.querySelector<SVGSVGElement>("svg")}
          getMeta={() =>
            chartExportMeta({
              title: t("title"),
              filters: [t("exportImporter"), t("exportPartner"), t("exportCount", { withShare, total: rows.length }), t("exportPaler"), t("exportSorted", { sort })],
              sources: data?.sources ?? [],
              dataAsOf: latestDate(rows.map((r) => (r.latest ? String(r.latest.year) : null))),
              permalink: globalThis.location.href,
            })
          }
          getCsv={() => (data ? toCsv(MATERIALS_SUMMARY_CSV_COLUMNS, materialsSummaryCsvRows(data, rows)) : "")}
        />
      }
    >
      {error && <p className="text-sm text-red-700">{t("loadError", { message: error.message })}</p>}
      {data && <MaterialsTable rows={rows} sources={sources} sort={sort} dir={dir} onSort={onSort} />}
      {/* The image the PNG and SVG exports compose: drawn off screen, never shown (the table above is the view). */}
      <div ref={chartRef} aria-hidden="true" className="h-0 overflow-hidden" inert>
        {data && <MaterialsExportChart rows={rows} />}
      </div>
    </ChartCard>
  );
}
