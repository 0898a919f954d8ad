// Filtering, sorting and aggregating projects for the projects page. Pure, so unit-tested.
// Unknown values stay unknown: they sort last, are never summed as zero, and are counted aloud.

import type { CapacityBucket } from "./analysis/capacity";
import { formatTonnes, partnerName } from "./format";
import { projectStatusLabel, projectTypeLabel } from "./labels";
import { capacityTotals, type CapacityStanding, type CapacityTotals, type ProjectWords } from "./projects-capacity";
import type { ProjectDto } from "./types";
import { MAX_YEAR, MIN_YEAR } from "./validation/filter-params";
import { PROJECT_DEFAULTS, type ProjectFilters, type ProjectSort } from "./validation/projects";

export type SortDir = ProjectFilters["dir"];

export function filterProjects(projects: ProjectDto[], f: ProjectFilters): ProjectDto[] {
  return projects.filter(
    (p) =>
      (!f.materials.length || p.materials.some((m) => f.materials.includes(m))) &&
      (!f.types.length || f.types.includes(p.type as never)) &&
      (!f.statuses.length || (p.status !== null && f.statuses.includes(p.status as never))) &&
      (!f.country || p.countries.includes(f.country)) &&
      (p.startYear === null || ((f.from === null || p.startYear >= f.from) && (f.to === null || p.startYear <= f.to))),
  );
}

const key: Record<ProjectSort, (p: ProjectDto) => string | number | null> = {
  name: (p) => p.name.toLowerCase(),
  country: (p) => p.countries[0] ?? null,
  type: (p) => p.type,
  status: (p) => p.status,
  capacity: (p) => p.capacityTonnesPerYear,
  investment: (p) => p.investmentUsd,
  start: (p) => p.startYear,
};

/** Sorted by one column; unknown values always last, whatever the direction; ties by id. */
export function sortProjects(projects: ProjectDto[], sort: ProjectSort, dir: SortDir): ProjectDto[] {
  const k = key[sort];
  const sign = dir === "asc" ? 1 : -1;
  return [...projects].sort((a, b) => {
    const x = k(a);
    const y = k(b);
    if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.id - b.id;
  });
}

export type CountryRow = { country: string; projects: number; capacity: CapacityTotals; withInvestment: number; investmentUsd: number };

/**
 * Per host country (a project with several hosts counts under each, so rows do not add up to the
 * total): listed projects, their capacity by the measure (committed, pipeline, left out) and the
 * investment stated.
 */
export function byHostCountry(projects: ProjectDto[], standings: ReadonlyMap<number, CapacityStanding>): CountryRow[] {
  const hosts = new Map<string, ProjectDto[]>();
  for (const p of projects.filter((x) => x.duplicateOf === null)) {
    for (const c of p.countries.length ? p.countries : ["unknown"]) hosts.set(c, [...(hosts.get(c) ?? []), p]);
  }
  const rows = [...hosts].map(([country, list]): CountryRow => {
    const invested = list.filter((p) => p.investmentUsd !== null);
    return {
      country,
      projects: list.length,
      capacity: capacityTotals(list, standings),
      withInvestment: invested.length,
      investmentUsd: invested.reduce((sum, p) => sum + p.investmentUsd!, 0),
    };
  });
  return rows.sort((a, b) => b.projects - a.projects || a.country.localeCompare(b.country));
}

/** One stage of a host's capacity, each kind on its own line ("3,200 t output", 「生産能力3,200トン」), never summed; projects counted without a figure say so. */
export function hostCapacityLines({ t, locale }: ProjectWords, b: CapacityBucket): { text: string; muted?: boolean }[] {
  return [
    b.outputTonnes ? { text: t("hosts.output", { tonnes: formatTonnes(b.outputTonnes, locale) }) } : null,
    b.offtakeTonnes ? { text: t("hosts.offtake", { tonnes: formatTonnes(b.offtakeTonnes, locale) }) } : null,
    b.withoutCapacity ? { text: t("hosts.notStated", { count: b.withoutCapacity }), muted: true } : null,
  ].filter((l) => l !== null);
}

