import "server-only";
import { getMaterialIndex } from "@/db/queries/materials";
import type { ParseOptions } from "@/lib/validation/filter-params";
import { ApiError } from "./api-error";
import { toCsv, type CsvValue } from "@/lib/csv";
import { paramsFromSearch, parseFilters, type Filters } from "./validation/filters";

/** The filter parameters every read API route accepts. */
const SHARED_PARAMS = ["material", "from", "to", "category", "partner", "format"];

export type ExtraParams = ParseOptions & {
  /** Further filter parameters the shared parser reads (e.g. `severity` → `minSeverity`). */
  filters?: readonly string[];
  /** Parameters the route reads itself (e.g. `window`); allowed here, parsed by the caller. */
  own?: readonly string[];
};

/** Parses the shared filter parameters of an API request; an unknown or invalid parameter is a 400 naming it. */
export function parseApiFilters(request: Request, extra: ExtraParams = {}): Filters {
  const filterParams = extra.filters ?? [];
  const ownParams = extra.own ?? [];
  const allowed = [...SHARED_PARAMS, ...filterParams, ...ownParams];
  const url = new URL(request.url);
  if (url.search.length > 2000) throw new ApiError(400, "bad_request", "Query string too long.");
  const unknown = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
  if (unknown.length) {
    const names = unknown.slice(0, 3).map((k) => (k.length > 30 ? `${k.slice(0, 30)}…` : k));
    throw new ApiError(400, "bad_request", `Unknown query parameter: ${names.join(", ")}. Allowed: ${allowed.join(", ")}.`);
  }
  const params = paramsFromSearch(url.searchParams);
  for (const k of ownParams) delete params[k];
  const { filters, issues } = parseFilters(params, getMaterialIndex(), { allowAll: extra.allowAll });
  if (issues.length) {
    const detail = issues.map((i) => `${i.param}=“${i.value}”: ${i.message}`).join("; ");
    throw new ApiError(400, "bad_request", `Invalid query parameter${issues.length > 1 ? "s" : ""}: ${detail}.`);
  }
  return filters;
}

const CACHE = "public, max-age=0, must-revalidate";

export function jsonResponse(body: unknown): Response {
  return Response.json(body, { headers: { "cache-control": CACHE } });
}

export function csvResponse<T extends Record<string, CsvValue>>(name: string, columns: readonly (keyof T & string)[], rows: T[]): Response {
  return new Response(toCsv(columns, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
      "cache-control": CACHE,
    },
  });
}

/** One optional integer parameter in [min, max]; anything else is a 400 naming it. */
export function intParam(request: Request, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const all = new URL(request.url).searchParams.getAll(name);
  if (all.length === 0) return fallback;
  const raw = all.join(",");
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  if (all.length > 1 || !/^\d{1,3}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ApiError(400, "bad_request", `Invalid query parameter: ${name}=“${shown}”: must be a whole number from ${min} to ${max}.`);
  }
  return Number(raw);
}
