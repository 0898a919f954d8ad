"use client";

import { useQueries } from "@tanstack/react-query";
import { useFilterState } from "@/components/filters/filters-provider";
import { seriesHolders, type MaterialInfo } from "@/lib/dependence-materials";
import { dependenceQuery } from "@/lib/queries";

/**
 * For each material drawn without a China value, the material that holds its values in the same
 * years (checked against that material's own series, so the link never leads to another empty chart).
 */
export function useSeriesHolders(emptySlugs: string[], range: { from: number; to: number }): Map<string, MaterialInfo> {
  const { materials } = useFilterState();
  const candidates = new Map(emptySlugs.map((slug) => [slug, seriesHolders(slug, materials).slice(0, 2)]));
  const slugs = [...new Set([...candidates.values()].flat().map((c) => c.slug))];
  const withValues = useQueries({
    queries: slugs.map((slug) => dependenceQuery(slug, range, [])),
    combine: (results) => new Set(results.flatMap((r, i) => (r.data && r.data.points.length > 0 ? [slugs[i]] : []))),
  });
  const holders = new Map<string, MaterialInfo>();
  for (const [slug, list] of candidates) {
    const found = list.find((c) => withValues.has(c.slug));
    if (found) holders.set(slug, found);
  }
  return holders;
}
