"use client";

import { useQueries } from "@tanstack/react-query";
import { seriesStatus, type MaterialInfo, type SeriesStatus } from "@/lib/dependence-materials";
import { dependenceQuery } from "@/lib/queries";
import { useFilterState } from "./filters-provider";

/**
 * Whether each material has a China series: the API's `seriesYears` where the materials carry it,
 * else, for the selected materials, the dependence responses the page already holds (read from
 * the cache, never fetched here).
 */
export function useSeriesStatus(): (m: MaterialInfo) => SeriesStatus {
  const { filters } = useFilterState();
  const range = { from: filters.from, to: filters.to };
  const loaded = useQueries({
    queries: filters.materials.map((m) => ({ ...dependenceQuery(m, range, filters.categories), enabled: false })),
    combine: (results) =>
      new Map(results.flatMap((r) => (r.data ? [[r.data.material, { from: r.data.from, to: r.data.to, chinaPoints: r.data.points.length }] as const] : []))),
  });
  return (m) => seriesStatus(m, loaded.get(m.slug));
}
