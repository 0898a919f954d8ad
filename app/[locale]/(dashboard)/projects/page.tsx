import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { listMaterials } from "@/db/queries/materials";
import { listProjects } from "@/db/queries/projects";
import { ProjectsView } from "@/components/projects/projects-view";
import { Skeleton } from "@/components/ui/prefetch-boundary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects.meta");
  return { title: t("title") };
}
// Read from the database on each request: an import changes it, and nothing may be baked in at build.
export const dynamic = "force-dynamic";

async function ProjectsSection() {
  // 45-odd records: the page sends them all once and filters in the browser, so every filter
  // change is instant and needs no request.
  return <ProjectsView projects={listProjects({ materials: null, includeDuplicates: true })} materials={listMaterials()} />;
}

export default async function ProjectsPage() {
  const t = await getTranslations("projects");
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <Suspense fallback={<Skeleton height={1200} />}>
        <ProjectsSection />
      </Suspense>
    </div>
  );
}
