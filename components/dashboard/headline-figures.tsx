"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useFilterState } from "@/components/filters/filters-provider";
import { briefingYear, briefingYears, capacityPrintDetail, headlineFigureTexts } from "@/lib/dependence-briefing";
import { materialName } from "@/lib/i18n/localized";
import { summaryQuery } from "@/lib/queries";
import { useEra } from "./use-era";

/** One figure; `printDetail`, when given, replaces the detail on paper (shorter, for the one-page briefing). */
function Figure({ label, value, detail, printDetail, testId }: { label: string; value: React.ReactNode; detail: React.ReactNode; printDetail?: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-lg border border-line bg-panel p-4 shadow-sm print:rounded print:px-2 print:py-1 print:shadow-none" data-testid={testId}>
      <p className="text-xs font-medium uppercase tracking-wide text-muted print:text-[7.5pt] print:leading-tight">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-ink print:mt-0 print:text-[14pt] print:leading-tight">{value}</p>
      <p className={`mt-1 text-xs text-muted print:mt-0 print:text-[7.5pt] print:leading-tight ${printDetail ? "print:hidden" : ""}`}>{detail}</p>
      {printDetail && <p className="hidden text-[7.5pt] leading-tight text-muted print:block">{printDetail}</p>}
    </div>
  );
}

/** 主要指標: China's latest share, its change since 2010, the escalation events and Japan's capacity outside China. Years on paper carry the era when asked (`era=1`). */
export function HeadlineFigures() {
  const { filters, materials } = useFilterState();
  const t = useTranslations("overview.headline");
  const tOverview = useTranslations("overview");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const era = useEra();
  const material = filters.materials[0];
  const { data } = useQuery({ ...summaryQuery(material, filters), placeholderData: keepPreviousData });
  const m = materials.find((x) => x.slug === material);
  const name = m ? materialName(m, locale, mark) : material;
  if (!data) return <div className="grid h-[116px] gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-hidden />;
  const latest = data.latest;
  const figures = headlineFigureTexts(tOverview, data, { material: name, from: filters.from, to: filters.to, locale });
  const latestPrint = latest ? t("latest.detail", { year: briefingYear(latest.year, locale, era), estimate: latest.estimate ? "yes" : "no", source: latest.source.publisher ?? latest.source.title }) : undefined;
  const changePrint = era && data.changeSince2010 ? headlineFigureTexts(tOverview, data, { material: name, from: filters.from, to: filters.to, locale, withEra: true }).change.detail : undefined;
  return (
    <section aria-label={t("label", { material: name })} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4 print:gap-1.5">
      <Figure
        testId="figure-latest"
        label={figures.latest.label}
        value={figures.latest.value}
        detail={figures.latest.detail}
        printDetail={latestPrint}
      />
      <Figure
        testId="figure-change"
        label={figures.change.label}
        value={figures.change.value}
        detail={figures.change.detail}
        printDetail={changePrint}
      />
      <Figure
        testId="figure-events"
        label={figures.events.label}
        value={data.escalationEvents}
        detail={figures.events.detail}
        // Without the era: the briefing's header gives the range with it, and the figure stays one line.
        printDetail={t("events.print", { years: briefingYears(filters.from, filters.to, locale) })}
      />
      <Figure testId="figure-projects" label={figures.capacity.label} value={figures.capacity.value} detail={figures.capacity.detail} printDetail={capacityPrintDetail(tOverview, data.capacity)} />
    </section>
  );
}
