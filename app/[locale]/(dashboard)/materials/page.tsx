import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { MaterialsView } from "@/components/materials/materials-view";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import { Skeleton } from "@/components/ui/skeleton";
import { prefetchMaterialsSummary } from "@/server/resources/pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("materials.page");
  // The layout's template adds " · REE Monitor".
  return { title: t("metaTitle") };
}
// Read from the database on each request: an import changes it, and nothing may be baked in at build.
export const dynamic = "force-dynamic";

export default async function MaterialsPage() {
  const t = await getTranslations("materials.page");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <Suspense fallback={<Skeleton height={1400} />}>
        <PrefetchBoundary prefetch={prefetchMaterialsSummary}>
          <MaterialsView />
        </PrefetchBoundary>
      </Suspense>
    </div>
  );
}
