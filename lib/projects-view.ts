// Filtering, sorting and aggregating projects for the projects page. Pure, so unit-tested.
// Unknown values stay unknown: they sort last, are never summed as zero, and are counted aloud.

import { neutral, projectStatusColors, projectTypeColors } from "./colors";
import { partnerName } from "./format";
import { projectLabel } from "./labels";
import type { ProjectDto } from "./types";
import { MAX_YEAR, MIN_YEAR } from "./validation/filter-params";
import { PROJECT_DEFAULTS, type ProjectFilters, type ProjectSort } from "./validation/projects";

export type SortDir = ProjectFilters["dir"];
export type CapacityStack = ProjectFilters["stack"];

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

export type CapacityByYear = {
  /** One row per start year: { year, [group]: tonnes }. */
  rows: Record<string, number>[];
  groups: string[];
  drawn: number;
  noCapacity: number;
  noStartYear: number;
  totalTonnes: number;
};

/** Primary records outside China: what the capacity chart is about. */
const ownProjects = (projects: ProjectDto[]) => projects.filter((p) => p.duplicateOf === null && !p.countries.includes("CHN"));

/** The projects the capacity chart draws (and its CSV lists): outside China, with a stated capacity and a start year. */
export function drawableProjects(projects: ProjectDto[]): ProjectDto[] {
  return ownProjects(projects).filter((p) => p.capacityTonnesPerYear !== null && p.startYear !== null);
}

/**
 * Stated capacity (t/yr) outside China by start year, stacked by type or status. Duplicates are
 * never counted; projects without a capacity or a start year are counted, not drawn as zero.
 */
export function capacityByStartYear(projects: ProjectDto[], stack: CapacityStack): CapacityByYear {
  const own = ownProjects(projects);
  const withCap = own.filter((p) => p.capacityTonnesPerYear !== null);
  const drawable = drawableProjects(projects);
  const groups = [...new Set(drawable.map((p) => (stack === "type" ? p.type : (p.status ?? "unknown"))))].sort();
  const byYear = new Map<number, Record<string, number>>();
  for (const p of drawable) {
    const g = stack === "type" ? p.type : (p.status ?? "unknown");
    const row = byYear.get(p.startYear!) ?? { year: p.startYear! };
    row[g] = (row[g] ?? 0) + p.capacityTonnesPerYear!;
    byYear.set(p.startYear!, row);
  }
  return {
    rows: [...byYear.values()].sort((a, b) => a.year - b.year),
    groups,
    drawn: drawable.length,
    noCapacity: own.length - withCap.length,
    noStartYear: withCap.length - drawable.length,
    totalTonnes: drawable.reduce((s, p) => s + p.capacityTonnesPerYear!, 0),
  };
}

export type CountryRow = { country: string; projects: number; withCapacity: number; capacityTonnes: number; withInvestment: number; investmentUsd: number; statuses: Record<string, number> };

/** Per host country (a project with several hosts counts under each, so rows do not add up to the total). */
export function byHostCountry(projects: ProjectDto[]): CountryRow[] {
  const map = new Map<string, CountryRow>();
  for (const p of projects.filter((x) => x.duplicateOf === null)) {
    for (const c of p.countries.length ? p.countries : ["unknown"]) {
      const r = map.get(c) ?? { country: c, projects: 0, withCapacity: 0, capacityTonnes: 0, withInvestment: 0, investmentUsd: 0, statuses: {} };
      r.projects++;
      if (p.capacityTonnesPerYear !== null) [r.withCapacity, r.capacityTonnes] = [r.withCapacity + 1, r.capacityTonnes + p.capacityTonnesPerYear];
      if (p.investmentUsd !== null) [r.withInvestment, r.investmentUsd] = [r.withInvestment + 1, r.investmentUsd + p.investmentUsd];
      const s = p.status ?? "unknown";
      r.statuses[s] = (r.statuses[s] ?? 0) + 1;
      map.set(c, r);
    }
  }
  return [...map.values()].sort((a, b) => b.projects - a.projects || a.country.localeCompare(b.country));
}

