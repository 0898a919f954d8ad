"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { PROJECT_URL_KEYS, projectFiltersToParams, type ProjectUrlKey } from "@/lib/projects-view";
import type { MaterialDto } from "@/lib/types";
import { PROJECT_DEFAULTS, parseProjectFilters, type ProjectFilters } from "@/lib/validation/projects";

const parsers = Object.fromEntries(PROJECT_URL_KEYS.map((k) => [k, parseAsString])) as Record<ProjectUrlKey, typeof parseAsString>;

/**
 * The projects page's filters, held in the URL so a view can be shared and Back undoes a change.
 * Shallow: the page already has every project, so a filter change needs no server round trip.
 */
export function useProjectFilters(materials: MaterialDto[]) {
  const [raw, setRaw] = useQueryStates(parsers, { history: "push", shallow: true, scroll: false });
  const known = useMemo(() => new Set(materials.map((m) => m.slug)), [materials]);
  const { filters, issues } = useMemo(
    () => parseProjectFilters(Object.fromEntries(PROJECT_URL_KEYS.map((k) => [k, raw[k] ?? undefined])), known),
    [raw, known],
  );
  const set = (patch: Partial<ProjectFilters>) => void setRaw(projectFiltersToParams({ ...filters, ...patch }));
  const reset = () => void setRaw(projectFiltersToParams(PROJECT_DEFAULTS));
  return { filters, issues, set, reset };
}
