"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SourceCitation } from "@/components/sources/source-citation";
import { pointKinds } from "@/lib/dependence-text";
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
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { enums } = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [point.id]);
  const kind = pointKinds(point, t, enums);
  return (
    <section
      data-testid="point-detail"
      aria-labelledby="point-detail-title"
      className="mt-3 rounded-md border-l-4 border-accent bg-canvas p-4 text-sm"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="flex items-start justify-between gap-4">
        <h3 id="point-detail-title" ref={heading} tabIndex={-1} className="font-semibold text-ink outline-none">
          {t("point.title", { series: seriesLabel, period: periodLabel(point, locale), value: valueText ?? formatShare(point, locale) })}
        </h3>
        <button type="button" onClick={onClose} className="rounded border border-line bg-white px-2 py-0.5 text-xs" aria-label={t("point.closeLabel")}>
          {t("point.close")}
        </button>
      </div>
      <p className="mt-1 text-xs text-muted">{kind.join(t("separator"))}</p>
      {/* A value's note is stored in English only. */}
      {point.note && <p className="mt-1 text-xs text-muted">{t.rich("point.note", { note: point.note, en: (chunks) => <span lang="en">{chunks}</span> })}</p>}
      <p className="mt-2 text-xs">
        <span className="text-muted">{t("point.source")} </span>
        <SourceCitation source={sources.get(point.sourceId)} id={point.sourceId} testId="point-source-link" />
      </p>
      {disagreeing && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs" data-testid="point-disagreement">
          <p className="font-medium text-ink">{t("point.disagree", { year: String(point.year) })}</p>
          <ul className="mt-1 space-y-0.5">
            {disagreeing.map((d) => (
              <li key={d.id}>
                {t(d.headline ? "point.disagreeItemLine" : "point.disagreeItem", { value: formatShare(d, locale), period: periodLabel(d, locale) })} —{" "}
                <SourceCitation source={sources.get(d.sourceId)} id={d.sourceId} testId="disagreement-source-link" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
