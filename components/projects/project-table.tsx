"use client";

import { SourceLink } from "@/components/sources/source-citation";
import { Localized } from "@/components/ui/localized";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { projectStatusLabel, projectTypeLabel } from "@/lib/labels";
import { standingText, type CapacityStanding, type ProjectWords } from "@/lib/projects-capacity";
import type { SortDir } from "@/lib/projects-view";
import type { ProjectDto } from "@/lib/types";
import type { ProjectSort } from "@/lib/validation/projects";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useProjectWords } from "./use-project-words";

// The header words are the catalogue's table.<key> ("Host", 「所在国」).
const COLUMNS: { key: ProjectSort | "counted"; label: "project" | "host" | "type" | "status" | "capacity" | "counted" | "investment" | "start"; right?: boolean }[] = [
  { key: "name", label: "project" },
  { key: "country", label: "host" },
  { key: "type", label: "type" },
  { key: "status", label: "status" },
  { key: "capacity", label: "capacity", right: true },
  // Whether the tonnes are in the page's totals by the measure, and why not: not a sort key.
  { key: "counted", label: "counted" },
  { key: "investment", label: "investment", right: true },
  { key: "start", label: "start", right: true },
];

// The table keeps its columns readable on a phone and scrolls sideways in its own region instead.
// ui/Table is not used here: its header cells take no attributes, and a sortable header needs aria-sort.

/** The listed projects; each column header sorts (again: the other way). `materialNames`: names of slugs in the page's language. */
export function ProjectTable({
  projects,
  standings,
  materialNames,
  sort,
  dir,
  onSort,
}: {
  projects: ProjectDto[];
  standings: ReadonlyMap<number, CapacityStanding>;
  materialNames: (slugs: readonly string[]) => string[];
  sort: ProjectSort;
  dir: SortDir;
  onSort: (s: ProjectSort) => void;
}) {
  const w = useProjectWords();
  const { t } = w;
  if (!projects.length) return <p className="py-6 text-center text-sm text-muted">{t("table.empty")}</p>;
  return (
    <ScrollRegion label={t("table.region")} scrolls="sideways" className="mt-3">
      <table className="w-full min-w-[60rem] text-left text-sm" data-testid="projects-table">
        <thead className="text-xs text-muted">
          <tr>
            {COLUMNS.map((c) =>
              c.key === "counted" ? (
                <th key={c.key} className="py-1.5 pr-3 font-medium">
                  {t(`table.${c.label}`)}
                </th>
              ) : (
                <SortHeader key={c.key} column={c.key} label={t(`table.${c.label}`)} right={c.right} sort={sort} dir={dir} onSort={onSort} />
              ),
            )}
            <th className="py-1.5 font-medium">{t("table.source")}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <ProjectRow key={p.id} project={p} standing={standings.get(p.id)} materialNames={materialNames} w={w} />
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
        {sort === column ? (dir === "asc" ? "\u00a0▲" : "\u00a0▼") : ""}
      </button>
    </th>
  );
}

function ProjectRow({
  project: p,
  standing,
  materialNames,
  w,
}: {
  project: ProjectDto;
  standing: CapacityStanding | undefined;
  materialNames: (slugs: readonly string[]) => string[];
  w: ProjectWords;
}) {
  const { t, enums, locale } = w;
  const unknown = <span className="text-muted">{t("unknown")}</span>;
  return (
    <tr className="border-t border-line align-top" data-testid="project-row" data-project-id={p.id}>
      <td className="min-w-48 py-1.5 pr-3">
        <Link href={`/projects/${p.id}`} className="font-medium text-ink hover:text-accent hover:underline">
          <Localized en={p.name} ja={p.nameJa} />
        </Link>
        <span className="block text-xs text-muted">{materialNames(p.materials).join(t("listSeparator"))}</span>
      </td>
      <td className="min-w-28 py-1.5 pr-3">{p.countries.length ? p.countries.map((c) => partnerName(c, locale)).join(t("listSeparator")) : unknown}</td>
      <td className="min-w-24 py-1.5 pr-3">{projectTypeLabel(enums, p.type)}</td>
      <td className="py-1.5 pr-3 whitespace-nowrap">{projectStatusLabel(enums, p.status)}</td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums" data-col="capacity">
        {p.capacityTonnesPerYear === null ? unknown : formatTonnes(p.capacityTonnesPerYear, locale)}
      </td>
      <td className={`py-1.5 pr-3 text-xs ${standing?.counted ? "text-ink" : "text-muted"}`} data-col="counted">
        {standingText(w, standing, p)}
      </td>
      <td className="py-1.5 pr-3 text-right whitespace-nowrap tabular-nums">{p.investmentUsd === null ? unknown : formatUsd(p.investmentUsd, locale)}</td>
      <td className="py-1.5 pr-3 text-right tabular-nums" data-col="start">
        {p.startYear ?? unknown}
      </td>
      <td className="py-1.5 text-xs whitespace-nowrap">
        <SourceLink id={p.sourceId} className="text-accent hover:underline" />
      </td>
    </tr>
  );
}
