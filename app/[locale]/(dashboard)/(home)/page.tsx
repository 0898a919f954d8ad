import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listMaterials } from "@/db/queries/materials";
import { ConcentrationCard } from "@/components/analysis/concentration-card";
import { EventStudyCard } from "@/components/analysis/event-study-card";
import { BriefingHeader } from "@/components/dashboard/briefing-header";
import { DependenceCard } from "@/components/dashboard/dependence-card";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { IncidentTimeline } from "@/components/dashboard/incident-timeline";
import { PrintBriefingButton } from "@/components/dashboard/print-briefing-button";
import { ProjectsTable } from "@/components/dashboard/projects-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { OverviewNotice } from "@/components/filters/filter-notice";
import { FiltersProvider } from "@/components/filters/filters-provider";
import { PeersCard } from "@/components/peers/peers-card";
import { MonthlyCard } from "@/components/monthly/monthly-card";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { parseWindow } from "@/lib/analysis/event-study";
import { materialIndex, YEAR_PATTERN, type RawParams } from "@/lib/validation/filter-params";
import { prefetchOverview } from "@/server/resources/pages";
import { VersionNotice } from "../changes/version-notice";
import { parseFilters } from "@/server/validation/filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("metaTitle") };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const t = await getTranslations("overview");
  const materials = listMaterials();
  const params = await searchParams;
  const { filters } = parseFilters(params, materialIndex(materials));
  const window = parseWindow(params.window);
  const peersYear = typeof params.peersYear === "string" && YEAR_PATTERN.test(params.peersYear) ? Number(params.peersYear) : null;
  return (
    <FiltersProvider materials={materials}>
      <PrefetchBoundary prefetch={(qc) => prefetchOverview(qc, filters, window, peersYear)}>
        <div className="flex flex-col gap-4 print:gap-2">
          <h1 className="sr-only">{t("heading")}</h1>
          <BriefingHeader />
          <OverviewNotice />
          <VersionNotice params={params} filters={filters} />
          <div className="flex items-start gap-3 print:hidden">
            <div className="min-w-0 flex-1">
              <FilterBar />
            </div>
            <PrintBriefingButton />
          </div>
          <HeadlineFigures />
          <DependenceCard />
          <MonthlyCard />
          <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr] print:hidden">
            <EventStudyCard />
            <ConcentrationCard />
          </div>
          <PeersCard />
          <div className="grid gap-4 lg:grid-cols-2 print:hidden">
            <IncidentTimeline />
            <ProjectsTable />
          </div>
        </div>
      </PrefetchBoundary>
    </FiltersProvider>
  );
}
