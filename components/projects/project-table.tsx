import Link from "next/link";
import { SourceLink } from "@/components/sources/source-citation";
import { formatTonnes, formatUsd } from "@/lib/format";
import { projectLabel } from "@/lib/labels";
import type { SortDir } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import type { ProjectSort } from "@/lib/validation/projects";

const COLUMNS: { key: ProjectSort; label: string; right?: boolean }[] = [
  { key: "name", label: "Project" },
  { key: "country", label: "Host" },
  { key: "type", label: "Type" },
  { key: "status", label: "Status" },
  { key: "capacity", label: "Capacity t/yr", right: true },
  { key: "investment", label: "Investment", right: true },
  { key: "start", label: "Start", right: true },
];

const unknown = <span className="text-muted">unknown</span>;

/** The listed projects; each column header sorts (again: the other way). */
export function ProjectTable({ projects, sort, dir, onSort }: { projects: ProjectDto[]; sort: ProjectSort; dir: SortDir; onSort: (s: ProjectSort) => void }) {
  if (!projects.length) return <p className="py-6 text-center text-sm text-muted">No project matches these filters.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="projects-table">
        <thead className="text-xs text-muted">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={`py-1.5 pr-3 font-medium ${c.right ? "text-right" : ""}`} aria-sort={sort === c.key ? (dir === "asc" ? "ascending" : "descending") : "none"}>
                <button type="button" className="hover:text-ink" data-testid={`sort-${c.key}`} onClick={() => onSort(c.key)}>
                  {c.label}
                  {sort === c.key ? (dir === "asc" ? " ▲" : " ▼") : ""}
                </button>
              </th>
            ))}
            <th className="py-1.5 font-medium">Source</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <ProjectRow key={p.id} project={p} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProjectRow({ project: p }: { project: ProjectDto }) {
  return (
    <tr className="border-t border-line align-top" data-testid="project-row" data-project-id={p.id}>
      <td className="py-1.5 pr-3">
        <Link href={`/projects/${p.id}`} className="font-medium text-ink hover:text-accent hover:underline">
          {p.name}
        </Link>
        <span className="block text-xs text-muted">{p.materials.join(", ")}</span>
      </td>
      <td className="py-1.5 pr-3">{p.countries.length ? p.countries.join(", ") : "unknown"}</td>
      <td className="py-1.5 pr-3">{projectLabel(p.type)}</td>
      <td className="py-1.5 pr-3">{projectLabel(p.status)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums" data-col="capacity">
        {p.capacityTonnesPerYear === null ? unknown : formatTonnes(p.capacityTonnesPerYear)}
      </td>
      <td className="py-1.5 pr-3 text-right tabular-nums">{p.investmentUsd === null ? unknown : formatUsd(p.investmentUsd)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums" data-col="start">
        {p.startYear ?? unknown}
      </td>
      <td className="py-1.5 text-xs">
        <SourceLink id={p.sourceId} className="text-accent hover:underline" />
      </td>
    </tr>
  );
}
