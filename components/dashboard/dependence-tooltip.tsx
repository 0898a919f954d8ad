"use client";

import { categoryColor } from "@/lib/colors";
import { sourceLine } from "@/lib/dependence-text";
import { glyphText } from "@/lib/dependence-values";
import { formatDate, formatShare, formatUsdExact, periodLabel } from "@/lib/format";
import { legacyCategoryLabel as categoryLabel } from "@/lib/labels";
import type { DependencePoint, SourceRef } from "@/lib/types";
import type { HoverTarget } from "./dependence-chart-layout";

const BOX = "pointer-events-none absolute z-10 w-72 rounded-md border border-line bg-white p-3 text-xs shadow-lg";

/** What the hovered or focused event or point is, and its source; kept inside the chart's width. */
export function DependenceTooltip({ hover, sources, width, conflict }: { hover: HoverTarget; sources: Map<number, SourceRef>; width: number; conflict: DependencePoint[] | null }) {
  const left = Math.min(Math.max(hover.x - 140, 0), Math.max(0, width - 290));
  const style = { left, top: hover.y + 14 } as const;
  if (hover.kind === "event") {
    const e = hover.event;
    return (
      <div role="tooltip" data-testid="chart-tooltip" className={BOX} style={{ ...style, top: hover.y - 150 }}>
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
  const usd = hover.glyph.valueUsd;
  return (
    <div role="tooltip" data-testid="chart-tooltip" className={BOX} style={style}>
      <p className="font-semibold text-ink">
        {hover.series.label} · {periodLabel(p)}: {glyphText(hover.glyph)}
      </p>
      {usd !== undefined && <p className="mt-1 text-muted">Value of imports from China: {formatUsdExact(usd)}</p>}
      <p className="mt-1 text-muted">
        {p.headline ? "Line value for the year" : "Another source for this year (not on the line)"}
        {p.estimate || p.bound || (usd === undefined && p.sharePct === null) ? " · estimate" : ""}
        {p.derived ? " · derived" : ""}
        {p.mirror ? " · mirror data (exporter-reported)" : ""} · basis: {p.basis}
        {p.hsCode ? ` · HS ${p.hsCode}` : ""}
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
