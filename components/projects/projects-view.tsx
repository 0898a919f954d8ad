"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { localMaterialNames } from "@/lib/incidents-shape";
import { capacityStandings, capacityTotals } from "@/lib/projects-capacity";
import { describeProjectFilters, filterProjects, hostCountries, hostOptions, nextSort, sortProjects, splitRepeats, tableNote, unknownHostNotice } from "@/lib/projects-view";
import type { MaterialDto, ProjectDto } from "@/lib/types";
import { CapacityChart } from "./capacity-chart";
import { CapacitySummary } from "./capacity-summary";
import { HostBreakdown } from "./host-breakdown";
import { ProjectFilterForm } from "./project-filter-form";
import { ProjectTable } from "./project-table";
import { useProjectFilters } from "./use-project-filters";
import { useProjectWords } from "./use-project-words";

/** The projects page below its heading: filters, capacity summary, chart, host breakdown and the table, all from one filtered list. */
export function ProjectsView({ projects, materials }: { projects: ProjectDto[]; materials: MaterialDto[] }) {
  const w = useProjectWords();
  const { t, locale } = w;
  const mark = useTranslations("common")("untranslated");
  const { filters: f, issues, set, reset } = useProjectFilters(materials);
  // Every record's standing in the measure, from the whole list: filters never change it.
  const standings = useMemo(() => capacityStandings(projects), [projects]);
  const shown = useMemo(() => filterProjects(projects, f), [projects, f]);
  const totals = useMemo(() => capacityTotals(shown, standings), [shown, standings]);
  const { primary, repeats } = useMemo(() => splitRepeats(shown), [shown]);
  const sorted = useMemo(() => sortProjects(primary, f.sort, f.dir), [primary, f.sort, f.dir]);
  const hosts = useMemo(() => hostCountries(projects), [projects]);
  const hostNotice = unknownHostNotice(w, hosts, f.country);
  const materialNames = (slugs: readonly string[]) => localMaterialNames(slugs, materials, locale, mark);
  const filterText = describeProjectFilters(w, f, (slug) => materialNames([slug])[0]);

  return (
    <div className="flex flex-col gap-4">
      <IssuesNotice issues={issues} />
      {hostNotice && (
        <p role="status" data-testid="country-notice" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {hostNotice}
        </p>
      )}
      <ProjectFilterForm filters={f} materials={materials} hosts={hostOptions(w, hosts, f.country)} onChange={set} onReset={reset} />
      <CapacitySummary totals={totals} />

      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[3fr_2fr]">
        <CapacityChart projects={shown} standings={standings} measure={f.measure} stack={f.stack} onChange={set} filterText={filterText} />
        <HostBreakdown projects={shown} standings={standings} onPick={(country) => set({ country })} />
      </div>

      <section aria-labelledby="projects-table-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
        <h2 id="projects-table-title" className="text-base font-semibold text-ink">
          {t("table.title", { count: primary.length })}
        </h2>
        <p className="text-sm text-muted" data-testid="projects-count">
          {tableNote(w, repeats)}
        </p>
        <ProjectTable projects={sorted} standings={standings} materialNames={materialNames} sort={f.sort} dir={f.dir} onSort={(column) => set(nextSort(f, column))} />
      </section>
    </div>
  );
}
