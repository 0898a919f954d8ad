"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useFilterState } from "@/components/filters/filters-provider";
import { useDataVersion } from "@/components/ui/data-version";
import { briefingYears, joinMaterialNames } from "@/lib/dependence-briefing";
import { formatDate } from "@/lib/format";
import { materialName } from "@/lib/i18n/localized";
import { categoryLabel } from "@/lib/labels";
import { useEra } from "./use-era";

/** Print only: what the briefing shows, for which filters, and when it was printed. */
export function BriefingHeader() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("overview.briefing");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const enums = useMessages().enums;
  const era = useEra();
  const { version } = useDataVersion();
  const names = filters.materials.map((slug) => {
    const m = materials.find((x) => x.slug === slug);
    return m ? materialName(m, locale, mark) : slug;
  });
  const categories = filters.categories.length ? filters.categories.map((c) => categoryLabel(enums, c)).join(locale === "ja" ? "、" : ", ") : t("allCategories");
  const printed = new Date().toISOString().slice(0, 10);
  return (
    <div className="hidden print:block" data-testid="briefing-header">
      {/* One line: the materials are named again in the chart's key, and the page has no room for a second. */}
      <h1 className="truncate text-[12pt] font-semibold leading-tight">{t("title", { materials: joinMaterialNames(names, locale) })}</h1>
      <p className="text-[8pt] text-muted" suppressHydrationWarning>
        {t.rich("meta", {
          b: (chunks) => <span className="font-semibold uppercase tracking-wide">{chunks}</span>,
          years: briefingYears(filters.from, filters.to, locale, era),
          categories,
          date: locale === "ja" ? formatDate(printed, locale) : printed,
          version: String(version),
        })}
      </p>
    </div>
  );
}
