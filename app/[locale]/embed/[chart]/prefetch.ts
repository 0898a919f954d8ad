import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { monthlySeriesFor } from "@/lib/bilateral/codes";
import type { EmbedChart } from "@/lib/embed";
import { DEFAULT_IMPORTER, type Filters } from "@/lib/validation/filter-params";
import { dependence, incidents, materialsSummary, monthly, peers, prefetchResource } from "@/server/resources";

/** What each embed's card queries, with the card's keys, so the frame's first paint needs no client fetch. */
export function prefetchEmbed(qc: QueryClient, chart: EmbedChart, f: Pick<Filters, "materials" | "from" | "to" | "categories">, peersYear: number | null): Promise<unknown> {
  const range = { from: f.from, to: f.to };
  const [primary] = f.materials;
  switch (chart) {
    case "dependence":
      return Promise.all([
        ...f.materials.map((material) => prefetchResource(qc, dependence, { material, ...range, categories: f.categories, importer: DEFAULT_IMPORTER })),
        prefetchResource(qc, incidents, { materials: f.materials, ...range, categories: f.categories, minSeverity: 1 }),
      ]);
    case "peers":
      return prefetchResource(qc, peers, { material: primary, year: peersYear });
    case "monthly":
      return monthlySeriesFor(primary).length ? prefetchResource(qc, monthly, { material: primary }) : Promise.resolve();
    case "materials":
      return prefetchResource(qc, materialsSummary, {});
  }
}
