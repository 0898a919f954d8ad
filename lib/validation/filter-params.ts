// The shared filter parameters without zod, so browser bundles stay free of it (zod classic alone
// was ~30 kB gzip of the overview's first-load JS). The server parses with zod checks
// (`./filters.ts`), the browser with the plain checks below; both run the same procedure, and
// `filters.test.ts` holds the plain checks to the zod messages.

import { JAPAN } from "../bilateral/codes";
import { INCIDENT_CATEGORIES, type IncidentCategory } from "../enums";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;
export const DEFAULT_MATERIAL = "rare-earths";
/** `material=all`: every material, where a view lists records (incidents) rather than one series. */
export const ALL_MATERIALS = "all";
export const DEFAULT_FROM = 2008;
/** `importer`: the importing country (ISO alpha-3); everything that names none is about Japan. */
export const DEFAULT_IMPORTER = JAPAN;
/** The current year, clamped into the valid range (SPEC default for `to`). */
export const defaultTo = () => Math.min(MAX_YEAR, Math.max(MIN_YEAR, new Date().getUTCFullYear()));

export const CATEGORY_VALUES = INCIDENT_CATEGORIES;
export type Category = IncidentCategory;

export const MAX_SLUG_LENGTH = 60;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const YEAR_PATTERN = /^\d{4}$/;
export const PARTNER_PATTERN = /^[A-Z]{3}$/;
export const FORMATS = ["json", "csv"] as const;

/** The longest value a filter parameter may have (its values joined with commas). */
export const MAX_PARAM_LENGTH = 200;
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
  importer: string;
  format: (typeof FORMATS)[number];
};

/**
 * Why a value was not taken, as a code the page words in its own language (the `filters`
 * catalogue's `issue.<code>`, with `values` as its arguments). `message` and `correction` stay
 * English: the API answers with them.
 */
export type FilterIssueCode =
  | "too_long"
  | "all_not_here"
  | "slug_too_long"
  | "not_slug"
  | "unknown_material"
  | "in_all"
  | "too_many_materials"
  | "repeated"
  | "not_year"
  | "before_min"
  | "after_max"
  | "from_after_to"
  | "to_before_from"
  | "unknown_category"
  | "bad_severity"
  | "not_iso3"
  | "world_not_importer"
  | "bad_format";

/**
 * A value that was not taken as given: dropped (the default applies), or `corrected` (the page
 * shows what it did instead, e.g. years given the wrong way round are swapped). Issues of a page's
 * own parameters (the event study's window, the chart's view) may come without a code.
 */
export type FilterIssue = {
  param: string;
  value: string;
  message: string;
  correction?: string;
  code?: FilterIssueCode;
  values?: Record<string, string | number>;
  /** The value is not repeated: the server dropped it before the page rendered (the `ignored` marker, lib/validation/ignored-marker.ts). */
  withheld?: boolean;
};

/** Material slugs by every way a person may write them: the slug, the English or Japanese name, any case and spacing. */
export type MaterialIndex = ReadonlyMap<string, string>;

/** "Rare Earths", "rare_earths", " RARE-EARTHS " → "rare-earths", 「タングステン（未加工）」 → "タングステン-未加工": the key a material is looked up by. */
export function materialKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The index of the known materials: each slug and each name, English and Japanese, as `materialKey`s. */
export function materialIndex(materials: readonly { slug: string; name?: string; nameJa?: string | null }[] | ReadonlySet<string>): MaterialIndex {
  const index = new Map<string, string>();
  for (const m of materials) {
    const { slug, name, nameJa } = typeof m === "string" ? { slug: m, name: undefined, nameJa: undefined } : m;
    index.set(materialKey(slug), slug);
    if (name) index.set(materialKey(name), slug);
    if (nameJa) index.set(materialKey(nameJa), slug);
  }
  return index;
}

export type ParsedFilters = { filters: Filters; issues: FilterIssue[] };

/** The parsed value, or the message that names why it was dropped. */
export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

/** One check per kind of value; `category` and `format` failures carry fixed messages. */
export type FilterChecks = {
  slug: (value: string) => Check<string>;
  year: (value: string) => Check<number>;
  partner: (value: string) => Check<string>;
  category: (value: string) => Check<Category>;
  format: (value: string) => Check<Filters["format"]>;
};

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(message: string): Check<T> => ({ ok: false, message });

