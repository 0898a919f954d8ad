import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getConcentration, getEventStudy } from "@/db/queries/analysis";
import { getDependenceSeries, getHeadlineFigures } from "@/db/queries/dependence";
import { listIncidents } from "@/db/queries/incidents";
import { listMaterials } from "@/db/queries/materials";
import { listProjects } from "@/db/queries/projects";
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
import { getQueryClient } from "@/lib/query-client";
import { parseWindow } from "@/lib/analysis/event-study";
import { concentrationKey, dependenceKey, eventStudyKey, incidentsKey, projectsKey, summaryKey } from "@/lib/queries";
import { parseFilters, type RawParams } from "@/server/validation/filters";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const materials = listMaterials();
  const params = await searchParams;
  const { filters } = parseFilters(params, new Set(materials.map((m) => m.slug)));
  const window = parseWindow(params.window);
  const range = { from: filters.from, to: filters.to };

  // Prefetch with the same keys the client uses, so the first paint needs no client fetch.
  const queryClient = getQueryClient();
  const [primary] = filters.materials;
  await Promise.all([
    ...filters.materials.map((m) =>
      queryClient.prefetchQuery({
        queryKey: dependenceKey(m, range, filters.categories),
        queryFn: () => getDependenceSeries({ material: m, ...range, categories: filters.categories }),
      }),
    ),
    queryClient.prefetchQuery({ queryKey: summaryKey(primary, range), queryFn: () => getHeadlineFigures({ material: primary, ...range }) }),
    queryClient.prefetchQuery({
      queryKey: incidentsKey(filters.materials, range, filters.categories),
      queryFn: () => listIncidents({ materials: filters.materials, ...range, categories: filters.categories, includeDuplicates: true }),
    }),
    queryClient.prefetchQuery({ queryKey: eventStudyKey(primary, range, window), queryFn: () => getEventStudy({ material: primary, ...range, window }) }),
    queryClient.prefetchQuery({ queryKey: concentrationKey(primary, range), queryFn: () => getConcentration({ material: primary, ...range }) }),
    queryClient.prefetchQuery({
      queryKey: projectsKey(filters.materials),
      queryFn: () => listProjects({ materials: filters.materials, includeDuplicates: true }),
    }),
  ]);

  return (
    <FiltersProvider materials={materials}>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <div className="flex flex-col gap-4 print:gap-2">
          <h1 className="sr-only">Overview</h1>
          <BriefingHeader />
          <OverviewNotice />
          <div className="flex items-start gap-3 print:hidden">
            <div className="min-w-0 flex-1">
              <FilterBar />
            </div>
            <PrintBriefingButton />
          </div>
          <HeadlineFigures />
          <DependenceCard />
          <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr] print:hidden">
            <EventStudyCard />
            <ConcentrationCard />
          </div>
          <div className="grid gap-4 lg:grid-cols-2 print:hidden">
            <IncidentTimeline />
            <ProjectsTable />
          </div>
        </div>
      </HydrationBoundary>
    </FiltersProvider>
  );
}
