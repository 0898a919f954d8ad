import type { Metadata } from "next";
import { Suspense } from "react";
import { MaterialsView } from "@/components/materials/materials-view";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { Skeleton } from "@/components/ui/skeleton";
import { prefetchMaterialsSummary } from "@/server/resources/pages";

export const metadata: Metadata = { title: "Materials · REE Monitor" };
// Read from the database on each request: an import changes it, and nothing may be baked in at build.
export const dynamic = "force-dynamic";

export default function MaterialsPage() {
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">Materials</h1>
        <p className="text-sm text-muted">
          Where Japan is most exposed: China&apos;s share of Japan&apos;s imports of each material in its latest year with a value, with the year,
          what the share measures, the HS code it covers and its source. A material without a share says why; it is never counted as 0%. Open a
          material for its whole series.
        </p>
      </div>
      <Suspense fallback={<Skeleton height={1400} />}>
        <PrefetchBoundary prefetch={prefetchMaterialsSummary}>
          <MaterialsView />
        </PrefetchBoundary>
      </Suspense>
    </div>
  );
}
