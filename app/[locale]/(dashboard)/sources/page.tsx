import type { Metadata } from "next";
import { listMaterials } from "@/db/queries/materials";
import { listSourcesWithCitations, listYearStatements } from "@/db/queries/sources";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { SourceDisagreements } from "@/components/sources/source-disagreements";
import { SourceFilterForm } from "@/components/sources/source-filter-form";
import { SourceList } from "@/components/sources/source-list";
import { parseSourceFilters, sourceConflicts, visibleSources } from "@/lib/sources-view";
import type { RawParams } from "@/lib/validation/filter-params";

export const metadata: Metadata = { title: "Sources · REE Monitor" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const materials = listMaterials();
  const names = new Map(materials.map((m) => [m.slug, m.name]));
  const { filters: f, issues } = parseSourceFilters(await searchParams, new Set(names.keys()));
  const all = listSourcesWithCitations();
  const publishers = new Map(all.map((s) => [s.id, s.publisher]));
  const { conflicts, inConflict } = sourceConflicts(listYearStatements(), f.material);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">Sources</h1>
        <p className="text-sm text-muted">
          Every source behind a value, an incident or a project, with the rows that cite it. Links from chart points and markers land here.
        </p>
      </div>
      <IssuesNotice issues={issues} />
      <SourceFilterForm filters={f} materials={materials} />
      <SourceDisagreements conflicts={conflicts} materialNames={names} publishers={publishers} />
      <SourceList sources={visibleSources(all, f)} total={all.length} selectedId={f.id} inConflict={inConflict} materialNames={names} />
    </div>
  );
}
