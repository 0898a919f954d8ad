"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { ExportMenu } from "@/components/charts/export-menu";
import { chartHeight, placeEvents, type HoverTarget, type SelectedPoint } from "@/components/dashboard/dependence-chart-layout";
import { DependenceChart } from "@/components/dashboard/dependence-chart";
import { PointDetail } from "@/components/dashboard/point-detail";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { useReturnFocus } from "@/components/ui/use-return-focus";
import { conflictFor, drawDependence, glyphId, labelSeries } from "@/lib/dependence-series";
import { dependenceCsv, dependenceExportMeta } from "@/lib/export/dependence";
import { exportFileName } from "@/lib/export/naming";
import { formatDate, formatShare, periodLabel } from "@/lib/format";
import { localizedString } from "@/lib/i18n/localized";
import type { DependenceResponse, EventDto } from "@/lib/types";

/** China's share three years either side of one incident, the incident marked on the same axis; `materialLabel`: the material's name in the page's language. */
export function ContextChart({ series: response, event, materialLabel }: { series: DependenceResponse; event: EventDto; materialLabel: string }) {
  const t = useTranslations("incidents");
  const tDashboard = useTranslations("dashboard");
  const tCommon = useTranslations("common");
  const messages = useMessages();
  const locale = useLocale();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [selected, setSelected] = useState<SelectedPoint | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const focus = useReturnFocus(cardRef);
  const { from, to } = response;
  // China only: the incident page draws no other partners.
  const { series, sources, conflicts } = useMemo(() => {
    const drawn = drawDependence([{ ...response, partners: [] }], true);
    // The series' labels in the page's language (「中国（永久磁石）」).
    return { ...drawn, series: labelSeries(drawn.series, tDashboard, locale, () => materialLabel) };
  }, [response, tDashboard, locale, materialLabel]);
  const layout = useMemo(() => (width ? placeEvents([event], width, from, to) : null), [width, event, from, to]);
  const title = t("context.exportTitle", { material: materialLabel, from, to, date: formatDate(event.date, locale) });
  const height = chartHeight(1);
  const gaps = series[0].gaps ?? [];

  return (
    <ChartCard
      title={t("context.title", { material: materialLabel, from, to })}
      subtitle={t("context.subtitle")}
      data-testid="context-chart-card"
      ref={cardRef}
      actions={
        <ExportMenu
          fileName={`${exportFileName({ chart: "context", materials: [response.material], from, to })}-incident${event.id}`}
          getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.dependence-surface")}
          getMeta={() =>
            dependenceExportMeta({
              title,
              responses: [response],
              categories: [],
              series,
              events: (layout?.placed ?? []).map((e) => ({ ...e, title: localizedString(locale, e.title, e.titleJa, tCommon("untranslated")) })),
              single: true,
              permalink: window.location.href,
              locale,
              t: tDashboard,
              enums: messages.enums,
              nameOf: () => materialLabel,
            })
          }
          getCsv={() => dependenceCsv([{ ...response, partners: [] }])}
        />
      }
    >
      <div ref={ref} className="relative w-full" data-testid="context-chart" style={{ minHeight: height }}>
        {width && layout && (
          <DependenceChart
            width={width}
            from={from}
            to={to}
            series={series}
            events={layout.placed}
            lanes={layout.lanes}
            hover={hover}
            selectedEventId={event.id}
            selectedPointKey={selected ? glyphId(selected.series.key, selected.glyph.key) : null}
            onHover={setHover}
            onSelectEvent={() => {}}
            onSelectPoint={(p) => {
              focus.remember(`[data-glyph-id="${glyphId(p.series.key, p.glyph.key)}"]`);
              setSelected(p);
            }}
          />
        )}
        {hover?.kind === "point" && (
          <div role="tooltip" className="pointer-events-none absolute z-10 w-64 rounded-md border border-line bg-white p-2 text-xs shadow-lg" style={{ left: Math.max(0, Math.min(hover.x - 120, (width ?? 0) - 260)), top: hover.y + 14 }}>
            <p className="font-semibold">
              {t("context.tooltip", { period: periodLabel(hover.glyph.point, locale), share: formatShare(hover.glyph.point, locale) })}
            </p>
            <p className="text-muted">{sources.get(hover.glyph.point.sourceId)?.title ?? t("context.pointSource", { id: hover.glyph.point.sourceId })}</p>
          </div>
        )}
      </div>
      {gaps.length > 0 && <p className="mt-1 text-xs text-muted">{t("context.gaps", { years: gaps.join(t("listSeparator")) })}</p>}
      {selected && (
        <PointDetail
          seriesLabel={selected.series.label}
          point={selected.glyph.point}
          sources={sources}
          disagreeing={conflictFor(conflicts, selected.series, selected.glyph.point)}
          onClose={() => {
            focus.restore();
            setSelected(null);
          }}
        />
      )}
    </ChartCard>
  );
}
