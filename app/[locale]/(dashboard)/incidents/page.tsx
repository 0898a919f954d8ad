import type { Metadata } from "next";
import { Suspense } from "react";
import { listMaterials } from "@/db/queries/materials";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterNotice } from "@/components/filters/filter-notice";
import { FiltersProvider } from "@/components/filters/filters-provider";
import { IncidentsView } from "@/components/incidents/incidents-view";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { Skeleton } from "@/components/ui/skeleton";
import { materialIndex, type RawParams } from "@/lib/validation/filter-params";
import { prefetchIncidents } from "@/server/resources/pages";
import { parseFilters } from "@/server/validation/filters";

export const metadata: Metadata = { title: "Incidents · REE Monitor" };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const materials = listMaterials();
  const { filters: f } = parseFilters(await searchParams, materialIndex(materials), { allowAll: true });
  return (
    <FiltersProvider materials={materials} allowAll>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-xl font-semibold text-ink">Incidents</h1>
          <p className="text-sm text-muted">
            Export controls, trade retaliation, diplomatic, military and legal steps between China and Japan (and the agreements and de-escalations
            between them), each with its source. Records of one event by two sources are shown once.
          </p>
        </div>
        <FilterNotice />
        <FilterBar severity />
        <Suspense fallback={<Skeleton height={900} />}>
          <PrefetchBoundary prefetch={(qc) => prefetchIncidents(qc, f)}>
            <IncidentsView />
          </PrefetchBoundary>
        </Suspense>
      </div>
    </FiltersProvider>
  );
}