/** The browser's checks: the same rules and first messages as the zod schemas in `./filters.ts`. */
export const plainFilterChecks: FilterChecks = {
  slug: (v) =>
    v.length > MAX_SLUG_LENGTH ? fail(`Too big: expected string to have <=${MAX_SLUG_LENGTH} characters`) : SLUG_PATTERN.test(v) ? ok(v) : fail("not a material slug"),
  year: (v) => {
    if (!YEAR_PATTERN.test(v)) return fail("not a four-digit year");
    const n = Number(v);
    return n < MIN_YEAR ? fail(`before ${MIN_YEAR}`) : n > MAX_YEAR ? fail(`after ${MAX_YEAR}`) : ok(n);
  },
  partner: (v) => (PARTNER_PATTERN.test(v) ? ok(v) : fail("not an ISO 3166 alpha-3 code")),
  category: (v) => ((CATEGORY_VALUES as readonly string[]).includes(v) ? ok(v as Category) : fail("unknown incident category")),
  format: (v) => ((FORMATS as readonly string[]).includes(v) ? ok(v as Filters["format"]) : fail("must be json or csv")),
};

/** A query value may repeat (`?material=a&material=b`) or be comma-separated (`?material=a,b`). */
function values(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/** The code of a slug the checks refused, by the same rules (the zod and plain checks word it alike). */
function slugIssue(v: string): [FilterIssueCode, Record<string, number>?] {
  return v.length > MAX_SLUG_LENGTH ? ["slug_too_long", { max: MAX_SLUG_LENGTH }] : ["not_slug"];
}

/** The code of a year the checks refused: not four digits, or outside MIN_YEAR–MAX_YEAR. */
function yearIssue(v: string): [FilterIssueCode, Record<string, number>?] {
  if (!YEAR_PATTERN.test(v)) return ["not_year"];
  return Number(v) < MIN_YEAR ? ["before_min", { min: MIN_YEAR }] : ["after_max", { max: MAX_YEAR }];
}

function show(value: string) {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Parses the filter parameters shared by every page and API with the given checks. It never
 * throws: each invalid value is dropped (the default applies) and reported as an issue, so pages
 * can show a notice and APIs can answer 400 naming the parameter.
 */
export type ParseOptions = {
  /** Accept `material=all` (every material), alone: for views that list records, not one series. */
  allowAll?: boolean;
};

export function parseFiltersWith(checks: FilterChecks, params: RawParams, known?: ReadonlySet<string> | MaterialIndex, options: ParseOptions = {}): ParsedFilters {
  const issues: FilterIssue[] = [];
  const issue = (param: string, value: string, message: string, code: FilterIssueCode, values?: Record<string, string | number>, correction?: string) =>
    issues.push({ param, value: show(value), message, ...(correction ? { correction } : {}), code, ...(values ? { values } : {}) });
  const index = known instanceof Map ? known : known ? materialIndex(known as ReadonlySet<string>) : undefined;

  const tooLong = Object.entries(params).find(([, v]) => (Array.isArray(v) ? v.join(",") : (v ?? "")).length > MAX_PARAM_LENGTH);
  const clean: RawParams = { ...params };
  if (tooLong) {
    issue(tooLong[0], "(too long)", `longer than ${MAX_PARAM_LENGTH} characters`, "too_long", { max: MAX_PARAM_LENGTH });
    delete clean[tooLong[0]];
  }

  const materials: string[] = [];
  for (const v of values(clean.material)) {
    if (materialKey(v) === ALL_MATERIALS) {
      if (options.allowAll) materials.push(ALL_MATERIALS);
      else issue("material", v, "not a material here: this view shows one material's series", "all_not_here");
      continue;
    }
    // A material as a person types it ("Rare Earths") is the material it names.
    const resolved = index?.get(materialKey(v));
    if (resolved) {
      if (!materials.includes(resolved)) materials.push(resolved);
      continue;
    }
    const slug = index ? materialKey(v) || v : v;
    const r = checks.slug(slug);
    if (!r.ok) issue("material", v, r.message, ...slugIssue(slug));
    else if (index) issue("material", v, "unknown material", "unknown_material");
    else if (!materials.includes(r.value)) materials.push(r.value);
  }
  if (materials.includes(ALL_MATERIALS) && materials.length > 1) {
    // "all" already holds the others.
    issue("material", materials.filter((m) => m !== ALL_MATERIALS).join(","), "already in all materials", "in_all");
    materials.length = 0;
    materials.push(ALL_MATERIALS);
  }
  if (materials.length > MAX_MATERIALS) {
    issue("material", materials.slice(MAX_MATERIALS).join(","), `at most ${MAX_MATERIALS} materials`, "too_many_materials", { max: MAX_MATERIALS });
    materials.length = MAX_MATERIALS;
  }

  const single = (name: string): string | undefined => {
    const list = values(clean[name]);
    if (list.length > 1) issue(name, list.join(","), "given more than once", "repeated");
    return list.length === 1 ? list[0] : undefined;
  };

  let from = DEFAULT_FROM;
  let to = defaultTo();
  const fromRaw = single("from");
  const toRaw = single("to");
  let fromOk = false;
  if (fromRaw !== undefined) {
    const r = checks.year(fromRaw);
    if (r.ok) [from, fromOk] = [r.value, true];
    else issue("from", fromRaw, r.message, ...yearIssue(fromRaw));
  }
  if (toRaw !== undefined) {
    const r = checks.year(toRaw);
    if (r.ok) to = r.value;
    else issue("to", toRaw, r.message, ...yearIssue(toRaw));
  }
  if (from > to) {
    // Years given the wrong way round are swapped, and the notice says so in words. Only the
    // values the user gave are named.
    const swapped = `the years were swapped, showing ${to}–${from}`;
    const shown = { shownFrom: to, shownTo: from };
    if (fromOk) issue("from", String(from), `is after to=${to}`, "from_after_to", { to, ...shown }, swapped);
    else issue("to", String(to), `is before from=${from}`, "to_before_from", { from, ...shown }, swapped);
    [from, to] = [to, from];
  }

  const categories: Category[] = [];
  for (const v of values(clean.category)) {
    const r = checks.category(v);
    if (!r.ok) issue("category", v, "unknown incident category", "unknown_category");
    else if (!categories.includes(r.value)) categories.push(r.value);
  }

  let minSeverity = 1;
  const severityRaw = single("severity");
  if (severityRaw !== undefined) {
    if (/^[1-5]$/.test(severityRaw)) minSeverity = Number(severityRaw);
    else issue("severity", severityRaw, "must be a minimum severity from 1 to 5", "bad_severity");
  }

  let partnerValue: string | null = null;
  const partnerRaw = single("partner");
  if (partnerRaw !== undefined) {
    const r = checks.partner(partnerRaw.toUpperCase());
    if (r.ok) partnerValue = r.value;
    else issue("partner", partnerRaw, r.message, "not_iso3");
  }

  let importerValue = DEFAULT_IMPORTER;
  const importerRaw = single("importer");
  if (importerRaw !== undefined) {
    const r = checks.partner(importerRaw.toUpperCase());
    if (!r.ok) issue("importer", importerRaw, r.message, "not_iso3");
    else if (r.value === "WLD") issue("importer", importerRaw, "the world is not an importer", "world_not_importer");
    else importerValue = r.value;
  }

  let formatValue: Filters["format"] = "json";
  const formatRaw = single("format");
  if (formatRaw !== undefined) {
    const r = checks.format(formatRaw);
    if (r.ok) formatValue = r.value;
    else issue("format", formatRaw, "must be json or csv", "bad_format");
  }

  return {
    filters: {
      materials: materials.length ? materials : [DEFAULT_MATERIAL],
      from,
      to,
      categories,
      minSeverity,
      partner: partnerValue,
      importer: importerValue,
      format: formatValue,
    },
    issues,
  };
}

/** The browser's parser: `parseFilters` of `./filters.ts` without zod. */
export function parseFilterParams(params: RawParams, known?: ReadonlySet<string> | MaterialIndex, options?: ParseOptions): ParsedFilters {
  return parseFiltersWith(plainFilterChecks, params, known, options);
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
  return issues.map((i) => (i.correction ? `${i.param}=${i.value} ${i.message}: ${i.correction}` : `${i.param}=“${i.value}” ignored (${i.message})`)).join("; ");
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
