import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.meta");
  return { title: t("title") };
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const materials = listMaterials();
  const t = await getTranslations("incidents");
  const { filters: f } = parseFilters(await searchParams, materialIndex(materials), { allowAll: true });
  return (
    <FiltersProvider materials={materials} allowAll>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
          <p className="text-sm text-muted">{t("intro")}</p>
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
