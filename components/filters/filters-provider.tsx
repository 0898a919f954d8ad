"use client";

import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";
import { createContext, useCallback, useContext, useMemo } from "react";
import type { MaterialDto } from "@/lib/types";
import { DEFAULT_FROM, DEFAULT_MATERIAL, defaultTo, materialIndex, parseFilterParams, type Category, type FilterIssue, type Filters } from "@/lib/validation/filter-params";
import { IGNORED_PARAM, IGNORED_REASONS, ignoredIssues } from "@/lib/validation/ignored-marker";

type FilterState = Pick<Filters, "materials" | "from" | "to" | "categories" | "minSeverity">;

type FilterContext = {
  filters: FilterState;
  issues: FilterIssue[];
  materials: MaterialDto[];
  /** Whether this view takes `material=all` (every material: the incidents page). */
  allowAll: boolean;
  setFilters: (patch: Partial<FilterState>) => void;
};

const Ctx = createContext<FilterContext | null>(null);

const parsers = {
  // Every `material=` of the URL, as the server reads them (a repeated one must not be dropped).
  material: parseAsNativeArrayOf(parseAsString),
  from: parseAsString,
  to: parseAsString,
  category: parseAsString,
  severity: parseAsString,
  // Values the server dropped from the link before rendering (http/canonical.mjs), by name.
  [IGNORED_PARAM]: parseAsString,
};

/** The parser's issues and the marker's, in the order of the parameters (the notice reads as the URL did). */
function withIgnored(parsed: FilterIssue[], ignored: FilterIssue[]): FilterIssue[] {
  if (!ignored.length) return parsed;
  const order = Object.keys(IGNORED_REASONS);
  const rank = (i: FilterIssue) => (order.includes(i.param) ? order.indexOf(i.param) : order.length);
  return [...parsed, ...ignored].map((issue, at) => ({ issue, at })).sort((a, b) => rank(a.issue) - rank(b.issue) || a.at - b.at).map(({ issue }) => issue);
}

/**
 * The filter state lives in the URL (nuqs). Raw values go through the same parser as the server
 * (its zod-free twin, held to the same messages by a test), so an invalid value shows the same
 * notice on both sides. Changes push a history entry without a server round trip; the sections
 * refetch through TanStack Query.
 */
export function FiltersProvider({ materials, allowAll = false, children }: { materials: MaterialDto[]; allowAll?: boolean; children: React.ReactNode }) {
  const [raw, setRaw] = useQueryStates(parsers, { history: "push", shallow: true, scroll: false });
  const known = useMemo(() => materialIndex(materials), [materials]);
  const { filters, issues: parsed } = useMemo(
    () =>
      parseFilterParams(
        {
          material: raw.material.length ? raw.material : undefined,
          from: raw.from ?? undefined,
          to: raw.to ?? undefined,
          category: raw.category ?? undefined,
          severity: raw.severity ?? undefined,
        },
        known,
        { allowAll },
      ),
    [raw.material, raw.from, raw.to, raw.category, raw.severity, known, allowAll],
  );
  const ignored = raw[IGNORED_PARAM];
  const issues = useMemo(() => withIgnored(parsed, ignoredIssues(ignored)), [ignored, parsed]);

  const setFilters = useCallback(
    (patch: Partial<FilterState>) => {
      // Write the whole, valid state: a change also clears any value the notice reported.
      const next = { ...filters, ...patch };
      void setRaw({
        material: next.materials.length === 1 && next.materials[0] === DEFAULT_MATERIAL ? null : [next.materials.join(",")],
        from: next.from === DEFAULT_FROM ? null : String(next.from),
        to: next.to === defaultTo() ? null : String(next.to),
        category: next.categories.length ? (next.categories as Category[]).join(",") : null,
        severity: next.minSeverity > 1 ? String(next.minSeverity) : null,
        [IGNORED_PARAM]: null,
      });
    },
    [filters, setRaw],
  );

  const value = useMemo(() => ({ filters, issues, materials, allowAll, setFilters }), [filters, issues, materials, allowAll, setFilters]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useFilterState(): FilterContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("useFilterState outside FiltersProvider");
  return ctx;
}
