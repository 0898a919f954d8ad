// The overview's `view` parameter: the dependence chart as a share of imports (the default) or as
// the value of imports from China. Parsed alike on the server and in the browser; an invalid value
// is named by the page's notice, as `window` is.

import { DEPENDENCE_VIEWS, type DependenceView } from "./enums";
import type { FilterIssue } from "./validation/filter-params";

export const DEFAULT_VIEW: DependenceView = "share";

const isView = (v: string): v is DependenceView => (DEPENDENCE_VIEWS as readonly string[]).includes(v);

/** The page's `view` parameter, else the default (share). */
export function parseView(raw: string | string[] | null | undefined): DependenceView {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v != null && isView(v) ? v : DEFAULT_VIEW;
}

/** The notice entry for an invalid `view` parameter, or null. */
export function viewIssue(raw: string | null): FilterIssue | null {
  if (raw === null || isView(raw)) return null;
  const value = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return { param: "view", value, message: `“share” or “value”; showing the share` };
}
