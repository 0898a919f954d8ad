"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFilterState } from "@/components/filters/filters-provider";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Table, type TableColumn } from "@/components/ui/table";
import { formatTonnes, formatUsd } from "@/lib/format";
import { projectsQuery } from "@/lib/queries";
import type { ProjectDto } from "@/lib/types";

const label = (v: string) => v.replace(/_/g, " ").replace("rnd", "R&D");
const unknown = <span className="text-muted">unknown</span>;

const COLUMNS: TableColumn<ProjectDto>[] = [
  { key: "name", header: "Project", cell: (p) => p.name },
  { key: "host", header: "Host", cellClassName: "text-xs", cell: (p) => p.countries.join(", ") || "—" },
  { key: "type", header: "Type", cellClassName: "text-xs", cell: (p) => label(p.type) },
  { key: "status", header: "Status", cellClassName: "text-xs", cell: (p) => (p.status ? label(p.status) : unknown) },
  {
    key: "capacity",
    header: "Capacity",
    className: "text-right",
    cellClassName: "text-xs tabular-nums",
    cell: (p) => (p.capacityTonnesPerYear !== null ? `${formatTonnes(p.capacityTonnesPerYear)}/yr` : unknown),
  },
  { key: "investment", header: "Investment", className: "text-right", cellClassName: "text-xs tabular-nums", cell: (p) => (p.investmentUsd !== null ? formatUsd(p.investmentUsd) : unknown) },
  { key: "start", header: "Start", padClassName: "py-1.5", cellClassName: "text-xs tabular-nums", cell: (p) => p.startYear ?? unknown },
];

export function ProjectsTable() {
  const { filters } = useFilterState();
  const { data = [] } = useQuery({ ...projectsQuery(filters.materials), placeholderData: keepPreviousData });
  const rows = data.filter((p) => p.duplicateOf === null);
  return (
    <section aria-labelledby="projects-title" className="min-w-0 rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
      <h2 id="projects-title" className="text-base font-semibold text-ink">
        Japan&apos;s diversification projects
      </h2>
      <p className="mt-0.5 text-sm text-muted">
        {rows.length} project{rows.length === 1 ? "" : "s"} for the selected material(s); records of the same financing or plant are counted once. Blank = not stated by any source.
      </p>
      <ScrollRegion label="Projects table" className="mt-3 max-h-[28rem]">
        <Table
          data-testid="projects-table"
          className="w-full text-left text-sm"
          columns={COLUMNS}
          rows={rows}
          rowKey={(p) => p.id}
          headClassName="sticky top-0 bg-white text-xs text-muted"
          rowClassName="border-t border-line align-top"
          padClassName="py-1.5 pr-3"
        />
        {rows.length === 0 && <p className="py-2 text-sm text-muted">No projects for this material.</p>}
      </ScrollRegion>
    </section>
  );
}
