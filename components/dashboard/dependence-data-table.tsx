"use client";

import { useState } from "react";
import { sourceHref } from "@/components/sources/source-citation";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import type { Glyph } from "@/lib/dependence-shape";
import { valueCount, type ChartSeries } from "@/lib/dependence-series";
import { sourceLine } from "@/lib/dependence-text";
import { glyphText } from "@/lib/dependence-values";
import { periodLabel } from "@/lib/format";
import type { SourceRef } from "@/lib/types";

type Row = { series: ChartSeries; glyph: Glyph };

function columns(sources: Map<number, SourceRef>, usd: boolean): TableColumn<Row>[] {
  return [
    { key: "series", header: "Series", cell: (r) => r.series.label },
    { key: "period", header: "Period", cellClassName: "tabular-nums", cell: (r) => periodLabel(r.glyph.point) },
    {
      key: "share",
      header: usd ? "Value (US$)" : "Share",
      cellClassName: "tabular-nums",
      cell: ({ glyph }) => (
        <>
          {glyphText(glyph)}
          {glyph.point.derived ? " (derived)" : ""}
          {glyph.point.mirror ? " (mirror)" : ""}
        </>
      ),
    },
    { key: "hs", header: "HS code", cellClassName: "tabular-nums", cell: (r) => r.glyph.point.hsCode ?? "" },
    { key: "line", header: "Line value", cell: (r) => (r.glyph.point.headline ? "yes" : "") },
    {
      key: "source",
      header: "Source",
      cell: (r) => (
        <a href={sourceHref(r.glyph.point.sourceId)} className="hover:underline">
          {sourceLine(sources.get(r.glyph.point.sourceId))}
        </a>
      ),
    },
  ];
}

/** Every drawn value with its source, in a closed disclosure under the chart. */
export function DependenceDataTable({ series, sources }: { series: ChartSeries[]; sources: Map<number, SourceRef> }) {
  const [open, setOpen] = useState(false);
  // The rows are rendered when the table is opened: at a thousand values they would double the page.
  const rows: Row[] = open ? series.flatMap((s) => s.glyphs.map((glyph) => ({ series: s, glyph }))) : [];
  return (
    <details className="mt-2 print:hidden" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-ink">Data table ({valueCount(series)} values)</summary>
      <ScrollRegion label="Data table" className="mt-2 max-h-96">
        <Table columns={columns(sources, series.some((s) => s.unit === "usd"))} rows={rows} rowKey={(r) => `${r.series.key}${r.glyph.key}`} headClassName="sticky top-0 bg-white text-muted" />
      </ScrollRegion>
    </details>
  );
}
