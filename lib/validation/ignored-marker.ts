// The `ignored` marker of a canonical URL (http/canonical.mjs): when a link to a page with filters
// carries a value the page cannot use, the server drops it and redirects to the canonical URL with
// `?ignored=<param>:<reason>,…`, names and reason codes only (never the value), so that every
// variant of a link shares one cached page. The page's notice names each of them from here.
// http/canonical.mjs repeats these lists (http/ imports nothing from lib/); its test checks them.

import { MAX_WINDOW } from "../analysis/event-study";
import { MAX_PARAM_LENGTH, MAX_YEAR, MIN_YEAR, type FilterIssue, type FilterIssueCode } from "./filter-params";

export const IGNORED_PARAM = "ignored";

/** The reasons the marker may give, per parameter: a filter issue's code, or `invalid` for the page's own parameters (window, view). */
export const IGNORED_REASONS = {
  material: ["too_long"],
  from: ["too_long", "repeated", "not_year", "before_min", "after_max"],
  to: ["too_long", "repeated", "not_year", "before_min", "after_max"],
  category: ["too_long", "unknown_category"],
  severity: ["too_long", "repeated", "bad_severity"],
  window: ["invalid"],
  view: ["invalid"],
  peersYear: ["not_year"],
} as const satisfies Record<string, readonly (FilterIssueCode | "invalid")[]>;

type Param = keyof typeof IGNORED_REASONS;

type Reason = (typeof IGNORED_REASONS)[Param][number];

const ENGLISH: Record<Exclude<Reason, "invalid">, string> = {
  too_long: `longer than ${MAX_PARAM_LENGTH} characters`,
  repeated: "given more than once",
  not_year: "not a four-digit year",
  before_min: `before ${MIN_YEAR}`,
  after_max: `after ${MAX_YEAR}`,
  unknown_category: "unknown incident category",
  bad_severity: "must be a minimum severity from 1 to 5",
};

const VALUES: Partial<Record<FilterIssueCode, Record<string, number>>> = {
  too_long: { max: MAX_PARAM_LENGTH },
  before_min: { min: MIN_YEAR },
  after_max: { max: MAX_YEAR },
};

/**
 * The notice's issues for the marker's value (null or garbage: none). Each is `withheld`: the
 * notice names the parameter and the reason, not the value (the URL no longer holds it).
 */
export function ignoredIssues(raw: string | null | undefined): FilterIssue[] {
  if (!raw) return [];
  const issues: FilterIssue[] = [];
  for (const piece of new Set(raw.split(","))) {
    const [param, reason] = piece.split(":") as [string, string | undefined];
    const reasons: readonly string[] | undefined = (IGNORED_REASONS as Record<string, readonly string[]>)[param];
    if (!reason || !reasons?.includes(reason)) continue;
    if (reason === "invalid") {
      const message = param === "window" ? `a whole number of years from 1 to ${MAX_WINDOW}` : "“share” or “value”; showing the share";
      issues.push({ param, value: "", message, withheld: true });
      continue;
    }
    const code = reason as Exclude<Reason, "invalid">;
    issues.push({ param: param as Param, value: "", message: ENGLISH[code], code, ...(VALUES[code] ? { values: VALUES[code] } : {}), withheld: true });
  }
  return issues;
}
