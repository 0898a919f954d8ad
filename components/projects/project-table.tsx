import { Link } from "@/lib/i18n/navigation";
import { SourceLink } from "@/components/sources/source-citation";
import { formatTonnes, formatUsd } from "@/lib/format";
import { projectLabel } from "@/lib/labels";
import { standingText, type CapacityStanding } from "@/lib/projects-capacity";
import type { SortDir } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import type { ProjectSort } from "@/lib/validation/projects";
import { ScrollRegion } from "./scroll-region";

const COLUMNS: { key: ProjectSort | "counted"; label: string; right?: boolean }[] = [
  { key: "name", label: "Project" },
  { key: "country", label: "Host" },
  { key: "type", label: "Type" },
  { key: "status", label: "Status" },
  { key: "capacity", label: "Capacity t/yr", right: true },
  // Whether the tonnes are in the page's totals by the measure, and why not: not a sort key.
  { key: "counted", label: "Counted as" },
  { key: "investment", label: "Investment", right: true },
  { key: "start", label: "Start", right: true },
];

const unknown = <span className="text-muted">unknown</span>;

// The table keeps its columns readable on a phone and scrolls sideways in its own region instead.
// ui/Table is not used here: its header cells take no attributes, and a sortable header needs aria-sort.

/** The listed projects; each column header sorts (again: the other way). */
export function ProjectTable({
  projects,
  standings,
  sort,
  dir,
  onSort,
}: {
  projects: ProjectDto[];
  standings: ReadonlyMap<number, CapacityStanding>;
  sort: ProjectSort;
  dir: SortDir;
  onSort: (s: ProjectSort) => void;
}) {
  if (!projects.length) return <p className="py-6 text-center text-sm text-muted">No project matches these filters.</p>;
  return (
    <ScrollRegion label="Projects table" className="mt-3">
      <table className="w-full min-w-[60rem] text-left text-sm" data-testid="projects-table">
        <thead className="text-xs text-muted">
          <tr>
            {COLUMNS.map((c) =>
              c.key === "counted" ? (
                <th key={c.key} className="py-1.5 pr-3 font-medium">
                  {c.label}
                </th>
              ) : (
                <SortHeader key={c.key} column={c.key} label={c.label} right={c.right} sort={sort} dir={dir} onSort={onSort} />
              ),
            )}
            <th className="py-1.5 font-medium">Source</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <ProjectRow key={p.id} project={p} standing={standings.get(p.id)} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A column header that sorts by its column: aria-sort says how the table is sorted now. */
function SortHeader({ column, label, right, sort, dir, onSort }: { column: ProjectSort; label: string; right?: boolean; sort: ProjectSort; dir: SortDir; onSort: (s: ProjectSort) => void }) {
  return (
    <th className={`py-1.5 pr-3 font-medium ${right ? "text-right" : ""}`} aria-sort={sort === column ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" className="hover:text-ink" data-testid={`sort-${column}`} onClick={() => onSort(column)}>
        {label}
        {sort === column ? (dir === "asc" ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
}

function ProjectRow({ project: p, standing }: { project: ProjectDto; standing: CapacityStanding | undefined }) {
  return (
    <tr className="border-t border-line align-top" data-testid="project-row" data-project-id={p.id}>
      <td className="min-w-48 py-1.5 pr-3">
        <Link href={`/projects/${p.id}`} className="font-medium text-ink hover:text-accent hover:underline">
          {p.name}
        </Link>
        <span className="block text-xs text-muted">{p.materials.join(", ")}</span>
      </td>
      <td className="py-1.5 pr-3">{p.countries.length ? p.countries.join(", ") : "unknown"}</td>
      <td className="py-1.5 pr-3">{projectLabel(p.type)}</td>
      <td className="py-1.5 pr-3">{projectLabel(p.status)}</td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums" data-col="capacity">
        {p.capacityTonnesPerYear === null ? unknown : formatTonnes(p.capacityTonnesPerYear)}
      </td>
      <td className={`py-1.5 pr-3 text-xs ${standing?.counted ? "text-ink" : "text-muted"}`} data-col="counted">
        {standingText(standing, p)}
      </td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums">{p.investmentUsd === null ? unknown : formatUsd(p.investmentUsd)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums" data-col="start">
        {p.startYear ?? unknown}
      </td>
      <td className="py-1.5 text-xs whitespace-nowrap">
        <SourceLink id={p.sourceId} className="text-accent hover:underline" />
      </td>
    </tr>
  );
}
