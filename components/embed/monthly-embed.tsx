"use client";

import { useLocale, useTranslations } from "next-intl";
import { MonthlyCard } from "@/components/monthly/monthly-card";
import { useFilterState } from "@/components/filters/filters-provider";
import { monthlySeriesFor } from "@/lib/bilateral/codes";
import { materialName } from "@/lib/i18n/localized";

/** The monthly card, or, for a material without China's monthly figures, a sentence saying so (the overview shows nothing). */
export function MonthlyEmbed() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("embed");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const material = filters.materials[0];
  if (monthlySeriesFor(material).length) return <MonthlyCard />;
  const m = materials.find((x) => x.slug === material);
  return (
    <p role="status" className="rounded-lg border border-line bg-panel p-4 text-sm text-muted" data-testid="embed-monthly-none">
      {t("monthlyNone", { material: m ? materialName(m, locale, mark) : material })}
    </p>
  );
}
