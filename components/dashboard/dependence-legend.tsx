"use client";

import { useMessages, useTranslations } from "next-intl";
import { Legend, type LegendItem } from "@/components/ui/legend";
import { categoryColor, chartInk } from "@/lib/colors";
import type { ChartSeries } from "@/lib/dependence-series";
import { categoryLabel } from "@/lib/labels";

/** A series' swatch as drawn: a line for China, a diamond for another partner. */
function SeriesSwatch({ series: s }: { series: ChartSeries }) {
  return (
    <svg width="22" height="10" aria-hidden>
      {s.partner ? <path d="M11 0L16 5L11 10L6 5Z" fill={s.color} /> : <line x1="0" x2="22" y1="5" y2="5" stroke={s.color} strokeWidth="2.5" />}
    </svg>
  );
}

const ESTIMATE_SWATCH = (
  <svg width="22" height="10" aria-hidden>
    <line x1="0" x2="22" y1="5" y2="5" stroke={chartInk.muted} strokeWidth="2" strokeDasharray="5 4" />
    <circle cx="11" cy="5" r="3.5" fill={chartInk.background} stroke={chartInk.muted} strokeWidth="1.5" />
  </svg>
);

const OTHER_SOURCE_SWATCH = (
  <svg width="10" height="10" aria-hidden>
    <circle cx="5" cy="5" r="3.5" fill={chartInk.muted} fillOpacity="0.45" stroke={chartInk.muted} />
  </svg>
);

/** The dependence chart's key: its series, the estimate and other-source marks, and the event categories drawn. */
export function DependenceLegend({ series, categories }: { series: ChartSeries[]; categories: string[] }) {
  const t = useTranslations("dashboard");
  const { enums } = useMessages();
  // Values of imports have no estimates, bounds or ranges to mark.
  const shares = !series.some((s) => s.unit === "usd");
  const items: LegendItem[] = [
    ...series.map((s) => ({ key: s.key, label: s.partner ? t("series.partnerShare", { partner: s.label }) : s.label, swatch: <SeriesSwatch series={s} /> })),
    ...(shares ? [{ key: "estimate", label: t("legend.estimate"), swatch: ESTIMATE_SWATCH }] : []),
    { key: "other-source", label: t("legend.otherSource"), swatch: OTHER_SOURCE_SWATCH },
    ...categories.map((c) => ({ key: c, label: categoryLabel(enums, c), color: categoryColor(c) })),
  ];
  return (
    <Legend items={items} shape="disc" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted print:mt-0 print:gap-x-4 print:gap-y-0 print:text-[7.5pt]">
      <span>{t("legend.severity")}</span>
    </Legend>
  );
}