// ── URL state ────────────────────────────────────────────────────────────────────────────────

/** The projects page's URL parameters, in the order they are written. */
export const PROJECT_URL_KEYS = ["material", "type", "status", "country", "from", "to", "sort", "dir", "stack", "measure"] as const;
export type ProjectUrlKey = (typeof PROJECT_URL_KEYS)[number];

/** Filters back to URL values; null drops a parameter, so defaults never clutter a shared link. */
export function projectFiltersToParams(f: ProjectFilters): Record<ProjectUrlKey, string | null> {
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
    measure: f.measure === d.measure ? null : f.measure,
  };
}

/** Adds the value when absent, removes it when present (a chip's click). */
export function toggleValue<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** Columns of amounts, which a reader sorts to see the largest first. */
const LARGEST_FIRST: readonly ProjectSort[] = ["capacity", "investment"];

/** A click on a column: the same column turns the order round; another starts largest first for amounts, ascending otherwise. */
export function nextSort(current: { sort: ProjectSort; dir: SortDir }, column: ProjectSort): { sort: ProjectSort; dir: SortDir } {
  if (current.sort === column) return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: column, dir: LARGEST_FIRST.includes(column) ? "desc" : "asc" };
}

/** Every start year the year filters offer. */
export const START_YEARS: readonly number[] = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i);

/** Every host country named by any project, sorted by code (duplicates included: a host only a repeat names is still a host). */
export function hostCountries(projects: ProjectDto[]): string[] {
  return [...new Set(projects.flatMap((p) => p.countries))].sort();
}

/** The Host select's options: every host, and a host asked for that no project has, so the select never reads "All" over an empty list. */
export function hostOptions({ t, locale }: ProjectWords, hosts: readonly string[], selected: string | null): [value: string, label: string][] {
  const options: [string, string][] = hosts.map((c) => [c, partnerName(c, locale)]);
  if (selected !== null && !hosts.includes(selected)) options.push([selected, t("filters.noProjectsHost", { name: partnerName(selected, locale) })]);
  return options;
}

/** The notice for a host no project has (a pasted or old link): the list is empty for that reason, not for want of data. */
export function unknownHostNotice({ t }: ProjectWords, hosts: readonly string[], selected: string | null): string | null {
  if (selected === null || hosts.includes(selected)) return null;
  return t("filters.unknownHost", { code: selected });
}

/** The filters in words, for an export's subtitle: "Material: all", "Type: Refining, Mining", … (unset filters are left out). */
export function describeProjectFilters({ t, enums, locale }: ProjectWords, f: ProjectFilters, materialName: (slug: string) => string): string[] {
  const list = (values: readonly string[], label: (v: string) => string) => values.map(label).join(t("listSeparator"));
  return [
    f.materials.length ? t("filters.describeMaterial", { list: list(f.materials, materialName) }) : t("filters.describeAllMaterials"),
    f.types.length ? t("filters.describeType", { list: list(f.types, (v) => projectTypeLabel(enums, v)) }) : "",
    f.statuses.length ? t("filters.describeStatus", { list: list(f.statuses, (v) => projectStatusLabel(enums, v)) }) : "",
    f.country ? t("filters.describeHost", { name: partnerName(f.country, locale) }) : "",
    f.from !== null || f.to !== null ? t("filters.describeStart", { from: f.from ?? t("filters.any"), to: f.to ?? t("filters.any") }) : "",
  ].filter(Boolean);
}

// ── Table ────────────────────────────────────────────────────────────────────────────────────

/** Records that repeat a listed project are kept apart: shown on the project's page, never counted twice. */
export function splitRepeats(projects: ProjectDto[]): { primary: ProjectDto[]; repeats: number } {
  const primary = projects.filter((p) => p.duplicateOf === null);
  return { primary, repeats: projects.length - primary.length };
}

/** The note under the table's title: how many records were folded away (when any), then how the table sorts and what "Counted as" says. */
export function tableNote({ t }: ProjectWords, repeats: number): string {
  return t("table.note", { repeats: Math.max(0, repeats) });
}
