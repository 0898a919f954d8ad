"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useFilterState } from "@/components/filters/filters-provider";
import { Localized } from "@/components/ui/localized";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { categoryColor } from "@/lib/colors";
import { briefingYears } from "@/lib/dependence-briefing";
import { categoryLabel } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { incidentsQuery } from "@/lib/queries";

export function IncidentTimeline() {
  const { filters } = useFilterState();
  const t = useTranslations("overview.timeline");
  const locale = useLocale();
  const enums = useMessages().enums;
  const { data = [] } = useQuery({ ...incidentsQuery(filters.materials, filters, filters.categories), placeholderData: keepPreviousData });
  const rows = data.filter((i) => i.duplicateOf === null);
  const duplicates = data.length - rows.length;
  return (
    <section aria-labelledby="timeline-title" className="min-w-0 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="timeline-title" className="text-base font-semibold text-ink">
        {t("title", { years: briefingYears(filters.from, filters.to, locale) })}
      </h2>
      <p className="mt-0.5 text-sm text-muted">{t("summary", { count: rows.length, duplicates })}</p>
      <ScrollRegion label={t("list")} className="mt-3 max-h-[28rem] pl-2">
      <ol className="space-y-0 border-l-2 border-line pl-4" data-testid="incident-timeline">
        {rows.map((i) => (
          <li key={i.id} className="relative py-1.5">
            <span
              aria-hidden
              className="absolute -left-[23px] top-3.5 h-3 w-3 rounded-full border-2 border-white"
              style={{ background: categoryColor(i.category) }}
            />
            <p className="text-xs text-muted tabular-nums">
              {t("meta", {
                date: formatDate(i.date, locale),
                category: categoryLabel(enums, i.category),
                severity: i.severity,
              })}
            </p>
            <p className="text-sm text-ink">
              <Localized en={i.title} ja={i.titleJa} />
            </p>
          </li>
        ))}
        {rows.length === 0 && <li className="py-2 text-sm text-muted">{t("empty")}</li>}
      </ol>
      </ScrollRegion>
    </section>
  );
}
