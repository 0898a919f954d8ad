"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFilterState } from "@/components/filters/filters-provider";
import { formatTonnes, formatUsd } from "@/lib/format";
import { projectsQuery } from "@/lib/queries";

const label = (v: string) => v.replace(/_/g, " ").replace("rnd", "R&D");

export function ProjectsTable() {
  const { filters } = useFilterState();
  const { data = [] } = useQuery({ ...projectsQuery(filters.materials), placeholderData: keepPreviousData });
  const rows = data.filter((p) => p.duplicateOf === null);
  return (
    <section aria-labelledby="projects-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="projects-title" className="text-base font-semibold text-ink">
        Japan&apos;s diversification projects
      </h2>
      <p className="mt-0.5 text-sm text-muted">
        {rows.length} project{rows.length === 1 ? "" : "s"} for the selected material(s); records of the same financing or plant are counted once. Blank = not stated by any source.
      </p>
      <div className="mt-3 max-h-[28rem] overflow-auto">
        <table className="w-full text-left text-sm" data-testid="projects-table">
          <thead className="sticky top-0 bg-white text-xs text-muted">
            <tr>
              <th className="py-1.5 pr-3 font-medium">Project</th>
              <th className="py-1.5 pr-3 font-medium">Host</th>
              <th className="py-1.5 pr-3 font-medium">Type</th>
              <th className="py-1.5 pr-3 font-medium">Status</th>
              <th className="py-1.5 pr-3 text-right font-medium">Capacity</th>
              <th className="py-1.5 pr-3 text-right font-medium">Investment</th>
              <th className="py-1.5 font-medium">Start</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className="border-t border-line align-top">
                <td className="py-1.5 pr-3">{p.name}</td>
                <td className="py-1.5 pr-3 text-xs">{p.countries.join(", ") || "—"}</td>
                <td className="py-1.5 pr-3 text-xs">{label(p.type)}</td>
                <td className="py-1.5 pr-3 text-xs">{p.status ? label(p.status) : <span className="text-muted">unknown</span>}</td>
                <td className="py-1.5 pr-3 text-right text-xs tabular-nums">{p.capacityTonnesPerYear !== null ? `${formatTonnes(p.capacityTonnesPerYear)}/yr` : <span className="text-muted">unknown</span>}</td>
                <td className="py-1.5 pr-3 text-right text-xs tabular-nums">{p.investmentUsd !== null ? formatUsd(p.investmentUsd) : <span className="text-muted">unknown</span>}</td>
                <td className="py-1.5 text-xs tabular-nums">{p.startYear ?? <span className="text-muted">unknown</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="py-2 text-sm text-muted">No projects for this material.</p>}
      </div>
    </section>
  );
}
