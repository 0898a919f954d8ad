"use client";

import Link from "next/link";
import { parseAsString, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ExportMenu } from "@/components/charts/export-menu";
import { IssuesNotice } from "@/components/filters/filter-notice";
import { sourceHref } from "@/components/sources/source-citation";
import { ChartCard } from "@/components/ui/chart-card";
import { useElementWidth } from "@/components/ui/use-element-width";
import { chartInk, projectStatusColors, projectTypeColors } from "@/lib/colors";
import { projectLabel } from "@/lib/labels";
import { toCsv } from "@/lib/csv";
import { PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/enums";
import { chartExportMeta } from "@/lib/export/chart-meta";
import { exportFileName } from "@/lib/export/naming";
import { formatTonnes, formatUsd, partnerName } from "@/lib/format";
import { byHostCountry, capacityByStartYear, filterProjects, sortProjects } from "@/lib/projects-view";
import type { MaterialDto, ProjectDto } from "@/lib/types";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation/filter-params";
import { PROJECT_DEFAULTS, parseProjectFilters, type ProjectFilters, type ProjectSort } from "@/lib/validation/projects";
import { MaterialOptions } from "@/components/filters/material-options";

const KEYS = ["material", "type", "status", "country", "from", "to", "sort", "dir", "stack"] as const;
const parsers = Object.fromEntries(KEYS.map((k) => [k, parseAsString])) as Record<(typeof KEYS)[number], typeof parseAsString>;
const CHART_HEIGHT = 260;
const selectClass = "h-9 rounded-md border border-line bg-white px-2 text-sm text-ink shadow-sm";
const CSV_COLUMNS = ["id", "name", "countries", "partners", "type", "status", "materials", "capacityTonnesPerYear", "investmentUsd", "startYear", "sourceId", "duplicateOf"] as const;

function toRaw(f: ProjectFilters): Record<(typeof KEYS)[number], string | null> {
  const d = PROJECT_DEFAULTS;
  return {
    material: f.materials.length ? f.materials.join(",") : null,
    type: f.types.length ? f.types.join(",") : null,
    status: f.statuses.length ? f.statuses.join(",") : null,
    country: f.country,
    from: f.from === null ? null : String(f.from),
    to: f.to === null ? null : String(f.to),
    sort: f.sort === d.sort ? null : f.sort,
    dir: f.dir === d.dir ? null : f.dir,
    stack: f.stack === d.stack ? null : f.stack,
  };
}

export function ProjectsView({ projects, materials }: { projects: ProjectDto[]; materials: MaterialDto[] }) {
  const [raw, setRaw] = useQueryStates(parsers, { history: "push", shallow: true, scroll: false });
  const known = useMemo(() => new Set(materials.map((m) => m.slug)), [materials]);
  const { filters: f, issues } = useMemo(
    () => parseProjectFilters(Object.fromEntries(KEYS.map((k) => [k, raw[k] ?? undefined])), known),
    [raw, known],
  );
  const set = (patch: Partial<ProjectFilters>) => void setRaw(toRaw({ ...f, ...patch }));
  const shown = useMemo(() => filterProjects(projects, f), [projects, f]);
  const primary = shown.filter((p) => p.duplicateOf === null);
  const sorted = useMemo(() => sortProjects(primary, f.sort, f.dir), [primary, f.sort, f.dir]);
  const countries = useMemo(() => [...new Set(projects.flatMap((p) => p.countries))].sort(), [projects]);
  const materialName = (slug: string) => materials.find((m) => m.slug === slug)?.name ?? slug;
  const toggle = <T extends string>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const filterText = [
    `Material: ${f.materials.length ? f.materials.map(materialName).join(", ") : "all"}`,
    f.types.length ? `Type: ${f.types.map(projectLabel).join(", ")}` : "",
    f.statuses.length ? `Status: ${f.statuses.map(projectLabel).join(", ")}` : "",
    f.country ? `Host: ${partnerName(f.country)}` : "",
    f.from !== null || f.to !== null ? `Start: ${f.from ?? "any"}–${f.to ?? "any"}` : "",
  ];

  return (
    <div className="flex flex-col gap-4">
      <IssuesNotice issues={issues} />
      <form aria-label="Project filters" className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-wrap items-end gap-4">
          <label className="flex flex-col gap-1 text-xs font-medium text-muted">
            Material
            <select data-testid="material-filter" className={`${selectClass} min-w-56`} value={f.materials[0] ?? ""} onChange={(e) => set({ materials: e.target.value ? [e.target.value] : [] })}>
              <option value="">All materials</option>
              <MaterialOptions materials={materials} />
            </select>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium text-muted">
            Host country
            <select data-testid="country-filter" className={selectClass} value={f.country ?? ""} onChange={(e) => set({ country: e.target.value || null })}>
              <option value="">All</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {partnerName(c)}
                </option>
              ))}
            </select>
          </label>
          {(["from", "to"] as const).map((k) => (
            <label key={k} className="flex flex-col gap-1 text-xs font-medium text-muted">
              Start year {k}
              <select data-testid={`year-${k}`} className={selectClass} value={f[k] ?? ""} onChange={(e) => set({ [k]: e.target.value ? Number(e.target.value) : null })}>
                <option value="">Any</option>
                {Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" className="h-9 text-sm text-accent underline" onClick={() => void setRaw(toRaw(PROJECT_DEFAULTS))}>
            Reset
          </button>
        </div>
        <Chips legend="Type" testId="type-filter" values={PROJECT_TYPES} selected={f.types} colors={projectTypeColors} onToggle={(v) => set({ types: toggle(f.types, v) })} />
        <Chips legend="Status" testId="status-filter" values={PROJECT_STATUSES} selected={f.statuses} colors={projectStatusColors} onToggle={(v) => set({ statuses: toggle(f.statuses, v) })} />
        <p className="text-xs text-muted">Projects with an unknown start year stay listed whatever the year range; an unknown status matches no status filter.</p>
      </form>

      <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
        <CapacityChart projects={shown} stack={f.stack} onStack={(stack) => set({ stack })} filterText={filterText} />
        <CountryBreakdown projects={shown} onPick={(country) => set({ country })} />
      </div>

      <section aria-labelledby="projects-table-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5">
        <h2 id="projects-table-title" className="text-base font-semibold text-ink">
          {primary.length} {primary.length === 1 ? "project" : "projects"}
        </h2>
        <p className="text-sm text-muted" data-testid="projects-count">
          {shown.length - primary.length > 0
            ? `${shown.length - primary.length} further ${shown.length - primary.length === 1 ? "record repeats" : "records repeat"} a listed project and ${shown.length - primary.length === 1 ? "is" : "are"} not counted (see each project's page). `
            : ""}
          Click a column to sort; unknown values sort last.
        </p>
        <ProjectTable projects={sorted} sort={f.sort} dir={f.dir} onSort={(sort) => set({ sort, dir: f.sort === sort && f.dir === "asc" ? "desc" : "asc" })} />
      </section>
    </div>
  );
}

function Chips<T extends string>({ legend, testId, values, selected, colors, onToggle }: { legend: string; testId: string; values: readonly T[]; selected: T[]; colors: Record<string, string>; onToggle: (v: T) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5" data-testid={testId}>
      <legend className="mb-1 text-xs font-medium text-muted">{legend} (none selected = all)</legend>
      {values.map((v) => {
        const on = selected.includes(v);
        return (
          <button
            key={v}
            type="button"
            aria-pressed={on}
            data-value={v}
            onClick={() => onToggle(v)}
            className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs ${on ? "border-ink bg-ink text-white" : "border-line bg-white text-ink hover:border-ink"}`}
          >
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: colors[v] }} />
            {projectLabel(v)}
          </button>
        );
      })}
    </fieldset>
  );
}

function CapacityChart({ projects, stack, onStack, filterText }: { projects: ProjectDto[]; stack: "type" | "status"; onStack: (s: "type" | "status") => void; filterText: string[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const c = useMemo(() => capacityByStartYear(projects, stack), [projects, stack]);
  const colors = stack === "type" ? projectTypeColors : projectStatusColors;
  const title = `Stated capacity outside China by start year, by ${stack}`;
  const drawnProjects = projects.filter((p) => p.duplicateOf === null && !p.countries.includes("CHN") && p.capacityTonnesPerYear !== null && p.startYear !== null);
  return (
    <ChartCard
      title={title}
      data-testid="capacity-chart-card"
      subtitle={
        <>
          {formatTonnes(c.totalTonnes)}/yr from {c.drawn} {c.drawn === 1 ? "project" : "projects"}. Capacities mix measures (output, offtake, contracted volume) as
          the sources state them. Not drawn: {c.noCapacity} with no stated capacity, {c.noStartYear} with no start year.
        </>
      }
      actions={
        <div className="flex flex-wrap items-center justify-end gap-2">
          <span className="inline-flex" role="group" aria-label="Stack by">
            {(["type", "status"] as const).map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={stack === s}
                data-testid={`stack-${s}`}
                onClick={() => onStack(s)}
                className={`border border-line px-2 py-1 text-xs first:rounded-l-md last:-ml-px last:rounded-r-md ${stack === s ? "bg-ink text-white" : "bg-white text-ink"}`}
              >
                by {s}
              </button>
            ))}
          </span>
          <ExportMenu
            fileName={exportFileName({ chart: `capacity-by-${stack}`, materials: [], from: c.rows[0]?.year ?? 0, to: c.rows.at(-1)?.year ?? 0 })}
            getSvg={() => ref.current?.querySelector<SVGSVGElement>("svg.recharts-surface")}
            getMeta={() =>
              chartExportMeta({
                title,
                filters: [...filterText, "Tonnes per year as stated by each source"],
                keyItems: c.groups.map((g) => ({ label: projectLabel(g), color: colors[g] ?? "#8C8C8C", shape: "disc" as const })),
                sources: [],
                sourceNote: `Sources: one per project (${new Set(drawnProjects.map((p) => p.sourceId)).size} in all), listed in the CSV and on each project's page.`,
                dataAsOf: null,
                permalink: window.location.href,
              })
            }
            getCsv={() => toCsv(CSV_COLUMNS, drawnProjects.map((p) => ({ ...p, countries: p.countries.join(";"), materials: p.materials.join(";") })))}
          />
        </div>
      }
    >
      <div ref={ref} className="w-full" style={{ minHeight: CHART_HEIGHT }} data-testid="capacity-chart">
        {c.rows.length === 0 ? (
          <p className="py-10 text-center text-sm text-muted">No project with both a stated capacity and a start year matches these filters.</p>
        ) : (
          width && (
            <BarChart width={width} height={CHART_HEIGHT} data={c.rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer={false} style={{ fontFamily: "inherit" }}>
              <CartesianGrid stroke={chartInk.grid} vertical={false} />
              <XAxis dataKey="year" stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} />
              <YAxis width={56} stroke={chartInk.axis} tick={{ fill: chartInk.muted, fontSize: 12 }} tickLine={false} axisLine={false} tickFormatter={(v: number) => `${v / 1000}k t`} />
              {c.groups.map((g) => (
                <Bar key={g} dataKey={g} stackId="a" fill={colors[g] ?? "#8C8C8C"} isAnimationActive={false} />
              ))}
            </BarChart>
          )
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
        {c.groups.map((g) => (
          <span key={g} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: colors[g] ?? "#8C8C8C" }} />
            {projectLabel(g)}
          </span>
        ))}
      </div>
    </ChartCard>
  );
}

function CountryBreakdown({ projects, onPick }: { projects: ProjectDto[]; onPick: (country: string) => void }) {
  const rows = useMemo(() => byHostCountry(projects), [projects]);
  const max = Math.max(1, ...rows.map((r) => r.projects));
  return (
    <section aria-labelledby="country-title" className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid="country-breakdown">
      <h2 id="country-title" className="text-base font-semibold text-ink">
        By host country
      </h2>
      <p className="text-sm text-muted">A project with several hosts counts under each, so rows do not add up.</p>
      <table className="mt-3 w-full text-left text-xs">
        <thead className="text-muted">
          <tr>
            <th className="py-1 pr-2 font-medium">Host</th>
            <th className="py-1 pr-2 font-medium">Projects</th>
            <th className="py-1 pr-2 text-right font-medium">Stated capacity</th>
            <th className="py-1 text-right font-medium">Investment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.country} className="border-t border-line" data-country={r.country}>
              <td className="py-1 pr-2">
                <button type="button" className="text-left hover:underline" onClick={() => onPick(r.country)}>
                  {partnerName(r.country)}
                </button>
              </td>
              <td className="py-1 pr-2">
                <span className="flex items-center gap-2">
                  <span aria-hidden className="inline-block h-2 rounded-sm bg-accent" style={{ width: `${(r.projects / max) * 60}px` }} />
                  <span className="tabular-nums">{r.projects}</span>
                </span>
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {r.withCapacity ? `${formatTonnes(r.capacityTonnes)}/yr` : "unknown"}
                {r.withCapacity > 0 && r.withCapacity < r.projects && <span className="block text-muted">{r.withCapacity} of {r.projects} stated</span>}
              </td>
              <td className="py-1 text-right tabular-nums">
                {r.withInvestment ? formatUsd(r.investmentUsd) : "unknown"}
                {r.withInvestment > 0 && r.withInvestment < r.projects && <span className="block text-muted">{r.withInvestment} of {r.projects} stated</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const COLUMNS: { key: ProjectSort; label: string; right?: boolean }[] = [
  { key: "name", label: "Project" },
  { key: "country", label: "Host" },
  { key: "type", label: "Type" },
  { key: "status", label: "Status" },
  { key: "capacity", label: "Capacity t/yr", right: true },
  { key: "investment", label: "Investment", right: true },
  { key: "start", label: "Start", right: true },
];

function ProjectTable({ projects, sort, dir, onSort }: { projects: ProjectDto[]; sort: ProjectSort; dir: "asc" | "desc"; onSort: (s: ProjectSort) => void }) {
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
            <tr key={p.id} className="border-t border-line align-top" data-testid="project-row" data-project-id={p.id}>
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
                {p.capacityTonnesPerYear === null ? <span className="text-muted">unknown</span> : formatTonnes(p.capacityTonnesPerYear)}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{p.investmentUsd === null ? <span className="text-muted">unknown</span> : formatUsd(p.investmentUsd)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums" data-col="start">
                {p.startYear ?? <span className="text-muted">unknown</span>}
              </td>
              <td className="py-1.5 text-xs">
                <Link href={sourceHref(p.sourceId)} className="text-accent hover:underline">
                  source {p.sourceId}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
