"use client";

import { useEffect, useRef } from "react";
import { SourceCitation } from "@/components/sources/source-citation";
import { formatShare, periodLabel } from "@/lib/format";
import type { DependencePoint, SourceRef } from "@/lib/types";

/** A clicked point: its value, what kind of value it is, where it comes from, and who disagrees. */
export function PointDetail({
  seriesLabel,
  point,
  valueText,
  sources,
  disagreeing,
  onClose,
}: {
  seriesLabel: string;
  point: DependencePoint;
  /** The drawn value in words when it is not the point's share (the value view's US$). */
  valueText?: string;
  sources: Map<number, SourceRef>;
  /** Every year-level statement for this year when sources disagree (this point included). */
  disagreeing: DependencePoint[] | null;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [point.id]);
  const kind = [
    point.headline ? "line value for the year" : "another source for this year (not on the line)",
    point.estimate && "estimate",
    point.bound && `${point.bound} bound`,
    point.low !== null && "range",
    point.derived && "derived",
    point.mirror && "mirror data (exporter-reported)",
    `basis: ${point.basis}`,
    point.hsCode && `HS ${point.hsCode}`,
  ].filter(Boolean);
  return (
    <section
      data-testid="point-detail"
      aria-labelledby="point-detail-title"
      className="mt-3 rounded-md border-l-4 border-accent bg-canvas p-4 text-sm"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="flex items-start justify-between gap-4">
        <h3 id="point-detail-title" ref={heading} tabIndex={-1} className="font-semibold text-ink outline-none">
          {seriesLabel} · {periodLabel(point)}: {valueText ?? formatShare(point)}
        </h3>
        <button type="button" onClick={onClose} className="rounded border border-line bg-white px-2 py-0.5 text-xs" aria-label="Close point details">
          Close
        </button>
      </div>
      <p className="mt-1 text-xs text-muted">{kind.join(" · ")}</p>
      {point.note && <p className="mt-1 text-xs text-muted">Note: {point.note}</p>}
      <p className="mt-2 text-xs">
        <span className="text-muted">Source: </span>
        <SourceCitation source={sources.get(point.sourceId)} id={point.sourceId} testId="point-source-link" />
      </p>
      {disagreeing && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs" data-testid="point-disagreement">
          <p className="font-medium text-ink">Sources disagree for {point.year}:</p>
          <ul className="mt-1 space-y-0.5">
            {disagreeing.map((d) => (
              <li key={d.id}>
                {formatShare(d)} ({periodLabel(d)}{d.headline ? ", line value" : ""}) — <SourceCitation source={sources.get(d.sourceId)} id={d.sourceId} testId="disagreement-source-link" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
