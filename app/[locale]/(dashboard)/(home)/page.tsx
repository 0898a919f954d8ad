import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { listMaterials } from "@/db/queries/materials";
import { ConcentrationCard } from "@/components/analysis/concentration-card";
import { EventStudyCard } from "@/components/analysis/event-study-card";
import { BriefingHeader } from "@/components/dashboard/briefing-header";
import { DependenceCard } from "@/components/dashboard/dependence-card";
import { ExportDeckButton } from "@/components/dashboard/export-deck-button";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { IncidentTimeline } from "@/components/dashboard/incident-timeline";
import { PrintBriefingButton } from "@/components/dashboard/print-briefing-button";
import { ProjectsTable } from "@/components/dashboard/projects-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { OverviewNotice } from "@/components/filters/filter-notice";
import { FiltersProvider } from "@/components/filters/filters-provider";
import { PeersCard } from "@/components/peers/peers-card";
import { MonthlyCardOnDemand } from "@/components/monthly/monthly-card";
import { OnDemand } from "@/components/ui/on-demand";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { parseWindow } from "@/lib/analysis/event-study";
import { briefingYears } from "@/lib/dependence-briefing";
import { OVERVIEW_MESSAGES, pickMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { MaterialDto } from "@/lib/types";
import { materialIndex, YEAR_PATTERN, type RawParams } from "@/lib/validation/filter-params";
import { forLocale, overviewOnDemandUrls, prefetchOverview } from "@/server/resources/pages";
import { VersionNotice } from "../changes/version-notice";
import { parseFilters } from "@/server/validation/filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("metaTitle") };
}

/** The materials as this page's client reads them: an English page leaves out the Japanese names and descriptions. */
const forPage = (materials: MaterialDto[], locale: Locale) => (locale === "en" ? materials.map((m) => ({ ...m, nameJa: null, descriptionJa: null })) : materials);

/** For readers without JavaScript: the card's name and its data from the read API. */
async function fallback(card: string, url: string) {
  const t = await getTranslations("onDemand");
  return t.rich("fallback", {
    card,
    b: (chunks) => <b className="font-semibold text-ink">{chunks}</b>,
    json: (chunks) => <a href={url} className="text-accent underline">{chunks}</a>,
    csv: (chunks) => <a href={`${url}&format=csv`} className="text-accent underline">{chunks}</a>,
  });
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const t = await getTranslations("overview");
  const a = await getTranslations("analysis");
  const locale = (await getLocale()) as Locale;
  const materials = listMaterials();
  const params = await searchParams;
  const { filters } = parseFilters(params, materialIndex(materials));
  const window = parseWindow(params.window);
  const peersYear = typeof params.peersYear === "string" && YEAR_PATTERN.test(params.peersYear) ? Number(params.peersYear) : null;
  const urls = overviewOnDemandUrls(filters, window, peersYear);
  return (
    // The overview's client components get only the namespaces they read.
    <NextIntlClientProvider messages={pickMessages(await getMessages(), OVERVIEW_MESSAGES)}>
      <FiltersProvider materials={forPage(materials, locale)}>
        <PrefetchBoundary prefetch={(qc) => prefetchOverview(qc, filters)} lean={forLocale(locale)}>
          <div className="flex flex-col gap-4 print:gap-2">
            <h1 className="sr-only">{t("heading")}</h1>
            <BriefingHeader />
            <OverviewNotice />
            <VersionNotice params={params} filters={filters} />
            <div className="flex flex-col gap-3 lg:flex-row lg:items-start print:hidden">
              <div className="min-w-0 flex-1">
                <FilterBar />
              </div>
              <div className="flex flex-wrap items-start justify-end gap-3">
                <ExportDeckButton />
                <PrintBriefingButton />
              </div>
            </div>
            <HeadlineFigures />
            <DependenceCard />
            {/* Below the first screen (1280×900 and 390×844): each card loads as the reader scrolls near it,
                its place held at about its drawn height (measured at 390 and 1280 px). */}
            <MonthlyCardOnDemand fallback={await fallback((await getTranslations("monthly"))("title"), urls.monthly)} />
            <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr] print:hidden">
              <OnDemand name="event-study" messages={["analysis"]} reserve="min-h-[850px] lg:min-h-[500px]" fallback={await fallback(a("eventStudy.title"), urls.eventStudy)}>
                <EventStudyCard />
              </OnDemand>
              <OnDemand name="concentration" messages={["analysis"]} reserve="min-h-[650px] lg:min-h-[500px]" fallback={await fallback(a("concentration.title"), urls.concentration)}>
                <ConcentrationCard />
              </OnDemand>
            </div>
            <OnDemand name="peers" messages={["peers"]} reserve="min-h-[560px] lg:min-h-[480px]" className="print:hidden" fallback={await fallback((await getTranslations("peers"))("title"), urls.peers)}>
              <PeersCard />
            </OnDemand>
            <div className="grid gap-4 lg:grid-cols-2 print:hidden">
              <OnDemand name="incident-timeline" reserve="min-h-[580px] lg:min-h-[568px]" fallback={await fallback(t("timeline.title", { years: briefingYears(filters.from, filters.to, locale) }), urls.incidents)}>
                <IncidentTimeline />
              </OnDemand>
              <OnDemand name="projects" reserve="min-h-[580px] lg:min-h-[568px]" fallback={await fallback(t("projects.title"), urls.projects)}>
                <ProjectsTable />
              </OnDemand>
            </div>
          </div>
        </PrefetchBoundary>
      </FiltersProvider>
    </NextIntlClientProvider>
  );
}