// ── URL state ────────────────────────────────────────────────────────────────────────────────

/** The projects page's URL parameters, in the order they are written. */
export const PROJECT_URL_KEYS = ["material", "type", "status", "country", "from", "to", "sort", "dir", "stack"] as const;
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
  };
}

/** Adds the value when absent, removes it when present (a chip's click). */
export function toggleValue<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** A click on a column: the same column flips ascending to descending, any other starts ascending. */
export function nextSort(current: { sort: ProjectSort; dir: SortDir }, column: ProjectSort): { sort: ProjectSort; dir: SortDir } {
  return { sort: column, dir: current.sort === column && current.dir === "asc" ? "desc" : "asc" };
}

/** Every start year the year filters offer. */
export const START_YEARS: readonly number[] = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i);

/** Every host country named by any project, sorted by code (duplicates included: a host only a repeat names is still a host). */
export function hostCountries(projects: ProjectDto[]): string[] {
  return [...new Set(projects.flatMap((p) => p.countries))].sort();
}

/** The filters in words, for an export's subtitle: "Material: all", "Type: Refining, Mining", … (unset filters are left out). */
export function describeProjectFilters(f: ProjectFilters, materialName: (slug: string) => string): string[] {
  return [
    `Material: ${f.materials.length ? f.materials.map(materialName).join(", ") : "all"}`,
    f.types.length ? `Type: ${f.types.map(projectLabel).join(", ")}` : "",
    f.statuses.length ? `Status: ${f.statuses.map(projectLabel).join(", ")}` : "",
    f.country ? `Host: ${partnerName(f.country)}` : "",
    f.from !== null || f.to !== null ? `Start: ${f.from ?? "any"}–${f.to ?? "any"}` : "",
  ].filter(Boolean);
}

// ── Table ────────────────────────────────────────────────────────────────────────────────────

/** Records that repeat a listed project are kept apart: shown on the project's page, never counted twice. */
export function splitRepeats(projects: ProjectDto[]): { primary: ProjectDto[]; repeats: number } {
  const primary = projects.filter((p) => p.duplicateOf === null);
  return { primary, repeats: projects.length - primary.length };
}

/** The sentence under the table's title that says how many records were folded away ("" when none). */
export function repeatsNote(repeats: number): string {
  if (repeats <= 0) return "";
  const one = repeats === 1;
  return `${repeats} further ${one ? "record repeats" : "records repeat"} a listed project and ${one ? "is" : "are"} not counted (see each project's page). `;
}

// ── Capacity chart ───────────────────────────────────────────────────────────────────────────

/** The colour map of the groups the bars are stacked by: by type or by status. */
export function stackPalette(stack: CapacityStack): Readonly<Record<string, string>> {
  return stack === "type" ? projectTypeColors : projectStatusColors;
}

/** A stacked group's colour: by type or by status, neutral grey for a group no palette names. */
export function stackColor(stack: CapacityStack, group: string): string {
  return stackPalette(stack)[group] ?? neutral.mid;
}

export const PROJECT_CSV_COLUMNS = ["id", "name", "countries", "partners", "type", "status", "materials", "capacityTonnesPerYear", "investmentUsd", "startYear", "sourceId", "duplicateOf"] as const;

/** The drawn projects as CSV rows: list fields joined with ";" so each stays one cell. */
export function projectCsvRows(projects: ProjectDto[]) {
  return projects.map((p) => ({ ...p, countries: p.countries.join(";"), materials: p.materials.join(";") }));
}

/** The export's source line: one source per project, too many to name, so they are counted. */
export function capacitySourceNote(drawn: ProjectDto[]): string {
  return `Sources: one per project (${new Set(drawn.map((p) => p.sourceId)).size} in all), listed in the CSV and on each project's page.`;
}
