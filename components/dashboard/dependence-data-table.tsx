"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { sourceHref } from "@/components/sources/source-citation";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import type { Glyph } from "@/lib/dependence-shape";
import { valueCount, type ChartSeries } from "@/lib/dependence-series";
import { sourceLine, type DashboardT } from "@/lib/dependence-text";
import { glyphText } from "@/lib/dependence-values";
import { periodLabel } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { SourceRef } from "@/lib/types";

type Row = { series: ChartSeries; glyph: Glyph };

function columns(sources: Map<number, SourceRef>, usd: boolean, t: DashboardT, locale: Locale): TableColumn<Row>[] {
  return [
    { key: "series", header: t("table.series"), cell: (r) => r.series.label },
    { key: "period", header: t("table.period"), cellClassName: "tabular-nums", cell: (r) => periodLabel(r.glyph.point, locale) },
    {
      key: "share",
      header: usd ? t("table.value") : t("table.share"),
      cellClassName: "tabular-nums",
      cell: ({ glyph }) => (
        <>
          {glyphText(glyph, locale)}
          {glyph.point.derived ? t("table.derived") : ""}
          {glyph.point.mirror ? t("table.mirror") : ""}
        </>
      ),
    },
    { key: "hs", header: t("table.hs"), cellClassName: "tabular-nums", cell: (r) => r.glyph.point.hsCode ?? "" },
    { key: "line", header: t("table.line"), cell: (r) => (r.glyph.point.headline ? t("table.yes") : "") },
    {
      key: "source",
      header: t("table.source"),
      cell: (r) => (
        <a href={sourceHref(r.glyph.point.sourceId)} className="hover:underline">
          {sourceLine(sources.get(r.glyph.point.sourceId), t)}
        </a>
      ),
    },
  ];
}

/** Every drawn value with its source, in a closed disclosure under the chart. */
export function DependenceDataTable({ series, sources }: { series: ChartSeries[]; sources: Map<number, SourceRef> }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  // The rows are rendered when the table is opened: at a thousand values they would double the page.
  const rows: Row[] = open ? series.flatMap((s) => s.glyphs.map((glyph) => ({ series: s, glyph }))) : [];
  return (
    <details className="mt-2 print:hidden" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-ink">{t("table.summary", { count: valueCount(series) })}</summary>
      <ScrollRegion label={t("table.label")} className="mt-2 max-h-96">
        <Table columns={columns(sources, series.some((s) => s.unit === "usd"), t, locale)} rows={rows} rowKey={(r) => `${r.series.key}${r.glyph.key}`} headClassName="sticky top-0 bg-white text-muted" />
      </ScrollRegion>
    </details>
  );
}
