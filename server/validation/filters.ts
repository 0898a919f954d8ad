import "server-only";
// The server's filter parser: the shared procedure of `./filter-params.ts` with zod checks. Browser
// code imports `./filter-params` instead, so zod stays out of client bundles.

import { z } from "zod";
import {
  CATEGORY_VALUES,
  FORMATS,
  MAX_SLUG_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  PARTNER_PATTERN,
  SLUG_PATTERN,
  YEAR_PATTERN,
  parseFiltersWith,
  type Check,
  type FilterChecks,
  type MaterialIndex,
  type ParseOptions,
  type ParsedFilters,
  type RawParams,
} from "@/lib/validation/filter-params";

export {
  CATEGORY_VALUES,
  DEFAULT_FROM,
  DEFAULT_MATERIAL,
  MAX_YEAR,
  MIN_YEAR,
  defaultTo,
  describeIssues,
  filtersToSearch,
  paramsFromSearch,
  type Category,
  type FilterIssue,
  type Filters,
  type ParsedFilters,
  type RawParams,
} from "@/lib/validation/filter-params";

const slug = z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, "not a material slug");
const year = z
  .string()
  .regex(YEAR_PATTERN, "not a four-digit year")
  .transform(Number)
  .pipe(z.number().int().min(MIN_YEAR, `before ${MIN_YEAR}`).max(MAX_YEAR, `after ${MAX_YEAR}`));
const partner = z.string().regex(PARTNER_PATTERN, "not an ISO 3166 alpha-3 code");
const format = z.enum(FORMATS);
const category = z.enum(CATEGORY_VALUES);

/** A zod schema as a check: its value, or the message of its first issue. */
function check<T>(schema: { safeParse: (value: unknown) => z.ZodSafeParseResult<T> }) {
  return (value: string): Check<T> => {
    const r = schema.safeParse(value);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0].message };
  };
}

export const zodFilterChecks: FilterChecks = {
  slug: check(slug),
  year: check(year),
  partner: check(partner),
  category: check(category),
  format: check(format),
};

/**
 * Parses the filter parameters shared by every page and API. It never throws: each invalid value
 * is dropped (the default applies) and reported as an issue, so pages can show a notice and APIs
 * can answer 400 naming the parameter.
 */
export function parseFilters(params: RawParams, known?: ReadonlySet<string> | MaterialIndex, options?: ParseOptions): ParsedFilters {
  return parseFiltersWith(zodFilterChecks, params, known, options);
}
