"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useFilterState } from "@/components/filters/filters-provider";
import { briefingYear, briefingYears, capacityFigure, capacityPrintDetail } from "@/lib/dependence-briefing";
import { formatChangePp, formatShare } from "@/lib/format";
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

const point = (pct: number, estimate = false) => ({ sharePct: pct, low: null, high: null, bound: null, estimate });

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
  const change = data.changeSince2010;
  const capacity = capacityFigure(tOverview, data.capacity, false, locale);
  const latestDetail = (withEra: boolean, source: string) => (latest ? t("latest.detail", { year: briefingYear(latest.year, locale, withEra), estimate: latest.estimate ? "yes" : "no", source }) : "");
  const changeDetail = (withEra: boolean) =>
    change
      ? t("change.detail", {
          from: formatShare(point(change.fromPct), locale),
          baseYear: briefingYear(2010, locale, withEra),
          to: formatShare(point(change.toPct, change.estimate), locale),
          toYear: briefingYear(change.toYear, locale, withEra),
          estimate: change.estimate ? "yes" : "no",
        })
      : t("change.needs");
  return (
    <section aria-label={t("label", { material: name })} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4 print:gap-1.5">
      <Figure
        testId="figure-latest"
        label={t("latest.label", { material: name })}
        value={latest ? formatShare(latest, locale) : t("latest.noData")}
        detail={latest ? latestDetail(false, [latest.source.publisher, latest.source.title].filter(Boolean).join(": ")) : t("latest.none")}
        printDetail={latest ? latestDetail(era, latest.source.publisher ?? latest.source.title) : undefined}
      />
      <Figure
        testId="figure-change"
        label={t("change.label")}
        value={change ? formatChangePp(change.deltaPp, change.estimate, locale) : t("change.none")}
        detail={changeDetail(false)}
        printDetail={era && change ? changeDetail(true) : undefined}
      />
      <Figure
        testId="figure-events"
        label={t("events.label")}
        value={data.escalationEvents}
        detail={t("events.detail", { years: briefingYears(filters.from, filters.to, locale) })}
        // Without the era: the briefing's header gives the range with it, and the figure stays one line.
        printDetail={t("events.print", { years: briefingYears(filters.from, filters.to, locale) })}
      />
      <Figure testId="figure-projects" label={t("capacity.label")} value={capacity.value} detail={capacity.detail} printDetail={capacityPrintDetail(tOverview, data.capacity)} />
    </section>
  );
}
