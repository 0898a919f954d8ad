import type { Metadata } from "next";
import { Suspense } from "react";
import { listMaterials } from "@/db/queries/materials";
import { listProjects } from "@/db/queries/projects";
import { ProjectsView } from "@/components/projects/projects-view";
import { Skeleton } from "@/components/ui/prefetch-boundary";

export const metadata: Metadata = { title: "Projects · REE Monitor" };
// Read from the database on each request: an import changes it, and nothing may be baked in at build.
export const dynamic = "force-dynamic";

async function ProjectsSection() {
  // 45-odd records: the page sends them all once and filters in the browser, so every filter
  // change is instant and needs no request.
  return <ProjectsView projects={listProjects({ materials: null, includeDuplicates: true })} materials={listMaterials()} />;
}

export default function ProjectsPage() {
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">Projects</h1>
        <p className="text-sm text-muted">
          What Japan is building or financing outside China: mines, refineries, magnet plants, recycling, deep-sea tests, offtake deals, stockpiles and
          agreements. Blank or unknown values are shown as unknown, never as zero; one plant or financing recorded twice is counted once.
        </p>
      </div>
      <Suspense fallback={<Skeleton height={1200} />}>
        <ProjectsSection />
      </Suspense>
    </div>
  );
}
