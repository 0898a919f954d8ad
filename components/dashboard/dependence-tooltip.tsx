"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { categoryColor } from "@/lib/colors";
import { pointKinds, sourceLine } from "@/lib/dependence-text";
import { glyphText } from "@/lib/dependence-values";
import { formatDate, formatShare, formatUsdExact, periodLabel } from "@/lib/format";
import { localizedString } from "@/lib/i18n/localized";
import { categoryLabel } from "@/lib/labels";
import type { DependencePoint, SourceRef } from "@/lib/types";
import type { HoverTarget } from "./dependence-chart-layout";

const BOX = "pointer-events-none absolute z-10 w-72 rounded-md border border-line bg-white p-3 text-xs shadow-lg";

/** What the hovered or focused event or point is, and its source; kept inside the chart's width. */
export function DependenceTooltip({ hover, sources, width, conflict }: { hover: HoverTarget; sources: Map<number, SourceRef>; width: number; conflict: DependencePoint[] | null }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { enums } = useMessages();
  const mark = useTranslations("common")("untranslated");
  const left = Math.min(Math.max(hover.x - 140, 0), Math.max(0, width - 290));
  const style = { left, top: hover.y + 14 } as const;
  if (hover.kind === "event") {
    const e = hover.event;
    return (
      <div role="tooltip" data-testid="chart-tooltip" className={BOX} style={{ ...style, top: hover.y - 150 }}>
        <p className="font-semibold text-ink">{t("event.title", { number: e.number, title: localizedString(locale, e.title, e.titleJa, mark) })}</p>
        <p className="mt-1 text-muted">
          {formatDate(e.date, locale)} ·{" "}
          <span aria-hidden className="inline-block h-2 w-2 rounded-full align-middle" style={{ background: categoryColor(e.category) }} />{" "}
          {categoryLabel(enums, e.category)} · {t("tooltip.severity", { severity: e.severity })}
        </p>
        <p className="mt-1 text-muted">{t("tooltip.source", { source: sourceLine(sources.get(e.sourceId), t) })}</p>
      </div>
    );
  }
  const p = hover.glyph.point;
  const usd = hover.glyph.valueUsd;
  const list = locale === "ja" ? "、" : ", ";
  return (
    <div role="tooltip" data-testid="chart-tooltip" className={BOX} style={style}>
      <p className="font-semibold text-ink">{t("point.title", { series: hover.series.label, period: periodLabel(p, locale), value: glyphText(hover.glyph, locale) })}</p>
      {usd !== undefined && <p className="mt-1 text-muted">{t("tooltip.valueFromChina", { value: formatUsdExact(usd, locale) })}</p>}
      <p className="mt-1 text-muted">{pointKinds(p, t, enums, { tooltip: true, valueUsd: usd }).join(t("separator"))}</p>
      <p className="mt-1 text-muted">{t("tooltip.source", { source: sourceLine(sources.get(p.sourceId), t) })}</p>
      {/* A value's note is stored in English only. */}
      {p.note && (
        <p className="mt-1 text-muted" lang="en">
          {p.note}
        </p>
      )}
      {conflict && (
        <p className="mt-1 font-medium text-amber-800" data-testid="tooltip-disagreement">
          {t("tooltip.disagree", { year: String(p.year), values: conflict.map((c) => `${formatShare(c, locale)} [${c.sourceId}]`).join(list) })}
        </p>
      )}
      <p className="mt-1 text-muted">{t("tooltip.click")}</p>
    </div>
  );
}
