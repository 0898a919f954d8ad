import { z } from "zod";
import { INCIDENT_CATEGORIES, type IncidentCategory } from "../enums";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;
export const DEFAULT_MATERIAL = "rare-earths";
export const DEFAULT_FROM = 2008;
/** The current year, clamped into the valid range (SPEC default for `to`). */
export const defaultTo = () => Math.min(MAX_YEAR, Math.max(MIN_YEAR, new Date().getUTCFullYear()));

export const CATEGORY_VALUES = INCIDENT_CATEGORIES;
export type Category = IncidentCategory;

const MAX_PARAM_LENGTH = 200;
const MAX_MATERIALS = 6;

export type RawParams = Record<string, string | string[] | undefined>;

export type Filters = {
  materials: string[];
  from: number;
  to: number;
  categories: Category[];
  /** Minimum incident severity (1–5) from `severity`; 1 lists every incident. */
  minSeverity: number;
  partner: string | null;
  format: "json" | "csv";
};

export type FilterIssue = { param: string; value: string; message: string };

export type ParsedFilters = { filters: Filters; issues: FilterIssue[] };

/** A query value may repeat (`?material=a&material=b`) or be comma-separated (`?material=a,b`). */
function values(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

const slug = z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not a material slug");
const year = z
  .string()
  .regex(/^\d{4}$/, "not a four-digit year")
  .transform(Number)
  .pipe(z.number().int().min(MIN_YEAR, `before ${MIN_YEAR}`).max(MAX_YEAR, `after ${MAX_YEAR}`));
const partner = z.string().regex(/^[A-Z]{3}$/, "not an ISO 3166 alpha-3 code");
const format = z.enum(["json", "csv"]);
const category = z.enum(CATEGORY_VALUES);

function show(value: string) {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Parses the filter parameters shared by every page and API. It never throws: each invalid value
 * is dropped (the default applies) and reported as an issue, so pages can show a notice and APIs
 * can answer 400 naming the parameter.
 */
export function parseFilters(params: RawParams, knownMaterials?: ReadonlySet<string>): ParsedFilters {
  const issues: FilterIssue[] = [];
  const issue = (param: string, value: string, message: string) => issues.push({ param, value: show(value), message });

  const tooLong = Object.entries(params).find(([, v]) => (Array.isArray(v) ? v.join(",") : (v ?? "")).length > MAX_PARAM_LENGTH);
  const clean: RawParams = { ...params };
  if (tooLong) {
    issue(tooLong[0], "(too long)", `longer than ${MAX_PARAM_LENGTH} characters`);
    delete clean[tooLong[0]];
  }

  const materials: string[] = [];
  for (const v of values(clean.material)) {
    const r = slug.safeParse(v);
    if (!r.success) issue("material", v, r.error.issues[0].message);
    else if (knownMaterials && !knownMaterials.has(v)) issue("material", v, "unknown material");
    else if (!materials.includes(v)) materials.push(v);
  }
  if (materials.length > MAX_MATERIALS) {
    issue("material", materials.slice(MAX_MATERIALS).join(","), `at most ${MAX_MATERIALS} materials`);
    materials.length = MAX_MATERIALS;
  }

  const single = (name: string): string | undefined => {
    const list = values(clean[name]);
    if (list.length > 1) issue(name, list.join(","), "given more than once");
    return list.length === 1 ? list[0] : undefined;
  };

  let from = DEFAULT_FROM;
  let to = defaultTo();
  const fromRaw = single("from");
  const toRaw = single("to");
  let fromOk = false;
  if (fromRaw !== undefined) {
    const r = year.safeParse(fromRaw);
    if (r.success) [from, fromOk] = [r.data, true];
    else issue("from", fromRaw, r.error.issues[0].message);
  }
  if (toRaw !== undefined) {
    const r = year.safeParse(toRaw);
    if (r.success) to = r.data;
    else issue("to", toRaw, r.error.issues[0].message);
  }
  if (from > to) {
    // Only the values the user gave are blamed; the defaults come back for both.
    issue(fromOk ? "from" : "to", `${from}>${to}`, "`from` is after `to`");
    from = DEFAULT_FROM;
    to = defaultTo();
  }

  const categories: Category[] = [];
  for (const v of values(clean.category)) {
    const r = category.safeParse(v);
    if (!r.success) issue("category", v, "unknown incident category");
    else if (!categories.includes(r.data)) categories.push(r.data);
  }

  let minSeverity = 1;
  const severityRaw = single("severity");
  if (severityRaw !== undefined) {
    if (/^[1-5]$/.test(severityRaw)) minSeverity = Number(severityRaw);
    else issue("severity", severityRaw, "must be a minimum severity from 1 to 5");
  }

  let partnerValue: string | null = null;
  const partnerRaw = single("partner");
  if (partnerRaw !== undefined) {
    const r = partner.safeParse(partnerRaw.toUpperCase());
    if (r.success) partnerValue = r.data;
    else issue("partner", partnerRaw, r.error.issues[0].message);
  }

  let formatValue: Filters["format"] = "json";
  const formatRaw = single("format");
  if (formatRaw !== undefined) {
    const r = format.safeParse(formatRaw);
    if (r.success) formatValue = r.data;
    else issue("format", formatRaw, "must be json or csv");
  }

  return {
    filters: {
      materials: materials.length ? materials : [DEFAULT_MATERIAL],
      from,
      to,
      categories,
      minSeverity,
      partner: partnerValue,
      format: formatValue,
    },
    issues,
  };
}

/** URLSearchParams → the same record shape a Next page receives. */
export function paramsFromSearch(search: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** A human sentence for the page notice: what was ignored and why. */
export function describeIssues(issues: FilterIssue[]): string {
  return issues.map((i) => `${i.param}=“${i.value}” ignored (${i.message})`).join("; ");
}

/** Query string for a filter state, omitting defaults so links stay short. */
export function filtersToSearch(f: Pick<Filters, "materials" | "from" | "to" | "categories"> & { minSeverity?: number }): string {
  const sp = new URLSearchParams();
  if (!(f.materials.length === 1 && f.materials[0] === DEFAULT_MATERIAL)) sp.set("material", f.materials.join(","));
  if (f.from !== DEFAULT_FROM) sp.set("from", String(f.from));
  if (f.to !== defaultTo()) sp.set("to", String(f.to));
  if (f.categories.length) sp.set("category", f.categories.join(","));
  if (f.minSeverity && f.minSeverity > 1) sp.set("severity", String(f.minSeverity));
  const s = sp.toString();
  return s ? `?${s}` : "";
}
