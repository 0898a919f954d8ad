// Filtering, sorting and aggregating projects for the projects page. Pure, so unit-tested.
// Unknown values stay unknown: they sort last, are never summed as zero, and are counted aloud.

import type { ProjectDto } from "./types";
import type { ProjectFilters, ProjectSort } from "./validation/projects";

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
export function sortProjects(projects: ProjectDto[], sort: ProjectSort, dir: "asc" | "desc"): ProjectDto[] {
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

/**
 * Stated capacity (t/yr) outside China by start year, stacked by type or status. Duplicates are
 * never counted; projects without a capacity or a start year are counted, not drawn as zero.
 */
export function capacityByStartYear(projects: ProjectDto[], stack: "type" | "status"): CapacityByYear {
  const own = projects.filter((p) => p.duplicateOf === null && !p.countries.includes("CHN"));
  const withCap = own.filter((p) => p.capacityTonnesPerYear !== null);
  const drawable = withCap.filter((p) => p.startYear !== null);
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
