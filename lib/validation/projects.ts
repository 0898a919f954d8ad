import { PROJECT_STATUSES, PROJECT_TYPES, type ProjectStatus, type ProjectType } from "../enums";
import type { FilterIssue, RawParams } from "./filter-params";
import { MAX_YEAR, MIN_YEAR } from "./filter-params";

export const PROJECT_SORTS = ["name", "country", "type", "status", "capacity", "investment", "start"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** What the capacity chart draws: plant output or offtake (different measures, never one bar). */
export const CAPACITY_MEASURES = ["output", "offtake"] as const;
export type CapacityMeasureKind = (typeof CAPACITY_MEASURES)[number];

export type ProjectFilters = {
  /** Empty: all materials. */
  materials: string[];
  types: ProjectType[];
  statuses: ProjectStatus[];
  /** ISO alpha-3 host country, or null for all. */
  country: string | null;
  /** Start-year range; projects with an unknown start year are always listed. */
  from: number | null;
  to: number | null;
  sort: ProjectSort;
  dir: "asc" | "desc";
  stack: "type" | "status";
  measure: CapacityMeasureKind;
};

export const PROJECT_DEFAULTS: ProjectFilters = { materials: [], types: [], statuses: [], country: null, from: null, to: null, sort: "start", dir: "asc", stack: "type", measure: "output" };

const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const list = (raw: string | string[] | undefined) =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

/** The projects page's URL state. Never throws: invalid values are dropped and reported. */
export function parseProjectFilters(params: RawParams, knownMaterials: ReadonlySet<string>): { filters: ProjectFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const issue = (param: string, value: string, message: string) => issues.push({ param, value: show(value), message });
  const f: ProjectFilters = { ...PROJECT_DEFAULTS, materials: [], types: [], statuses: [] };
  const tooLong = (k: string) => list(params[k]).join(",").length > 200;

  for (const k of Object.keys(params)) if (tooLong(k)) issue(k, "(too long)", "longer than 200 characters");
  const get = (k: string) => (tooLong(k) ? [] : list(params[k]));

  for (const m of get("material")) {
    if (!knownMaterials.has(m)) issue("material", m, "unknown material");
    else if (!f.materials.includes(m)) f.materials.push(m);
  }
  for (const t of get("type")) {
    if ((PROJECT_TYPES as readonly string[]).includes(t)) f.types.push(t as ProjectType);
    else issue("type", t, "unknown project type");
  }
  for (const s of get("status")) {
    if ((PROJECT_STATUSES as readonly string[]).includes(s)) f.statuses.push(s as ProjectStatus);
    else issue("status", s, "unknown project status");
  }
  const one = (k: string) => {
    const v = get(k);
    if (v.length > 1) issue(k, v.join(","), "given more than once");
    return v.length === 1 ? v[0] : undefined;
  };
  const country = one("country");
  if (country !== undefined) {
    if (/^[A-Za-z]{3}$/.test(country)) f.country = country.toUpperCase();
    else issue("country", country, "not an ISO 3166 alpha-3 code");
  }
  for (const k of ["from", "to"] as const) {
    const v = one(k);
    if (v === undefined) continue;
    if (/^\d{4}$/.test(v) && Number(v) >= MIN_YEAR && Number(v) <= MAX_YEAR) f[k] = Number(v);
    else issue(k, v, `not a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  if (f.from !== null && f.to !== null && f.from > f.to) {
    issue("from", `${f.from}>${f.to}`, "`from` is after `to`");
    f.from = f.to = null;
  }
  const sort = one("sort");
  if (sort !== undefined) {
    if ((PROJECT_SORTS as readonly string[]).includes(sort)) f.sort = sort as ProjectSort;
    else issue("sort", sort, `must be one of ${PROJECT_SORTS.join(", ")}`);
  }
  const dir = one("dir");
  if (dir !== undefined) {
    if (dir === "asc" || dir === "desc") f.dir = dir;
    else issue("dir", dir, "must be asc or desc");
  }
  const stack = one("stack");
  if (stack !== undefined) {
    if (stack === "type" || stack === "status") f.stack = stack;
    else issue("stack", stack, "must be type or status");
  }
  const measure = one("measure");
  if (measure !== undefined) {
    if ((CAPACITY_MEASURES as readonly string[]).includes(measure)) f.measure = measure as CapacityMeasureKind;
    else issue("measure", measure, `must be ${CAPACITY_MEASURES.join(" or ")}`);
  }
  return { filters: f, issues };
}
