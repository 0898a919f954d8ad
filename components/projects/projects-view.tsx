"use client";

import { useMemo } from "react";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { describeProjectFilters, filterProjects, hostCountries, nextSort, repeatsNote, sortProjects, splitRepeats } from "@/lib/projects-view";
import type { MaterialDto, ProjectDto } from "@/lib/types";
import { CapacityChart } from "./capacity-chart";
import { HostBreakdown } from "./host-breakdown";
import { ProjectFilterForm } from "./project-filter-form";
import { ProjectTable } from "./project-table";
import { useProjectFilters } from "./use-project-filters";

/** The projects page below its heading: filters, capacity chart, host breakdown and the table, all from one filtered list. */
export function ProjectsView({ projects, materials }: { projects: ProjectDto[]; materials: MaterialDto[] }) {
  const { filters: f, issues, set, reset } = useProjectFilters(materials);
  const shown = useMemo(() => filterProjects(projects, f), [projects, f]);
  const { primary, repeats } = useMemo(() => splitRepeats(shown), [shown]);
  const sorted = useMemo(() => sortProjects(primary, f.sort, f.dir), [primary, f.sort, f.dir]);
  const countries = useMemo(() => hostCountries(projects), [projects]);
  const filterText = describeProjectFilters(f, (slug) => materials.find((m) => m.slug === slug)?.name ?? slug);

  return (
    <div className="flex flex-col gap-4">
      <IssuesNotice issues={issues} />
      <ProjectFilterForm filters={f} materials={materials} countries={countries} onChange={set} onReset={reset} />

      <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
        <CapacityChart projects={shown} stack={f.stack} onStack={(stack) => set({ stack })} filterText={filterText} />
        <HostBreakdown projects={shown} onPick={(country) => set({ country })} />
      </div>

      <section aria-labelledby="projects-table-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
        <h2 id="projects-table-title" className="text-base font-semibold text-ink">
          {primary.length} {primary.length === 1 ? "project" : "projects"}
        </h2>
        <p className="text-sm text-muted" data-testid="projects-count">
          {repeatsNote(repeats)}
          Click a column to sort; unknown values sort last.
        </p>
        <ProjectTable projects={sorted} sort={f.sort} dir={f.dir} onSort={(column) => set(nextSort(f, column))} />
      </section>
    </div>
  );
}
